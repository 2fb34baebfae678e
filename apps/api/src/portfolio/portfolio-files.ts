import type { PortfolioLang } from './portfolio-attributes';
import {
  filterRows,
  sortRows,
  type PortfolioFilterSpec,
  type PortfolioSortSpec,
} from './portfolio-filter';
import { portfolioSheets, writePortfolioCsv, writePortfolioXlsx } from './portfolio-export';
import {
  loadPortfolioRows,
  loadValueLists,
  type PortfolioModelRef,
  type Queryable,
} from './portfolio-store';

export interface PortfolioExportOptions {
  format: 'xlsx' | 'csv';
  lang: PortfolioLang;
  filter?: PortfolioFilterSpec;
  sort?: PortfolioSortSpec[];
}

export interface PortfolioFile {
  body: Buffer;
  contentType: string;
  extension: 'xlsx' | 'csv';
  rowCount: number;
}

/** The (filtered, sorted) portfolio of one model as an XLSX workbook or a CSV file. */
export async function exportPortfolioFile(
  q: Queryable,
  model: PortfolioModelRef,
  options: PortfolioExportOptions,
): Promise<PortfolioFile> {
  const lists = await loadValueLists(q, [model.organizationId]);
  const rows = sortRows(
    filterRows(await loadPortfolioRows(q, [model], lists), options.filter),
    options.sort,
  );
  const sheets = portfolioSheets(rows, lists, options.lang, model.organizationId);
  if (options.format === 'csv')
    return {
      body: writePortfolioCsv(sheets),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
      rowCount: rows.length,
    };
  return {
    body: await writePortfolioXlsx(sheets),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    rowCount: rows.length,
  };
}
