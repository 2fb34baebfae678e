import type { ViewConnectionDoc, ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { sortParentsFirst, type ViewCommand } from '@kartasto/diagram';

export type { ViewCommand };

/** Node ids plus every node nested in them, parents first. */
export function withDescendants(view: ViewDoc, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  for (const n of sortParentsFirst(view.nodes))
    if (n.parentId && set.has(n.parentId)) set.add(n.id);
  return sortParentsFirst(view.nodes)
    .filter((n) => set.has(n.id))
    .map((n) => n.id);
}

function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.order), -1) + 1;
}

function mapNodes(view: ViewDoc, fn: (n: ViewNodeDoc) => ViewNodeDoc): ViewDoc {
  return { ...view, nodes: view.nodes.map(fn) };
}

function mapConnections(view: ViewDoc, fn: (c: ViewConnectionDoc) => ViewConnectionDoc): ViewDoc {
  return { ...view, connections: view.connections.map(fn) };
}

/**
 * Apply one command to a view locally, as the API will: the editor shows the result at once
 * and sends the command in the background. Pure; returns a new view.
 */
export function applyCommand(view: ViewDoc, cmd: ViewCommand): ViewDoc {
  switch (cmd.op) {
    case 'add-node':
      return {
        ...view,
        nodes: [
          ...view.nodes,
          {
            id: cmd.id,
            kind: cmd.kind,
            parentId: cmd.parentId ?? undefined,
            order: nextOrder(view.nodes),
            elementId: cmd.elementId,
            label: cmd.label ?? {},
            documentation: {},
            bounds: { x: cmd.x, y: cmd.y, width: cmd.width, height: cmd.height },
            style: {},
            properties: [],
          },
        ],
      };
    case 'move-nodes': {
      const moves = new Map(cmd.moves.map((m) => [m.id, m]));
      return mapNodes(view, (n) => {
        const m = moves.get(n.id);
        return m ? { ...n, bounds: { ...n.bounds, x: m.x, y: m.y } } : n;
      });
    }
    case 'resize-node':
    case 'set-parent':
      return mapNodes(view, (n) => {
        if (n.id !== cmd.id) return n;
        if (cmd.op === 'set-parent')
          return {
            ...n,
            parentId: cmd.parentId ?? undefined,
            bounds: { ...n.bounds, x: cmd.x, y: cmd.y },
          };
        return { ...n, bounds: { x: cmd.x, y: cmd.y, width: cmd.width, height: cmd.height } };
      });
    case 'remove-nodes': {
      const gone = new Set(withDescendants(view, cmd.ids));
      const nodes = view.nodes.filter((n) => !gone.has(n.id));
      return { ...view, nodes, connections: survivingConnections(view.connections, gone) };
    }
    case 'add-connection':
      return {
        ...view,
        connections: [
          ...view.connections,
          {
            id: cmd.id,
            kind: cmd.kind,
            relationshipId: cmd.relationshipId,
            sourceId: cmd.sourceId,
            targetId: cmd.targetId,
            bendpoints: [],
            label: {},
            documentation: {},
            style: {},
            properties: [],
            order: nextOrder(view.connections),
          },
        ],
      };
    case 'remove-connections': {
      const gone = new Set(cmd.ids);
      return { ...view, connections: survivingConnections(view.connections, gone) };
    }
    case 'set-bendpoints':
      return mapConnections(view, (c) =>
        c.id === cmd.id ? { ...c, bendpoints: cmd.bendpoints.map((p) => ({ ...p })) } : c,
      );
    case 'set-style': {
      const ids = new Set(cmd.ids);
      const restyled = mapNodes(view, (n) =>
        ids.has(n.id) ? { ...n, style: { ...cmd.style } } : n,
      );
      return mapConnections(restyled, (c) =>
        ids.has(c.id) ? { ...c, style: { ...cmd.style } } : c,
      );
    }
    case 'set-label': {
      const relabelled = mapNodes(view, (n) =>
        n.id === cmd.id ? { ...n, label: { ...cmd.label } } : n,
      );
      return mapConnections(relabelled, (c) =>
        c.id === cmd.id ? { ...c, label: { ...cmd.label } } : c,
      );
    }
    case 'set-pinned': {
      const ids = new Set(cmd.ids);
      return mapNodes(view, (n) => (ids.has(n.id) ? { ...n, pinned: cmd.pinned } : n));
    }
    case 'apply-layout': {
      const nodes = new Map(cmd.nodes.map((n) => [n.id, n]));
      const conns = new Map(cmd.connections.map((c) => [c.id, c]));
      const placed = mapNodes(view, (n) => {
        const b = nodes.get(n.id);
        return b ? { ...n, bounds: { x: b.x, y: b.y, width: b.width, height: b.height } } : n;
      });
      return mapConnections(placed, (c) => {
        const b = conns.get(c.id);
        return b ? { ...c, bendpoints: b.bendpoints.map((p) => ({ ...p })) } : c;
      });
    }
  }
}

export function applyCommands(view: ViewDoc, cmds: readonly ViewCommand[]): ViewDoc {
  return cmds.reduce(applyCommand, view);
}

/** Connections left when some nodes or connections go: ends must still exist (repeatedly, as
 * connections may end on connections). */
function survivingConnections(
  connections: ViewConnectionDoc[],
  gone: Set<string>,
): ViewConnectionDoc[] {
  let kept = connections.filter((c) => !gone.has(c.id));
  for (;;) {
    const dead = kept.filter((c) => gone.has(c.sourceId) || gone.has(c.targetId));
    if (dead.length === 0) return kept;
    for (const c of dead) gone.add(c.id);
    kept = kept.filter((c) => !gone.has(c.id));
  }
}

