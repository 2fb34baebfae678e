import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/kartasto-config';
import { openDatabase } from './database/data-source';
import { startEmbeddedDatabase } from './database/embedded-database';
import { seedDemoData } from './demo/demo-seeder';
import { applyRuntimeFlags } from './common/runtime-flags';

async function main() {
  applyRuntimeFlags();
  const config = loadConfig();
  const log = new Logger('Kartasto');
  let url = config.DATABASE_URL;
  let stopDb: (() => Promise<void>) | undefined;
  if (!url) {
    log.log(`Starting the embedded PostgreSQL (data in ${config.KARTASTO_DATA_DIR}/pg) …`);
    const db = await startEmbeddedDatabase({
      dataDir: config.KARTASTO_DATA_DIR,
      port: config.EMBEDDED_PG_PORT,
    });
    url = db.url;
    stopDb = db.stop;
  }
  const dataSource = await openDatabase(url, config.DB_POOL_SIZE);
  const seed = config.SEED_DEMO ?? !config.DATABASE_URL;
  const demo = seed ? await seedDemoData(dataSource) : null;
  const app = await createApp(config, dataSource);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const lines = [
    `Kartasto is running at http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/`,
  ];
  if (demo) {
    lines.push(demo.seeded ? 'Demo data seeded. Sign in as:' : 'Demo accounts:');
    for (const u of demo.users) lines.push(`  ${u.email} / ${u.password}  (${u.memberships})`);
  }
  console.log('\n' + lines.join('\n') + '\n');
  const shutdown = async () => {
    await app.close();
    await dataSource.destroy();
    await stopDb?.();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Kartasto could not start:', error);
  process.exit(1);
});
