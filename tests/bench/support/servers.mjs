import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { root } from './bench-db.mjs';

/** Starts a server process and resolves with its base URL once it prints one. */
export function startServer(args, env) {
  return new Promise((resolveUrl, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolveUrl({ url: `http://127.0.0.1:${m[1]}`, stop: () => child.kill('SIGTERM') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

export const startKartasto = (databaseUrl) =>
  startServer([resolve(root, 'dist/api/apps/api/src/main.js')], {
    DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', WEB_DIST_DIR: '', LOG_LEVEL: 'error',
  });

export const startYardstick = (databaseUrl) =>
  startServer([resolve(root, 'tests/bench/support/yardstick-server.mjs')], { DATABASE_URL: databaseUrl });
