import type {
  Bounds,
  LangMap,
  NodeKind,
  Rgba,
  StyleDoc,
  ViewConnectionDoc,
  ViewDoc,
  ViewKind,
  ViewNodeDoc,
} from '@kartasto/metamodel';
import type { ModelIndex } from './model-index';

export interface NewNode {
  kind: NodeKind;
  parentId?: string;
  elementId?: string;
  label?: LangMap;
  bounds?: Partial<Bounds>;
  style?: StyleDoc;
}

/** Collects the nodes and connections of a generated view with stable, readable ids. */
export class ViewBuilder {
  readonly nodes: ViewNodeDoc[] = [];
  readonly connections: ViewConnectionDoc[] = [];
  private readonly order = new Map<string | undefined, number>();
  private readonly byId = new Map<string, ViewNodeDoc>();

  constructor(readonly viewId: string) {}

  addNode(spec: NewNode): string {
    const id = `${this.viewId}-n${this.nodes.length + 1}`;
    const order = this.order.get(spec.parentId) ?? 0;
    this.order.set(spec.parentId, order + 1);
    const node: ViewNodeDoc = {
      id,
      kind: spec.kind,
      parentId: spec.parentId,
      order,
      elementId: spec.elementId,
      label: spec.label ?? {},
      documentation: {},
      bounds: { x: 0, y: 0, width: 0, height: 0, ...spec.bounds },
      style: spec.style ?? {},
      properties: [],
    };
    this.nodes.push(node);
    this.byId.set(id, node);
    return id;
  }

  node(id: string): ViewNodeDoc {
    return this.byId.get(id)!;
  }

  connect(relationshipId: string, sourceId: string, targetId: string): string {
    const id = `${this.viewId}-c${this.connections.length + 1}`;
    this.connections.push({
      id,
      kind: 'relationship',
      relationshipId,
      sourceId,
      targetId,
      bendpoints: [],
      label: {},
      documentation: {},
      style: {},
      properties: [],
      order: this.connections.length,
    });
    return id;
  }

  /**
   * A connection for every model relationship between two drawn elements, except those the
   * nesting already shows (one end drawn inside the other).
   */
  connectRelationships(
    index: ModelIndex,
    nodeOf: ReadonlyMap<string, string>,
    accept: (type: string) => boolean = () => true,
  ): void {
    for (const r of index.model.relationships) {
      const s = nodeOf.get(r.sourceId);
      const t = nodeOf.get(r.targetId);
      if (!s || !t || !accept(r.type)) continue;
      if (this.node(s).parentId === t || this.node(t).parentId === s) continue;
      this.connect(r.id, s, t);
    }
  }

  build(kind: ViewKind, name: LangMap, viewpoint?: string): ViewDoc {
    return {
      id: this.viewId,
      name,
      documentation: {},
      viewpoint,
      kind,
      properties: [],
      nodes: this.nodes,
      connections: this.connections,
    };
  }
}

export function hexToRgba(hex: string): Rgba {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const v = parseInt(full.slice(0, 6), 16);
  return { r: (v >> 16) & 255, g: (v >> 8) & 255, b: v & 255 };
}

export function rgbaToHex(c: Rgba): string {
  return `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
