import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { RELATIONSHIP_TYPES, allowedRelationships } from '@kartasto/metamodel';
import { ARTIFACTS, browserSuite, chooseModel, signIn } from './support/browser';

jest.setTimeout(240_000);

interface StoredNode {
  id: string;
  elementId: string | null;
  x: number;
  y: number;
}

/** The view as stored, read through the page's own session. */
async function storedView(page: Page, viewId: string) {
  return page.evaluate(async (id) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($id: ID!) { view(id: $id) { version nodes { id elementId x y } connections { id relationshipId } } }`,
        variables: { id },
      }),
    });
    const body = await response.json();
    return body.data.view as {
      version: number;
      nodes: StoredNode[];
      connections: { id: string }[];
    };
  }, viewId);
}

/**
 * A point on a node that nothing else covers (the legend in the canvas's top right corner grows
 * as relationships are drawn and may lie over a node there), away from its connect handle.
 */
async function freePointOn(node: Locator): Promise<{ x: number; y: number }> {
  const box = (await node.boundingBox())!;
  const point = await node.evaluate((el, b) => {
    for (const fy of [0.5, 0.75, 0.25])
      for (const fx of [0.5, 0.25, 0.1, 0.75]) {
        const x = b.x + b.width * fx;
        const y = b.y + b.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && el.contains(hit) && !hit.closest('.source-handle')) return { x, y };
      }
    return null;
  }, box);
  if (!point) throw new Error('Every point of the node is covered by something else.');
  return point;
}

async function waitSaved(page: Page) {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="diagram-status"]')?.textContent ?? '';
    return s === 'Tallennettu';
  });
}

async function openViews(page: Page) {
  await page.getByTestId('browse-views').click();
  await page.getByTestId('view-list').waitFor();
}

describe('diagram editor in the browser', () => {
  const suite = browserSuite();

  it('edits the demo ecosystem view: add, connect, move, persist, layout, export', async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1500, height: 950 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await signIn(page, suite.app.url, 'paaarkkitehti@vm.fi');
    await chooseModel(page, 'Maakuntien viitearkkitehtuuri');
    await openViews(page);
    await page.locator('[data-testid="view-link"][data-view-kind="ecosystem"]').first().click();
    await page.waitForURL('**/views/*');
    const viewId = page.url().split('/views/')[1];
    await page.getByTestId('diagram-node').first().waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'diagram-ecosystem-demo.png') });

    // Add a new element on the canvas.
    const name = `Testijärjestelmä ${randomUUID().slice(0, 6)}`;
    await page.getByTestId('type-select').selectOption('ApplicationComponent');
    await page.getByTestId('palette-new-name').fill(name);
    await page.getByTestId('palette-create').click();
    const added = page.locator('[data-testid="diagram-node"]', { hasText: name });
    await added.waitFor();
    await waitSaved(page);

    // Connect it to a node of a type for which ArchiMate forbids some relationship.
    // Leaf nodes only: clicking a node that holds others could land on a child.
    const types = await page
      .locator('[data-testid="diagram-node"]')
      .evaluateAll((els) =>
        els.map((e) =>
          e.classList.contains('has-children') ? '' : (e.getAttribute('data-element-type') ?? ''),
        ),
      );
    const targetIndex = types.findIndex(
      (t) =>
        t &&
        allowedRelationships('ApplicationComponent', t).length > 0 &&
        allowedRelationships('ApplicationComponent', t).length < RELATIONSHIP_TYPES.length,
    );
    expect(targetIndex).toBeGreaterThanOrEqual(0);
    const targetType = types[targetIndex];
    const allowed = allowedRelationships('ApplicationComponent', targetType);
    const forbidden = RELATIONSHIP_TYPES.filter((r) => !allowed.includes(r));
    await added.click();
    await page
      .getByTestId('diagram-node')
      .nth(targetIndex)
      .click({ modifiers: ['Control'] });
    await page.waitForFunction(
      () => document.querySelectorAll('.react-flow__node.selected').length === 2,
    );
    await page.getByTestId('tool-connect').click();
    const dialog = page.getByTestId('connect-dialog');
    await dialog.waitFor();
    const offered = await dialog
      .locator('[data-testid^="connect-type-"]')
      .evaluateAll((els) =>
        els.map((e) => (e.getAttribute('data-testid') ?? '').slice('connect-type-'.length)),
      );
    expect(offered.sort()).toEqual([...allowed].sort());
    for (const f of forbidden) expect(offered).not.toContain(f);
    const edgesBefore = await page.getByTestId('diagram-edge').count();
    const storedConnectionsBefore = (await storedView(page, viewId)).connections.length;
    await dialog.getByTestId(`connect-type-${allowed[0]}`).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="diagram-edge"]').length > n,
      edgesBefore,
    );
    await waitSaved(page);

    // Move the new node by dragging it.
    const addedElementId = (
      await page.evaluate(async (wanted) => {
        const r = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'query($t: String!) { search(text: $t) { id name } }',
            variables: { t: wanted },
          }),
        });
        return (await r.json()).data.search as { id: string }[];
      }, name)
    )[0].id;
    const storedNode = async () =>
      (await storedView(page, viewId)).nodes.find((n) => n.elementId === addedElementId)!;
    const before = await storedNode();
    // Clear the selection first, then drag the new node alone: with the connected pair still
    // selected, the drag now and then moved the group holding the new node instead.
    const pane = await page.locator('.react-flow__pane').evaluate((el) => {
      const b = el.getBoundingClientRect();
      for (let y = b.top + 20; y < b.bottom; y += 15)
        for (let x = b.left + 20; x < b.right; x += 15)
          if (document.elementFromPoint(x, y) === el) return { x, y };
      return null;
    });
    await page.mouse.click(pane!.x, pane!.y);
    await page.waitForFunction(() => !document.querySelector('.react-flow__node.selected'));
    const grab = await freePointOn(added);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 60, grab.y + 150, { steps: 8 });
    await page.mouse.up();
    // Edits go out in a batch a moment later: wait until the stored place changes.
    let movedNode = await storedNode();
    for (let i = 0; i < 40 && movedNode.x === before.x && movedNode.y === before.y; i++) {
      await page.waitForTimeout(250);
      movedNode = await storedNode();
    }
    expect({ x: movedNode.x, y: movedNode.y }).not.toEqual({ x: before.x, y: before.y });
    await waitSaved(page);
    const afterMove = await storedView(page, viewId);

    // Reload: the element, the connection and the new place are still there.
    await page.reload();
    await page.locator('[data-testid="diagram-node"]', { hasText: name }).waitFor();
    const reloaded = await storedView(page, viewId);
    const again = reloaded.nodes.find((n) => n.elementId === addedElementId)!;
    expect({ x: again.x, y: again.y }).toEqual({ x: movedNode.x, y: movedNode.y });
    expect(reloaded.connections.length).toBe(afterMove.connections.length);
    expect(reloaded.connections.length).toBe(storedConnectionsBefore + 1);

    // Auto-layout in the worker, saved as one command.
    const versionBefore = reloaded.version;
    await page.getByTestId('diagram-canvas').click({ position: { x: 5, y: 5 } });
    await page.getByTestId('tool-layout').click();
    // The layout runs in the worker, then goes out as one apply-layout batch.
    for (let i = 0; i < 60 && (await storedView(page, viewId)).version <= versionBefore; i++)
      await page.waitForTimeout(500);
    await waitSaved(page);
    const laidOut = await storedView(page, viewId);
    expect(laidOut.version).toBeGreaterThan(versionBefore);
    // The node dragged away from its band is placed by the layout again.
    const placed = laidOut.nodes.find((n) => n.elementId === addedElementId)!;
    expect({ x: placed.x, y: placed.y }).not.toEqual({ x: again.x, y: again.y });
    await page.screenshot({ path: resolve(ARTIFACTS, 'diagram-ecosystem-after-layout.png') });

    // Export SVG.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('tool-exportSvg').click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    // Names wrap to the node's width; the new node's unique suffix ends one of its text lines.
    expect(new RegExp(`<text[^>]*>[^<]*${name.split(' ')[1]}</text>`).test(svg)).toBe(true);
    expect(svg.includes('<marker')).toBe(true);

    // The same view as an ArchiMate exchange file, with the element added above.
    const [xmlDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('tool-exportXml').click(),
    ]);
    const xml = readFileSync((await xmlDownload.path())!, 'utf8');
    expect(xml).toContain('<views>');
    expect(xml).toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['ecosystem', 'process', 'portfolio'] as const)(
    'generates a %s view and draws it',
    async (kind) => {
      const context = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      await signIn(page, suite.app.url, 'paaarkkitehti@vm.fi');
      await chooseModel(page, 'Maakuntien viitearkkitehtuuri');
      await openViews(page);
      await page.getByTestId(`generate-${kind}`).click();
      await page.waitForURL('**/views/*');
      await page.getByTestId('diagram-canvas').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 0);
      // Let fitView settle before the picture.
      await page.waitForTimeout(500);
      await page.getByTestId('tool-legend').click();
      await page.screenshot({ path: resolve(ARTIFACTS, `diagram-generated-${kind}.png`) });
      expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(0);
      await context.close();
    },
  );
});
