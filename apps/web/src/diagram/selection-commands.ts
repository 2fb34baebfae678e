import type { Bounds, ViewConnectionDoc, ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { absoluteBounds, sortParentsFirst } from '@kartasto/diagram';
import { withDescendants, type ViewCommand } from './view-commands';

export type Alignment = 'left' | 'top' | 'center' | 'middle';

/** Only the outermost selected nodes move: a child moves with its selected parent anyway. */
export function outermost(view: ViewDoc, ids: Iterable<string>): ViewNodeDoc[] {
  const set = new Set(ids);
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const selectedAncestor = (n: ViewNodeDoc): boolean => {
    for (
      let p = n.parentId ? byId.get(n.parentId) : undefined;
      p;
      p = p.parentId ? byId.get(p.parentId) : undefined
    )
      if (set.has(p.id)) return true;
    return false;
  };
  return sortParentsFirst(view.nodes).filter((n) => set.has(n.id) && !selectedAncestor(n));
}

/**
 * Align the selection on the canvas: left edges, top edges, horizontal centres or vertical
 * middles, against the first node of the selection's extent. Works in diagram coordinates, so
 * nodes in different containers line up too.
 */
export function alignCommands(view: ViewDoc, ids: Iterable<string>, how: Alignment): ViewCommand[] {
  const nodes = outermost(view, ids);
  if (nodes.length < 2) return [];
  const abs = absoluteBounds(sortParentsFirst(view.nodes));
  const boxes = nodes.map((n) => abs.get(n.id)!);
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const centre = mean(boxes.map((b) => b.x + b.width / 2));
  const middle = mean(boxes.map((b) => b.y + b.height / 2));
  const moves = nodes.flatMap((n, i) => {
    const b = boxes[i];
    const target = {
      left: { x: left, y: b.y },
      top: { x: b.x, y: top },
      center: { x: Math.round(centre - b.width / 2), y: b.y },
      middle: { x: b.x, y: Math.round(middle - b.height / 2) },
    }[how];
    const dx = target.x - b.x;
    const dy = target.y - b.y;
    if (dx === 0 && dy === 0) return [];
    return [{ id: n.id, x: n.bounds.x + dx, y: n.bounds.y + dy }];
  });
  return moves.length ? [{ op: 'move-nodes', moves }] : [];
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Arrow keys: move the selection by dx, dy. */
export function nudgeCommands(
  view: ViewDoc,
  ids: Iterable<string>,
  dx: number,
  dy: number,
): ViewCommand[] {
  const moves = outermost(view, ids).map((n) => ({
    id: n.id,
    x: n.bounds.x + dx,
    y: n.bounds.y + dy,
  }));
  return moves.length ? [{ op: 'move-nodes', moves }] : [];
}

/** Delete from the view: the chosen nodes (with what they hold) and chosen connections. */
export function removeCommands(
  view: ViewDoc,
  nodeIds: Iterable<string>,
  connectionIds: Iterable<string>,
): ViewCommand[] {
  const nodes = outermost(view, nodeIds).map((n) => n.id);
  const gone = new Set(withDescendants(view, nodes));
  // Connections that go with their nodes anyway need no command of their own.
  const conns = [...connectionIds].filter((id) => {
    const c = view.connections.find((x) => x.id === id);
    return c && !gone.has(c.sourceId) && !gone.has(c.targetId);
  });
  const out: ViewCommand[] = [];
  if (conns.length) out.push({ op: 'remove-connections', ids: conns });
  if (nodes.length) out.push({ op: 'remove-nodes', ids: withDescendants(view, nodes) });
  return out;
}

/** What Ctrl+C keeps: the selected nodes with their nested nodes and the connections among them. */
export interface ClipboardContent {
  nodes: ViewNodeDoc[];
  connections: ViewConnectionDoc[];
}

export function copySelection(view: ViewDoc, ids: Iterable<string>): ClipboardContent {
  const top = outermost(view, ids).map((n) => n.id);
  const all = new Set(withDescendants(view, top));
  const abs = absoluteBounds(sortParentsFirst(view.nodes));
  const topSet = new Set(top);
  const nodes = sortParentsFirst(view.nodes)
    .filter((n) => all.has(n.id))
    // Copied roots remember where they were on the canvas, not inside a parent left behind.
    .map((n) => (topSet.has(n.id) ? { ...n, parentId: undefined, bounds: abs.get(n.id)! } : n));
  const connections = view.connections.filter((c) => all.has(c.sourceId) && all.has(c.targetId));
  return { nodes, connections };
}

/**
 * Paste: fresh ids, shifted by `offset`, the same elements and relationships (a view may show
 * an element more than once).
 */
export function pasteCommands(
  clip: ClipboardContent,
  offset: number,
  newId: () => string = () => crypto.randomUUID(),
): { commands: ViewCommand[]; ids: string[] } {
  const ids = new Map(clip.nodes.map((n) => [n.id, newId()]));
  const roots = new Set(
    clip.nodes.filter((n) => !n.parentId || !ids.has(n.parentId)).map((n) => n.id),
  );
  const commands: ViewCommand[] = [];
  for (const n of clip.nodes) {
    const root = roots.has(n.id);
    commands.push({
      op: 'add-node',
      id: ids.get(n.id)!,
      kind: n.kind,
      elementId: n.elementId,
      parentId: root ? undefined : ids.get(n.parentId!),
      x: n.bounds.x + (root ? offset : 0),
      y: n.bounds.y + (root ? offset : 0),
      width: n.bounds.width,
      height: n.bounds.height,
      label: Object.keys(n.label).length ? n.label : undefined,
    });
    if (Object.keys(n.style).length)
      commands.push({ op: 'set-style', ids: [ids.get(n.id)!], style: n.style });
  }
  for (const c of clip.connections) {
    commands.push({
      op: 'add-connection',
      id: newId(),
      kind: c.kind,
      relationshipId: c.relationshipId,
      sourceId: ids.get(c.sourceId)!,
      targetId: ids.get(c.targetId)!,
    });
  }
  return { commands, ids: [...roots].map((id) => ids.get(id)!) };
}

/** One `apply-layout` command for what a layout changed between two versions of a view. */
export function layoutCommand(before: ViewDoc, after: ViewDoc): ViewCommand[] {
  const old = new Map(before.nodes.map((n) => [n.id, n.bounds]));
  const nodes = after.nodes
    .filter((n) => !sameBounds(old.get(n.id), n.bounds))
    .map((n) => ({ id: n.id, ...n.bounds }));
  const oldBends = new Map(before.connections.map((c) => [c.id, c.bendpoints]));
  const connections = after.connections
    .filter((c) => JSON.stringify(oldBends.get(c.id)) !== JSON.stringify(c.bendpoints))
    .map((c) => ({ id: c.id, bendpoints: c.bendpoints }));
  if (nodes.length === 0 && connections.length === 0) return [];
  return [{ op: 'apply-layout', nodes, connections }];
}

function sameBounds(a: Bounds | undefined, b: Bounds): boolean {
  return !!a && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * The container a dropped node lands in: the deepest container or element node (ArchiMate
 * nests elements in elements) whose box holds the node's centre, never the node itself or a
 * node nested in it.
 */
export function dropTarget(
  view: ViewDoc,
  nodeId: string,
  centre: { x: number; y: number },
): string | null {
  const own = new Set(withDescendants(view, [nodeId]));
  const abs = absoluteBounds(sortParentsFirst(view.nodes));
  let best: { id: string; depth: number } | null = null;
  const depth = (n: ViewNodeDoc): number => {
    let d = 0;
    for (let p = n.parentId; p; p = view.nodes.find((x) => x.id === p)?.parentId) d++;
    return d;
  };
  for (const n of view.nodes) {
    if (own.has(n.id) || n.kind === 'label') continue;
    const b = abs.get(n.id)!;
    const inside =
      centre.x > b.x && centre.x < b.x + b.width && centre.y > b.y && centre.y < b.y + b.height;
    if (!inside) continue;
    const d = depth(n);
    if (!best || d > best.depth) best = { id: n.id, depth: d };
  }
  return best?.id ?? null;
}
