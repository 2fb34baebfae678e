import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { KartastoConfig } from '../config/kartasto-config';
import { openDatabase } from '../database/data-source';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { seedDemoData } from '../demo/demo-seeder';

/** PID and port of an embedded PostgreSQL that a running Kartasto already started, if any. */
function runningEmbedded(dataDir: string): number | null {
  const pidFile = join(resolve(dataDir), 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return Number(lines[3]) || null;
}

/**
 * The database the app uses: DATABASE_URL, else the embedded one — reusing it when the app
 * is running, starting it for the command otherwise.
 */
export async function openCliDatabase(
  config: KartastoConfig,
): Promise<{ db: DataSource; close(): Promise<void> }> {
  if (config.DATABASE_URL) {
    const db = await openDatabase(config.DATABASE_URL, 4);
    return { db, close: () => db.destroy() };
  }
  const port = runningEmbedded(config.KARTASTO_DATA_DIR);
  if (port) {
    const db = await openDatabase(`postgres://postgres:kartasto@127.0.0.1:${port}/kartasto`, 4);
    return { db, close: () => db.destroy() };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: config.KARTASTO_DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
  });
  const db = await openDatabase(embedded.url, 4);
  // Same first-start behaviour as `npm start`: an empty embedded database gets the demo data.
  if (config.SEED_DEMO ?? true) await seedDemoData(db);
  return {
    db,
    close: async () => {
      await db.destroy();
      await embedded.stop();
    },
  };
}
