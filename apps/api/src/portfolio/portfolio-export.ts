import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import {
  CORE_COLUMNS,
  PORTFOLIO_ATTRIBUTES,
  TRANSFER_METHOD,
  type Labels,
  type PortfolioAttribute,
  type PortfolioLang,
} from './portfolio-attributes';
import type { LegalRequirement } from './portfolio-derive';
import type { PortfolioRowData } from './portfolio-filter';
import { asValueLists, type EffectiveValueList } from './portfolio-store';
import { labelFor, type ValueLists } from './portfolio-values';

export const SHEET_NAMES = {
  systems: { fi: 'Järjestelmät', sv: 'System', en: 'Systems' },
  interfaces: { fi: 'Rajapinnat', sv: 'Gränssnitt', en: 'Interfaces' },
  valueLists: { fi: 'Arvolistat', sv: 'Värdelistor', en: 'Value lists' },
} satisfies Record<string, Labels>;

export const LEGAL_LABELS: Record<LegalRequirement, Labels> = {
  NAME: { fi: 'nimi', sv: 'namn', en: 'name' },
  RESPONSIBLE_AUTHORITY: {
    fi: 'vastuuviranomainen',
    sv: 'ansvarig myndighet',
    en: 'responsible authority',
  },
  PURPOSE: { fi: 'käyttötarkoitus', sv: 'användningsändamål', en: 'purpose' },
  INTERFACES: { fi: 'rajapinnat', sv: 'gränssnitt', en: 'interfaces' },
  TRANSFER_METHODS: { fi: 'tiedonsiirtotavat', sv: 'överföringssätt', en: 'transfer methods' },
};

/** Read-only columns written for the reader; an import recognises and skips them (version is checked). */
export const DERIVED_COLUMNS: readonly { key: string; label: Labels }[] = [
  {
    key: 'rowVersion',
    label: { fi: 'Versio (Kartasto)', sv: 'Version (Kartasto)', en: 'Version (Kartasto)' },
  },
  {
    key: 'interfaces',
    label: { fi: 'Rajapinnat (johdettu)', sv: 'Gränssnitt (härlett)', en: 'Interfaces (derived)' },
  },
  {
    key: 'dataResources',
    label: {
      fi: 'Tietovarannot (johdettu)',
      sv: 'Informationsresurser (härlett)',
      en: 'Data resources (derived)',
    },
  },
  {
    key: 'legalMissing',
    label: { fi: 'Lakisääteiset puutteet', sv: 'Lagstadgade brister', en: 'Legal-minimum gaps' },
  },
];

export const INTERFACE_COLUMNS: readonly { key: string; label: Labels }[] = [
  {
    key: 'systemIdentifier',
    label: { fi: 'Järjestelmän tunniste', sv: 'Systemets identifierare', en: 'System identifier' },
  },
  { key: 'systemName', label: { fi: 'Järjestelmä', sv: 'System', en: 'System' } },
  { key: 'direction', label: { fi: 'Suunta', sv: 'Riktning', en: 'Direction' } },
  { key: 'partner', label: { fi: 'Osapuoli', sv: 'Motpart', en: 'Partner' } },
  {
    key: 'relationshipType',
    label: { fi: 'Suhteen tyyppi', sv: 'Relationstyp', en: 'Relationship type' },
  },
  { key: 'content', label: { fi: 'Tietosisältö', sv: 'Informationsinnehåll', en: 'Content' } },
  { key: 'transferMethod', label: TRANSFER_METHOD.label },
  {
    key: 'relationshipIdentifier',
    label: {
      fi: 'Suhteen tunniste',
      sv: 'Relationens identifierare',
      en: 'Relationship identifier',
    },
  },
  {
    key: 'relationshipVersion',
    label: { fi: 'Suhteen versio', sv: 'Relationens version', en: 'Relationship version' },
  },
];

export const VALUE_LIST_COLUMNS: readonly { key: string; label: Labels }[] = [
  { key: 'list', label: { fi: 'Arvolista', sv: 'Värdelista', en: 'Value list' } },
  {
    key: 'listName',
    label: { fi: 'Arvolistan nimi', sv: 'Värdelistans namn', en: 'Value list name' },
  },
  { key: 'code', label: { fi: 'Koodi', sv: 'Kod', en: 'Code' } },
  { key: 'fi', label: { fi: 'Suomeksi', sv: 'På finska', en: 'Finnish' } },
  { key: 'sv', label: { fi: 'Ruotsiksi', sv: 'På svenska', en: 'Swedish' } },
  { key: 'en', label: { fi: 'Englanniksi', sv: 'På engelska', en: 'English' } },
];

const DIRECTION: Record<'in' | 'out', Labels> = {
  in: { fi: 'Sisään', sv: 'In', en: 'In' },
  out: { fi: 'Ulos', sv: 'Ut', en: 'Out' },
};

export type CellValue = string | number | null;

interface Column {
  key: string;
  header: string;
  width: number;
  attr?: PortfolioAttribute;
}

const pick = (m: Record<string, string>, lang: PortfolioLang) =>
  m[lang] || m.fi || m.en || m.sv || m[''] || Object.values(m)[0] || '';

function widthFor(key: string, attr?: PortfolioAttribute): number {
  if (
    key.startsWith('description') ||
    attr?.key === 'developmentNeeds' ||
    key === 'interfaces' ||
    key === 'dataResources'
  )
    return 48;
  if (key.startsWith('name')) return 36;
  if (!attr) return 20;
  if (['year', 'number', 'currency'].includes(attr.kind)) return 14;
  return attr.kind === 'json' ? 40 : 24;
}

