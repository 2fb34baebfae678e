import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { ComputedEdge, ComputedNode, ComputedView } from './computed-view';
import {
  ECOSYSTEM_ELK_OPTIONS,
  KARTASTO_ELK_OPTIONS,
  PORTFOLIO_ELK_OPTIONS,
  PROCESS_ELK_OPTIONS,
  type LayoutOptions,
} from './elk-options';

export type { ElkNode, ElkExtendedEdge } from 'elkjs/lib/elk-api';

export const DEFAULT_ELEMENT_SIZE = { width: 120, height: 55 };
export const DEFAULT_LABEL_SIZE = { width: 160, height: 30 };
export const DEFAULT_EMPTY_CONTAINER_SIZE = { width: 200, height: 80 };

/** Id prefix of helper edges that exist only in the ELK graph (never in the view). */
export const ORDER_EDGE_PREFIX = '__order:';

/** Element types that are steps of a process view (they flow left to right). */
export const PROCESS_STEP_TYPES: ReadonlySet<string> = new Set([
  'BusinessProcess',
  'BusinessEvent',
  'BusinessInteraction',
  'ApplicationProcess',
  'ApplicationEvent',
  'ApplicationInteraction',
  'AndJunction',
  'OrJunction',
]);

const FLOW_TYPES: ReadonlySet<string> = new Set(['Triggering', 'Flow']);

export interface ElkGraphOptions {
  /** Lay out only these nodes (with their descendants); everything else stays put. */
  only?: Iterable<string>;
  /** Extra or overriding options on the root graph. */
  layoutOptions?: LayoutOptions;
}

/**
 * The ELK graph for a computed view. Pure and deterministic (children and edges keep the
 * view's order), so the same view always gives the same graph and the same layout.
 */
export function toElkGraph(computed: ComputedView, options: ElkGraphOptions = {}): ElkNode {
  const included = includedNodes(computed, options.only);
  switch (computed.kind) {
    case 'process':
      return processGraph(computed, included, options.layoutOptions);
    case 'portfolio':
      return nestedGraph(computed, included, {
        root: { ...PORTFOLIO_ELK_OPTIONS, ...options.layoutOptions },
        container: PORTFOLIO_ELK_OPTIONS,
        withEdges: false,
        orderTopLevel: false,
      });
    case 'ecosystem':
      return nestedGraph(computed, included, {
        root: { ...ECOSYSTEM_ELK_OPTIONS, ...options.layoutOptions },
        withEdges: true,
        orderTopLevel: true,
      });
    default: {
      const large = largeNestedView(computed, included);
      return nestedGraph(computed, included, {
        root: { ...KARTASTO_ELK_OPTIONS, ...(large ? SEPARATE : {}), ...options.layoutOptions },
        container: large ? { ...KARTASTO_ELK_OPTIONS, ...SEPARATE } : undefined,
        withEdges: true,
        orderTopLevel: false,
      });
    }
  }
}

/**
 * Above this many nodes a view with nesting is laid out one container at a time: with
 * INCLUDE_CHILDREN, ELK's cross-hierarchy crossing minimisation took 2.8 s for 500 nested nodes
 * (SEPARATE_CHILDREN: 0.3 s). Edges between containers are then drawn straight, not routed.
 */
