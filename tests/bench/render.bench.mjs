/* global document, requestAnimationFrame -- used inside page.evaluate, which runs in the browser */
// Time to first render of a 1,000-node view in headless Chromium: the built app (dist/web) on a
// generated model, a view made through the API (createView + applyViewCommands), then the
// editor URL opened cold. Measured in the page from navigation start to all nodes in the DOM.
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { api, percentile, printTable, root, startBenchDatabase } from './support/bench-db.mjs';
import { generateModel } from './support/generate-model.mjs';
import { startServer } from './support/servers.mjs';

const { openDatabase } = api('database/data-source.js');
const NODES = Number(process.env.BENCH_VIEW_NODES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const pg = await startBenchDatabase('render');
const db = await openDatabase(pg.url, 4);
const data = await generateModel(db, { elements: NODES, relationships: Math.round(NODES * 1.5) });
const rels = await db.query(
  'SELECT id, source_element_id s, target_element_id t FROM relationship WHERE model_id = $1',
  [data.modelId],
);
const server = await startServer([resolve(root, 'dist/api/apps/api/src/main.js')], {
  DATABASE_URL: pg.url,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'error',
  WEB_DIST_DIR: resolve(root, 'dist/web'),
});

const signIn = await fetch(`${server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: `mutation { signIn(email: "${data.email}", password: "${data.password}") { id } }`,
  }),
});
const cookie = signIn.headers.get('set-cookie').split(';')[0];
async function gql(query, variables) {
  const r = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const { createView } = await gql(
  'mutation($i: CreateViewInput!) { createView(input: $i) { id version } }',
  {
    i: { modelId: data.modelId, name: { fi: `${NODES} solmua` } },
  },
);
const nodeOf = new Map();
const commands = data.elementIds.slice(0, NODES).map((elementId, i) => {
  const id = randomUUID();
  nodeOf.set(elementId, id);
  return {
    op: 'add-node',
    id,
    kind: 'element',
    elementId,
    x: (i % 40) * 160,
    y: Math.floor(i / 40) * 90,
    width: 120,
    height: 55,
  };
});
for (const r of rels) {
  if (nodeOf.has(r.s) && nodeOf.has(r.t) && r.s !== r.t)
    commands.push({
      op: 'add-connection',
      id: randomUUID(),
      kind: 'relationship',
      relationshipId: r.id,
      sourceId: nodeOf.get(r.s),
      targetId: nodeOf.get(r.t),
    });
}
const edges = commands.length - NODES;
await gql(
  'mutation($v: ID!, $e: Int!, $c: [JSON!]!) { applyViewCommands(viewId: $v, expectedVersion: $e, commands: $c) { version } }',
  {
    v: createView.id,
    e: createView.version,
    c: commands,
  },
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const url = `${server.url}/models/${data.modelId}/views/${createView.id}`;
const [name, value] = cookie.split('=');
const firsts = [];
const alls = [];
for (let run = 0; run <= RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addCookies([{ name, value, url: server.url }]);
  const page = await context.newPage();
  await page.goto(url);
  // Polled on every animation frame in the page: the times are the page's own clock.
  const times = await page.evaluate(
    (n) =>
      new Promise((done) => {
        let first = null;
        const tick = () => {
          const count = document.querySelectorAll('.react-flow__node').length;
          if (count > 0 && first === null) first = performance.now();
          if (count >= n) return done({ first, all: performance.now() });
          requestAnimationFrame(tick);
        };
        tick();
      }),
    NODES,
  );
  if (run > 0) {
    // Run 0 warms the server's caches and is not counted.
    firsts.push(times.first);
    alls.push(times.all);
  }
  await context.close();
}
firsts.sort((a, b) => a - b);
alls.sort((a, b) => a - b);
printTable(
  `First render of a ${NODES}-node, ${edges}-connection view (headless Chromium, ${RUNS} cold page loads)`,
  [
    {
      measure: 'navigation → first node in DOM',
      'median ms': percentile(firsts, 50).toFixed(0),
      'max ms': firsts[firsts.length - 1].toFixed(0),
      'goal ≤ 2000 ms': '',
    },
    {
      measure: `navigation → all ${NODES} nodes in DOM`,
      'median ms': percentile(alls, 50).toFixed(0),
      'max ms': alls[alls.length - 1].toFixed(0),
      'goal ≤ 2000 ms': percentile(alls, 50) <= 2000 ? 'met' : 'MISSED',
    },
  ],
);
await browser.close();
server.stop();
await db.destroy();
await pg.stop?.();
process.exit(0);
