import type {
  ElementDoc,
  FolderDoc,
  PropertyDefinitionDoc,
  RelationshipDoc,
  ViewConnectionDoc,
  ViewDoc,
  ViewNodeDoc,
} from '@kartasto/metamodel';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';
import type { ColumnType, CopyTable } from './copy-binary';

// Random bits for new ids, drawn 64 KB at a time: the uuid package draws 256 bytes per 16 ids,
// and those calls into the crypto library cost a large import a tenth of a second.
const RANDOM = Buffer.allocUnsafe(1 << 16);
let randomAt = RANDOM.length;

/**
 * A new row id: time-ordered (UUIDv7), so consecutive rows land on the right-most page of each
 * key index instead of a random page, which cut a large import's index upkeep by about a
 * quarter (see the exchange benchmark). Ids made in the same millisecond differ in random bits.
 */
export function newId(): string {
  if (randomAt + 16 > RANDOM.length) {
    randomFillSync(RANDOM);
    randomAt = 0;
  }
  const random = RANDOM.subarray(randomAt, (randomAt += 16));
  return v7({ random });
}

/** A model table: its columns as `name type` pairs, and the same split for binary COPY. */
export interface TableSpec extends CopyTable {
  columns: string;
}

const spec = (table: string, columns: string): TableSpec => {
  const pairs = columns.split(', ').map((c) => c.split(' '));
  return {
    table,
    columns,
    names: pairs.map(([name]) => name),
    types: pairs.map(([, type]) => type as ColumnType),
  };
};

export const PROPERTY_DEFINITION = spec(
  'property_definition',
  'model_id uuid, identifier text, name jsonb, data_type text',
);
export const FOLDER = spec(
  'folder',
  'id uuid, model_id uuid, identifier text, parent_id uuid, name jsonb, documentation jsonb, sort_order int',
);
export const ELEMENT = spec(
  'element',
  'id uuid, model_id uuid, identifier text, type text, specialization text, name jsonb, documentation jsonb, properties jsonb, folder_id uuid, reference_element_id uuid, created_by uuid, updated_by uuid',
);
export const RELATIONSHIP = spec(
  'relationship',
  'id uuid, model_id uuid, identifier text, type text, source_element_id uuid, source_relationship_id uuid, target_element_id uuid, target_relationship_id uuid, name jsonb, documentation jsonb, properties jsonb, access_type text, influence_strength text, is_directed boolean, specialization text, folder_id uuid, created_by uuid, updated_by uuid',
);
export const VIEW = spec(
  'view',
  'id uuid, model_id uuid, identifier text, kind text, name jsonb, documentation jsonb, viewpoint text, properties jsonb, folder_id uuid, created_by uuid, updated_by uuid',
);
export const VIEW_NODE = spec(
  'view_node',
  'id uuid, view_id uuid, identifier text, parent_id uuid, kind text, element_id uuid, view_ref_id uuid, label jsonb, documentation jsonb, x float8, y float8, width float8, height float8, style jsonb, properties jsonb, sort_order int, pinned boolean',
);
export const VIEW_CONNECTION = spec(
  'view_connection',
  'id uuid, view_id uuid, identifier text, kind text, relationship_id uuid, source_node_id uuid, source_connection_id uuid, target_node_id uuid, target_connection_id uuid, bendpoints jsonb, label jsonb, documentation jsonb, style jsonb, properties jsonb, sort_order int',
);

/** Who writes the rows of one model, and the ids rows point at. */
export interface RowContext {
  modelId: string;
  userId: string | null;
}

/** A row's id: a UUID, or a number standing for one (see RowIdSequence). */
export type RowId = string | number;

type Id = RowId | null;

export const propertyDefinitionRow =
  (c: RowContext) =>
  (p: PropertyDefinitionDoc): unknown[] => [c.modelId, p.id, p.name, p.type];

export const folderRow = (f: FolderDoc, id: Id, parentId: Id, c: RowContext): unknown[] => [
  id,
  c.modelId,
  f.id,
  parentId,
  f.name,
  f.documentation,
  f.order,
];

export const elementRow = (
  e: ElementDoc,
  id: Id,
  folderId: Id,
  referenceId: Id,
  c: RowContext,
): unknown[] => [
  id,
  c.modelId,
  e.id,
  e.type,
  e.specialization ?? null,
  e.name,
  e.documentation,
  e.properties,
  folderId,
  referenceId,
  c.userId,
  c.userId,
];

/** Each end is an element or a relationship id; the other column of the pair stays null. */
export interface RelationshipEnds {
  sourceElement: Id;
  sourceRelationship: Id;
  targetElement: Id;
  targetRelationship: Id;
}

