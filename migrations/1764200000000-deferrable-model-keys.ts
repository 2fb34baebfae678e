import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables a model's rows live in; a new model from an exchange file writes all of them. */
const MODEL_TABLES = [
  'folder',
  'property_definition',
  'element',
  'relationship',
  'view',
  'view_node',
  'view_connection',
];

/**
 * The foreign keys of a model's tables may be deferred. A database role that is not a superuser
 * cannot switch key triggers off, so an import of a new model defers them to the commit
 * instead (SET CONSTRAINTS ALL DEFERRED) and stores rows while the file is still being read,
 * in any order. Every other write still checks its keys at once: INITIALLY IMMEDIATE.
 */
export class DeferrableModelKeys1764200000000 implements MigrationInterface {
  name = 'DeferrableModelKeys1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await this.alter(q, 'DEFERRABLE INITIALLY IMMEDIATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await this.alter(q, 'NOT DEFERRABLE');
  }

  private async alter(q: QueryRunner, how: string): Promise<void> {
    const keys: { table: string; conname: string }[] = await q.query(
      `SELECT c.conrelid::regclass::text AS table, c.conname FROM pg_constraint c
        WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])`,
      [MODEL_TABLES],
    );
    for (const key of keys)
      await q.query(`ALTER TABLE ${key.table} ALTER CONSTRAINT "${key.conname}" ${how}`);
  }
}
