import type { Bounds, Point, ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import type { LayoutResult } from './run-layout';

export interface ApplyLayoutOptions {
  /** Node ids that keep their stored bounds in addition to pinned nodes. */
  keep?: Iterable<string>;
  /** Space kept between a moved node and a node it had to make way for. */
  spacing?: number;
}

/**
 * Write a layout into a view and return the new view (the input is not changed).
 *
 * - Nodes the layout placed take the new bounds, stored relative to their parent.
 * - Pinned nodes (and `keep`) keep their stored bounds; nodes the layout did not cover
 *   (layout of a selection) stay where they are.
 * - The new layout is shifted so that it lines up with what stayed: by the pinned nodes'
 *   mean displacement, or, for a partial layout, onto the old top-left of the moved nodes.
 * - A moved node that lands on a node that stayed is pushed down below it; containers grow
 *   to hold their children.
 * - Connections get the layout's bendpoints, or none (a straight line) when an end no longer
 *   sits where the layout routed it.
 */
export function applyLayout(
  view: ViewDoc,
  layout: LayoutResult,
  options: ApplyLayoutOptions = {},
): ViewDoc {
  const spacing = options.spacing ?? 20;
  const keep = new Set(options.keep ?? []);
  const nodes = sortParentsFirst(view.nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const storedAbs = absoluteBounds(nodes);
  const fixed = (n: ViewNodeDoc) => n.pinned === true || keep.has(n.id) || !layout.nodes[n.id];

  const offset = layoutOffset(nodes, layout, storedAbs, fixed);
  const finalAbs = new Map<string, Bounds>();
  const finalRel = new Map<string, Bounds>();
  for (const n of nodes) {
    const parentAbs = n.parentId ? finalAbs.get(n.parentId) : undefined;
    if (fixed(n)) {
      finalRel.set(n.id, { ...n.bounds });
    } else {
      const b = layout.nodes[n.id];
      const abs = { ...b, x: b.x + offset.x, y: b.y + offset.y };
      finalRel.set(n.id, relative(abs, parentAbs));
    }
    finalAbs.set(n.id, absolute(finalRel.get(n.id)!, parentAbs));
  }

  resolveOverlaps(nodes, fixed, finalRel, spacing);
  growContainers(nodes, byId, finalRel, spacing);
  const endAbs = absoluteBounds(nodes.map((n) => ({ ...n, bounds: finalRel.get(n.id)! })));

  // An end is "where the layout routed it" when its final place equals layout + offset.
  const asRouted = (id: string): boolean => {
    const b = layout.nodes[id];
    const f = endAbs.get(id);
    if (!b || !f) return false;
    return same(f, { ...b, x: b.x + offset.x, y: b.y + offset.y });
  };
  const unmoved = (id: string): boolean => {
    const s = storedAbs.get(id);
    const f = endAbs.get(id);
    return !s || !f || same(s, f);
  };

  const connections = view.connections.map((c) => {
    const routed = layout.edges[c.id];
    let bendpoints: Point[];
    if (routed && asRouted(c.sourceId) && asRouted(c.targetId)) {
      bendpoints = routed.map((p) => ({ x: p.x + offset.x, y: p.y + offset.y }));
    } else if (!routed && unmoved(c.sourceId) && unmoved(c.targetId)) {
      bendpoints = c.bendpoints;
    } else {
      bendpoints = [];
    }
    return { ...c, bendpoints };
  });

  return {
    ...view,
    nodes: view.nodes.map((n) => ({ ...n, bounds: finalRel.get(n.id) ?? n.bounds })),
    connections,
  };
}

function same(a: Bounds, b: Bounds): boolean {
  return (
    Math.abs(a.x - b.x) < 0.5 &&
    Math.abs(a.y - b.y) < 0.5 &&
    Math.abs(a.width - b.width) < 0.5 &&
    Math.abs(a.height - b.height) < 0.5
  );
}

function relative(abs: Bounds, parent: Bounds | undefined): Bounds {
  return parent ? { ...abs, x: abs.x - parent.x, y: abs.y - parent.y } : { ...abs };
}

function absolute(rel: Bounds, parent: Bounds | undefined): Bounds {
  return parent ? { ...rel, x: rel.x + parent.x, y: rel.y + parent.y } : { ...rel };
}

/** Parents before children, siblings by order; nodes with a missing parent count as top-level. */
export function sortParentsFirst<T extends { id: string; parentId?: string; order: number }>(
  nodes: readonly T[],
): T[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | undefined, T[]>();
  for (const n of [...nodes].sort((a, b) => a.order - b.order)) {
    const p = n.parentId && ids.has(n.parentId) ? n.parentId : undefined;
    children.set(p, [...(children.get(p) ?? []), n]);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (p: string | undefined) => {
    for (const n of children.get(p) ?? []) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      out.push(n);
      visit(n.id);
    }
  };
  visit(undefined);
  return out;
}

/** Absolute bounds of every node from relative bounds; expects parents first. */
export function absoluteBounds(
  nodes: readonly { id: string; parentId?: string; bounds: Bounds }[],
): Map<string, Bounds> {
  const abs = new Map<string, Bounds>();
  for (const n of nodes)
    abs.set(n.id, absolute(n.bounds, n.parentId ? abs.get(n.parentId) : undefined));
  return abs;
}

function layoutOffset(
  nodes: ViewNodeDoc[],
  layout: LayoutResult,
  storedAbs: Map<string, Bounds>,
  fixed: (n: ViewNodeDoc) => boolean,
): Point {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ancestorsFixed = (n: ViewNodeDoc): boolean => {
    for (
      let p = n.parentId ? byId.get(n.parentId) : undefined;
      p;
      p = p.parentId ? byId.get(p.parentId) : undefined
    ) {
      if (!fixed(p)) return false;
    }
    return true;
  };
  // Pinned nodes that ELK saw anchor the new layout to where they are.
  const anchors = nodes.filter((n) => fixed(n) && layout.nodes[n.id] && ancestorsFixed(n));
  if (anchors.length > 0) {
    const dx = anchors.map((n) => storedAbs.get(n.id)!.x - layout.nodes[n.id].x);
    const dy = anchors.map((n) => storedAbs.get(n.id)!.y - layout.nodes[n.id].y);
    return { x: Math.round(mean(dx)), y: Math.round(mean(dy)) };
  }
  const outside = nodes.some((n) => !layout.nodes[n.id]);
  if (!outside) return { x: 0, y: 0 };
  // Partial layout: the moved nodes start where their group started before.
  const movedRoots = nodes.filter((n) => !fixed(n) && ancestorsFixed(n));
  if (movedRoots.length === 0) return { x: 0, y: 0 };
  const before = movedRoots.map((n) => storedAbs.get(n.id)!);
  const after = movedRoots.map((n) => layout.nodes[n.id]);
  return {
    x: Math.min(...before.map((b) => b.x)) - Math.min(...after.map((b) => b.x)),
    y: Math.min(...before.map((b) => b.y)) - Math.min(...after.map((b) => b.y)),
  };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function overlaps(a: Bounds, b: Bounds, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Among siblings, push moved nodes down until they clear the nodes that stayed. */
function resolveOverlaps(
  nodes: ViewNodeDoc[],
  fixed: (n: ViewNodeDoc) => boolean,
  rel: Map<string, Bounds>,
  spacing: number,
): void {
  const groups = new Map<string | undefined, ViewNodeDoc[]>();
  for (const n of nodes) groups.set(n.parentId, [...(groups.get(n.parentId) ?? []), n]);
  for (const siblings of groups.values()) {
    const obstacles = siblings.filter(fixed).map((n) => rel.get(n.id)!);
    if (obstacles.length === 0) continue;
    const movers = siblings
      .filter((n) => !fixed(n))
      .sort((a, b) => rel.get(a.id)!.y - rel.get(b.id)!.y);
    for (const m of movers) {
      let b = rel.get(m.id)!;
      for (let guard = 0; guard < 1000; guard++) {
        const hit = obstacles.find((o) => overlaps(b, o, 0));
        if (!hit) break;
        b = { ...b, y: hit.y + hit.height + spacing };
      }
      rel.set(m.id, b);
      obstacles.push(b);
    }
  }
}

/** Grow containers (deepest first) so every child lies inside; position never changes. */
function growContainers(
  nodes: ViewNodeDoc[],
  byId: Map<string, ViewNodeDoc>,
  rel: Map<string, Bounds>,
  spacing: number,
): void {
  for (const n of [...nodes].reverse()) {
    if (!n.parentId || !byId.has(n.parentId)) continue;
    const child = rel.get(n.id)!;
    const parent = rel.get(n.parentId)!;
    const right = child.x + child.width;
    const bottom = child.y + child.height;
    const width = right > parent.width ? right + spacing : parent.width;
    const height = bottom > parent.height ? bottom + spacing : parent.height;
    if (width !== parent.width || height !== parent.height) {
      rel.set(n.parentId, { ...parent, width, height });
    }
  }
}
