import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared interoperability corpus (CORPUS_DIR, default ../shared/corpora beside the checkout). */
export const corpusDir = process.env.CORPUS_DIR ?? resolve(__dirname, '../../../shared/corpora');
export const hasCorpus = existsSync(join(corpusDir, 'exchange'));

export function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(name) ? [p] : [];
  });
}

export const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).status === 0;

/** Validates an exchange file against the official 3.1 XSD; returns xmllint's complaint or ''. */
export function validateXsd(file: string): string {
  const r = spawnSync('bash', [join(corpusDir, 'xsd/validate/validate.sh'), '3.1', file], { encoding: 'utf8' });
  return r.status === 0 ? '' : (r.stderr || r.stdout).split('\n').filter((l) => !/Schemas parser warning/.test(l) && l.trim()).slice(0, 5).join('\n');
}
