import type { Bounds, Point } from '@kartasto/metamodel';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { ORDER_EDGE_PREFIX } from './elk-graph';

/** Anything with elkjs' `layout` method: `new ELK()` in Node, or a worker-backed instance. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** A layout function, e.g. one that posts the graph to a Web Worker and awaits the answer. */
export type LayoutFn = (graph: ElkNode) => Promise<ElkNode>;

export type LayoutEngine = ElkLike | LayoutFn;

/** Positions from one layout run, all in diagram (absolute) coordinates, rounded to pixels. */
export interface LayoutResult {
  /** Node bounds by view node id. */
  nodes: Record<string, Bounds>;
  /** Bendpoints (without the end points) by view connection id. */
  edges: Record<string, Point[]>;
  width: number;
  height: number;
}

function callEngine(engine: LayoutEngine, graph: ElkNode): Promise<ElkNode> {
  return typeof engine === 'function' ? engine(graph) : engine.layout(graph);
}

/**
 * Run ELK on a graph from `toElkGraph` and read the positions back. The graph is copied, so
 * the caller's graph stays as it was (it may be a snapshot or shared with a worker).
 */
export async function runLayout(graph: ElkNode, engine: LayoutEngine): Promise<LayoutResult> {
  // A JSON copy rather than structuredClone: ELK's compiled code checks prototypes, and
  // structuredClone under Jest's VM yields objects of another realm that ELK silently ignores.
  const input: ElkNode = JSON.parse(JSON.stringify(graph));
  // Edge sections in root coordinates spare us from resolving each edge's container.
  input.layoutOptions = { ...input.layoutOptions, 'elk.json.edgeCoords': 'ROOT' };
  const out = await callEngine(engine, input);
  return readLayout(out);
}

/** Positions from a laid-out ELK graph (`elk.json.edgeCoords: ROOT`). Exported for workers. */
export function readLayout(out: ElkNode): LayoutResult {
  const nodes: Record<string, Bounds> = {};
  const edges: Record<string, Point[]> = {};
  const walk = (node: ElkNode, ox: number, oy: number): void => {
    for (const c of node.children ?? []) {
      const x = ox + (c.x ?? 0);
      const y = oy + (c.y ?? 0);
      nodes[c.id] = {
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(c.width ?? 0),
        height: Math.round(c.height ?? 0),
      };
      walk(c, x, y);
    }
    for (const e of node.edges ?? []) {
      if (!e.id.startsWith(ORDER_EDGE_PREFIX)) edges[e.id] = bendpoints(e);
    }
  };
  walk(out, 0, 0);
  return { nodes, edges, width: Math.round(out.width ?? 0), height: Math.round(out.height ?? 0) };
}

function bendpoints(e: ElkExtendedEdge): Point[] {
  const points: Point[] = [];
  (e.sections ?? []).forEach((s, i) => {
    // Where an edge has several sections, the joints between them are bends too.
    if (i > 0) points.push(s.startPoint);
    points.push(...(s.bendPoints ?? []));
  });
  return points.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
}
