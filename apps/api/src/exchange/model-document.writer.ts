import type { ModelDocument, RelationshipDoc, ViewConnectionDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const CHUNK = 5_000;

export interface WriteOptions {
  modelId: string;
  userId: string | null;
  /** Merge into a model that may already hold some of the document's identifiers. */
  merge?: boolean;
  /** Maps ElementDoc.referenceElementId (an identifier in the reference model) to a stored element id. */
  referenceIds?: Map<string, string>;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteSummary {
  propertyDefinitions: number;
  folders: number;
  elements: number;
  relationships: number;
  views: number;
  nodes: number;
  connections: number;
}

/** Orders items so that everything an item points at (within the list) comes before it. */
export function dependencyOrder<T extends { id: string }>(items: T[], deps: (item: T) => (string | undefined)[]): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const done = new Set<string>();
  const out: T[] = [];
  const visit = (item: T, path: Set<string>) => {
    if (done.has(item.id) || path.has(item.id)) return;
    path.add(item.id);
    for (const d of deps(item)) {
      const dep = d ? byId.get(d) : undefined;
      if (dep) visit(dep, path);
    }
    path.delete(item.id);
    done.add(item.id);
    out.push(item);
  };
  for (const i of items) visit(i, new Set());
  return out;
}

/**
 * `ON CONFLICT (model_id, identifier)` clause that updates the listed columns only when one of
 * them changed, bumping the version: merging an unchanged file changes nothing.
 */
function upsert(table: string, columns: string[], versioned = true): string {
  const set = columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  const mine = columns.map((c) => `${table}.${c}`).join(', ');
  const theirs = columns.map((c) => `EXCLUDED.${c}`).join(', ');
  const extra = versioned ? ', deleted_at = NULL, version = ' + table + '.version + 1, updated_at = now()' : '';
  const deleted = versioned ? ` OR ${table}.deleted_at IS NOT NULL` : '';
  return `ON CONFLICT (model_id, identifier) DO UPDATE SET ${set}${extra} WHERE (${mine}) IS DISTINCT FROM (${theirs})${deleted}`;
}

async function insertRows(
  em: EntityManager,
  table: string,
  columns: string,
  recordType: string,
  rows: unknown[],
  onConflict = '',
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS t(${recordType}) ${onConflict}`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}

/** identifier -> id of what a model already holds, for merging a file into it. */
async function existingIds(em: EntityManager, modelId: string): Promise<Map<string, string>> {
  const rows: { identifier: string; id: string }[] = await em.query(
    `SELECT identifier, id FROM folder WHERE model_id = $1
     UNION ALL SELECT identifier, id FROM element WHERE model_id = $1
     UNION ALL SELECT identifier, id FROM relationship WHERE model_id = $1
     UNION ALL SELECT identifier, id FROM view WHERE model_id = $1`,
    [modelId],
  );
  return new Map(rows.map((r) => [r.identifier, r.id]));
}

/**
 * Writes a whole ModelDocument into an (empty) model inside the caller's transaction,
 * many rows per statement. Identifiers from the document are kept; ids are new uuids.
 */
export async function writeModelDocument(em: EntityManager, doc: ModelDocument, opts: WriteOptions): Promise<WriteSummary> {
  const { modelId, userId } = opts;
  const existing = opts.merge ? await existingIds(em, modelId) : new Map<string, string>();
  const ids = new Map<string, string>();
  const idOf = (identifier: string | undefined) => (identifier ? ids.get(identifier) ?? null : null);
  const assign = (identifier: string) => {
    const id = existing.get(identifier) ?? randomUUID();
    ids.set(identifier, id);
    return id;
  };
  const total =
    doc.elements.length + doc.relationships.length + doc.views.reduce((n, v) => n + 1 + v.nodes.length + v.connections.length, 0);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };

  await insertRows(
    em,
    'property_definition',
    'model_id, identifier, name, data_type',
    'model_id uuid, identifier text, name jsonb, data_type text',
    doc.propertyDefinitions.map((p) => ({ model_id: modelId, identifier: p.id, name: p.name, data_type: p.type })),
    upsert('property_definition', ['name', 'data_type'], false),
  );

  const folders = dependencyOrder(doc.folders, (f) => [f.parentId]);
  for (const f of folders) assign(f.id);
  await insertRows(
    em,
    'folder',
    'id, model_id, identifier, parent_id, name, documentation, sort_order',
    'id uuid, model_id uuid, identifier text, parent_id uuid, name jsonb, documentation jsonb, sort_order int',
    folders.map((f) => ({
      id: idOf(f.id),
      model_id: modelId,
      identifier: f.id,
      parent_id: idOf(f.parentId),
      name: f.name,
      documentation: f.documentation,
      sort_order: f.order,
    })),
    upsert('folder', ['parent_id', 'name', 'documentation', 'sort_order'], false),
  );

  const elementRows = doc.elements.map((e) => ({
    id: assign(e.id),
    model_id: modelId,
    identifier: e.id,
    type: e.type,
    specialization: e.specialization ?? null,
    name: e.name,
    documentation: e.documentation,
    properties: e.properties,
    folder_id: idOf(e.folderId),
    reference_element_id: e.referenceElementId ? opts.referenceIds?.get(e.referenceElementId) ?? null : null,
    created_by: userId,
    updated_by: userId,
  }));
  await insertRows(
    em,
    'element',
    'id, model_id, identifier, type, specialization, name, documentation, properties, folder_id, reference_element_id, created_by, updated_by',
    'id uuid, model_id uuid, identifier text, type text, specialization text, name jsonb, documentation jsonb, properties jsonb, folder_id uuid, reference_element_id uuid, created_by uuid, updated_by uuid',
    elementRows,
    upsert('element', ['type', 'specialization', 'name', 'documentation', 'properties', 'folder_id']),
  );
  progress(elementRows.length);

  const elementIds = new Set(doc.elements.map((e) => e.id));
  const relationships = dependencyOrder(doc.relationships, (r) => [r.sourceId, r.targetId]);
  for (const r of relationships) assign(r.id);
  const end = (r: RelationshipDoc, which: 'sourceId' | 'targetId') =>
    elementIds.has(r[which]) ? [idOf(r[which]), null] : [null, idOf(r[which])];
  await insertRows(
    em,
    'relationship',
    'id, model_id, identifier, type, source_element_id, source_relationship_id, target_element_id, target_relationship_id, name, documentation, properties, access_type, influence_strength, is_directed, specialization, folder_id, created_by, updated_by',
    'id uuid, model_id uuid, identifier text, type text, source_element_id uuid, source_relationship_id uuid, target_element_id uuid, target_relationship_id uuid, name jsonb, documentation jsonb, properties jsonb, access_type text, influence_strength text, is_directed boolean, specialization text, folder_id uuid, created_by uuid, updated_by uuid',
    relationships.map((r) => {
      const [se, sr] = end(r, 'sourceId');
      const [te, tr] = end(r, 'targetId');
      return {
        id: idOf(r.id),
        model_id: modelId,
        identifier: r.id,
        type: r.type,
        source_element_id: se,
        source_relationship_id: sr,
        target_element_id: te,
        target_relationship_id: tr,
        name: r.name,
        documentation: r.documentation,
        properties: r.properties,
        access_type: r.type === 'Access' ? (r.accessType ?? 'Access') : null,
        influence_strength: r.influenceStrength ?? null,
        is_directed: r.type === 'Association' ? (r.isDirected ?? null) : null,
        specialization: r.specialization ?? null,
        folder_id: idOf(r.folderId),
        created_by: userId,
        updated_by: userId,
      };
    }),
    upsert('relationship', [
      'type',
      'source_element_id',
      'source_relationship_id',
      'target_element_id',
      'target_relationship_id',
      'name',
      'documentation',
      'properties',
      'access_type',
      'influence_strength',
      'is_directed',
      'specialization',
      'folder_id',
    ]),
  );
  progress(relationships.length);

  // Views first (a node may refer to any view), then nodes and connections per view.
  for (const v of doc.views) assign(v.id);
  await insertRows(
    em,
    'view',
    'id, model_id, identifier, kind, name, documentation, viewpoint, properties, folder_id, created_by, updated_by',
    'id uuid, model_id uuid, identifier text, kind text, name jsonb, documentation jsonb, viewpoint text, properties jsonb, folder_id uuid, created_by uuid, updated_by uuid',
    doc.views.map((v) => ({
      id: idOf(v.id),
      model_id: modelId,
      identifier: v.id,
      kind: v.kind ?? 'archimate',
      name: v.name,
      documentation: v.documentation,
      viewpoint: v.viewpoint ?? null,
      properties: v.properties,
      folder_id: idOf(v.folderId),
      created_by: userId,
      updated_by: userId,
    })),
    upsert('view', ['kind', 'name', 'documentation', 'viewpoint', 'properties', 'folder_id']),
  );
  if (opts.merge && doc.views.length) {
    // A view in the file replaces the stored drawing of that view as a whole.
    const viewIds = doc.views.map((v) => idOf(v.id));
    await em.query('DELETE FROM view_connection WHERE view_id = ANY($1::uuid[])', [viewIds]);
    await em.query('DELETE FROM view_node WHERE view_id = ANY($1::uuid[])', [viewIds]);
  }
  let nodes = 0;
  let connections = 0;
  const nodeRows: unknown[] = [];
  const connectionRows: unknown[] = [];
  for (const v of doc.views) {
    const viewId = idOf(v.id);
    const nodeIds = new Map<string, string>();
    for (const n of v.nodes) nodeIds.set(n.id, randomUUID());
    for (const n of dependencyOrder(v.nodes, (n: ViewNodeDoc) => [n.parentId])) {
      nodeRows.push({
        id: nodeIds.get(n.id),
        view_id: viewId,
        identifier: n.id,
        parent_id: n.parentId ? nodeIds.get(n.parentId) ?? null : null,
        kind: n.kind,
        element_id: idOf(n.elementId),
        view_ref_id: idOf(n.viewRefId),
        label: n.label,
        documentation: n.documentation,
        x: n.bounds.x,
        y: n.bounds.y,
        width: n.bounds.width,
        height: n.bounds.height,
        style: n.style,
        properties: n.properties,
        sort_order: n.order,
        pinned: n.pinned ?? false,
      });
    }
    const connIds = new Map<string, string>();
    for (const c of v.connections) connIds.set(c.id, randomUUID());
    const endOf = (ref: string) => (nodeIds.has(ref) ? [nodeIds.get(ref)!, null] : [null, connIds.get(ref) ?? null]);
    for (const c of dependencyOrder(v.connections, (c: ViewConnectionDoc) => [c.sourceId, c.targetId])) {
      const [sn, sc] = endOf(c.sourceId);
      const [tn, tc] = endOf(c.targetId);
      connectionRows.push({
        id: connIds.get(c.id),
        view_id: viewId,
        identifier: c.id,
        kind: c.kind,
        relationship_id: idOf(c.relationshipId),
        source_node_id: sn,
        source_connection_id: sc,
        target_node_id: tn,
        target_connection_id: tc,
        bendpoints: c.bendpoints,
        label: c.label,
        documentation: c.documentation,
        style: c.style,
        properties: c.properties,
        sort_order: c.order,
      });
    }
    nodes += v.nodes.length;
    connections += v.connections.length;
  }
  await insertRows(
    em,
    'view_node',
    'id, view_id, identifier, parent_id, kind, element_id, view_ref_id, label, documentation, x, y, width, height, style, properties, sort_order, pinned',
    'id uuid, view_id uuid, identifier text, parent_id uuid, kind text, element_id uuid, view_ref_id uuid, label jsonb, documentation jsonb, x float8, y float8, width float8, height float8, style jsonb, properties jsonb, sort_order int, pinned boolean',
    nodeRows,
  );
  progress(doc.views.length + nodes);
  await insertRows(
    em,
    'view_connection',
    'id, view_id, identifier, kind, relationship_id, source_node_id, source_connection_id, target_node_id, target_connection_id, bendpoints, label, documentation, style, properties, sort_order',
    'id uuid, view_id uuid, identifier text, kind text, relationship_id uuid, source_node_id uuid, source_connection_id uuid, target_node_id uuid, target_connection_id uuid, bendpoints jsonb, label jsonb, documentation jsonb, style jsonb, properties jsonb, sort_order int',
    connectionRows,
  );
  progress(connections);

  await em.query(`UPDATE model SET properties = $2, metadata = $3, updated_at = now() WHERE id = $1`, [
    modelId,
    JSON.stringify(doc.properties),
    doc.metadata ?? {},
  ]);
  return {
    propertyDefinitions: doc.propertyDefinitions.length,
    folders: folders.length,
    elements: elementRows.length,
    relationships: relationships.length,
    views: doc.views.length,
    nodes,
    connections,
  };
}
