import type { ModelDocument } from '@kartasto/metamodel';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { copyRows } from './copy-binary';
import {
  ELEMENT,
  FOLDER,
  PROPERTY_DEFINITION,
  RELATIONSHIP,
  VIEW,
  VIEW_CONNECTION,
  VIEW_NODE,
  elementRow,
  newId,
  folderRow,
  propertyDefinitionRow,
  relationshipRow,
  relaxKeyChecks,
  transactionClient,
  viewDrawingRows,
  viewRow,
  type RowContext,
  type TableSpec,
} from './model-rows';

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
export function dependencyOrder<T extends { id: string }>(
  items: T[],
  deps: (item: T) => (string | undefined)[],
): T[] {
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
  const extra = versioned
    ? ', deleted_at = NULL, version = ' + table + '.version + 1, updated_at = now()'
    : '';
  const deleted = versioned ? ` OR ${table}.deleted_at IS NOT NULL` : '';
  return `ON CONFLICT (model_id, identifier) DO UPDATE SET ${set}${extra} WHERE (${mine}) IS DISTINCT FROM (${theirs})${deleted}`;
}

async function insertRows(em: EntityManager, t: TableSpec, rows: unknown[][], onConflict: string) {
  const cols = t.names;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const objects = rows
      .slice(i, i + CHUNK)
      .map((row) => Object.fromEntries(cols.map((c, k) => [c, row[k]])));
    await em.query(
      `INSERT INTO ${t.table} (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS t(${t.columns}) ${onConflict}`,
      [JSON.stringify(objects)],
    );
  }
}

/**
 * Writes rows: COPY for rows that are all new (the fast path), a multi-row INSERT … ON CONFLICT
 * when merging into a model that may hold them already.
 */
