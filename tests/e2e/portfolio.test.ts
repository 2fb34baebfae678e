import ExcelJS from 'exceljs';
import { browserSuite, chooseModel, signIn } from './support/browser';

jest.setTimeout(180_000);

describe('system portfolio in the browser', () => {
  const suite = browserSuite();

  it('filters the table, edits a cell and exports XLSX that reads back with the edit', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1500, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, suite.app.url, 'arkkitehti@pohjois-karjala.fi');
    const modelId = await chooseModel(page, 'nykytila');
    await page.getByTestId('nav-portfolio').click();
    await page.waitForURL(`**/models/${modelId}/portfolio`);
    await page.getByTestId('portfolio-row').first().waitFor();
    const before = await page.getByTestId('portfolio-row').count();

    // Filter: only systems in production.
    await page.getByTestId('portfolio-filter-attribute').selectOption('lifecycleState');
    await page.getByTestId('portfolio-filter-value').selectOption('Tuotannossa');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="portfolio-row"]').length < n,
      before,
    );
    const states = await page
      .locator('[data-testid="portfolio-row"] [data-testid="cell-lifecycleState"]')
      .allTextContents();
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['Tuotannossa']));

    // Text search narrows to one system; edit its supplier inline.
    await page.getByTestId('portfolio-search').fill('Laboratoriotietojärjestelmä');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="portfolio-row"]').length === 1,
    );
    const supplier = page.locator('[data-testid="portfolio-row"] [data-testid="cell-supplier"]');
    await supplier.dblclick();
    const editor = page.getByTestId('cell-editor');
    await editor.fill('Uusi Laboratoriotoimittaja Oy');
    await editor.press('Enter');
    await page.waitForFunction(() =>
      (
        document.querySelector('[data-testid="portfolio-row"] [data-testid="cell-supplier"]')
          ?.textContent ?? ''
      ).includes('Uusi Laboratoriotoimittaja Oy'),
    );

    // Export the filtered portfolio and read the workbook back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('portfolio-export-xlsx').click(),
    ]);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path!);
    const sheet = wb.getWorksheet('Järjestelmät')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(header.indexOf('Nimi (suomi)') + 1).value).toBe(
      'Laboratoriotietojärjestelmä',
    );
    expect(row.getCell(header.indexOf('Toimittaja') + 1).value).toBe(
      'Uusi Laboratoriotoimittaja Oy',
    );
    expect(row.getCell(header.indexOf('Elinkaaren tila') + 1).value).toBe('Tuotannossa');
    await context.close();
  });
});
