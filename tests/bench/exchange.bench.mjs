// Issue 3, performance: import (parse, validate, write) and export of a large exchange file,
// median of 3, each step in its own process for its peak RSS; a plain COPY of the same element
// and relationship rows plus their indexes and keys as the yardstick; the same model with
// identifiers as Archi writes them, for peak memory; and how fast each hostile file is refused.
// Goals: import <= 2x COPY, peak RSS <= 1 GB, export <= 5 s, refusals < 1 s.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat, truncate, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { api, percentile, printTable, root, startBenchDatabase } from './support/bench-db.mjs';
import { hashPassword } from './support/password.mjs';
import { startKartasto } from './support/servers.mjs';
import { generateExchange, writeDeepNesting } from './support/generate-exchange.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { from: copyFrom, to: copyTo } = require('pg-copy-streams');
const { openDatabase } = api('database/data-source.js');

const ELEMENTS = Number(process.env.BENCH_ELEMENTS ?? 50_000);
const RELATIONSHIPS = Number(process.env.BENCH_RELATIONSHIPS ?? 100_000);
const VIEWS = Number(process.env.BENCH_VIEWS ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = resolve(root, '.kartasto/bench-exchange-files');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sec = (ms) => (ms / 1000).toFixed(2);
const mb = (x) => x.toFixed(0);

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const file = join(work, 'large.xml');
let t = Date.now();
const counts = await generateExchange(file, {
  elements: ELEMENTS,
  relationships: RELATIONSHIPS,
  views: VIEWS,
});
const size = (await stat(file)).size;
console.log(
  `generated ${counts.elements} elements, ${counts.relationships} relationships, ${counts.views} views, ` +
    `${counts.nodes} nodes, ${counts.connections} connections: ${(size / 1e6).toFixed(1)} MB in ${Date.now() - t} ms`,
);

const pg = await startBenchDatabase('exchange');
const admin = new Client({ connectionString: pg.url.replace(/\/[^/]*$/, '/postgres') });
await admin.connect();

/** A fresh migrated database with one organisation and editor; returns its URL and ids. */
async function freshDatabase(name) {
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = pg.url.replace(/\/[^/]*$/, `/${name}`);
  const db = await openDatabase(url, 2);
  const [org] = await db.query(
    `INSERT INTO organization (slug, kind, name) VALUES ('bench', 'region', '{"fi":"Bench"}') RETURNING id`,
  );
  const [user] = await db.query(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES ('bench@kartasto.fi', 'Bench', 'x') RETURNING id`,
  );
  await db.query(
    `INSERT INTO membership (user_id, organization_id, role) VALUES ($1, $2, 'editor')`,
    [user.id, org.id],
  );
  await db.destroy();
  return { url, organizationId: org.id, userId: user.id };
}

function step(args) {
  const child = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'support/exchange-step.mjs'), JSON.stringify(args)],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0)
    throw new Error(`step ${args.step} failed:\n${child.stderr}\n${child.stdout}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------------- the COPY yardstick
const ELEMENT_COLUMNS =
  'id, model_id, identifier, type, specialization, name, documentation, properties, folder_id, reference_element_id, created_by, updated_by';
const RELATIONSHIP_COLUMNS =
  'id, model_id, identifier, type, source_element_id, source_relationship_id, target_element_id, target_relationship_id, name, documentation, properties, access_type, influence_strength, is_directed, specialization, folder_id, created_by, updated_by';
// The same indexes and keys the schema gives element and relationship.
const KEYS = `
  ALTER TABLE copy_element ADD PRIMARY KEY (id), ADD UNIQUE (model_id, identifier),
    ADD FOREIGN KEY (model_id) REFERENCES model(id), ADD FOREIGN KEY (folder_id) REFERENCES folder(id),
    ADD FOREIGN KEY (reference_element_id) REFERENCES copy_element(id),
    ADD FOREIGN KEY (created_by) REFERENCES app_user(id), ADD FOREIGN KEY (updated_by) REFERENCES app_user(id);
  CREATE INDEX ON copy_element (model_id, sort_name, id);
  CREATE INDEX ON copy_element (model_id, type);
  CREATE INDEX ON copy_element (folder_id);
  CREATE INDEX ON copy_element USING gin (search_vector);
  ALTER TABLE copy_relationship ADD PRIMARY KEY (id), ADD UNIQUE (model_id, identifier),
    ADD FOREIGN KEY (model_id) REFERENCES model(id),
    ADD FOREIGN KEY (source_element_id) REFERENCES copy_element(id), ADD FOREIGN KEY (target_element_id) REFERENCES copy_element(id),
    ADD FOREIGN KEY (source_relationship_id) REFERENCES copy_relationship(id),
    ADD FOREIGN KEY (target_relationship_id) REFERENCES copy_relationship(id),
    ADD FOREIGN KEY (folder_id) REFERENCES folder(id),
    ADD FOREIGN KEY (created_by) REFERENCES app_user(id), ADD FOREIGN KEY (updated_by) REFERENCES app_user(id);
  CREATE INDEX ON copy_relationship (source_element_id);
  CREATE INDEX ON copy_relationship (target_element_id);
  CREATE INDEX ON copy_relationship (source_relationship_id) WHERE source_relationship_id IS NOT NULL;
  CREATE INDEX ON copy_relationship (target_relationship_id) WHERE target_relationship_id IS NOT NULL;
  CREATE INDEX ON copy_relationship (model_id, type);`;

async function dumpRows(client, table, columns, modelId) {
  const chunks = [];
  const stream = client.query(
    copyTo(`COPY (SELECT ${columns} FROM ${table} WHERE model_id = '${modelId}') TO STDOUT`),
  );
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** COPY the rows into empty tables with the same columns, then build indexes and keys; ms. */
async function copyYardstick(url, rows) {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('DROP TABLE IF EXISTS copy_relationship, copy_element');
  await client.query(
    'CREATE TABLE copy_element (LIKE element INCLUDING DEFAULTS INCLUDING GENERATED)',
  );
  await client.query(
    'CREATE TABLE copy_relationship (LIKE relationship INCLUDING DEFAULTS INCLUDING GENERATED)',
  );
  const started = process.hrtime.bigint();
  await client.query('BEGIN');
  await pipeline(
    Readable.from([rows.elements]),
    client.query(copyFrom(`COPY copy_element (${ELEMENT_COLUMNS}) FROM STDIN`)),
  );
  await pipeline(
    Readable.from([rows.relationships]),
    client.query(copyFrom(`COPY copy_relationship (${RELATIONSHIP_COLUMNS}) FROM STDIN`)),
  );
  await client.query(KEYS);
  await client.query('COMMIT');
  const took = Number(process.hrtime.bigint() - started) / 1e6;
  await client.query('DROP TABLE copy_relationship, copy_element');
  await client.end();
  return took;
}

// -------------------------------------------------------------------------------- the runs
const imports = [];
const exports = [];
const copies = [];
let last;
for (let run = 1; run <= RUNS; run++) {
  const target = await freshDatabase(`exchange_run${run}`);
  const result = step({ step: 'import', file, ...target });
  const s = result.summary;
  if (
    s.elements !== counts.elements ||
    s.relationships !== counts.relationships ||
    s.views !== counts.views ||
    s.connections !== counts.connections
  )
    throw new Error(`import wrote ${JSON.stringify(s)}, expected ${JSON.stringify(counts)}`);
  imports.push(result);
  console.log(
    `run ${run}: import ${sec(result.ms)} s (${Object.entries(result.phases)
      .map(([p, v]) => `${p} ${sec(v)}`)
      .join(', ')}), max RSS ${mb(result.maxRssMb)} MB`,
  );
  // The rows this run stored (ids and keys belong to this database).
  const client = new Client({ connectionString: target.url });
  await client.connect();
  const rows = {
    elements: await dumpRows(client, 'element', ELEMENT_COLUMNS, result.modelId),
    relationships: await dumpRows(client, 'relationship', RELATIONSHIP_COLUMNS, result.modelId),
  };
  await client.end();
  copies.push(await copyYardstick(target.url, rows));
  console.log(`run ${run}: COPY + indexes and keys ${sec(copies.at(-1))} s`);
  const exported = step({
    step: 'export',
    url: target.url,
    modelId: result.modelId,
    out: join(work, `export-${run}.xml`),
  });
  exports.push(exported);
  console.log(
    `run ${run}: export ${sec(exported.ms)} s (read ${sec(exported.phases.read)}, write ${sec(exported.phases.write)}), max RSS ${mb(exported.maxRssMb)} MB`,
  );
  last = { ...target, modelId: result.modelId };
}

// Archi names its concepts "id-" and 32 hex digits; the file above has short identifiers. The
// same model with Archi's, once: the reader keeps every identifier until the file ends.
const archiFile = join(work, 'archi-ids.xml');
await generateExchange(archiFile, {
  elements: ELEMENTS,
  relationships: RELATIONSHIPS,
  views: VIEWS,
  idPrefix: 'id-4f1c2b3a9d8e7f60a1b2c3d4e5f6',
});
const archiSize = (await stat(archiFile)).size;
const archiIds = step({
  step: 'import',
  file: archiFile,
  ...(await freshDatabase('exchange_archi_ids')),
});
if (archiIds.summary.elements !== counts.elements)
  throw new Error(
    `import wrote ${JSON.stringify(archiIds.summary)}, expected ${JSON.stringify(counts)}`,
  );
await rm(archiFile);
console.log(
  `Archi-style identifiers: import ${sec(archiIds.ms)} s, max RSS ${mb(archiIds.maxRssMb)} MB`,
);

// ------------------------------------------------------------------------------- refusals
const fixtures = resolve(root, 'tests/fixtures/exchange');
const hostile = (await readdir(fixtures))
  .filter((f) => f.endsWith('.xml') && !['kartasto-sample.xml', 'windows-1252.xml'].includes(f))
  .map((f) => join(fixtures, f));
const deep = join(work, 'deep-200000.xml');
await writeDeepNesting(deep, { depth: 200_000 });
const deepMeta = join(work, 'deep-200000-in-metadata.xml');
await writeDeepNesting(deepMeta, { depth: 200_000, inMetadata: true });
const cut = join(work, 'large-truncated.xml');
await copyFile(file, cut);
await truncate(cut, Math.floor(size * 0.9));
const refusals = step({
  step: 'refuse',
  url: last.url,
  organizationId: last.organizationId,
  userId: last.userId,
  files: [...hostile, deep, deepMeta, cut],
});

// -------------------------------------------------- the API while a large import runs
// The same file as an HTTP import job on a real server, while a client asks for its models
// every 25 ms and polls the job's progress: how long do answers take, idle and during the job?
{
  const client = new Client({ connectionString: last.url });
  await client.connect();
  await client.query('UPDATE app_user SET password_hash = $1 WHERE id = $2', [
    await hashPassword('bench-password'),
    last.userId,
  ]);
  await client.end();
}
const server = await startKartasto(last.url);
const signIn = await fetch(`${server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation { signIn(email: "bench@kartasto.fi", password: "bench-password") { id } }',
  }),
});
const cookie = signIn.headers.get('set-cookie').split(';')[0];
const probe = async () => {
  const started = process.hrtime.bigint();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ models { id name } }' }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const idle = [];
for (let n = 0; n < 200; n++) idle.push(await probe());
const jobStarted = Date.now();
const started = await fetch(
  `${server.url}/api/imports?organizationId=${last.organizationId}&mode=apply&fileName=large.xml`,
  {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/xml' },
    body: createReadStream(file),
    duplex: 'half',
  },
);
const startedBody = await started.json();
if (!startedBody.jobId)
  throw new Error(`the HTTP import did not start: ${JSON.stringify(startedBody)}`);
const { jobId } = startedBody;
const during = [];
const progressSeen = new Set();
let job;
for (let polled = 0; ;) {
  during.push(await probe());
  if (Date.now() - polled >= 250) {
    polled = Date.now();
    job = await (await fetch(`${server.url}/api/imports/${jobId}`, { headers: { cookie } })).json();
    if (job.status !== 'running') break;
    progressSeen.add(`${job.phase} ${job.done}`);
  }
  await new Promise((r) => setTimeout(r, 25));
}
const jobMs = Date.now() - jobStarted;
server.stop();
if (job.status !== 'succeeded') throw new Error(`the HTTP import failed: ${JSON.stringify(job)}`);
const latencyRow = (what, xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    what,
    answers: sorted.length,
    'p50 ms': percentile(sorted, 50).toFixed(1),
    'p99 ms': percentile(sorted, 99).toFixed(1),
    'max ms': sorted.at(-1).toFixed(1),
  };
};

// --------------------------------------------------------------------------------- tables
const importMs = median(imports.map((r) => r.ms));
const exportMs = median(exports.map((r) => r.ms));
const copyMs = median(copies);
const importRss = Math.max(...imports.map((r) => r.maxRssMb));
const exportRss = Math.max(...exports.map((r) => r.maxRssMb));
const runs = (xs) => xs.map((x) => sec(x)).join(' / ');
printTable(
  `exchange import/export: ${counts.elements} elements, ${counts.relationships} relationships, ${counts.views} views, ${counts.nodes} nodes, ${counts.connections} connections, ${(size / 1e6).toFixed(0)} MB; median of ${RUNS}`,
  [
    {
      step: 'import (parse, validate, write; one transaction)',
      'median s': sec(importMs),
      'runs s': runs(imports.map((r) => r.ms)),
      'peak RSS MB': mb(importRss),
      goal: '<= 2x COPY, <= 1024 MB',
      met: importMs <= 2 * copyMs && importRss <= 1024 ? 'yes' : 'NO',
    },
    {
      step: 'COPY elements + relationships, then indexes and keys',
      'median s': sec(copyMs),
      'runs s': runs(copies),
      'peak RSS MB': '',
      goal: '',
      met: '',
    },
    {
      step: 'ratio import / COPY',
      'median s': (importMs / copyMs).toFixed(2),
      'runs s': '',
      'peak RSS MB': '',
      goal: '<= 2',
      met: importMs / copyMs <= 2 ? 'yes' : 'NO',
    },
    {
      step: `import, identifiers as Archi writes them (${(archiSize / 1e6).toFixed(0)} MB; one run)`,
      'median s': sec(archiIds.ms),
      'runs s': '',
      'peak RSS MB': mb(archiIds.maxRssMb),
      goal: '<= 1024 MB',
      met: archiIds.maxRssMb <= 1024 ? 'yes' : 'NO',
    },
    {
      step: 'export (read model + exchange XML to file)',
      'median s': sec(exportMs),
      'runs s': runs(exports.map((r) => r.ms)),
      'peak RSS MB': mb(exportRss),
      goal: '<= 5 s, <= 1024 MB',
      met: exportMs <= 5000 && exportRss <= 1024 ? 'yes' : 'NO',
    },
  ],
);
const phaseRows = (list) => {
  const names = Object.keys(list[0].phases);
  return names.map((p) => ({
    phase: p,
    'median s': sec(median(list.map((r) => r.phases[p] ?? 0))),
  }));
};
printTable('import phases (median)', phaseRows(imports));
console.log(
  "(A new model is stored while its file is read, so 'store' is reading and writing together; 'write' is what is left after the last byte.)",
);
// Where the import's time goes: Node's process (parsing, rows, GC threads) and PostgreSQL's
// processes run side by side on this machine's cores; whichever is busier sets the pace.
printTable('import: CPU time of each side next to the wall time (median)', [
  {
    what: 'CPU, Kartasto (Node: reading, rows, GC threads)',
    seconds: sec(median(imports.map((r) => r.cpu.kartasto))),
  },
  {
    what: 'CPU, PostgreSQL (all its processes)',
    seconds:
      imports[0].cpu.postgres === null ? 'n/a' : sec(median(imports.map((r) => r.cpu.postgres))),
  },
  { what: 'wall time', seconds: sec(importMs) },
]);
printTable('export phases (median)', phaseRows(exports));
printTable(
  'hostile files refused through ImportService.run (goal < 1 s each, nothing written)',
  refusals.files.map((r) => ({
    file: r.file,
    ms: r.ms.toFixed(0),
    refused: r.refused ? 'yes' : 'NO',
    'db unchanged': r.unchanged ? 'yes' : 'NO',
    met: r.refused && r.unchanged && r.ms < 1000 ? 'yes' : 'NO',
    message: r.message.slice(0, 90),
  })),
);

printTable(
  `the API while the same file imports as an HTTP job (upload included: ${sec(jobMs)} s, ${progressSeen.size} distinct progress readings): { models } every 25 ms`,
  [latencyRow('idle', idle), latencyRow('during the import', during)],
);

await admin.end();
await pg.stop();
await rm(work, { recursive: true, force: true });