export const LARGE_NESTED_VIEW = 300;
const SEPARATE: LayoutOptions = { 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' };

function largeNestedView(computed: ComputedView, included: Set<string>): boolean {
  let nested = false;
  for (const n of computed.nodes)
    if (included.has(n.id) && n.parentId && included.has(n.parentId)) nested = true;
  return nested && included.size > LARGE_NESTED_VIEW;
}

/** Node ids taking part: all, or the selection plus everything nested in it. */
function includedNodes(computed: ComputedView, only?: Iterable<string>): Set<string> {
  if (!only) return new Set(computed.nodes.map((n) => n.id));
  const set = new Set(only);
  // computed.nodes lists parents first, so one pass carries the selection down the tree.
  for (const n of computed.nodes) if (n.parentId && set.has(n.parentId)) set.add(n.id);
  return set;
}

interface NestedSettings {
  root: LayoutOptions;
  /** Options set on every container (when its algorithm differs from the root's handling). */
  container?: LayoutOptions;
  withEdges: boolean;
  /** Chain top-level containers with helper edges so they stack in model order. */
  orderTopLevel: boolean;
}

function nestedGraph(computed: ComputedView, included: Set<string>, s: NestedSettings): ElkNode {
  const byId = new Map(computed.nodes.map((n) => [n.id, n]));
  const elkById = new Map<string, ElkNode>();
  const root: ElkNode = { id: 'root', layoutOptions: { ...s.root }, children: [], edges: [] };
  for (const n of computed.nodes) {
    if (!included.has(n.id)) continue;
    const elk = elkNode(
      n,
      n.children.some((c) => included.has(c)),
    );
    if (s.container && n.children.length > 0) elk.layoutOptions = { ...s.container };
    elkById.set(n.id, elk);
    const parent = n.parentId && included.has(n.parentId) ? elkById.get(n.parentId)! : root;
    parent.children!.push(elk);
  }
  if (s.orderTopLevel) {
    const containers = root.children!.filter((c) => byId.get(c.id)?.kind === 'container');
    for (let i = 1; i < containers.length; i++) {
      root.edges!.push({
        id: `${ORDER_EDGE_PREFIX}${i}`,
        sources: [containers[i - 1].id],
        targets: [containers[i].id],
        layoutOptions: { 'elk.layered.priority.direction': '10' },
      });
    }
  }
  if (s.withEdges) {
    for (const e of computed.edges) {
      if (drawable(e, included, byId)) {
        root.edges!.push({ id: e.id, sources: [e.sourceId], targets: [e.targetId] });
      }
    }
  }
  return root;
}

function elkNode(n: ComputedNode, hasChildren: boolean): ElkNode {
  if (hasChildren) return { id: n.id, children: [] };
  return { id: n.id, ...leafSize(n) };
}

/** Stored size when the node has one, else the kind's default. */
export function leafSize(n: Pick<ComputedNode, 'kind' | 'bounds'>): {
  width: number;
  height: number;
} {
  const fallback =
    n.kind === 'label'
      ? DEFAULT_LABEL_SIZE
      : n.kind === 'container'
        ? DEFAULT_EMPTY_CONTAINER_SIZE
        : DEFAULT_ELEMENT_SIZE;
  return {
    width: n.bounds.width > 0 ? n.bounds.width : fallback.width,
    height: n.bounds.height > 0 ? n.bounds.height : fallback.height,
  };
}

/**
 * Edges ELK can route: both ends are included nodes, neither end nests the other (nesting
 * already shows that relationship) and neither end is a connection.
 */
function drawable(
  e: ComputedEdge,
  included: Set<string>,
  byId: Map<string, ComputedNode>,
): boolean {
  if (e.attachesToConnection) return false;
  if (!included.has(e.sourceId) || !included.has(e.targetId)) return false;
  return !isAncestor(byId, e.sourceId, e.targetId) && !isAncestor(byId, e.targetId, e.sourceId);
}

function isAncestor(byId: Map<string, ComputedNode>, ancestor: string, id: string): boolean {
  for (let p = byId.get(id)?.parentId; p; p = byId.get(p)?.parentId)
    if (p === ancestor) return true;
  return false;
}

/**
 * Process views are laid out flat: lanes are drawn around the steps afterwards, because
 * ELK cannot align layers across separate compound nodes. Steps keep their stored positions
 * as interactive hints; flows enter on the west side and leave on the east side (ports).
 */
function processGraph(
  computed: ComputedView,
  included: Set<string>,
  extra: LayoutOptions | undefined,
): ElkNode {
  const byId = new Map(computed.nodes.map((n) => [n.id, n]));
  const leaves = computed.nodes.filter(
    (n) => included.has(n.id) && n.kind !== 'container' && n.children.length === 0,
  );
  const leafIds = new Set(leaves.map((n) => n.id));
  const isStep = (id: string) => PROCESS_STEP_TYPES.has(byId.get(id)?.elementType ?? '');
  const children: ElkNode[] = leaves.map((n) => {
    const node: ElkNode = { id: n.id, x: n.absolute.x, y: n.absolute.y, ...leafSize(n) };
    if (isStep(n.id)) {
      node.layoutOptions = { 'elk.portConstraints': 'FIXED_SIDE' };
      node.ports = [port(n.id, 'in', 'WEST'), port(n.id, 'out', 'EAST')];
    }
    return node;
  });
  const edges: ElkExtendedEdge[] = [];
  for (const e of computed.edges) {
    if (e.attachesToConnection || !leafIds.has(e.sourceId) || !leafIds.has(e.targetId)) continue;
    const flow =
      FLOW_TYPES.has(e.relationshipType ?? '') && isStep(e.sourceId) && isStep(e.targetId);
    if (flow) {
      edges.push({ id: e.id, sources: [`${e.sourceId}:out`], targets: [`${e.targetId}:in`] });
    } else if (!isStep(e.sourceId) && !isStep(e.targetId)) {
      edges.push({ id: e.id, sources: [e.sourceId], targets: [e.targetId] });
    }
    // Links between a step and a system are left out: as ELK edges they would open extra
    // layers and break the step columns. The system sits under its step and the line drops
    // straight down to it.
  }
  return { id: 'root', layoutOptions: { ...PROCESS_ELK_OPTIONS, ...extra }, children, edges };
}

function port(nodeId: string, name: string, side: string): ElkPort {
  return { id: `${nodeId}:${name}`, width: 1, height: 1, layoutOptions: { 'elk.port.side': side } };
}
