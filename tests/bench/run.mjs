// npm run bench [-- NAME…]: builds the API, then runs every tests/bench/*.bench.mjs (or the named
// ones) one after another; each prints its own table. Not part of npm test.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const root = resolve(here, '../..');
const wanted = process.argv.slice(2);
execFileSync(process.execPath, [join(root, 'tools/build-api.mjs')], { stdio: 'inherit' });
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)));
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  execFileSync(process.execPath, ['--expose-gc', join(here, file)], { stdio: 'inherit', cwd: root });
}
