import { readFile, writeFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { PORTFOLIO_LANGS, type PortfolioLang } from '../portfolio/portfolio-attributes';
import { exportPortfolioFile } from '../portfolio/portfolio-files';
import { runPortfolioImport, type ImportReport } from '../portfolio/portfolio-import';
import type { CliCommand } from './cli-command';
import { parseArgs } from './cli-command';
import { isUuid } from '../common/ids';

const USAGE = `portfolio export MODEL_ID --format xlsx|csv --out PATH [--lang fi|sv|en]
  portfolio import MODEL_ID FILE [--preview]`;

async function findModel(
  db: DataSource,
  id: string,
): Promise<{ id: string; organizationId: string } | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.query(
    'SELECT id, organization_id FROM model WHERE id = $1 AND deleted_at IS NULL',
    [id],
  );
  return row ? { id: row.id, organizationId: row.organization_id } : null;
}

function summary(r: ImportReport): string[] {
  const lines = [
    `${r.format.toUpperCase()}: ${r.newCount} new, ${r.changedCount} changed, ${r.unchangedCount} unchanged systems; ${r.interfaceChangeCount} interface changes.`,
  ];
  for (const w of r.warnings)
    lines.push(`  note: ${w.sheet} row ${w.row}, column ${w.column}: ${w.message}`);
  for (const p of r.problems)
    lines.push(`  problem: ${p.sheet} row ${p.row}, column ${p.column}: ${p.message}`);
  return lines;
}

/**
 * `kartasto portfolio export|import`: the same files as the web app's buttons, run against
 * the database directly (an operator's tool: no user, audit rows carry no user id).
 */
export async function portfolioCommand(
  argv: string[],
  ctx: { db: DataSource; log: (s: string) => void },
): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const [action, modelId, file] = positional;
  const fail = (message: string) => {
    ctx.log(`kartasto portfolio: ${message}`);
    return 1;
  };
  if (action !== 'export' && action !== 'import')
    return fail(`unknown action "${action ?? ''}".\nUsage: ${USAGE}`);
  if (!modelId) return fail(`give the model id.\nUsage: ${USAGE}`);
  const model = await findModel(ctx.db, modelId);
  if (!model) return fail(`no model ${modelId}.`);
  try {
    if (action === 'export') {
      const format = flags.format ?? 'xlsx';
      if (format !== 'xlsx' && format !== 'csv') return fail('--format is xlsx or csv.');
      if (!flags.out) return fail('give --out PATH.');
      const lang = (flags.lang ?? 'fi') as PortfolioLang;
      if (!PORTFOLIO_LANGS.includes(lang)) return fail('--lang is fi, sv or en.');
      const out = await exportPortfolioFile(ctx.db, model, { format, lang });
      await writeFile(flags.out, out.body);
      ctx.log(`Wrote ${out.rowCount} systems to ${flags.out} (${out.body.length} bytes).`);
      return 0;
    }
    if (!file) return fail(`give the file to import.\nUsage: ${USAGE}`);
    const body = await readFile(file);
    const preview = await runPortfolioImport(ctx.db, model, body, 'preview', { userId: null });
    summary(preview).forEach((l) => ctx.log(l));
    if (preview.problems.length)
      return fail(`${preview.problems.length} problems; nothing was imported.`);
    if (flags.preview === 'true') return 0;
    const applied = await runPortfolioImport(ctx.db, model, body, 'apply', { userId: null });
    if (!applied.applied) {
      summary(applied).forEach((l) => ctx.log(l));
      return fail('the import was refused; nothing was written.');
    }
    ctx.log(
      `Imported: ${applied.newCount} new and ${applied.changedCount} changed systems, ${applied.interfaceChangeCount} interfaces.`,
    );
    return 0;
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** The same command in the dispatcher's shape (COMMANDS.portfolio). */
export const portfolioCliCommand: CliCommand = {
  usage: USAGE,
  run: (argv, ctx) => portfolioCommand(argv, ctx),
};
