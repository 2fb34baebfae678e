import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, browserSuite, chooseModel, signIn } from './support/browser';

const repo = resolve(__dirname, '../..');
const sample = resolve(repo, 'tests/fixtures/exchange/kartasto-sample.xml');

describe('import and export in the browser', () => {
  const suite = browserSuite();

  it('previews an exchange file, imports it as a new model with progress, and exports it again', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1360, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, suite.app.url, 'arkkitehti@pohjois-karjala.fi');
    await chooseModel(page, 'nykytila');
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-dialog').waitFor();
    await page.getByTestId('import-file').setInputFiles(sample);
    await page.getByTestId('import-new').check();
    await page.getByTestId('import-name').fill('Kunnan EA (tuotu)');
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-preview-result').waitFor();
    // Everything in the file is new to a new model, and nothing has been written yet.
    expect(Number(await page.getByTestId('import-elements-new').textContent())).toBe(5);
    expect(Number(await page.getByTestId('import-elements-changed').textContent())).toBe(0);
    const [{ n: before }] = await suite.app.db.query(`SELECT count(*)::int AS n FROM model`);
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-preview.png') });

    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toMatch(/5/);
    const [{ n: after }] = await suite.app.db.query(`SELECT count(*)::int AS n FROM model`);
    expect(after).toBe(before + 1);
    await page.getByRole('button', { name: /Avaa malli/ }).click();
    await page.getByTestId('model-overview').waitFor();
    expect(await page.locator('.model-overview h1').textContent()).toBe('Kunnan EA (tuotu)');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-exchange').click();
    const file = await (await download).path();
    const xml = readFileSync(file!, 'utf8');
    expect(xml).toContain('identifier="e-app"');
    expect(xml).toContain('Asiakastietojärjestelmä');
    await context.close();
  });

  it('refuses a merge a colleague made stale after the preview, then merges once previewed again', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.app.url, 'arkkitehti@pohjois-karjala.fi');
    const modelId = await chooseModel(page, 'Kunnan EA (tuotu)');
    const renamed = resolve(ARTIFACTS, 'kartasto-sample-renamed.xml');
    writeFileSync(
      renamed,
      readFileSync(sample, 'utf8').replace('Asiakastietojärjestelmä', 'Asiakkuudenhallinta'),
    );
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-file').setInputFiles(renamed);
    await page.getByTestId('import-merge').check();
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-preview-result').waitFor();
    expect(Number(await page.getByTestId('import-elements-changed').textContent())).toBe(1);

    // A colleague edits another element of the model meanwhile.
    await suite.app.db.query(
      `UPDATE element SET name = '{"fi": "Kollegan nimi"}', version = version + 1
        WHERE model_id = $1 AND identifier = 'e-goal'`,
      [modelId],
    );
    await page.getByTestId('import-apply').click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Joku muutti mallia tämän esikatselun jälkeen/);
    const [app] = await suite.app.db.query(
      `SELECT name FROM element WHERE model_id = $1 AND identifier = 'e-app'`,
      [modelId],
    );
    expect(app.name.fi).toBe('Asiakastietojärjestelmä');

    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-preview-result').waitFor();
    // The file names the colleague's element as it was: the merge will put that back.
    expect(Number(await page.getByTestId('import-elements-changed').textContent())).toBe(2);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-done').waitFor();
    const [merged] = await suite.app.db.query(
      `SELECT name FROM element WHERE model_id = $1 AND identifier = 'e-app'`,
      [modelId],
    );
    expect(merged.name.fi).toBe('Asiakkuudenhallinta');
    await context.close();
  });

  it('shows why a broken file is refused and writes nothing', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.app.url, 'arkkitehti@pohjois-karjala.fi');
    await chooseModel(page, 'nykytila');
    await page.getByTestId('open-import').click();
    await page
      .getByTestId('import-file')
      .setInputFiles(resolve(repo, 'tests/fixtures/exchange/truncated.xml'));
    await page.getByTestId('import-preview').click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Line 9/);
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);
    await context.close();
  });
});
