import type { DataSource } from 'typeorm';

const TABLES = ['model', 'element', 'relationship', 'folder', 'property_definition', 'view', 'view_node', 'view_connection', 'audit_event'];

/** Rows per table, to prove a refused import wrote nothing. */
export async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return out;
}
