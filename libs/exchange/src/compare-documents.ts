import type {
  FolderDoc,
  ModelDocument,
  PropertyDoc,
  RelationshipDoc,
  ViewConnectionDoc,
  ViewDoc,
  ViewNodeDoc,
} from '@kartasto/metamodel';

export interface CompareOptions {
  /** Stop after this many differences (default 100) so a broken import does not flood a log. */
  limit?: number;
  /** Skip the model's own id, name, documentation, properties and metadata. */
  ignoreModelHeader?: boolean;
}

/** JSON with sorted keys, so two objects with the same content compare equal. */
function stable(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stable(record[key])}`).join(',')}}`;
}

function properties(list: PropertyDoc[]): string {
  return stable(list.map((p) => ({ d: p.definitionId, v: p.value })));
}

/** Position among siblings as a rank, so 0,2,5 and 0,1,2 count as the same order. */
function ranks<T extends { id: string; order: number }>(
  items: T[],
  parentOf: (item: T) => string | undefined,
): Map<string, number> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = parentOf(item) ?? '';
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    [...group]
      .sort((a, b) => a.order - b.order)
      .forEach((item, index) => result.set(item.id, index));
  }
  return result;
}

function relationshipAttrs(r: RelationshipDoc): string {
  return stable({
    accessType: r.type === 'Access' ? (r.accessType ?? 'Access') : undefined,
    influenceStrength: r.type === 'Influence' ? r.influenceStrength || undefined : undefined,
    isDirected: r.type === 'Association' ? Boolean(r.isDirected) : undefined,
  });
}

class Differences {
  readonly list: string[] = [];
  constructor(private readonly limit: number) {}
  get full(): boolean {
    return this.list.length >= this.limit;
  }
  field(where: string, name: string, a: unknown, b: unknown): void {
    if (this.full) return;
    const left = typeof a === 'string' ? a : stable(a);
    const right = typeof b === 'string' ? b : stable(b);
    if (left !== right) this.list.push(`${where}: ${name} differs: ${left} != ${right}`);
  }
  /** Pairs items by id, reporting missing and extra ones, and compares the pairs. */
  byId<T extends { id: string }>(
    what: string,
    a: T[],
    b: T[],
    compare: (x: T, y: T, where: string) => void,
  ): void {
    const right = new Map(b.map((item) => [item.id, item]));
    const seen = new Set<string>();
    for (const item of a) {
      if (this.full) return;
      seen.add(item.id);
      const other = right.get(item.id);
      if (!other) this.list.push(`${what} "${item.id}" is missing from the second document`);
      else compare(item, other, `${what} "${item.id}"`);
    }
    for (const item of b) {
      if (this.full) return;
      if (!seen.has(item.id))
        this.list.push(`${what} "${item.id}" exists only in the second document`);
    }
  }
}

/**
 * Human-readable differences between two ModelDocuments (empty when they are the same model).
 * Compares by identifier: elements, relationships with their attributes, properties, property
 * definitions, folders, views, nodes with their relative bounds and styles, connections with
 * bendpoints, and every language of every name. List order is ignored; sibling order is not.
 */
