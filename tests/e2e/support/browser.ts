import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Where browser tests leave screenshots and downloads. */
export const ARTIFACTS = resolve(__dirname, '../artifacts');

/** Headless Chromium from the system package (playwright-core ships no browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * The app (built web client, demo data) and a browser for one describe block: started before
 * its tests, closed after them. Read `app` and `browser` inside the tests.
 */
export function browserSuite(): { app: TestApp; browser: Browser } {
  const suite = {} as { app: TestApp; browser: Browser };
  beforeAll(async () => {
    suite.app = await startTestApp({ webDist: resolve(__dirname, '../../../dist/web') });
    suite.browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}

/** Signs in through the real sign-in form and waits for the workspace header. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = 'kartasto-demo',
) {
  await page.goto(baseUrl);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('model-select').waitFor();
}

/** Chooses, in the header, the model whose option text contains `text`; returns its id. */
export async function chooseModel(page: Page, text: string): Promise<string> {
  const select = page.getByTestId('model-select');
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('[data-testid="model-select"] option')].some((o) =>
        (o.textContent ?? '').includes(wanted),
      ),
    text,
  );
  const value = await select.evaluate((el, wanted) => {
    const option = [...(el as HTMLSelectElement).options].find((o) => o.text.includes(wanted));
    return option?.value ?? '';
  }, text);
  if (!value) throw new Error(`No model option contains "${text}"`);
  await select.selectOption(value);
  await page.waitForURL(`**/models/${value}`);
  return value;
}
