import type {
  ElementDoc,
  FolderDoc,
  ModelDocument,
  RelationshipDoc,
  ViewConnectionDoc,
  ViewDoc,
  ViewNodeDoc,
} from '@kartasto/metamodel';
import type { EntityManager } from 'typeorm';

/** A row as pg gives it: its values are typed `never`, so each fits the field it fills. */
type Row = Record<string, never>;

/**
 * `doc` with those of `optional`'s fields that its row has (not null). Setting them, instead of
 * deleting the missing ones afterwards, keeps each object fast: a deleted key leaves an object a
 * slow dictionary, which cost a large export about a second.
 */
function withOptional<T extends object>(doc: T, optional: Partial<T>): T {
  for (const key in optional) {
    const value = optional[key];
    if (value !== null && value !== undefined) doc[key] = value;
  }
  return doc;
}

/** Adds `item` to the list at `key`. */
function addTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/**
 * Reads a stored model back into a ModelDocument (identifiers as stored), the inverse of
 * writeModelDocument. With `viewIds`, only those views (export of one view).
 */
export async function readModelDocument(
  em: EntityManager,
  modelId: string,
  options: { viewIds?: string[] } = {},
): Promise<ModelDocument> {
  const [model] = await em.query(
    'SELECT identifier, name, documentation, metadata, properties FROM model WHERE id = $1',
    [modelId],
  );
  const defs = await em.query(
    'SELECT identifier, name, data_type FROM property_definition WHERE model_id = $1 ORDER BY identifier',
    [modelId],
  );
  const folderRows = await em.query(
    `SELECT f.identifier, p.identifier AS parent, f.name, f.documentation, f.sort_order
       FROM folder f LEFT JOIN folder p ON p.id = f.parent_id WHERE f.model_id = $1 ORDER BY f.sort_order, f.identifier`,
    [modelId],
  );
  const elementRows = await em.query(
    `SELECT e.identifier, e.type, e.name, e.documentation, e.properties, e.specialization, f.identifier AS folder
       FROM element e LEFT JOIN folder f ON f.id = e.folder_id
      WHERE e.model_id = $1 AND e.deleted_at IS NULL ORDER BY e.created_at, e.identifier`,
    [modelId],
  );
  const relRows = await em.query(
    `SELECT r.identifier, r.type, coalesce(se.identifier, sr.identifier) AS source, coalesce(te.identifier, tr.identifier) AS target,
            r.name, r.documentation, r.properties, r.access_type, r.influence_strength, r.is_directed, r.specialization,
            f.identifier AS folder
       FROM relationship r
       LEFT JOIN element se ON se.id = r.source_element_id LEFT JOIN relationship sr ON sr.id = r.source_relationship_id
       LEFT JOIN element te ON te.id = r.target_element_id LEFT JOIN relationship tr ON tr.id = r.target_relationship_id
       LEFT JOIN folder f ON f.id = r.folder_id
      WHERE r.model_id = $1 AND r.deleted_at IS NULL ORDER BY r.created_at, r.identifier`,
    [modelId],
  );
  const viewFilter = options.viewIds ? 'AND v.id = ANY($2::uuid[])' : '';
  const viewParams = options.viewIds ? [modelId, options.viewIds] : [modelId];
  const viewRows = await em.query(
    `SELECT v.id, v.identifier, v.kind, v.name, v.documentation, v.viewpoint, v.properties, f.identifier AS folder
       FROM view v LEFT JOIN folder f ON f.id = v.folder_id
      WHERE v.model_id = $1 AND v.deleted_at IS NULL ${viewFilter} ORDER BY v.created_at, v.identifier`,
    viewParams,
  );
  const viewIds = viewRows.map((v: { id: string }) => v.id);
  const nodeRows = viewIds.length
    ? await em.query(
        `SELECT n.view_id, n.identifier, p.identifier AS parent, n.kind, e.identifier AS element, rv.identifier AS view_ref,
                n.label, n.documentation, n.x, n.y, n.width, n.height, n.style, n.properties, n.sort_order, n.pinned
           FROM view_node n LEFT JOIN view_node p ON p.id = n.parent_id
           LEFT JOIN element e ON e.id = n.element_id LEFT JOIN view rv ON rv.id = n.view_ref_id
          WHERE n.view_id = ANY($1::uuid[]) ORDER BY n.sort_order, n.identifier`,
        [viewIds],
      )
    : [];
  const connRows = viewIds.length
    ? await em.query(
        `SELECT c.view_id, c.identifier, c.kind, r.identifier AS relationship,
                coalesce(sn.identifier, sc.identifier) AS source, coalesce(tn.identifier, tc.identifier) AS target,
                c.bendpoints, c.label, c.documentation, c.style, c.properties, c.sort_order
           FROM view_connection c LEFT JOIN relationship r ON r.id = c.relationship_id
           LEFT JOIN view_node sn ON sn.id = c.source_node_id LEFT JOIN view_connection sc ON sc.id = c.source_connection_id
           LEFT JOIN view_node tn ON tn.id = c.target_node_id LEFT JOIN view_connection tc ON tc.id = c.target_connection_id
          WHERE c.view_id = ANY($1::uuid[]) ORDER BY c.sort_order, c.identifier`,
        [viewIds],
      )
    : [];

  const nodesByView = new Map<string, ViewNodeDoc[]>();
  for (const n of nodeRows as Row[]) {
    const node = withOptional<ViewNodeDoc>(
      {
        id: n.identifier,
        kind: n.kind,
        order: n.sort_order,
        label: n.label,
        documentation: n.documentation,
        bounds: { x: n.x, y: n.y, width: n.width, height: n.height },
        style: n.style,
        properties: n.properties,
      },
      {
        parentId: n.parent,
        elementId: n.element,
        viewRefId: n.view_ref,
        pinned: n.pinned || undefined,
      },
    );
    addTo(nodesByView, n.view_id, node);
  }
  const connsByView = new Map<string, ViewConnectionDoc[]>();
  for (const c of connRows as Row[]) {
    const connection = withOptional<ViewConnectionDoc>(
      {
        id: c.identifier,
        kind: c.kind,
        sourceId: c.source,
        targetId: c.target,
        bendpoints: c.bendpoints,
        label: c.label,
        documentation: c.documentation,
        style: c.style,
        properties: c.properties,
        order: c.sort_order,
      },
      { relationshipId: c.relationship },
    );
    addTo(connsByView, c.view_id, connection);
  }

  return {
    id: model.identifier ?? undefined,
    name: model.name,
    documentation: model.documentation,
    metadata: model.metadata?.xml ? model.metadata : undefined,
    properties: model.properties,
    propertyDefinitions: defs.map(
      (d: { identifier: string; name: Record<string, string>; data_type: string }) => ({
        id: d.identifier,
        name: d.name,
        type: d.data_type as ModelDocument['propertyDefinitions'][number]['type'],
      }),
    ),
    folders: folderRows.map((f: Row) =>
      withOptional<FolderDoc>(
        { id: f.identifier, name: f.name, documentation: f.documentation, order: f.sort_order },
        { parentId: f.parent },
      ),
    ),
    elements: elementRows.map((e: Row) =>
      withOptional<ElementDoc>(
        {
          id: e.identifier,
          type: e.type,
          name: e.name,
          documentation: e.documentation,
          properties: e.properties,
        },
        { specialization: e.specialization, folderId: e.folder },
      ),
    ),
    relationships: relRows.map((r: Row) =>
      withOptional<RelationshipDoc>(
        {
          id: r.identifier,
          type: r.type,
          sourceId: r.source,
          targetId: r.target,
          name: r.name,
          documentation: r.documentation,
          properties: r.properties,
        },
        {
          accessType: r.access_type,
          influenceStrength: r.influence_strength,
          isDirected: r.is_directed,
          specialization: r.specialization,
          folderId: r.folder,
        },
      ),
    ),
    views: viewRows.map((v: Row) =>
      withOptional<ViewDoc>(
        {
          id: v.identifier,
          kind: v.kind,
          name: v.name,
          documentation: v.documentation,
          properties: v.properties,
          nodes: nodesByView.get(v.id) ?? [],
          connections: connsByView.get(v.id) ?? [],
        },
        { viewpoint: v.viewpoint, folderId: v.folder },
      ),
    ),
  };
}
