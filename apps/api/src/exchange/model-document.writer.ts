import type { ModelDocument, ViewConnectionDoc, ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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

/** A table's columns as `name type` pairs, in the order each row array lists them. */
interface TableSpec {
  table: string;
  columns: string;
}

const spec = (table: string, columns: string): TableSpec => ({ table, columns });
const names = (t: TableSpec) => t.columns.split(', ').map((c) => c.split(' ')[0]);

async function insertRows(em: EntityManager, t: TableSpec, rows: unknown[][], onConflict: string) {
  const cols = names(t);
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

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in PostgreSQL's COPY text format; objects are jsonb. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : text;
}

const COPY_BATCH = 256 * 1024;

/** Streams rows into a table with COPY FROM STDIN on the transaction's own connection. */
async function copyRows(
  client: PoolClient,
  t: TableSpec,
  rows: Iterable<unknown[]>,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${t.table} (${names(t).join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let batch = '';
  try {
    for (const row of rows) {
      let line = '';
      for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyValue(row[i]);
      batch += line + '\n';
      if (batch.length >= COPY_BATCH) {
        if (!stream.write(batch)) await once(stream, 'drain');
        batch = '';
      }
    }
    stream.end(batch);
  } catch (error) {
    stream.destroy(error as Error);
    throw error;
  }
  await done;
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

/**
 * A new model's rows only point at rows of the same document, which the reader has already
 * checked (every reference resolves, or the file is refused), and at ids made here. Re-checking
 * each foreign key row by row doubled the write time of a 50,000-element import, so when the
 * database role may (superuser: the embedded database) the checks are skipped for the rest of
 * this transaction, as pg_restore does. CHECK, NOT NULL and unique constraints still apply.
 */
async function skipKeyTriggers(em: EntityManager): Promise<void> {
  const [{ rolsuper }] = await em.query(
    'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
  );
  if (rolsuper) await em.query('SET LOCAL session_replication_role = replica');
}

/** The raw pg connection of the caller's transaction, for COPY; none outside a transaction. */
async function transactionClient(em: EntityManager): Promise<PoolClient | undefined> {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive) return undefined;
  const client = (await runner.connect()) as PoolClient;
  return typeof client?.query === 'function' ? client : undefined;
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

const PROPERTY_DEFINITION = spec(
  'property_definition',
  'model_id uuid, identifier text, name jsonb, data_type text',
);
const FOLDER = spec(
  'folder',
  'id uuid, model_id uuid, identifier text, parent_id uuid, name jsonb, documentation jsonb, sort_order int',
);
const ELEMENT = spec(
  'element',
  'id uuid, model_id uuid, identifier text, type text, specialization text, name jsonb, documentation jsonb, properties jsonb, folder_id uuid, reference_element_id uuid, created_by uuid, updated_by uuid',
);
const RELATIONSHIP = spec(
  'relationship',
  'id uuid, model_id uuid, identifier text, type text, source_element_id uuid, source_relationship_id uuid, target_element_id uuid, target_relationship_id uuid, name jsonb, documentation jsonb, properties jsonb, access_type text, influence_strength text, is_directed boolean, specialization text, folder_id uuid, created_by uuid, updated_by uuid',
);
const VIEW = spec(
  'view',
  'id uuid, model_id uuid, identifier text, kind text, name jsonb, documentation jsonb, viewpoint text, properties jsonb, folder_id uuid, created_by uuid, updated_by uuid',
);
const VIEW_NODE = spec(
  'view_node',
  'id uuid, view_id uuid, identifier text, parent_id uuid, kind text, element_id uuid, view_ref_id uuid, label jsonb, documentation jsonb, x float8, y float8, width float8, height float8, style jsonb, properties jsonb, sort_order int, pinned boolean',
);
const VIEW_CONNECTION = spec(
  'view_connection',
  'id uuid, view_id uuid, identifier text, kind text, relationship_id uuid, source_node_id uuid, source_connection_id uuid, target_node_id uuid, target_connection_id uuid, bendpoints jsonb, label jsonb, documentation jsonb, style jsonb, properties jsonb, sort_order int',
);

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
  const { modelId, userId } = opts;
  const merge = !!opts.merge;
  const client = await transactionClient(em);
  // COPY checks keys at the end of each statement, so only chunked inserts need an order.
  const ordered = <T extends { id: string }>(
    items: T[],
    deps: (item: T) => (string | undefined)[],
  ) => (client && !merge ? items : dependencyOrder(items, deps));
  if (client && !merge) await skipKeyTriggers(em);
  const existing = merge ? await existingIds(em, modelId) : new Map<string, string>();
  const ids = new Map<string, string>();
  const idOf = (identifier: string | undefined) =>
    identifier ? (ids.get(identifier) ?? null) : null;
  const assign = (identifier: string) => {
    const id = existing.get(identifier) ?? randomUUID();
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
    () => doc.propertyDefinitions.map((p) => [modelId, p.id, p.name, p.type]),
    merge ? upsert('property_definition', ['name', 'data_type'], false) : undefined,
  );

  const folders = ordered(doc.folders, (f) => [f.parentId]);
  for (const f of folders) assign(f.id);
  await writeRows(
    em,
    client,
    FOLDER,
    () =>
      folders.map((f) => [
        idOf(f.id),
        modelId,
        f.id,
        idOf(f.parentId),
        f.name,
        f.documentation,
        f.order,
      ]),
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
      for (const e of doc.elements)
        yield [
          ids.get(e.id),
          modelId,
          e.id,
          e.type,
          e.specialization ?? null,
          e.name,
          e.documentation,
          e.properties,
          idOf(e.folderId),
          e.referenceElementId ? (opts.referenceIds?.get(e.referenceElementId) ?? null) : null,
          userId,
          userId,
        ];
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
        const end = ids.get(r.sourceId) ?? null;
        const sourceIsElement = elementIds.has(r.sourceId);
        const targetEnd = ids.get(r.targetId) ?? null;
        const targetIsElement = elementIds.has(r.targetId);
        yield [
          ids.get(r.id),
          modelId,
          r.id,
          r.type,
          sourceIsElement ? end : null,
          sourceIsElement ? null : end,
          targetIsElement ? targetEnd : null,
          targetIsElement ? null : targetEnd,
          r.name,
          r.documentation,
          r.properties,
          r.type === 'Access' ? (r.accessType ?? 'Access') : null,
          r.influenceStrength ?? null,
          r.type === 'Association' ? (r.isDirected ?? null) : null,
          r.specialization ?? null,
          idOf(r.folderId),
          userId,
          userId,
        ];
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
    () =>
      doc.views.map((v) => [
        idOf(v.id),
        modelId,
        v.id,
        v.kind ?? 'archimate',
        v.name,
        v.documentation,
        v.viewpoint ?? null,
        v.properties,
        idOf(v.folderId),
        userId,
        userId,
      ]),
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
  // Node and connection ids are per view; the connection pass needs the node ids again.
  const nodeIdsByView = new Map<ViewDoc, Map<string, string>>();
  const nodeIdsOf = (v: ViewDoc) => {
    let map = nodeIdsByView.get(v);
    if (!map) {
      map = new Map(v.nodes.map((n) => [n.id, randomUUID()]));
      nodeIdsByView.set(v, map);
    }
    return map;
  };
  await writeRows(em, client, VIEW_NODE, function* () {
    for (const v of doc.views) {
      const viewId = idOf(v.id);
      const nodeIds = nodeIdsOf(v);
      for (const n of ordered(v.nodes, (n: ViewNodeDoc) => [n.parentId]))
        yield [
          nodeIds.get(n.id),
          viewId,
          n.id,
          n.parentId ? (nodeIds.get(n.parentId) ?? null) : null,
          n.kind,
          idOf(n.elementId),
          idOf(n.viewRefId),
          n.label,
          n.documentation,
          n.bounds.x,
          n.bounds.y,
          n.bounds.width,
          n.bounds.height,
          n.style,
          n.properties,
          n.order,
          n.pinned ?? false,
        ];
    }
  });
  progress(nodes);
  await writeRows(em, client, VIEW_CONNECTION, function* () {
    for (const v of doc.views) {
      const viewId = idOf(v.id);
      const nodeIds = nodeIdsOf(v);
      nodeIdsByView.delete(v);
      const connIds = new Map<string, string>();
      for (const c of v.connections) connIds.set(c.id, randomUUID());
      const endOf = (ref: string) =>
        nodeIds.has(ref) ? [nodeIds.get(ref)!, null] : [null, connIds.get(ref) ?? null];
      for (const c of ordered(v.connections, (c: ViewConnectionDoc) => [c.sourceId, c.targetId])) {
        const [sn, sc] = endOf(c.sourceId);
        const [tn, tc] = endOf(c.targetId);
        yield [
          connIds.get(c.id),
          viewId,
          c.id,
          c.kind,
          idOf(c.relationshipId),
          sn,
          sc,
          tn,
          tc,
          c.bendpoints,
          c.label,
          c.documentation,
          c.style,
          c.properties,
          c.order,
        ];
      }
    }
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
