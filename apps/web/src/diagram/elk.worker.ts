/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * ELK in its own thread: the editor posts `{id, graph}` and gets `{id, graph}` (laid out) or
 * `{id, error}` back. elk.bundled.js runs ELK synchronously here, off the UI thread.
 */
const elk = new ELK();

// Importing elk.bundled.js in a worker installs ELK's own message handler; ours replaces it.
self.onmessage = (event: MessageEvent<{ id: number; graph: ElkNode }>) => {
  const { id, graph } = event.data;
  elk.layout(graph).then(
    (out) => self.postMessage({ id, graph: out }),
    (error: unknown) =>
      self.postMessage({ id, error: String(error instanceof Error ? error.message : error) }),
  );
};
