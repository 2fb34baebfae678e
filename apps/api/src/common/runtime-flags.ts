import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for Kartasto's own processes (the server, the CLI, the benchmark's import and
 * export steps), applied at start before any real work.
 *
 * Allocation-site pretenuring is off. In some runs of the exchange benchmark's 72 MB import (1
 * in 8 in one series, 4 in 8 in another), after a second or so every scavenge kept most young
 * objects alive: the import took 7.3–7.6 s instead of 4.8 s, with twice the CPU, nearly all of
 * it garbage collection. The likely cause is V8 starting to allocate short-lived objects in the
 * old generation, where each keeps its young parts alive; with pretenuring off, none of 16 runs
 * did so and the others were as fast as before.
 */
export function applyRuntimeFlags(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
