import type { Bounds } from '@kartasto/metamodel';
import type { ComputedNode, ComputedView } from './computed-view';
import type { LayoutResult } from './run-layout';

export const LANE_PADDING = { top: 16, left: 48, bottom: 16, right: 16 };
const LANE_GAP = 0;

/**
 * Finish a raw ELK result for the view's kind: give containers that ELK did not see (process
 * lanes) bounds around their content, and make the top-level bands of ecosystem and process
 * views one common width so they read as stacked layers. Pure.
 */
export function fitLayout(computed: ComputedView, raw: LayoutResult): LayoutResult {
  const result: LayoutResult = {
    ...raw,
    nodes: { ...raw.nodes },
    edges: { ...raw.edges },
  };
  if (computed.kind === 'process') fitLanes(computed, result);
  if (computed.kind === 'ecosystem' || computed.kind === 'process') alignBands(computed, result);
  return moveIntoView(result);
}

/** Shift everything right/down when fitting pushed something to negative coordinates. */
function moveIntoView(result: LayoutResult): LayoutResult {
  const boxes = Object.values(result.nodes);
  const dx = Math.max(0, -Math.min(0, ...boxes.map((b) => b.x)));
  const dy = Math.max(0, -Math.min(0, ...boxes.map((b) => b.y)));
  if (dx === 0 && dy === 0) return result;
  const nodes: LayoutResult['nodes'] = {};
  for (const [id, b] of Object.entries(result.nodes))
    nodes[id] = { ...b, x: b.x + dx, y: b.y + dy };
  const edges: LayoutResult['edges'] = {};
  for (const [id, pts] of Object.entries(result.edges)) {
    edges[id] = pts.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  }
  return { nodes, edges, width: result.width + dx, height: result.height + dy };
}

function union(boxes: Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** Lanes (top-level nodes ELK did not place) around their steps, stacked without overlap; content pushed down loses its routes. */
function fitLanes(computed: ComputedView, result: LayoutResult): void {
  const byId = new Map(computed.nodes.map((n) => [n.id, n]));
  const descendants = (n: ComputedNode): string[] =>
    n.children.flatMap((c) => [c, ...descendants(byId.get(c)!)]);
  const lanes = computed.nodes.filter(
    (n) => n.depth === 0 && n.children.length > 0 && !result.nodes[n.id],
  );
  let floor = -Infinity;
  const moved = new Set<string>();
  for (const lane of lanes) {
    const members = descendants(lane).filter((id) => result.nodes[id]);
    const box = union(members.map((id) => result.nodes[id]));
    if (!box) continue;
    let top = box.y - LANE_PADDING.top;
    const shift = Math.max(0, floor - top);
    if (shift > 0) {
      for (const id of members) {
        result.nodes[id] = { ...result.nodes[id], y: result.nodes[id].y + shift };
        moved.add(id);
      }
      top += shift;
    }
    result.nodes[lane.id] = {
      x: box.x - LANE_PADDING.left,
      y: top,
      width: box.width + LANE_PADDING.left + LANE_PADDING.right,
      height: box.height + LANE_PADDING.top + LANE_PADDING.bottom,
    };
    floor = top + result.nodes[lane.id].height + LANE_GAP;
  }
  // Swimlanes touch: each lane reaches down to the next one.
  const placed = lanes.map((l) => l.id).filter((id) => result.nodes[id]);
  for (let i = 0; i + 1 < placed.length; i++) {
    const cur = result.nodes[placed[i]];
    const next = result.nodes[placed[i + 1]];
    result.nodes[placed[i]] = { ...cur, height: Math.max(cur.height, next.y - LANE_GAP - cur.y) };
  }
  for (const e of computed.edges) {
    if (moved.has(e.sourceId) || moved.has(e.targetId)) result.edges[e.id] = [];
  }
}

/** Widen top-level containers to one shared left and right edge (content does not move). */
function alignBands(computed: ComputedView, result: LayoutResult): void {
  const bands = computed.nodes
    .filter((n) => n.depth === 0 && n.children.length > 0 && result.nodes[n.id])
    .map((n) => n.id);
  const box = union(bands.map((id) => result.nodes[id]));
  if (!box) return;
  for (const id of bands) {
    result.nodes[id] = { ...result.nodes[id], x: box.x, width: box.width };
  }
}
