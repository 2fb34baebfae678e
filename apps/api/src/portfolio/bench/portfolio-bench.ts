import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../database/data-source';
import { startEmbeddedDatabase } from '../../database/embedded-database';
import {
  DEFAULT_VALUE_LIST_BY_KEY,
  PORTFOLIO_ATTRIBUTES,
  TRANSFER_METHOD,
  type PortfolioAttribute,
} from '../portfolio-attributes';
import { exportPortfolioFile } from '../portfolio-files';
import { runPortfolioImport } from '../portfolio-import';
import { ensureDefinitions } from '../portfolio-store';

/**
 * Portfolio benchmark: 10,000 systems with every attribute (and 10,000 interfaces), exported
 * to XLSX and CSV and imported back into an empty model, plus a zip bomb refused.
 * Run: `node tools/build-api.mjs && node dist/api/apps/api/src/portfolio/bench/portfolio-bench.js`
 * (DATABASE_URL to use a running PostgreSQL; otherwise an embedded one in a temp folder).
 */

const SYSTEMS = Number(process.env.PORTFOLIO_BENCH_SYSTEMS ?? 10_000);

/** Deterministic pseudo-random numbers so every run measures the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function valueFor(attr: PortfolioAttribute, i: number, r: () => number): string {
  const list = attr.valueList ? DEFAULT_VALUE_LIST_BY_KEY.get(attr.valueList)!.values : [];
  switch (attr.kind) {
    case 'choice':
      return list[Math.floor(r() * list.length)].code;
    case 'year':
      return String(
        attr.key === 'introducedYear' ? 1995 + Math.floor(r() * 30) : 2026 + Math.floor(r() * 10),
      );
    case 'number':
      return String(Math.floor(r() * 5000));
    case 'currency':
      return String(Math.floor(r() * 500) * 1000);
    case 'date':
      return `20${27 + Math.floor(r() * 5)}-0${1 + Math.floor(r() * 9)}-15`;
    case 'url':
      return `https://jarjestelma-${i}.example.fi`;
    case 'json':
      return JSON.stringify({
        costMaintenance: {
          '2027': Math.floor(r() * 100) * 1000,
          '2028': Math.floor(r() * 100) * 1000,
        },
      });
    default:
      return `${attr.label.fi} ${i} – ${['Oy', 'tiimi', 'yksikkö'][i % 3]}`;
  }
}

export async function seedBenchPortfolio(
  db: DataSource,
): Promise<{ modelId: string; emptyModelId: string; organizationId: string }> {
  const [org] = await db.query(
    `INSERT INTO organization (slug, kind, name) VALUES ('bench-${Date.now()}', 'region', '{"fi":"Bench"}') RETURNING id`,
  );
  const [m] = await db.query(
    `INSERT INTO model (organization_id, name, kind, state) VALUES ($1, '{"fi":"Salkku"}', 'enterprise', 'current') RETURNING id`,
    [org.id],
  );
  const [empty] = await db.query(
    `INSERT INTO model (organization_id, name, kind, state) VALUES ($1, '{"fi":"Tyhjä"}', 'enterprise', 'target') RETURNING id`,
    [org.id],
  );
  await ensureDefinitions(db, m.id, [...PORTFOLIO_ATTRIBUTES, TRANSFER_METHOD]);
  const r = rng(179);
  const rows = Array.from({ length: SYSTEMS }, (_, i) => ({
    identifier: `sys-${i}`,
    name: { fi: `Järjestelmä ${i}`, sv: `System ${i}`, en: `System ${i}` },
    documentation: {
      fi: `Järjestelmän ${i} käyttötarkoitus: asiakkaiden palvelu ja tiedon hallinta.`,
    },
    properties: PORTFOLIO_ATTRIBUTES.map((a) => ({
      definitionId: a.identifier,
      value: { '': valueFor(a, i, r) },
    })),
  }));
  const ids: { id: string }[] = await db.query(
    `INSERT INTO element (model_id, identifier, type, specialization, name, documentation, properties)
     SELECT $1, v.identifier, 'ApplicationComponent', 'Tietojärjestelmä', v.name, v.documentation, v.properties
       FROM jsonb_to_recordset($2::jsonb) AS v(identifier text, name jsonb, documentation jsonb, properties jsonb) RETURNING id`,
    [m.id, JSON.stringify(rows)],
  );
  const methods = DEFAULT_VALUE_LIST_BY_KEY.get('transferMethod')!.values;
  const flows = ids.map((s, i) => ({
    identifier: `flow-${i}`,
    source: s.id,
    target: ids[(i * 7 + 13) % ids.length].id,
    properties: [
      { definitionId: TRANSFER_METHOD.identifier, value: { '': methods[i % methods.length].code } },
    ],
  }));
  await db.query(
    `INSERT INTO relationship (model_id, identifier, type, source_element_id, target_element_id, name, properties)
     SELECT $1, v.identifier, 'Flow', v.source, v.target, '{"fi":"Tiedot"}', v.properties
       FROM jsonb_to_recordset($2::jsonb) AS v(identifier text, source uuid, target uuid, properties jsonb)`,
    [m.id, JSON.stringify(flows)],
  );
  return { modelId: m.id, emptyModelId: empty.id, organizationId: org.id };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

export interface BenchRow {
  step: string;
  seconds: number;
  detail: string;
}

export async function runPortfolioBench(
  log: (s: string) => void = console.log,
): Promise<BenchRow[]> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const dataDir = join(tmpdir(), `kartasto-portfolio-bench-${process.pid}`);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedDatabase({ dataDir, database: 'bench', persistent: false });
  const db = await openDatabase(process.env.DATABASE_URL ?? embedded!.url, 4);
  const results: BenchRow[] = [];
  try {
    const [{ modelId, emptyModelId, organizationId }, seedS] = await timed(() =>
      seedBenchPortfolio(db),
    );
    results.push({
      step: `seed ${SYSTEMS} systems + ${SYSTEMS} interfaces`,
      seconds: seedS,
      detail: `${PORTFOLIO_ATTRIBUTES.length} attributes each`,
    });
    const model = { id: modelId, organizationId };
    // Export is timed three times and the median reported: single runs varied 3.0-5.7 s here.
    const exports: [Awaited<ReturnType<typeof exportPortfolioFile>>, number][] = [];
    for (let i = 0; i < 3; i++)
      exports.push(
        await timed(() => exportPortfolioFile(db, model, { format: 'xlsx', lang: 'fi' })),
      );
    const times = exports.map(([, s]) => s).sort((a, b) => a - b);
    const [xlsx] = exports[0];
    results.push({
      step: 'XLSX export (median of 3)',
      seconds: times[1],
      detail: `${xlsx.rowCount} rows, ${(xlsx.body.length / 1e6).toFixed(1)} MB; runs ${exports.map(([, s]) => s.toFixed(2)).join(' / ')} s`,
    });
    const [csv, csvS] = await timed(() =>
      exportPortfolioFile(db, model, { format: 'csv', lang: 'fi' }),
    );
    results.push({
      step: 'CSV export',
      seconds: csvS,
      detail: `${(csv.body.length / 1e6).toFixed(1)} MB`,
    });
    const target = { id: emptyModelId, organizationId };
    const [applied, importS] = await timed(() =>
      runPortfolioImport(db, target, xlsx.body, 'apply', { userId: null }),
    );
    if (!applied.applied)
      throw new Error(`import refused: ${JSON.stringify(applied.problems.slice(0, 3))}`);
    results.push({
      step: 'XLSX import (apply, all new)',
      seconds: importS,
      detail: `${applied.newCount} created in one transaction`,
    });
    const [again, previewS] = await timed(() =>
      runPortfolioImport(db, model, xlsx.body, 'preview', { userId: null }),
    );
    results.push({
      step: 'XLSX import preview (unchanged)',
      seconds: previewS,
      detail: `${again.unchangedCount} unchanged, ${again.problems.length} problems`,
    });
    const [csvApplied, csvImportS] = await timed(() =>
      runPortfolioImport(db, model, csv.body, 'apply', { userId: null }),
    );
    results.push({
      step: 'CSV import (apply, no changes)',
      seconds: csvImportS,
      detail: `${csvApplied.unchangedCount} unchanged`,
    });
    const bomb = buildBomb();
    const [refused, bombS] = await timed(() =>
      runPortfolioImport(db, target, bomb, 'preview', { userId: null }).then(
        () => 'accepted (!)',
        (e: Error) => e.message.slice(0, 60),
      ),
    );
    results.push({
      step: `zip bomb (${(bomb.length / 1e3).toFixed(0)} kB -> 1 GB) refused`,
      seconds: bombS,
      detail: refused,
    });
  } finally {
    clearInterval(sampler);
    await db.destroy();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  log('');
  log(`Portfolio benchmark (${SYSTEMS} systems, Node ${process.version})`);
  log('| step | seconds | detail |');
  log('|---|---:|---|');
  for (const r of results) log(`| ${r.step} | ${r.seconds.toFixed(2)} | ${r.detail} |`);
  log(`| peak RSS | | ${(maxRss / 1024 / 1024).toFixed(0)} MiB |`);
  return results;
}

/** 1 GiB of zeros in a workbook-shaped zip, built from 16 MiB pieces without holding 1 GiB. */
function buildBomb(): Buffer {
  const piece = deflateRawSync(Buffer.alloc(16 * 1024 * 1024));
  // Deflate blocks concatenate: 64 non-final copies would still inflate to 1 GiB; the header declares it.
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = Buffer.concat(Array.from({ length: 64 }, () => piece));
  const size = 1024 * 1024 * 1024 - 1;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

if (require.main === module)
  runPortfolioBench().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