export function compareDocuments(
  a: ModelDocument,
  b: ModelDocument,
  options: CompareOptions = {},
): string[] {
  const diff = new Differences(options.limit ?? 100);
  if (!options.ignoreModelHeader) {
    diff.field('model', 'id', a.id, b.id);
    diff.field('model', 'name', a.name, b.name);
    diff.field('model', 'documentation', a.documentation, b.documentation);
    diff.field('model', 'properties', properties(a.properties), properties(b.properties));
    const meta = (doc: ModelDocument) => doc.metadata?.xml?.replace(/\s+/g, ' ').trim();
    diff.field('model', 'metadata', meta(a), meta(b));
  }
  diff.byId('property definition', a.propertyDefinitions, b.propertyDefinitions, (x, y, where) => {
    diff.field(where, 'name', x.name, y.name);
    diff.field(where, 'type', x.type, y.type);
  });
  diff.byId('element', a.elements, b.elements, (x, y, where) => {
    diff.field(where, 'type', x.type, y.type);
    diff.field(where, 'name', x.name, y.name);
    diff.field(where, 'documentation', x.documentation, y.documentation);
    diff.field(where, 'properties', properties(x.properties), properties(y.properties));
    diff.field(where, 'specialization', x.specialization, y.specialization);
    diff.field(where, 'folder', x.folderId, y.folderId);
  });
  diff.byId('relationship', a.relationships, b.relationships, (x, y, where) => {
    diff.field(where, 'type', x.type, y.type);
    diff.field(where, 'source', x.sourceId, y.sourceId);
    diff.field(where, 'target', x.targetId, y.targetId);
    diff.field(where, 'attributes', relationshipAttrs(x), relationshipAttrs(y));
    diff.field(where, 'name', x.name, y.name);
    diff.field(where, 'documentation', x.documentation, y.documentation);
    diff.field(where, 'properties', properties(x.properties), properties(y.properties));
    diff.field(where, 'specialization', x.specialization, y.specialization);
    diff.field(where, 'folder', x.folderId, y.folderId);
  });
  const folderRanksA = ranks(a.folders, (f: FolderDoc) => f.parentId);
  const folderRanksB = ranks(b.folders, (f: FolderDoc) => f.parentId);
  diff.byId('folder', a.folders, b.folders, (x, y, where) => {
    diff.field(where, 'parent', x.parentId, y.parentId);
    diff.field(where, 'name', x.name, y.name);
    diff.field(where, 'documentation', x.documentation, y.documentation);
    diff.field(where, 'position among siblings', folderRanksA.get(x.id), folderRanksB.get(y.id));
  });
  diff.byId('view', a.views, b.views, (x, y, where) => compareViews(diff, x, y, where));
  return diff.list;
}

function compareViews(diff: Differences, x: ViewDoc, y: ViewDoc, where: string): void {
  diff.field(where, 'name', x.name, y.name);
  diff.field(where, 'documentation', x.documentation, y.documentation);
  diff.field(where, 'viewpoint', x.viewpoint, y.viewpoint);
  diff.field(where, 'properties', properties(x.properties), properties(y.properties));
  diff.field(where, 'folder', x.folderId, y.folderId);
  const nodeRanksA = ranks(x.nodes, (n: ViewNodeDoc) => n.parentId);
  const nodeRanksB = ranks(y.nodes, (n: ViewNodeDoc) => n.parentId);
  diff.byId(`${where} node`, x.nodes, y.nodes, (p, q, at) => {
    diff.field(at, 'kind', p.kind, q.kind);
    diff.field(at, 'parent', p.parentId, q.parentId);
    diff.field(at, 'element', p.elementId, q.elementId);
    diff.field(at, 'view reference', p.viewRefId, q.viewRefId);
    diff.field(at, 'label', p.label, q.label);
    diff.field(at, 'documentation', p.documentation, q.documentation);
    diff.field(at, 'bounds', p.bounds, q.bounds);
    diff.field(at, 'style', p.style, q.style);
    diff.field(at, 'properties', properties(p.properties), properties(q.properties));
    diff.field(at, 'position among siblings', nodeRanksA.get(p.id), nodeRanksB.get(q.id));
  });
  const connectionRanksA = ranks(x.connections, () => undefined);
  const connectionRanksB = ranks(y.connections, () => undefined);
  diff.byId(
    `${where} connection`,
    x.connections,
    y.connections,
    (p: ViewConnectionDoc, q: ViewConnectionDoc, at) => {
      diff.field(at, 'kind', p.kind, q.kind);
      diff.field(at, 'relationship', p.relationshipId, q.relationshipId);
      diff.field(at, 'source', p.sourceId, q.sourceId);
      diff.field(at, 'target', p.targetId, q.targetId);
      diff.field(at, 'bendpoints', p.bendpoints, q.bendpoints);
      diff.field(at, 'label', p.label, q.label);
      diff.field(at, 'documentation', p.documentation, q.documentation);
      diff.field(at, 'style', p.style, q.style);
      diff.field(at, 'properties', properties(p.properties), properties(q.properties));
      diff.field(at, 'position', connectionRanksA.get(p.id), connectionRanksB.get(q.id));
    },
  );
}
