import { createRequire } from 'node:module';
import { resolve } from 'node:path';
const require = createRequire(import.meta.url);
export const { hashPassword } = require(resolve(import.meta.dirname, '../../../dist/api/apps/api/src/auth/password.js'));
