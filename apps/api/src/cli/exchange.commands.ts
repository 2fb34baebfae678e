import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { ModelAccessService } from '../models/model-access.service';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { ExportService } from '../exchange/export.service';
import { ImportService } from '../exchange/import.service';
import { sniffFormat } from '../exchange/read-import-file';
import { parseArgs, type CliCommand, type CliContext } from './cli-command';

function describeError(e: unknown): string {
  if (e instanceof DomainError) {
    const d = e.details as { line?: number; identifier?: string };
    return `${e.code}: ${e.message}${d.line ? ` (line ${d.line})` : ''}${d.identifier ? ` [${d.identifier}]` : ''}`;
  }
  return (e as Error).message;
}

function bar(done: number, total: number): string {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return `[${'#'.repeat(pct / 5).padEnd(20, '.')}] ${String(pct).padStart(3)}%`;
}

export const importCommand: CliCommand = {
  usage: 'import FILE [--org SLUG] [--model NAME | --into MODEL_ID] [--preview]',
  async run(argv: string[], ctx: CliContext) {
    const { positional, flags } = parseArgs(argv);
    const file = positional[0];
    if (!file) {
      ctx.error(`usage: kartasto ${this.usage}`);
      return 2;
    }
    let organizationId: string;
    if (flags.into) {
      const rows = await ctx.db.query('SELECT organization_id FROM model WHERE id::text = $1', [
        flags.into,
      ]);
      if (!rows.length) {
        ctx.error(`No model ${flags.into}.`);
        return 2;
      }
      organizationId = rows[0].organization_id;
    } else {
      const orgs = flags.org
        ? await ctx.db.query('SELECT id FROM organization WHERE slug = $1', [flags.org])
        : await ctx.db.query('SELECT id FROM organization ORDER BY created_at LIMIT 2');
      if (orgs.length !== 1) {
        ctx.error(
          flags.org
            ? `No organisation "${flags.org}".`
            : 'Say which organisation gets the model: --org SLUG.',
        );
        return 2;
      }
      organizationId = orgs[0].id;
    }
    const [user] = await ctx.db.query(
      `SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id
        WHERE m.organization_id = $1 AND m.role IN ('admin','editor') ORDER BY m.role LIMIT 1`,
      [organizationId],
    );
    const service = new ImportService(ctx.db, new ModelAccessService(ctx.db), new AuditService());
    const path = resolve(file);
    let lastLine = '';
    try {
      const outcome = await service.run(
        {
          userId: user?.id ?? null,
          organizationId,
          intoModelId: flags.into,
          newModelName: flags.model,
          mode: flags.preview ? 'preview' : 'apply',
          format: await sniffFormat(path),
          filePath: path,
          fileName: basename(path),
          maxBytes: 2048 * 1024 * 1024,
        },
        (phase, done, total) => {
          const line = `${phase.padEnd(8)} ${bar(done, total)}`;
          if (line !== lastLine && process.stderr.isTTY) process.stderr.write(`\r${line}`);
          lastLine = line;
        },
      );
      if (process.stderr.isTTY) process.stderr.write('\n');
      const p = outcome.preview;
      ctx.log(
        `elements: ${p.elements.new} new, ${p.elements.changed} changed, ${p.elements.unchanged} unchanged, ${p.elements.missing} missing`,
      );
      ctx.log(
        `relationships: ${p.relationships.new} new, ${p.relationships.changed} changed, ${p.relationships.unchanged} unchanged, ${p.relationships.missing} missing`,
      );
      ctx.log(
        `views: ${p.views.new} new, ${p.views.changed} changed, ${p.views.unchanged} unchanged`,
      );
      if (outcome.summary) ctx.log(`Imported into model ${outcome.modelId}`);
      else ctx.log('Preview only: nothing written.');
      return 0;
    } catch (e) {
      if (process.stderr.isTTY) process.stderr.write('\n');
      ctx.error(`Import refused, nothing written. ${describeError(e)}`);
      return 1;
    }
  },
};

export const exportCommand: CliCommand = {
  usage: 'export MODEL_ID --format exchange|csv --out PATH',
  async run(argv: string[], ctx: CliContext) {
    const { positional, flags } = parseArgs(argv);
    const [modelId] = positional;
    const format = flags.format ?? 'exchange';
    if (!modelId || !flags.out || (format !== 'exchange' && format !== 'csv')) {
      ctx.error(`usage: kartasto ${this.usage}`);
      return 2;
    }
    const rows = await ctx.db.query(
      'SELECT id FROM model WHERE id::text = $1 AND deleted_at IS NULL',
      [modelId],
    );
    if (!rows.length) {
      ctx.error(`No model ${modelId}.`);
      return 2;
    }
    const exports = new ExportService(ctx.db);
    const doc = await exports.read(modelId);
    const out = resolve(flags.out);
    if (format === 'csv') await writeFile(out, exports.csvZip(doc));
    else {
      const stream = createWriteStream(out);
      for (const chunk of exports.exchange(doc))
        if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
      stream.end();
      await finished(stream);
    }
    ctx.log(
      `Exported ${doc.elements.length} elements, ${doc.relationships.length} relationships, ${doc.views.length} views to ${out}`,
    );
    return 0;
  },
};
