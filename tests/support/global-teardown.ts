import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __kartastoTestDb?: { stop(): Promise<void>; dataDir: string } }).__kartastoTestDb;
  if (!db) return;
  await db.stop();
  await rm(db.dataDir, { recursive: true, force: true });
}
