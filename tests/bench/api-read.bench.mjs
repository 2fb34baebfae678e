// Issue: "element with relationships" under 32 connections for 20 s against Kartasto and against
// a minimal graphql-js yardstick on the same data; and the search query's latency.
import autocannon from 'autocannon';
import { createRequire } from 'node:module';
import { api, percentile, printTable, startBenchDatabase } from './support/bench-db.mjs';
import { generateModel } from './support/generate-model.mjs';
import { startKartasto, startYardstick } from './support/servers.mjs';

const require = createRequire(import.meta.url);
const { openDatabase } = api('database/data-source.js');
const ELEMENTS = Number(process.env.BENCH_ELEMENTS ?? 50_000);
const RELATIONSHIPS = Number(process.env.BENCH_RELATIONSHIPS ?? 100_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const QUERY = `query($id: ID!) { element(id: $id) { id identifier type name documentation version
  outgoing { id type sourceId targetId target { id identifier type name documentation version } }
  incoming { id type sourceId targetId source { id identifier type name documentation version } } } }`;

const pg = await startBenchDatabase('api-read');
const db = await openDatabase(pg.url, 4);
let t = Date.now();
const data = await generateModel(db, { elements: ELEMENTS, relationships: RELATIONSHIPS });
console.log(`generated ${ELEMENTS} elements and ${RELATIONSHIPS} relationships in ${Date.now() - t} ms`);

const kartasto = await startKartasto(pg.url);
const yardstick = await startYardstick(pg.url);
const signIn = await fetch(`${kartasto.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `mutation { signIn(email: "${data.email}", password: "${data.password}") { id } }` }),
});
const cookie = signIn.headers.get('set-cookie').split(';')[0];

async function load(url, headers, duration) {
  let i = 0;
  const ids = data.elementIds;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: 32,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: QUERY, variables: { id: ids[(i++ * 7) % ids.length] } }) }),
      },
    ],
  });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

// Check both answer the same before timing them.
const probe = async (url, headers) =>
  (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY, variables: { id: data.elementIds[42] } }) })).json());
const a = await probe(kartasto.url, { cookie });
const b = await probe(yardstick.url, {});
if (a.errors || b.errors) throw new Error(JSON.stringify([a.errors, b.errors]));
if (a.data.element.outgoing.length !== b.data.element.outgoing.length)
  throw new Error(`servers disagree: ${JSON.stringify(a).slice(0, 600)} ${JSON.stringify(b).slice(0, 600)}`);

// Warm both up, then time them in turns (K Y Y K) so that a machine speeding up or slowing
// down during the run weighs on both alike; each gets DURATION seconds in all.
const kartastoLoad = (d) => load(kartasto.url, { cookie }, d);
const yardstickLoad = (d) => load(yardstick.url, {}, d);
await kartastoLoad(5);
await yardstickLoad(5);
const half = DURATION / 2;
const rounds = { k: [], y: [] };
rounds.k.push(await kartastoLoad(half));
rounds.y.push(await yardstickLoad(half));
rounds.y.push(await yardstickLoad(half));
rounds.k.push(await kartastoLoad(half));
const combine = (rs) => ({
  rps: rs.reduce((sum, r) => sum + r.requests.average, 0) / rs.length,
  p50: Math.max(...rs.map((r) => r.latency.p50)),
  p99: Math.max(...rs.map((r) => r.latency.p99)),
  runs: rs.map((r) => r.requests.average.toFixed(0)).join(' / '),
});
const k = combine(rounds.k);
const y = combine(rounds.y);

// Search: sequential prefix queries over the whole model, as typed into the search box:
// a word prefix alone, and a word prefix with a number (many distinct numeric lexemes).
async function searchLatencies(textOf) {
  const out = [];
  for (let n = 0; n < 400; n++) {
    const started = process.hrtime.bigint();
    const r = await fetch(`${kartasto.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: `query($t: String!, $m: ID) { search(text: $t, modelId: $m, first: 20) { id name } }`, variables: { t: textOf(n), m: data.modelId } }),
    });
    const body = await r.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    out.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return out.sort((p, q) => p - q);
}
const prefix = (n) => data.words[n % data.words.length].slice(0, 3 + (n % 4));
const latencies = await searchLatencies(prefix);
const withNumber = await searchLatencies((n) => `${prefix(n)} ${n % 97}`);

printTable(`element with relationships, 32 connections, ${DURATION} s each in turns (K Y Y K), ${ELEMENTS} elements / ${RELATIONSHIPS} relationships`, [
  { server: 'Kartasto (NestJS + Mercurius JIT)', 'req/s': k.rps.toFixed(0), 'rounds req/s': k.runs, 'p50 ms': k.p50, 'p99 ms': k.p99 },
  { server: 'yardstick (graphql-js + node:http)', 'req/s': y.rps.toFixed(0), 'rounds req/s': y.runs, 'p50 ms': y.p50, 'p99 ms': y.p99 },
  { server: 'ratio Kartasto / yardstick', 'req/s': (k.rps / y.rps).toFixed(2), 'rounds req/s': '', 'p50 ms': '', 'p99 ms': '' },
]);
printTable('search(text, modelId, first: 20), sequential, 400 queries each', [
  { text: 'word prefix, e.g. "poti"', 'p50 ms': percentile(latencies, 50).toFixed(2), 'p99 ms': percentile(latencies, 99).toFixed(2) },
  { text: 'word prefix + number, e.g. "poti 17"', 'p50 ms': percentile(withNumber, 50).toFixed(2), 'p99 ms': percentile(withNumber, 99).toFixed(2) },
]);

kartasto.stop();
yardstick.stop();
await db.destroy();
await pg.stop();
void require;
