// Prints the GraphQL SDL from the API's resolvers into libs/graphql/schema.graphql,
// or with --check fails when the committed file differs. Builds the API first (SWC, ~1 s).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
execFileSync(process.execPath, [resolve(root, 'tools/build-api.mjs')], { stdio: 'inherit' });
const args = [resolve(root, 'dist/api/apps/api/src/schema/print-schema.js'), resolve(root, 'libs/graphql/schema.graphql')];
if (process.argv.includes('--check')) args.push('--check');
execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });
