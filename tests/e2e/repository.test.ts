import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { ARTIFACTS, browserSuite, chooseModel, signIn } from './support/browser';

jest.setTimeout(180_000);

describe('repository in the browser', () => {
  const suite = browserSuite();

  it('tells the user plainly when the password is wrong', async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.app.url);
    await page.getByTestId('sign-in-email').fill('arkkitehti@pohjois-karjala.fi');
    await page.getByTestId('sign-in-password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    // Finnish is the default language.
    expect(await error.textContent()).toContain('salasana on väärin');
    await page.close();
  });

  it.each([
    ['the national reference model', 'paaarkkitehti@vm.fi', 'viitearkkitehtuuri'],
    ["a region's current-state model", 'arkkitehti@pohjois-karjala.fi', 'nykytila'],
  ])(
    'lets an editor of %s create an element, then find it again by search after a reload',
    async (_what, email, model) => {
      const context = await suite.browser.newContext({ viewport: { width: 1360, height: 860 } });
      const page = await context.newPage();
      await signIn(page, suite.app.url, email);
      const modelId = await chooseModel(page, model);
      await page.getByTestId('model-overview').waitFor();

      const name = `Asiakasrekisteri ${randomUUID().slice(0, 8)}`;
      await page.keyboard.press('n');
      const dialog = page.getByTestId('create-element-dialog');
      await dialog.waitFor();
      await page.getByTestId('type-select').selectOption('ApplicationComponent');
      await page.getByTestId('specialization-select').selectOption('Tietojärjestelmä');
      await page.getByTestId('new-name-fi').fill(name);
      await page.getByTestId('new-name-en').fill(`${name} (en)`);
      await page.getByTestId('new-documentation-fi').fill('Luotu selaintestissä.');
      await page.getByTestId('create-element-submit').click();

      await page.waitForURL(`**/models/${modelId}/elements/*`);
      const elementUrl = page.url();
      await expectPanelName(page, name);

      await page.reload();
      await expectPanelName(page, name);
      // Start from the model page so the panel can only come back through search.
      await page.goto(`${suite.app.url}/models/${modelId}`);
      await page.getByTestId('model-overview').waitFor();
      const search = page.getByTestId('search-input');
      await search.fill(name.split(' ')[1]);
      await page.getByTestId('search-result').filter({ hasText: name }).first().waitFor();
      await search.press('Enter');
      await page.waitForURL(elementUrl);
      await expectPanelName(page, name);
      expect(await page.getByTestId('element-documentation').textContent()).toBe(
        'Luotu selaintestissä.',
      );
      expect(await page.getByTestId('element-specialization').textContent()).toContain(
        'Tietojärjestelmä',
      );
      expect(await page.getByTestId('edit-element').isVisible()).toBe(true);

      await page.screenshot({ path: resolve(ARTIFACTS, `repository-element-${model}.png`) });
      await context.close();
    },
  );

  it('lets an organisation admin share a model with the architecture network', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await signIn(page, suite.app.url, 'paaarkkitehti@vm.fi');
    const modelId = await chooseModel(page, 'viitearkkitehtuuri');
    const select = page.getByTestId('model-visibility');
    await select.waitFor();
    expect(await select.inputValue()).toBe('public');
    await select.selectOption('network');
    await page.getByTestId('save-visibility').click();
    await page.getByTestId('visibility-saved').waitFor();
    const [row] = await suite.app.db.query('SELECT visibility, version FROM model WHERE id = $1', [
      modelId,
    ]);
    expect(row).toEqual({ visibility: 'network', version: 2 });
    await context.close();
  });

  it('shows a viewer no edit controls', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await signIn(page, suite.app.url, 'katselija@pirkanmaa.fi');
    await page.getByTestId('model-overview').waitFor();
    await page.getByTestId('browse-layers').click();
    await page.getByTestId('tree-layer-business').click();
    await page.getByTestId('tree-type-BusinessActor').click();
    await page.getByTestId('tree-element').first().click();
    await page.getByTestId('element-panel').waitFor();
    expect(await page.getByTestId('new-element').count()).toBe(0);
    expect(await page.getByTestId('edit-element').count()).toBe(0);
    expect(await page.getByTestId('delete-element').count()).toBe(0);
    await page.screenshot({ path: resolve(ARTIFACTS, 'repository-viewer.png') });
    await context.close();
  });
});

async function expectPanelName(page: import('playwright-core').Page, name: string) {
  const title = page.getByTestId('element-name');
  await title.waitFor();
  await page.waitForFunction(
    (wanted) => document.querySelector('[data-testid="element-name"]')?.textContent === wanted,
    name,
  );
  expect(await title.textContent()).toBe(name);
}
