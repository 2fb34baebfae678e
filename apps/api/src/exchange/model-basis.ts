import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';

/** The tables a merge writes whose rows carry a version and can be deleted softly. */
const VERSIONED = ['element', 'relationship', 'view'] as const;

/**
 * The fingerprint query, optionally locking every row it reads. Each table is its own locking
 * sub-select, as a locking clause may not apply to a UNION.
 */
function basisQuery(lock: boolean): string {
  const locking = lock ? ' FOR NO KEY UPDATE' : '';
  const keys = [
    // Folders carry no edit version (only imports write them), so their content counts instead.
    `SELECT 'f' || id::text || ':' || md5(row(parent_id, name, documentation, sort_order)::text) AS k
       FROM folder WHERE model_id = $1`,
    ...VERSIONED.map(
      (table) =>
        `SELECT '${table[0]}' || id::text || ':' || version || ':' || (deleted_at IS NULL) AS k
           FROM ${table} WHERE model_id = $1`,
    ),
  ].map((sql, i) => `SELECT k FROM (${sql}${locking}) t${i}`);
  return `SELECT md5(coalesce(string_agg(k, ',' ORDER BY k), '')) AS basis FROM (${keys.join(' UNION ALL ')}) rows`;
}

/**
 * What a merge preview was computed against: a fingerprint of the ids and versions of the
 * model's elements, relationships and views, and of its folders as they are. Every edit bumps a
 * version (a diagram edit bumps its view's), and a new or deleted row changes the set, so an
 * import that brings the preview's basis finds out whether a colleague changed the model in
 * between.
 */
export async function modelBasis(em: EntityManager, modelId: string): Promise<string> {
  const [row] = await em.query(basisQuery(false), [modelId]);
  return row.basis as string;
}

/**
 * Locks the model and the rows a merge writes until the transaction ends, and gives their
 * basis (see {@link modelBasis}) in the same pass. A colleague's edit meanwhile waits, and then
 * its own version check answers a conflict, instead of the merge overwriting an edit it never
 * read (or the edit overwriting the merge).
 */
export async function lockModelRows(em: EntityManager, modelId: string): Promise<string> {
  await em.query('SELECT 1 FROM model WHERE id = $1 FOR NO KEY UPDATE', [modelId]);
  const [row] = await em.query(basisQuery(true), [modelId]);
  return row.basis as string;
}

/** A merge whose preview no longer describes the model. */
export const changedSincePreview = (modelId: string) =>
  new DomainError(
    'CONFLICT',
    'The model was changed by someone else after this preview, so nothing was written. ' +
      'Preview the file again to see their changes, then import.',
    { id: modelId },
  );

/** Basis tokens are md5 digests: 32 hexadecimal digits. */
export const isBasis = (value: string): boolean => /^[0-9a-f]{32}$/.test(value);
