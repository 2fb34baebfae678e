import type { DataSource } from 'typeorm';

export interface CliContext {
  db: DataSource;
  log: (line: string) => void;
  error: (line: string) => void;
}

export interface CliCommand {
  usage: string;
  run(argv: string[], ctx: CliContext): Promise<number>;
}

/** Minimal flag parser: positional arguments and --name value pairs. */
export function parseArgs(argv: string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      flags[k] = v ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
    } else positional.push(a);
  }
  return { positional, flags };
}
