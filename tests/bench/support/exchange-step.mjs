// One measured step of the exchange benchmark, in its own process so that its peak memory
// (maxRSS) is the step's own. Usage: node exchange-step.mjs '<json>'; prints one JSON line.
//   { step: 'import', url, file, organizationId, userId }
//   { step: 'export', url, modelId, out }
//   { step: 'refuse', url, files: [...], organizationId, userId }
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import { api } from './bench-db.mjs';

const { openDatabase } = api('database/data-source.js');
const { ImportService } = api('exchange/import.service.js');
const { ExportService } = api('exchange/export.service.js');
const { ModelAccessService } = api('models/model-access.service.js');
const { AuditService } = api('audit/audit.service.js');
// The same V8 settings as the server and the CLI (see runtime-flags.ts).
api('common/runtime-flags.js').applyRuntimeFlags();

const args = JSON.parse(process.argv[2]);
const db = await openDatabase(args.url, 4);
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;

/**
 * CPU milliseconds all PostgreSQL processes have used, from /proc (Linux); null elsewhere. The
 * bench's server runs nothing else meanwhile, so a difference is this step's database work.
 */
function postgresCpuMs() {
  try {
    const tick = 10; // USER_HZ is 100 on Linux
    let total = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        total += (Number(fields[11]) + Number(fields[12])) * tick;
      } catch {
        // the process ended meanwhile
      }
    }
    return total;
  } catch {
    return null;
  }
}

// Peak RSS while the step runs, sampled every 50 ms (maxRSS covers the whole process too);
// memoryUsage.rss() alone, cheaper than the full memoryUsage(): this process's CPU time is the
// import's.
let sampled = 0;
const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 50);

const importer = new ImportService(db, new ModelAccessService(db), new AuditService());
const request = (file) => ({
  userId: args.userId,
  organizationId: args.organizationId,
  format: 'exchange',
  mode: 'apply',
  filePath: file,
  fileName: basename(file),
  maxBytes: 500 * 1024 * 1024,
});
const TABLES = [
  'model',
  'element',
  'relationship',
  'folder',
  'property_definition',
  'view',
  'view_node',
  'view_connection',
  'audit_event',
];
const counts = async () => {
  const row = (
    await db.query(
      `SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`,
    )
  )[0];
  return JSON.stringify(row);
};

let result;
if (args.step === 'import') {
  const phases = {};
  let phase = '';
  let phaseStart = process.hrtime.bigint();
  const pgBefore = postgresCpuMs();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const outcome = await importer.run(request(args.file), (p) => {
    if (p === phase) return;
    if (phase) phases[phase] = (phases[phase] ?? 0) + ms(phaseStart);
    phase = p;
    phaseStart = process.hrtime.bigint();
  });
  const total = ms(started);
  const cpu = process.cpuUsage(cpuBefore);
  const pgAfter = postgresCpuMs();
  phases[phase] = (phases[phase] ?? 0) + ms(phaseStart);
  result = {
    ms: total,
    phases,
    modelId: outcome.modelId,
    summary: outcome.summary,
    cpu: {
      kartasto: (cpu.user + cpu.system) / 1000,
      postgres: pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore,
    },
  };
} else if (args.step === 'export') {
  const exporter = new ExportService(db);
  const started = process.hrtime.bigint();
  const doc = await exporter.read(args.modelId);
  const read = ms(started);
  const out = createWriteStream(args.out);
  let bytes = 0;
  for (const chunk of exporter.exchange(doc)) {
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  result = { ms: ms(started), phases: { read, write: ms(started) - read }, chars: bytes };
} else if (args.step === 'refuse') {
  result = { files: [] };
  for (const file of args.files) {
    const before = await counts();
    const started = process.hrtime.bigint();
    let error = null;
    try {
      await importer.run(request(file));
    } catch (e) {
      error = e;
    }
    const took = ms(started);
    const unchanged = before === (await counts());
    result.files.push({
      file: basename(file),
      ms: took,
      refused: !!error,
      unchanged,
      message: String(error?.message ?? 'ACCEPTED'),
    });
  }
}
clearInterval(sampler);
await db.destroy();
result.maxRssMb = process.resourceUsage().maxRSS / 1024;
result.sampledRssMb = sampled / 1048576;
console.log(JSON.stringify(result));
