import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/kartasto-config';
import { openCliDatabase } from './cli-database';
import type { CliCommand } from './cli-command';
import { COMMANDS } from './commands';
import { applyRuntimeFlags } from '../common/runtime-flags';

const USAGE = `Usage: npx kartasto <command> …
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

The database is DATABASE_URL when set, else Kartasto's embedded PostgreSQL (${'.kartasto/'}).`;

/** Entry of `npx kartasto`: returns the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  applyRuntimeFlags();
  const [name, ...rest] = argv;
  const command: CliCommand | undefined = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(name && name !== '--help' ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    return name && name !== '--help' ? 2 : 0;
  }
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const { db, close } = await openCliDatabase(config);
  try {
    return await command.run(rest, {
      db,
      log: (s) => console.log(s),
      error: (s) => console.error(s),
    });
  } catch (e) {
    console.error(`kartasto ${name}: ${(e as Error).message}`);
    return 1;
  } finally {
    await close();
  }
}
