import type { CliCommand } from './cli-command';
import { exportCommand, importCommand } from './exchange.commands';
import { portfolioCliCommand } from './portfolio.command';

/** Every `npx kartasto` subcommand by name. */
export const COMMANDS: Record<string, CliCommand> = {
  import: importCommand,
  export: exportCommand,
  portfolio: portfolioCliCommand,
};
