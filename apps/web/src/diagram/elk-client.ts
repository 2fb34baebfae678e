import type { LayoutFn } from '@kartasto/diagram';
import type { ElkNode } from 'elkjs/lib/elk-api';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve(g: ElkNode): void; reject(e: Error): void }>();

function elkWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; graph?: ElkNode; error?: string }>) => {
    const entry = waiting.get(event.data.id);
    if (!entry) return;
    waiting.delete(event.data.id);
    if (event.data.graph) entry.resolve(event.data.graph);
    else entry.reject(new Error(event.data.error ?? 'layout failed'));
  };
  worker.onerror = (event) => {
    for (const entry of waiting.values()) entry.reject(new Error(event.message));
    waiting.clear();
    worker = null;
  };
  return worker;
}

/** A layout function for `layoutView` that runs ELK in the shared Web Worker. */
export const workerLayout: LayoutFn = (graph) =>
  new Promise<ElkNode>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    elkWorker().postMessage({ id, graph });
  });
