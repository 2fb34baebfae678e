import type { EntityManager } from 'typeorm';
import { validation } from '../common/domain-error';
import type { ViewCommand } from './view-commands';

/** Runs one checked command inside the caller's transaction; every id must belong to the view. */
export async function applyViewCommand(
  em: EntityManager,
  viewId: string,
  modelId: string,
  c: ViewCommand,
  index: number,
): Promise<void> {
  const fail = (message: string): never => {
    throw validation(`Command ${index + 1} (${c.op}): ${message}`, { command: index });
  };
  const expectRows = async (sql: string, params: unknown[], expected: number, what: string) => {
    const [, count] = await em.query(sql, params);
    if (count !== expected) fail(`${what} is not in this view.`);
  };
  switch (c.op) {
    case 'add-node': {
      if (c.elementId) {
        const ok = await em.query(
          'SELECT 1 FROM element WHERE id = $1 AND model_id = $2 AND deleted_at IS NULL',
          [c.elementId, modelId],
        );
        if (!ok.length) fail(`element ${c.elementId} is not in this model.`);
      }
      if (c.parentId) {
        const ok = await em.query('SELECT 1 FROM view_node WHERE id = $1 AND view_id = $2', [
          c.parentId,
          viewId,
        ]);
        if (!ok.length) fail(`parent ${c.parentId} is not in this view.`);
      }
      const exists = await em.query(
        'SELECT 1 FROM view_node WHERE id = $1 UNION ALL SELECT 1 FROM view_connection WHERE id = $1',
        [c.id],
      );
      if (exists.length) fail(`id ${c.id} is already used.`);
      await em.query(
        `INSERT INTO view_node (id, view_id, identifier, parent_id, kind, element_id, label, x, y, width, height, sort_order)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,
                 (SELECT coalesce(max(sort_order) + 1, 0) FROM view_node WHERE view_id = $2))`,
        [
          c.id,
          viewId,
          `id-${c.id}`,
          c.parentId ?? null,
          c.kind,
          c.elementId ?? null,
          c.label ?? {},
          c.x,
          c.y,
          c.width,
          c.height,
        ],
      );
      return;
    }
    case 'move-nodes':
      if (!c.moves.length) return;
      await expectRows(
        `UPDATE view_node n SET x = m.x, y = m.y
           FROM jsonb_to_recordset($2::jsonb) AS m(id uuid, x float8, y float8)
          WHERE n.id = m.id AND n.view_id = $1`,
        [viewId, JSON.stringify(c.moves)],
        new Set(c.moves.map((m) => m.id)).size,
        'A node',
      );
      return;
    case 'resize-node':
      await expectRows(
        'UPDATE view_node SET x = $3, y = $4, width = $5, height = $6 WHERE id = $2 AND view_id = $1',
        [viewId, c.id, c.x, c.y, c.width, c.height],
        1,
        `Node ${c.id}`,
      );
      return;
    case 'set-parent': {
      if (c.parentId) {
        // The new parent may not be the node itself or one of its descendants.
        const cycle = await em.query(
          `WITH RECURSIVE up AS (SELECT id, parent_id FROM view_node WHERE id = $1 AND view_id = $3
             UNION ALL SELECT n.id, n.parent_id FROM view_node n JOIN up ON n.id = up.parent_id)
           SELECT 1 FROM up WHERE id = $2`,
          [c.parentId, c.id, viewId],
        );
        if (cycle.length) fail('a node cannot be put inside itself or its own child.');
        const ok = await em.query('SELECT 1 FROM view_node WHERE id = $1 AND view_id = $2', [
          c.parentId,
          viewId,
        ]);
        if (!ok.length) fail(`parent ${c.parentId} is not in this view.`);
      }
      await expectRows(
        'UPDATE view_node SET parent_id = $3, x = $4, y = $5 WHERE id = $2 AND view_id = $1',
        [viewId, c.id, c.parentId, c.x, c.y],
        1,
        `Node ${c.id}`,
      );
      return;
    }
    case 'remove-nodes':
      await expectRows(
        'DELETE FROM view_node WHERE id = ANY($2::uuid[]) AND view_id = $1',
        [viewId, c.ids],
        new Set(c.ids).size,
        'A node',
      );
      return;
    case 'add-connection': {
      const ends: {
        id: string;
        what: 'node' | 'connection';
        element_id: string | null;
        relationship_id: string | null;
      }[] = await em.query(
        `SELECT id, 'node' AS what, element_id, NULL::uuid AS relationship_id FROM view_node WHERE view_id = $1 AND id = ANY($2::uuid[])
         UNION ALL SELECT id, 'connection', NULL, relationship_id FROM view_connection WHERE view_id = $1 AND id = ANY($2::uuid[])`,
        [viewId, [c.sourceId, c.targetId]],
      );
      const source =
        ends.find((e) => e.id === c.sourceId) ?? fail(`source ${c.sourceId} is not in this view.`);
      const target =
        ends.find((e) => e.id === c.targetId) ?? fail(`target ${c.targetId} is not in this view.`);
      if (c.relationshipId) {
        const [rel] = await em.query(
          `SELECT coalesce(source_element_id, source_relationship_id) AS s, coalesce(target_element_id, target_relationship_id) AS t
             FROM relationship WHERE id = $1 AND model_id = $2 AND deleted_at IS NULL`,
          [c.relationshipId, modelId],
        );
        if (!rel) fail(`relationship ${c.relationshipId} is not in this model.`);
        const s = source.element_id ?? source.relationship_id;
        const t = target.element_id ?? target.relationship_id;
        if (rel.s !== s || rel.t !== t)
          fail('the relationship does not connect the concepts these two nodes show.');
      }
      const nodeIds = new Set(ends.filter((e) => e.what === 'node').map((e) => e.id));
      await em.query(
        `INSERT INTO view_connection (id, view_id, identifier, kind, relationship_id, source_node_id, source_connection_id,
                                      target_node_id, target_connection_id, sort_order)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,(SELECT coalesce(max(sort_order) + 1, 0) FROM view_connection WHERE view_id = $2))`,
        [
          c.id,
          viewId,
          `id-${c.id}`,
          c.kind,
          c.relationshipId ?? null,
          nodeIds.has(c.sourceId) ? c.sourceId : null,
          nodeIds.has(c.sourceId) ? null : c.sourceId,
          nodeIds.has(c.targetId) ? c.targetId : null,
          nodeIds.has(c.targetId) ? null : c.targetId,
        ],
      );
      return;
    }
    case 'remove-connections':
      await expectRows(
        'DELETE FROM view_connection WHERE id = ANY($2::uuid[]) AND view_id = $1',
        [viewId, c.ids],
        new Set(c.ids).size,
        'A connection',
      );
      return;
    case 'set-bendpoints':
      await expectRows(
        'UPDATE view_connection SET bendpoints = $3 WHERE id = $2 AND view_id = $1',
        [viewId, c.id, JSON.stringify(c.bendpoints)],
        1,
        `Connection ${c.id}`,
      );
      return;
    case 'set-style': {
      const [, n] = await em.query(
        'UPDATE view_node SET style = $3 WHERE id = ANY($2::uuid[]) AND view_id = $1',
        [viewId, c.ids, c.style],
      );
      const [, k] = await em.query(
        'UPDATE view_connection SET style = $3 WHERE id = ANY($2::uuid[]) AND view_id = $1',
        [viewId, c.ids, c.style],
      );
      if (n + k !== new Set(c.ids).size) fail('a node or connection is not in this view.');
      return;
    }
    case 'set-label': {
      const [, n] = await em.query(
        'UPDATE view_node SET label = $3 WHERE id = $2 AND view_id = $1',
        [viewId, c.id, c.label],
      );
      const [, k] = await em.query(
        'UPDATE view_connection SET label = $3 WHERE id = $2 AND view_id = $1',
        [viewId, c.id, c.label],
      );
      if (n + k !== 1) fail(`${c.id} is not in this view.`);
      return;
    }
    case 'set-pinned':
      await expectRows(
        'UPDATE view_node SET pinned = $3 WHERE id = ANY($2::uuid[]) AND view_id = $1',
        [viewId, c.ids, c.pinned],
        new Set(c.ids).size,
        'A node',
      );
      return;
    case 'apply-layout':
      if (c.nodes.length)
        await expectRows(
          `UPDATE view_node n SET x = m.x, y = m.y, width = m.width, height = m.height
             FROM jsonb_to_recordset($2::jsonb) AS m(id uuid, x float8, y float8, width float8, height float8)
            WHERE n.id = m.id AND n.view_id = $1`,
          [viewId, JSON.stringify(c.nodes)],
          new Set(c.nodes.map((n) => n.id)).size,
          'A node',
        );
      if (c.connections.length)
        await expectRows(
          `UPDATE view_connection v SET bendpoints = m.bendpoints
             FROM jsonb_to_recordset($2::jsonb) AS m(id uuid, bendpoints jsonb)
            WHERE v.id = m.id AND v.view_id = $1`,
          [viewId, JSON.stringify(c.connections)],
          new Set(c.connections.map((x) => x.id)).size,
          'A connection',
        );
      return;
  }
}
