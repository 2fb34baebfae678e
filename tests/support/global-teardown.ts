export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __kartastoTestDb?: { stop(): Promise<void> } }).__kartastoTestDb;
  await db?.stop();
}
