import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for Kartasto's own processes (the server, the CLI, the benchmark's import and
 * export steps), applied at start before any real work.
 *
 * Allocation-site pretenuring is off. A large import allocates millions of objects that die
 * within a row; in about half of the runs of the exchange benchmark's 72 MB import, V8 decided
 * after a second or so that some of them live long and started allocating them in the old
 * generation. Each then kept its young parts alive through every scavenge: the import took
 * 7.3–7.6 s instead of 4.8 s, with twice the CPU, nearly all of it garbage collection. With the
 * setting off, none of 16 runs did so and the others were as fast as before.
 */
export function applyRuntimeFlags(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