/** Commands that bring back nodes (with their style, label, pin) and connections. */
function restoreCommands(
  nodes: readonly ViewNodeDoc[],
  connections: readonly ViewConnectionDoc[],
): ViewCommand[] {
  const out: ViewCommand[] = [];
  for (const n of sortParentsFirst(nodes)) {
    out.push({
      op: 'add-node',
      id: n.id,
      kind: n.kind,
      elementId: n.elementId,
      parentId: n.parentId,
      ...n.bounds,
      label: n.label,
    });
    if (Object.keys(n.style).length > 0) out.push({ op: 'set-style', ids: [n.id], style: n.style });
    if (n.pinned) out.push({ op: 'set-pinned', ids: [n.id], pinned: true });
  }
  // Connections that end on connections come after the ones they end on.
  const pending = [...connections].sort((a, b) => a.order - b.order);
  // Ready: neither end is a connection still waiting to be restored.
  const ready = (c: ViewConnectionDoc) =>
    !pending.some((p) => p.id === c.sourceId || p.id === c.targetId);
  while (pending.length > 0) {
    const i = Math.max(0, pending.findIndex(ready));
    const [c] = pending.splice(i, 1);
    out.push({
      op: 'add-connection',
      id: c.id,
      kind: c.kind,
      relationshipId: c.relationshipId,
      sourceId: c.sourceId,
      targetId: c.targetId,
    });
    if (c.bendpoints.length > 0)
      out.push({ op: 'set-bendpoints', id: c.id, bendpoints: c.bendpoints });
    if (Object.keys(c.style).length > 0) out.push({ op: 'set-style', ids: [c.id], style: c.style });
    if (Object.keys(c.label).length > 0) out.push({ op: 'set-label', id: c.id, label: c.label });
  }
  return out;
}

/**
 * The commands that undo `cmd` when applied to the view `cmd` produced. `before` is the view
 * as it was before `cmd`.
 */
export function inverseOf(before: ViewDoc, cmd: ViewCommand): ViewCommand[] {
  const node = (id: string) => before.nodes.find((n) => n.id === id);
  const conn = (id: string) => before.connections.find((c) => c.id === id);
  switch (cmd.op) {
    case 'add-node':
      return [{ op: 'remove-nodes', ids: [cmd.id] }];
    case 'move-nodes':
      return [
        {
          op: 'move-nodes',
          moves: cmd.moves.flatMap((m) => {
            const n = node(m.id);
            return n ? [{ id: n.id, x: n.bounds.x, y: n.bounds.y }] : [];
          }),
        },
      ];
    case 'resize-node': {
      const n = node(cmd.id);
      return n ? [{ op: 'resize-node', id: n.id, ...n.bounds }] : [];
    }
    case 'set-parent': {
      const n = node(cmd.id);
      return n
        ? [
            {
              op: 'set-parent',
              id: n.id,
              parentId: n.parentId ?? null,
              x: n.bounds.x,
              y: n.bounds.y,
            },
          ]
        : [];
    }
    case 'remove-nodes': {
      const ids = new Set(withDescendants(before, cmd.ids));
      const nodes = before.nodes.filter((n) => ids.has(n.id));
      const after = applyCommand(before, cmd);
      const kept = new Set(after.connections.map((c) => c.id));
      return restoreCommands(
        nodes,
        before.connections.filter((c) => !kept.has(c.id)),
      );
    }
    case 'add-connection':
      return [{ op: 'remove-connections', ids: [cmd.id] }];
    case 'remove-connections': {
      const after = applyCommand(before, cmd);
      const kept = new Set(after.connections.map((c) => c.id));
      return restoreCommands(
        [],
        before.connections.filter((c) => !kept.has(c.id)),
      );
    }
    case 'set-bendpoints': {
      const c = conn(cmd.id);
      return c ? [{ op: 'set-bendpoints', id: c.id, bendpoints: c.bendpoints }] : [];
    }
    case 'set-style':
      return cmd.ids.flatMap((id): ViewCommand[] => {
        const style = node(id)?.style ?? conn(id)?.style;
        return style ? [{ op: 'set-style', ids: [id], style }] : [];
      });
    case 'set-label': {
      const label = node(cmd.id)?.label ?? conn(cmd.id)?.label;
      return label ? [{ op: 'set-label', id: cmd.id, label }] : [];
    }
    case 'set-pinned': {
      const pinned = cmd.ids.filter((id) => node(id)?.pinned === true);
      const loose = cmd.ids.filter((id) => node(id) && node(id)?.pinned !== true);
      const out: ViewCommand[] = [];
      if (pinned.length) out.push({ op: 'set-pinned', ids: pinned, pinned: true });
      if (loose.length) out.push({ op: 'set-pinned', ids: loose, pinned: false });
      return out;
    }
    case 'apply-layout':
      return [
        {
          op: 'apply-layout',
          nodes: cmd.nodes.flatMap((b) => {
            const n = node(b.id);
            return n ? [{ id: n.id, ...n.bounds }] : [];
          }),
          connections: cmd.connections.flatMap((b) => {
            const c = conn(b.id);
            return c ? [{ id: c.id, bendpoints: c.bendpoints }] : [];
          }),
        },
      ];
  }
}

/** Undo for a batch: inverses in reverse order, each taken against the view it applied to. */
export function inverseOfBatch(before: ViewDoc, cmds: readonly ViewCommand[]): ViewCommand[] {
  const inverses: ViewCommand[][] = [];
  let view = before;
  for (const cmd of cmds) {
    inverses.push(inverseOf(view, cmd));
    view = applyCommand(view, cmd);
  }
  return inverses.reverse().flat();
}
