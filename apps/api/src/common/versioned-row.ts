import type { EntityManager } from 'typeorm';
import { conflict, notFound } from './domain-error';

type VersionedTable = 'element' | 'relationship' | 'view' | 'folder' | 'model';

/**
 * Locks a row for the rest of the transaction and answers CONFLICT when its version is not
 * the one the editor read, so a colleague's edit is never overwritten.
 */
export async function lockVersioned(
  em: EntityManager,
  table: VersionedTable,
  what: string,
  id: string,
  expected: number,
): Promise<Record<string, unknown>> {
  const rows = await em.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  if (!rows.length) throw notFound(what, id);
  if (rows[0].version !== expected)
    throw conflict(`This ${what.toLowerCase()}`, id, expected, rows[0].version);
  return rows[0];
}
