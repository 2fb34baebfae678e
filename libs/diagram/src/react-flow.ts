import type {
  AccessType,
  Bounds,
  LangMap,
  Layer,
  ModelDocument,
  NodeKind,
  Point,
  StyleDoc,
  ViewDoc,
} from '@kartasto/metamodel';
import { absoluteBounds, sortParentsFirst } from './apply-layout';
import { computeView } from './computed-view';
import {
  elementNotation,
  relationshipNotation,
  type ElementNotation,
  type ResolvedRelationshipNotation,
} from './notation';
import { rgbaToHex } from './view-builder';

/** Shaped like @xyflow/react's Node, without importing React. */
export interface FlowNode<D = KartastoNodeData> {
  id: string;
  type: string;
  position: Point;
  parentId?: string;
  extent?: 'parent';
  data: D;
  width: number;
  height: number;
  style?: Record<string, string | number>;
}

/** Shaped like @xyflow/react's Edge. */
export interface FlowEdge<D = KartastoEdgeData> {
  id: string;
  source: string;
  target: string;
  type: string;
  data: D;
}

export interface KartastoNodeData {
  [key: string]: unknown;
  kind: NodeKind;
  elementId?: string;
  elementType?: string;
  layer?: Layer;
  specialization?: string;
  /** Element name, or the label of containers and labels. */
  name: LangMap;
  label: LangMap;
  viewRefId?: string;
  style: StyleDoc;
  notation?: ElementNotation;
  /** Fill to paint: the node's own style, else the element type's layer colour. */
  fill: string;
  pinned: boolean;
  hasChildren: boolean;
}

export interface KartastoEdgeData {
  [key: string]: unknown;
  kind: 'relationship' | 'line';
  relationshipId?: string;
  relationshipType?: string;
  accessType?: AccessType;
  influenceStrength?: string;
  isDirected?: boolean;
  /** Absolute diagram coordinates. */
  bendpoints: Point[];
  /** Connection label, else the relationship's name. */
  label: LangMap;
  style: StyleDoc;
  notation: ResolvedRelationshipNotation;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** React Flow node type for each view node kind. */
export const FLOW_NODE_TYPE: Record<NodeKind, string> = {
  element: 'archimate-element',
  container: 'archimate-container',
  label: 'archimate-label',
};
export const FLOW_EDGE_TYPE = 'archimate-relationship';

/**
 * React Flow nodes and edges for a view: parents before children, child positions relative
 * to the parent (`parentId`, `extent: 'parent'`). Connections that end on another connection
 * have no React Flow equivalent and are left out.
 */
export function toReactFlow(view: ViewDoc, model: ModelDocument): FlowGraph {
  const computed = computeView(model, view);
  const nodes: FlowNode[] = computed.nodes.map((n) => {
    const notation = n.elementType ? elementNotation(n.elementType) : undefined;
    const fill = n.style.fill ? rgbaToHex(n.style.fill) : (notation?.fill ?? '#ffffff');
    const node: FlowNode = {
      id: n.id,
      type: FLOW_NODE_TYPE[n.kind],
      position: { x: n.bounds.x, y: n.bounds.y },
      data: {
        kind: n.kind,
        elementId: n.elementId,
        elementType: n.elementType,
        layer: n.layer,
        specialization: n.specialization,
        name: n.name,
        label: n.label,
        viewRefId: n.viewRefId,
        style: n.style,
        notation,
        fill,
        pinned: n.pinned,
        hasChildren: n.children.length > 0,
      },
      width: n.bounds.width,
      height: n.bounds.height,
      style: { width: n.bounds.width, height: n.bounds.height },
    };
    if (n.parentId) {
      node.parentId = n.parentId;
      node.extent = 'parent';
    }
    return node;
  });
  const edges: FlowEdge[] = computed.edges
    .filter((e) => !e.attachesToConnection)
    .map((e) => ({
      id: e.id,
      source: e.sourceId,
      target: e.targetId,
      type: FLOW_EDGE_TYPE,
      data: {
        kind: e.kind,
        relationshipId: e.relationshipId,
        relationshipType: e.relationshipType,
        accessType: e.accessType,
        influenceStrength: e.influenceStrength,
        isDirected: e.isDirected,
        bendpoints: e.bendpoints,
        label: Object.keys(e.label).length > 0 ? e.label : e.name,
        style: e.style,
        notation: relationshipNotation(e.relationshipType, e),
      },
    }));
  return { nodes, edges };
}

/** A node move or resize as React Flow reports it (position relative to `parentId`). */
export interface FlowNodeChange {
  id: string;
  position?: Point;
  width?: number;
  height?: number;
  /** New parent after a drag into or out of a container; null makes the node top-level. */
  parentId?: string | null;
}

/**
 * Write React Flow moves back into the view as node bounds (relative to the parent, as the
 * contract stores them). Re-parented nodes keep their place on the canvas when no position
 * is given. Returns a new view.
 */
export function fromReactFlowChanges(view: ViewDoc, changes: readonly FlowNodeChange[]): ViewDoc {
  const abs = absoluteBounds(sortParentsFirst(view.nodes));
  const byId = new Map(changes.map((c) => [c.id, c]));
  return {
    ...view,
    nodes: view.nodes.map((n) => {
      const c = byId.get(n.id);
      if (!c) return n;
      const parentId = c.parentId === undefined ? n.parentId : (c.parentId ?? undefined);
      let { x, y } = n.bounds;
      if (c.position) {
        ({ x, y } = c.position);
      } else if (parentId !== n.parentId) {
        const own = abs.get(n.id)!;
        const parent = parentId ? abs.get(parentId) : undefined;
        x = own.x - (parent?.x ?? 0);
        y = own.y - (parent?.y ?? 0);
      }
      const bounds: Bounds = {
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(c.width ?? n.bounds.width),
        height: Math.round(c.height ?? n.bounds.height),
      };
      return { ...n, parentId, bounds };
    }),
  };
}

/** One node's position in diagram coordinates (React Flow's positionAbsolute). */
export function absolutePosition(view: ViewDoc, nodeId: string): Point | undefined {
  const b = absoluteBounds(sortParentsFirst(view.nodes)).get(nodeId);
  return b && { x: b.x, y: b.y };
}

/** A position relative to `parentId` for a point in diagram coordinates. */
export function fromReactFlowPosition(view: ViewDoc, absolute: Point, parentId?: string): Point {
  const parent = parentId ? absolutePosition(view, parentId) : undefined;
  return { x: absolute.x - (parent?.x ?? 0), y: absolute.y - (parent?.y ?? 0) };
}
