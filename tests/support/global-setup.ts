import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startEmbeddedDatabase } from '../../apps/api/src/database/embedded-database';

/** One embedded PostgreSQL for the whole run; each suite creates its own database in it. */
export default async function globalSetup(): Promise<void> {
  const dataDir = resolve(__dirname, '../../.kartasto/test-pg');
  await rm(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedDatabase({ dataDir, database: 'postgres', persistent: false });
  process.env.KARTASTO_TEST_PG_URL = db.url;
  (globalThis as { __kartastoTestDb?: typeof db }).__kartastoTestDb = db;
}
