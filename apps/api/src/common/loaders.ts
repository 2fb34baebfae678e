import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import { ElementEntity } from '../elements/element.entity';
import { ModelEntity } from '../models/model.entity';
import { RelationshipEntity } from '../relationships/relationship.entity';
import { ViewEntity } from '../views/view.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that cannot exist are simply not found, never a database error. */
const valid = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

function byKey<T, K>(keys: readonly K[], rows: T[], key: (row: T) => K): (T | null)[] {
  const map = new Map<K, T>();
  for (const r of rows) map.set(key(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], key: (row: T) => string | null): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (!k) continue;
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request batch loaders: one query per relation and request, never one per row. */
export function createLoaders(db: DataSource) {
  const elements = db.getRepository(ElementEntity);
  const relationships = db.getRepository(RelationshipEntity);
  return {
    model: new DataLoader<string, ModelEntity | null>(async (ids) =>
      byKey(ids, await db.getRepository(ModelEntity).findBy({ id: In(valid(ids)) }), (m) => m.id),
    ),
    element: new DataLoader<string, ElementEntity | null>(async (ids) =>
      byKey(ids, await elements.findBy({ id: In(valid(ids)) }), (e) => e.id),
    ),
    relationship: new DataLoader<string, RelationshipEntity | null>(async (ids) =>
      byKey(ids, await relationships.findBy({ id: In(valid(ids)) }), (r) => r.id),
    ),
    outgoing: new DataLoader<string, RelationshipEntity[]>(async (ids) =>
      groupBy(
        ids,
        await relationships.find({
          where: { sourceElementId: In([...ids]), deletedAt: IsNull() },
          order: { type: 'ASC', id: 'ASC' },
        }),
        (r) => r.sourceElementId,
      ),
    ),
    incoming: new DataLoader<string, RelationshipEntity[]>(async (ids) =>
      groupBy(
        ids,
        await relationships.find({
          where: { targetElementId: In([...ids]), deletedAt: IsNull() },
          order: { type: 'ASC', id: 'ASC' },
        }),
        (r) => r.targetElementId,
      ),
    ),
    viewsUsingElement: new DataLoader<string, ViewEntity[]>(async (ids) => {
      const pairs: { element_id: string; view_id: string }[] = await db.query(
        `SELECT DISTINCT n.element_id, n.view_id FROM view_node n
           JOIN view v ON v.id = n.view_id AND v.deleted_at IS NULL
          WHERE n.element_id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const views = pairs.length
        ? await db.getRepository(ViewEntity).findBy({ id: In([...new Set(pairs.map((p) => p.view_id))]) })
        : [];
      const viewById = new Map(views.map((v) => [v.id, v]));
      return groupBy(
        ids,
        pairs.map((p) => ({ elementId: p.element_id, view: viewById.get(p.view_id)! })),
        (p) => p.elementId,
      ).map((list) => list.map((p) => p.view));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
