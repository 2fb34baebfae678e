import { useCallback, useEffect, useRef, useState } from 'react';
import { isGqlError } from '@kartasto/graphql';
import type { ModelDocument, ViewDoc } from '@kartasto/metamodel';
import { sendViewCommands } from './view-api';
import { applyCommands, inverseOfBatch, type ViewCommand } from './view-commands';

interface UndoEntry {
  forward: ViewCommand[];
  inverse: ViewCommand[];
}

export type SaveState =
  | { status: 'saved' }
  | { status: 'saving' }
  | { status: 'conflict' }
  | { status: 'failed'; error: unknown };

const FLUSH_DELAY_MS = 250;

/**
 * The editor's copy of a view: commands apply locally at once (optimistic) and go to the API
 * in batches with the view's version. A CONFLICT stops sending and is shown; nothing is
 * retried over a colleague's change. Undo and redo are inverse commands.
 */
export function useViewEditor(
  viewId: string,
  initial: { view: ViewDoc; version: number; model: ModelDocument },
) {
  const [view, setView] = useState(initial.view);
  const [model, setModel] = useState(initial.model);
  const [save, setSave] = useState<SaveState>({ status: 'saved' });
  // History lives in a ref (undo must act exactly once); `bump` re-renders the buttons.
  const history = useRef<{ undo: UndoEntry[]; redo: UndoEntry[] }>({ undo: [], redo: [] });
  const [, bump] = useState(0);
  const viewRef = useRef(initial.view);
  const version = useRef(initial.version);
  const queue = useRef<ViewCommand[]>([]);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    if (inFlight.current || stopped.current || queue.current.length === 0) return;
    const batch = queue.current;
    queue.current = [];
    inFlight.current = true;
    setSave({ status: 'saving' });
    try {
      const result = await sendViewCommands(viewId, version.current, batch);
      version.current = result.version;
      inFlight.current = false;
      if (queue.current.length > 0) {
        void flush();
      } else {
        // Nothing newer locally: take the stored view (normalised ids, orders, sizes).
        viewRef.current = result.view;
        setView(result.view);
        setSave({ status: 'saved' });
      }
    } catch (error) {
      inFlight.current = false;
      stopped.current = true;
      queue.current = [...batch, ...queue.current];
      setSave(isGqlError(error, 'CONFLICT') ? { status: 'conflict' } : { status: 'failed', error });
    }
  }, [viewId]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), FLUSH_DELAY_MS);
  }, [flush]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      // Leaving the editor sends what is still waiting.
      void flush();
    },
    [flush],
  );

  const apply = useCallback(
    (cmds: ViewCommand[], record: 'new' | 'undo' | 'redo') => {
      if (cmds.length === 0 || stopped.current) return;
      const before = viewRef.current;
      const inverse = inverseOfBatch(before, cmds);
      const after = applyCommands(before, cmds);
      viewRef.current = after;
      setView(after);
      queue.current.push(...cmds);
      schedule();
      if (record === 'new') {
        const h = history.current;
        history.current = { undo: [...h.undo, { forward: cmds, inverse }].slice(-200), redo: [] };
      }
      bump((n) => n + 1);
    },
    [schedule],
  );

  const execute = useCallback((cmds: ViewCommand[]) => apply(cmds, 'new'), [apply]);

  const undo = useCallback(() => {
    const h = history.current;
    const last = h.undo[h.undo.length - 1];
    if (!last || stopped.current) return;
    history.current = { undo: h.undo.slice(0, -1), redo: [...h.redo, last] };
    apply(last.inverse, 'undo');
  }, [apply]);

  const redo = useCallback(() => {
    const h = history.current;
    const last = h.redo[h.redo.length - 1];
    if (!last || stopped.current) return;
    history.current = { undo: [...h.undo, last], redo: h.redo.slice(0, -1) };
    apply(last.forward, 'redo');
  }, [apply]);

  /** Sends now (e.g. before export or leaving); resolves when the queue is empty or stopped. */
  const flushNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    for (
      let i = 0;
      i < 50 && (queue.current.length > 0 || inFlight.current) && !stopped.current;
      i++
    ) {
      await flush();
      if (inFlight.current) await new Promise((r) => setTimeout(r, 50));
    }
  }, [flush]);

  return {
    view,
    model,
    setModel,
    save,
    execute,
    undo,
    redo,
    canUndo: history.current.undo.length > 0,
    canRedo: history.current.redo.length > 0,
    flushNow,
    /** The view as it is now, for handlers that run between renders. */
    current: () => viewRef.current,
  };
}
