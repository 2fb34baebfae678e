// A throw-away embedded PostgreSQL for benchmarks, from the compiled API (dist/api).
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
export const root = resolve(import.meta.dirname, '../../..');
export const api = (p) => require(resolve(root, 'dist/api/apps/api/src', p));

export async function startBenchDatabase(name) {
  const { startEmbeddedDatabase } = api('database/embedded-database.js');
  const dataDir = resolve(root, `.kartasto/bench-${name}`);
  await rm(dataDir, { recursive: true, force: true });
  return startEmbeddedDatabase({ dataDir, database: 'bench', persistent: false });
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function printTable(title, rows) {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(width[i])).join(' | ') + ' |';
  console.log(`\n${title}`);
  console.log(line(cols));
  console.log('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
}
