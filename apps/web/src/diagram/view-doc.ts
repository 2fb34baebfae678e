import type {
  ElementDoc,
  LangMap,
  ModelDocument,
  Point,
  RelationshipDoc,
  StyleDoc,
  ViewDoc,
} from '@kartasto/metamodel';
import { emptyModelDocument } from '@kartasto/metamodel';

/** The fields of the API's View that the editor reads (see view-api.ts). */
export interface ApiView {
  id: string;
  version: number;
  kind: string;
  name: LangMap;
  documentation: LangMap;
  viewpoint?: string | null;
  nodes: readonly {
    id: string;
    kind: string;
    parentId?: string | null;
    elementId?: string | null;
    viewRefId?: string | null;
    label: LangMap;
    documentation: LangMap;
    x: number;
    y: number;
    width: number;
    height: number;
    style: unknown;
    pinned: boolean;
    sortOrder: number;
  }[];
  connections: readonly {
    id: string;
    kind: string;
    relationshipId?: string | null;
    sourceId: string;
    targetId: string;
    bendpoints: unknown;
    label: LangMap;
    documentation: LangMap;
    style: unknown;
    sortOrder: number;
  }[];
}

const KINDS = ['archimate', 'ecosystem', 'process', 'portfolio'] as const;

/** The API's view as the shared ViewDoc the diagram library works on. */
export function toViewDoc(view: ApiView): ViewDoc {
  return {
    id: view.id,
    name: view.name,
    documentation: view.documentation,
    viewpoint: view.viewpoint ?? undefined,
    kind: (KINDS as readonly string[]).includes(view.kind)
      ? (view.kind as ViewDoc['kind'])
      : 'archimate',
    properties: [],
    nodes: view.nodes.map((n) => ({
      id: n.id,
      kind: n.kind === 'container' || n.kind === 'label' ? n.kind : 'element',
      parentId: n.parentId ?? undefined,
      order: n.sortOrder,
      elementId: n.elementId ?? undefined,
      viewRefId: n.viewRefId ?? undefined,
      label: n.label ?? {},
      documentation: n.documentation ?? {},
      bounds: { x: n.x, y: n.y, width: n.width, height: n.height },
      style: asStyle(n.style),
      properties: [],
      pinned: n.pinned,
    })),
    connections: view.connections.map((c) => ({
      id: c.id,
      kind: c.kind === 'line' ? 'line' : 'relationship',
      relationshipId: c.relationshipId ?? undefined,
      sourceId: c.sourceId,
      targetId: c.targetId,
      bendpoints: asPoints(c.bendpoints),
      label: c.label ?? {},
      documentation: c.documentation ?? {},
      style: asStyle(c.style),
      properties: [],
      order: c.sortOrder,
    })),
  };
}

function asStyle(value: unknown): StyleDoc {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as StyleDoc) : {};
}

function asPoints(value: unknown): Point[] {
  if (!Array.isArray(value)) return [];
  return value.filter((p): p is Point => !!p && typeof p.x === 'number' && typeof p.y === 'number');
}

/** The `viewModel` JSON as a ModelDocument, tolerating missing lists. */
export function toModelDocument(value: unknown): ModelDocument {
  const raw = (value && typeof value === 'object' ? value : {}) as Partial<ModelDocument>;
  return {
    ...emptyModelDocument(raw.name ?? {}),
    ...raw,
    elements: raw.elements ?? [],
    relationships: raw.relationships ?? [],
    propertyDefinitions: raw.propertyDefinitions ?? [],
    folders: raw.folders ?? [],
    views: raw.views ?? [],
    properties: raw.properties ?? [],
  };
}

/** Adds (or replaces) elements and relationships the editor just learned of. */
export function withConcepts(
  model: ModelDocument,
  elements: readonly ElementDoc[],
  relationships: readonly RelationshipDoc[] = [],
): ModelDocument {
  const eIds = new Set(elements.map((e) => e.id));
  const rIds = new Set(relationships.map((r) => r.id));
  return {
    ...model,
    elements: [...model.elements.filter((e) => !eIds.has(e.id)), ...elements],
    relationships: [...model.relationships.filter((r) => !rIds.has(r.id)), ...relationships],
  };
}