export const relationshipRow = (
  r: RelationshipDoc,
  id: Id,
  ends: RelationshipEnds,
  folderId: Id,
  c: RowContext,
): unknown[] => [
  id,
  c.modelId,
  r.id,
  r.type,
  ends.sourceElement,
  ends.sourceRelationship,
  ends.targetElement,
  ends.targetRelationship,
  r.name,
  r.documentation,
  r.properties,
  r.type === 'Access' ? (r.accessType ?? 'Access') : null,
  r.influenceStrength ?? null,
  r.type === 'Association' ? (r.isDirected ?? null) : null,
  r.specialization ?? null,
  folderId,
  c.userId,
  c.userId,
];

export const viewRow = (v: ViewDoc, id: Id, folderId: Id, c: RowContext): unknown[] => [
  id,
  c.modelId,
  v.id,
  v.kind ?? 'archimate',
  v.name,
  v.documentation,
  v.viewpoint ?? null,
  v.properties,
  folderId,
  c.userId,
  c.userId,
];

export const nodeRow = (
  n: ViewNodeDoc,
  ids: { id: Id; viewId: Id; parentId: Id; elementId: Id; viewRefId: Id },
): unknown[] => [
  ids.id,
  ids.viewId,
  n.id,
  ids.parentId,
  n.kind,
  ids.elementId,
  ids.viewRefId,
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

export const connectionRow = (
  c: ViewConnectionDoc,
  ids: { id: Id; viewId: Id; relationshipId: Id; source: [Id, Id]; target: [Id, Id] },
): unknown[] => [
  ids.id,
  ids.viewId,
  c.id,
  c.kind,
  ids.relationshipId,
  ids.source[0],
  ids.source[1],
  ids.target[0],
  ids.target[1],
  c.bendpoints,
  c.label,
  c.documentation,
  c.style,
  c.properties,
  c.order,
];

/** Puts items after the items they depend on, where the rows' keys are checked row by row. */
export type RowOrder = <T extends { id: string }>(
  items: T[],
  dependsOn: (item: T) => (string | undefined)[],
) => T[];

/**
 * One view's node and connection rows, with new ids for its nodes and connections (they are only
 * referred to from their own view). `idOf` gives the ids of the elements, relationships and
 * views they show; `order` puts rows after the rows they depend on, where that matters;
 * `makeId` makes the new ids.
 */
export function viewDrawingRows(
  v: ViewDoc,
  viewId: Id,
  idOf: (identifier: string | undefined) => Id,
  { order = (items) => items, makeId = newId }: { order?: RowOrder; makeId?: () => RowId } = {},
): { nodes: unknown[][]; connections: unknown[][] } {
  const local = new Map<string, RowId>();
  for (const n of v.nodes) local.set(n.id, makeId());
  for (const c of v.connections) local.set(c.id, makeId());
  const nodeIds = new Set(v.nodes.map((n) => n.id));
  const end = (ref: string): [Id, Id] =>
    nodeIds.has(ref) ? [local.get(ref)!, null] : [null, local.get(ref) ?? null];
  const nodes = order(v.nodes, (n) => [n.parentId]).map((n) =>
    nodeRow(n, {
      id: local.get(n.id)!,
      viewId,
      parentId: n.parentId ? (local.get(n.parentId) ?? null) : null,
      elementId: idOf(n.elementId),
      viewRefId: idOf(n.viewRefId),
    }),
  );
  const connections = order(v.connections, (c) => [c.sourceId, c.targetId]).map((c) =>
    connectionRow(c, {
      id: local.get(c.id)!,
      viewId,
      relationshipId: idOf(c.relationshipId),
      source: end(c.sourceId),
      target: end(c.targetId),
    }),
  );
  return { nodes, connections };
}

/**
 * A new model's rows only point at rows of the same document, which the reader checks (every
 * reference resolves, or the file is refused and the transaction rolled back), and at ids made
 * here. Re-checking each foreign key row by row doubled the write time of a 50,000-element
 * import, so when the database role may (superuser: the embedded database) the checks are
 * skipped for the rest of this transaction, as pg_restore does. A plain role (a deployment's
 * own PostgreSQL) defers them to the commit instead: rows may then go out in any order, and
 * every key is still checked. CHECK, NOT NULL and unique constraints apply at once either way.
 * Says which it did.
 */
export async function relaxKeyChecks(em: EntityManager): Promise<'skipped' | 'deferred'> {
  const [{ rolsuper }] = await em.query(
    'SELECT rolsuper FROM pg_roles WHERE rolname = current_user',
  );
  if (rolsuper) {
    await em.query('SET LOCAL session_replication_role = replica');
    return 'skipped';
  }
  await em.query('SET CONSTRAINTS ALL DEFERRED');
  return 'deferred';
}

/** The raw pg connection of the caller's transaction, for COPY; none outside a transaction. */
export async function transactionClient(em: EntityManager): Promise<PoolClient | undefined> {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive) return undefined;
  const client = (await runner.connect()) as PoolClient;
  return typeof client?.query === 'function' ? client : undefined;
}
