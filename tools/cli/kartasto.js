#!/usr/bin/env node
// `npx kartasto …`: batch import/export against the same database the app uses.
// Runs the compiled API code in dist/api (built on first use).
const { existsSync } = require('node:fs');
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const entry = join(root, 'dist/api/apps/api/src/cli/main.js');
if (!existsSync(entry)) {
  execFileSync(process.execPath, [join(root, 'tools/build-api.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
}
require(entry)
  .runCli(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error && error.message ? error.message : error);
    process.exit(1);
  });