/** The systems sheet's columns, headers in the reader's language. */
export function systemColumns(lang: PortfolioLang): Column[] {
  return [
    ...CORE_COLUMNS.map((c) => ({ key: c.key, header: c.label[lang], width: widthFor(c.key) })),
    ...PORTFOLIO_ATTRIBUTES.map((a) => ({
      key: a.key,
      header: a.label[lang],
      width: widthFor(a.key, a),
      attr: a,
    })),
    ...DERIVED_COLUMNS.map((c) => ({ key: c.key, header: c.label[lang], width: widthFor(c.key) })),
  ];
}

const NUMERIC = new Set(['year', 'number', 'currency']);

/** One systems-sheet cell: controlled values as labels, numbers as numbers. */
function systemCell(
  row: PortfolioRowData,
  col: Column,
  lists: ValueLists,
  lang: PortfolioLang,
): CellValue {
  const { key, attr } = col;
  if (attr) {
    const v = row.values[attr.key];
    if (v === undefined || v === '') return null;
    if (attr.kind === 'choice') return labelFor(attr, v, lists, lang);
    if (NUMERIC.has(attr.kind) && Number.isFinite(Number(v))) return Number(v);
    return v;
  }
  switch (key) {
    case 'identifier':
      return row.identifier;
    case 'rowVersion':
      return row.version;
    case 'interfaces':
      return (
        row.interfaces
          .map((i) => {
            const method = i.transferMethod
              ? labelFor(TRANSFER_METHOD, i.transferMethod, lists, lang)
              : '?';
            return `${i.direction === 'out' ? '→' : '←'} ${pick(i.partnerName, lang)} (${method})`;
          })
          .join('; ') || null
      );
    case 'dataResources':
      return row.dataResources.map((d) => pick(d.name, lang)).join('; ') || null;
    case 'legalMissing':
      return row.legalMissing.map((m) => LEGAL_LABELS[m][lang]).join(', ') || null;
  }
  const [field, l] = key.split('.');
  const map = field === 'name' ? row.name : row.documentation;
  return map[l] || null;
}

export interface PortfolioSheets {
  systems: { name: string; columns: Column[]; rows: CellValue[][] };
  interfaces: { name: string; columns: Column[]; rows: CellValue[][] };
  valueLists: { name: string; columns: Column[]; rows: CellValue[][] };
}

/** The three sheets as plain tables: what the XLSX and CSV writers (and tests) share. */
export function portfolioSheets(
  rows: readonly PortfolioRowData[],
  listsByOrg: ReadonlyMap<string, EffectiveValueList[]>,
  lang: PortfolioLang,
  valueListsOrg: string,
): PortfolioSheets {
  const cache = new Map<string, ValueLists>();
  const listsOf = (org: string) => {
    let l = cache.get(org);
    if (!l) cache.set(org, (l = asValueLists(listsByOrg.get(org) ?? [])));
    return l;
  };
  const sysCols = systemColumns(lang);
  const ifCols = INTERFACE_COLUMNS.map((c) => ({
    key: c.key,
    header: c.label[lang],
    width: c.key === 'content' ? 36 : 24,
  }));
  const ifRows: CellValue[][] = [];
  for (const r of rows) {
    const lists = listsOf(r.organizationId);
    for (const i of r.interfaces)
      ifRows.push([
        r.identifier,
        pick(r.name, lang),
        DIRECTION[i.direction][lang],
        pick(i.partnerName, lang),
        i.relationshipType,
        pick(i.name, lang) || null,
        i.transferMethod ? labelFor(TRANSFER_METHOD, i.transferMethod, lists, lang) : null,
        i.relationshipIdentifier,
        i.relationshipVersion,
      ]);
  }
  const vlRows: CellValue[][] = [];
  for (const l of listsByOrg.get(valueListsOrg) ?? [])
    for (const v of l.values)
      vlRows.push([l.key, l.label[lang], v.code, v.label.fi, v.label.sv, v.label.en]);
  return {
    systems: {
      name: SHEET_NAMES.systems[lang],
      columns: sysCols,
      rows: rows.map((r) => sysCols.map((c) => systemCell(r, c, listsOf(r.organizationId), lang))),
    },
    interfaces: { name: SHEET_NAMES.interfaces[lang], columns: ifCols, rows: ifRows },
    valueLists: {
      name: SHEET_NAMES.valueLists[lang],
      columns: VALUE_LIST_COLUMNS.map((c) => ({
        key: c.key,
        header: c.label[lang],
        width: c.key === 'listName' ? 28 : 22,
      })),
      rows: vlRows,
    },
  };
}

const columnLetter = (n: number): string => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/** XLSX with a frozen, bold header row and an auto-filter on every sheet; streamed, not built in memory. */
export async function writePortfolioXlsx(sheets: PortfolioSheets): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    // Fast deflate: the sheets are repetitive XML, level 1 is nearly as small and several times quicker.
    zip: { zlib: { level: 1 } },
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  wb.creator = 'Kartasto';
  for (const sheet of [sheets.systems, sheets.interfaces, sheets.valueLists]) {
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      autoFilter: `A1:${columnLetter(Math.max(sheet.columns.length, 1))}1`,
    } as Partial<ExcelJS.AddWorksheetOptions>);
    ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.width }));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for (const r of sheet.rows) ws.addRow(r).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function escapeCsvCell(value: CellValue): string {
  if (value === null) return '';
  const s = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** The systems sheet as CSV: UTF-8 with BOM, semicolons (what Finnish spreadsheets open), CRLF. */
export function writePortfolioCsv(sheets: PortfolioSheets): Buffer {
  const quote = (s: string) =>
    /[";\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = [sheets.systems.columns.map((c) => quote(escapeCsvCell(c.header))).join(';')];
  for (const r of sheets.systems.rows) lines.push(r.map((v) => quote(escapeCsvCell(v))).join(';'));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
