import type {
  AccessType,
  Bounds,
  LangMap,
  Layer,
  ModelDocument,
  NodeKind,
  Point,
  PropertyDoc,
  StyleDoc,
  ViewDoc,
  ViewKind,
} from '@kartasto/metamodel';
import { ModelIndex, layerOf } from './model-index';

export interface ComputedNode {
  id: string;
  kind: NodeKind;
  parentId?: string;
  /** Child node ids in drawing order. */
  children: string[];
  /** 0 for top-level nodes. */
  depth: number;
  order: number;
  elementId?: string;
  /** Resolved from the model; undefined for containers, labels and dangling references. */
  elementType?: string;
  layer?: Layer;
  specialization?: string;
  /** The element's name, or the node's label for containers and labels. */
  name: LangMap;
  label: LangMap;
  viewRefId?: string;
  /** Stored bounds, relative to the parent node. */
  bounds: Bounds;
  /** Stored bounds in diagram coordinates. */
  absolute: Bounds;
  style: StyleDoc;
  properties: PropertyDoc[];
  pinned: boolean;
}

export interface ComputedEdge {
  id: string;
  kind: 'relationship' | 'line';
  relationshipId?: string;
  relationshipType?: string;
  sourceId: string;
  targetId: string;
  /** True when an end is another connection rather than a node (ArchiMate allows it). */
  attachesToConnection: boolean;
  accessType?: AccessType;
  influenceStrength?: string;
  isDirected?: boolean;
  name: LangMap;
  label: LangMap;
  bendpoints: Point[];
  style: StyleDoc;
  order: number;
}

export interface ComputedView {
  id: string;
  kind: ViewKind;
  name: LangMap;
  viewpoint?: string;
  /** Parents before children; siblings in drawing order. */
  nodes: ComputedNode[];
  edges: ComputedEdge[];
  /** Node and connection ids that the view holds but could not resolve (kept for diagnostics). */
  problems: string[];
}

/**
 * Resolve a stored view against its model: element types, layers and names, the nesting
 * tree and absolute positions, relationship types and attributes on connections.
 */
export function computeView(model: ModelDocument, view: ViewDoc): ComputedView {
  const index = new ModelIndex(model);
  const problems: string[] = [];
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const childrenOf = new Map<string | undefined, string[]>();
  for (const n of [...view.nodes].sort((a, b) => a.order - b.order)) {
    // A parent that is missing makes the node top-level rather than lost.
    const parent = n.parentId && byId.has(n.parentId) ? n.parentId : undefined;
    if (n.parentId && !parent) problems.push(`node ${n.id}: parent ${n.parentId} not in view`);
    const list = childrenOf.get(parent) ?? [];
    list.push(n.id);
    childrenOf.set(parent, list);
  }

  const nodes: ComputedNode[] = [];
  const visit = (parentId: string | undefined, depth: number, origin: Point): void => {
    for (const id of childrenOf.get(parentId) ?? []) {
      const n = byId.get(id)!;
      const element = n.elementId ? index.elements.get(n.elementId) : undefined;
      if (n.elementId && !element)
        problems.push(`node ${n.id}: element ${n.elementId} not in model`);
      const absolute = { ...n.bounds, x: n.bounds.x + origin.x, y: n.bounds.y + origin.y };
      nodes.push({
        id: n.id,
        kind: n.kind,
        parentId,
        children: childrenOf.get(id) ?? [],
        depth,
        order: n.order,
        elementId: n.elementId,
        elementType: element?.type,
        layer: element ? layerOf(element.type) : undefined,
        specialization: element?.specialization,
        name: element ? element.name : n.label,
        label: n.label,
        viewRefId: n.viewRefId,
        bounds: { ...n.bounds },
        absolute,
        style: n.style,
        properties: n.properties,
        pinned: n.pinned === true,
      });
      visit(id, depth + 1, absolute);
    }
  };
  visit(undefined, 0, { x: 0, y: 0 });

  const connectionIds = new Set(view.connections.map((c) => c.id));
  const edges: ComputedEdge[] = [];
  for (const c of [...view.connections].sort((a, b) => a.order - b.order)) {
    const ends = [c.sourceId, c.targetId];
    if (ends.some((e) => !byId.has(e) && !connectionIds.has(e))) {
      problems.push(`connection ${c.id}: end not in view`);
      continue;
    }
    const rel = c.relationshipId ? index.relationships.get(c.relationshipId) : undefined;
    if (c.relationshipId && !rel) problems.push(`connection ${c.id}: relationship not in model`);
    edges.push({
      id: c.id,
      kind: c.kind,
      relationshipId: c.relationshipId,
      relationshipType: rel?.type,
      sourceId: c.sourceId,
      targetId: c.targetId,
      attachesToConnection: ends.some((e) => connectionIds.has(e)),
      accessType: rel?.accessType,
      influenceStrength: rel?.influenceStrength,
      isDirected: rel?.isDirected,
      name: rel?.name ?? {},
      label: c.label,
      bendpoints: c.bendpoints.map((p) => ({ ...p })),
      style: c.style,
      order: c.order,
    });
  }

  return {
    id: view.id,
    kind: view.kind ?? 'archimate',
    name: view.name,
    viewpoint: view.viewpoint,
    nodes,
    edges,
    problems,
  };
}
