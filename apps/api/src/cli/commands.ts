import type { CliCommand } from './cli-command';

/** Every `npx kartasto` subcommand by name. */
export const COMMANDS: Record<string, CliCommand> = {};
