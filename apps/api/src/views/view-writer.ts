import type { ViewDoc } from '@kartasto/metamodel';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { dependencyOrder } from '../exchange/model-document.writer';

/**
 * Stores one view (e.g. a generated one) in an existing model. Node element ids and connection
 * relationship ids in `view` are the model's element/relationship identifiers.
 */
export async function insertView(
  em: EntityManager,
  modelId: string,
  view: ViewDoc,
  userId: string | null,
): Promise<string> {
  const concepts: { identifier: string; id: string }[] = await em.query(
    `SELECT identifier, id FROM element WHERE model_id = $1 AND identifier = ANY($2::text[])
     UNION ALL SELECT identifier, id FROM relationship WHERE model_id = $1 AND identifier = ANY($3::text[])`,
    [
      modelId,
      view.nodes.map((n) => n.elementId).filter(Boolean),
      view.connections.map((c) => c.relationshipId).filter(Boolean),
    ],
  );
  const conceptId = new Map(concepts.map((c) => [c.identifier, c.id]));
  const viewId = randomUUID();
  await em.query(
    `INSERT INTO view (id, model_id, identifier, kind, name, documentation, viewpoint, properties, created_by, updated_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$9)`,
    [
      viewId,
      modelId,
      view.id,
      view.kind ?? 'archimate',
      view.name,
      view.documentation,
      view.viewpoint ?? null,
      JSON.stringify(view.properties),
      userId,
    ],
  );
  const nodeIds = new Map(view.nodes.map((n) => [n.id, randomUUID()]));
  const nodes = dependencyOrder(view.nodes, (n) => [n.parentId]).map((n) => ({
    id: nodeIds.get(n.id),
    view_id: viewId,
    identifier: n.id,
    parent_id: n.parentId ? nodeIds.get(n.parentId) : null,
    kind: n.kind,
    element_id: n.elementId ? (conceptId.get(n.elementId) ?? null) : null,
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
  }));
  if (nodes.length)
    await em.query(
      `INSERT INTO view_node (id, view_id, identifier, parent_id, kind, element_id, label, documentation, x, y, width, height, style, properties, sort_order, pinned)
       SELECT id, view_id, identifier, parent_id, kind, element_id, label, documentation, x, y, width, height, style, properties, sort_order, pinned
         FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, view_id uuid, identifier text, parent_id uuid, kind text, element_id uuid,
              label jsonb, documentation jsonb, x float8, y float8, width float8, height float8, style jsonb, properties jsonb, sort_order int, pinned boolean)`,
      [JSON.stringify(nodes)],
    );
  const connections = view.connections
    .filter((c) => nodeIds.has(c.sourceId) && nodeIds.has(c.targetId))
    .map((c) => ({
      id: randomUUID(),
      view_id: viewId,
      identifier: c.id,
      kind: c.kind,
      relationship_id: c.relationshipId ? (conceptId.get(c.relationshipId) ?? null) : null,
      source_node_id: nodeIds.get(c.sourceId),
      target_node_id: nodeIds.get(c.targetId),
      bendpoints: c.bendpoints,
      label: c.label,
      style: c.style,
      sort_order: c.order,
    }));
  if (connections.length)
    await em.query(
      `INSERT INTO view_connection (id, view_id, identifier, kind, relationship_id, source_node_id, target_node_id, bendpoints, label, style, sort_order)
       SELECT id, view_id, identifier, kind, relationship_id, source_node_id, target_node_id, bendpoints, label, style, sort_order
         FROM jsonb_to_recordset($1::jsonb) AS t(id uuid, view_id uuid, identifier text, kind text, relationship_id uuid,
              source_node_id uuid, target_node_id uuid, bendpoints jsonb, label jsonb, style jsonb, sort_order int)`,
      [JSON.stringify(connections)],
    );
  return viewId;
}