async function writeRows(
  em: EntityManager,
  client: PoolClient | undefined,
  t: TableSpec,
  rows: () => Iterable<unknown[]>,
  onConflict?: string,
): Promise<void> {
  if (client && !onConflict) return copyRows(client, t, rows());
  await insertRows(em, t, [...rows()], onConflict ?? '');
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
 * Writes a whole ModelDocument into a model inside the caller's transaction. A new model's rows
 * stream in with COPY (one statement per table, so rows may refer to rows later in the same
 * table); a merge upserts by identifier. Identifiers from the document are kept; ids are new
 * uuids.
 */
export async function writeModelDocument(
  em: EntityManager,
  doc: ModelDocument,
  opts: WriteOptions,
): Promise<WriteSummary> {
  const { modelId } = opts;
  const rc: RowContext = { modelId, userId: opts.userId };
  const merge = !!opts.merge;
  const client = await transactionClient(em);
  // COPY checks keys at the end of each statement, so only chunked inserts need an order.
  const ordered = <T extends { id: string }>(
    items: T[],
    deps: (item: T) => (string | undefined)[],
  ) => (client && !merge ? items : dependencyOrder(items, deps));
  if (client && !merge) await relaxKeyChecks(em);
  const existing = merge ? await existingIds(em, modelId) : new Map<string, string>();
  const ids = new Map<string, string>();
  const idOf = (identifier: string | undefined) =>
    identifier ? (ids.get(identifier) ?? null) : null;
  const assign = (identifier: string) => {
    const id = existing.get(identifier) ?? newId();
    ids.set(identifier, id);
    return id;
  };
  let nodes = 0;
  let connections = 0;
  for (const v of doc.views) {
    nodes += v.nodes.length;
    connections += v.connections.length;
  }
  const total =
    doc.elements.length + doc.relationships.length + doc.views.length + nodes + connections;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };
  progress(0);

  await writeRows(
    em,
    client,
    PROPERTY_DEFINITION,
    () => doc.propertyDefinitions.map(propertyDefinitionRow(rc)),
    merge ? upsert('property_definition', ['name', 'data_type'], false) : undefined,
  );

  const folders = ordered(doc.folders, (f) => [f.parentId]);
  for (const f of folders) assign(f.id);
  await writeRows(
    em,
    client,
    FOLDER,
    () => folders.map((f) => folderRow(f, idOf(f.id), idOf(f.parentId), rc)),
    merge
      ? upsert('folder', ['parent_id', 'name', 'documentation', 'sort_order'], false)
      : undefined,
  );

  for (const e of doc.elements) assign(e.id);
  await writeRows(
    em,
    client,
    ELEMENT,
    function* () {
      for (const e of doc.elements) {
        const reference = e.referenceElementId
          ? (opts.referenceIds?.get(e.referenceElementId) ?? null)
          : null;
        yield elementRow(e, idOf(e.id), idOf(e.folderId), reference, rc);
      }
    },
    merge
      ? upsert('element', [
          'type',
          'specialization',
          'name',
          'documentation',
          'properties',
          'folder_id',
        ])
      : undefined,
  );
  progress(doc.elements.length);

  const elementIds = new Set(doc.elements.map((e) => e.id));
  const relationships = ordered(doc.relationships, (r) => [r.sourceId, r.targetId]);
  for (const r of relationships) assign(r.id);
  await writeRows(
    em,
    client,
    RELATIONSHIP,
    function* () {
      for (const r of relationships) {
        const source = idOf(r.sourceId);
        const target = idOf(r.targetId);
        const sourceIsElement = elementIds.has(r.sourceId);
        const targetIsElement = elementIds.has(r.targetId);
        const ends = {
          sourceElement: sourceIsElement ? source : null,
          sourceRelationship: sourceIsElement ? null : source,
          targetElement: targetIsElement ? target : null,
          targetRelationship: targetIsElement ? null : target,
        };
        yield relationshipRow(r, idOf(r.id), ends, idOf(r.folderId), rc);
      }
    },
    merge
      ? upsert('relationship', [
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
        ])
      : undefined,
  );
  progress(relationships.length);

  // Views first (a node may refer to any view), then nodes and connections per view.
  for (const v of doc.views) assign(v.id);
  await writeRows(
    em,
    client,
    VIEW,
    () => doc.views.map((v) => viewRow(v, idOf(v.id), idOf(v.folderId), rc)),
    merge
      ? upsert('view', ['kind', 'name', 'documentation', 'viewpoint', 'properties', 'folder_id'])
      : undefined,
  );
  progress(doc.views.length);
  if (merge && doc.views.length) {
    // A view in the file replaces the stored drawing of that view as a whole.
    const viewIds = doc.views.map((v) => idOf(v.id));
    await em.query('DELETE FROM view_connection WHERE view_id = ANY($1::uuid[])', [viewIds]);
    await em.query('DELETE FROM view_node WHERE view_id = ANY($1::uuid[])', [viewIds]);
  }
  // All nodes go before all connections (one statement per table); a view's connection rows
  // wait for the connection pass.
  const connectionRows: unknown[][][] = [];
  await writeRows(em, client, VIEW_NODE, function* () {
    for (const v of doc.views) {
      const drawing = viewDrawingRows(v, idOf(v.id), idOf, { order: ordered });
      connectionRows.push(drawing.connections);
      yield* drawing.nodes;
    }
  });
  progress(nodes);
  await writeRows(em, client, VIEW_CONNECTION, function* () {
    for (const rows of connectionRows) yield* rows;
  });
  progress(connections);

  await em.query(
    `UPDATE model SET properties = $2, metadata = $3, updated_at = now() WHERE id = $1`,
    [modelId, JSON.stringify(doc.properties), doc.metadata ?? {}],
  );
  return {
    propertyDefinitions: doc.propertyDefinitions.length,
    folders: folders.length,
    elements: doc.elements.length,
    relationships: relationships.length,
    views: doc.views.length,
    nodes,
    connections,
  };
}
