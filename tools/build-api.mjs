// Compiles the API, the libraries it uses and the migrations with SWC into dist/api,
// keeping the source tree and rewriting @kartasto/* imports to relative paths.
import { transformFile } from '@swc/core';
import { mkdir, writeFile, rm, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/api');
const sources = ['apps/api/src', 'libs/metamodel/src', 'libs/exchange/src', 'libs/diagram/src', 'migrations', 'tools/cli', 'tools/demo-data'];

async function* walk(dir) {
  let entries = [];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '__tests__') yield* walk(p);
    } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
let count = 0;
for (const src of sources) {
  for await (const file of walk(join(root, src))) {
    const result = await transformFile(file, {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: file.endsWith('.tsx') },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        baseUrl: root,
        paths: { '@kartasto/*': ['libs/*/src'] },
      },
      module: { type: 'commonjs' },
      sourceMaps: true,
    });
    const target = join(out, relative(root, file)).replace(/\.tsx?$/, '.js');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, result.code + `\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    await writeFile(target + '.map', result.map ?? '');
    count++;
  }
}
console.log(`build-api: ${count} files in ${Date.now() - started} ms -> dist/api`);
