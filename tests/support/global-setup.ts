import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startEmbeddedDatabase } from '../../apps/api/src/database/embedded-database';

/**
 * One embedded PostgreSQL for the whole run (its own folder, so parallel runs do not meet);
 * each suite creates its own database in it.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = resolve(__dirname, `../../.kartasto/test-pg-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedDatabase({ dataDir, database: 'postgres', persistent: false });
  process.env.KARTASTO_TEST_PG_URL = db.url;
  (globalThis as { __kartastoTestDb?: unknown }).__kartastoTestDb = { ...db, dataDir };
}
