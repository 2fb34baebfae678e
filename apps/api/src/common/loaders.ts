import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ELEMENT_COLUMNS } from '../elements/element-columns';
import { rowToElement } from '../elements/element.service';
import { rowToRelationship } from '../relationships/relationship.service';
import { ElementEntity } from '../elements/element.entity';
import { ModelEntity } from '../models/model.entity';
import { RelationshipEntity } from '../relationships/relationship.entity';
import { ViewEntity } from '../views/view.entity';
import { isUuid } from './ids';

/** Ids that cannot exist are simply not found, never a database error. */
const valid = (ids: readonly string[]) => ids.filter(isUuid);

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
  /**
   * Relationships from (or to) the given elements, with the element at the other end read in
   * the same query and handed to the element loader, so `target { … }` costs no extra query.
   */
  async function relationshipsWithOtherEnd(side: 'source' | 'target', ids: readonly string[]) {
    const other = side === 'source' ? 'target' : 'source';
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT r.*, ${ELEMENT_COLUMNS.map((c) => `e.${c} AS "e_${c}"`).join(', ')}
         FROM relationship r LEFT JOIN element e ON e.id = r.${other}_element_id
        WHERE r.${side}_element_id = ANY($1::uuid[]) AND r.deleted_at IS NULL
        ORDER BY r.type, r.id`,
      [valid(ids)],
    );
    const list = rows.map((row) => {
      if (row.e_id) {
        const el: Record<string, unknown> = {};
        for (const c of ELEMENT_COLUMNS) el[c] = row[`e_${c}`];
        loaders.element.prime(String(row.e_id), elements.create(rowToElement(el)));
      }
      return relationships.create(rowToRelationship(row));
    });
    return groupBy(ids, list, (r) => (side === 'source' ? r.sourceElementId : r.targetElementId));
  }
  const loaders = {
    model: new DataLoader<string, ModelEntity | null>(async (ids) => {
      const cached = ids.map((id) => recentModels.get(id));
      const missing = valid(ids.filter((_, i) => !cached[i]));
      const fresh = missing.length
        ? await db.getRepository(ModelEntity).findBy({ id: In(missing) })
        : [];
      for (const m of fresh) recentModels.set(m.id, m);
      const freshById = new Map(fresh.map((m) => [m.id, m]));
      return ids.map((id, i) => cached[i] ?? freshById.get(id) ?? null);
    }),
    element: new DataLoader<string, ElementEntity | null>(async (ids) => {
      const rows: Record<string, unknown>[] = await db.query(
        `SELECT ${ELEMENT_COLUMNS.join(', ')} FROM element WHERE id = ANY($1::uuid[])`,
        [valid(ids)],
      );
      return byKey(
        ids,
        rows.map((r) => elements.create(rowToElement(r))),
        (e) => e.id,
      );
    }),
    relationship: new DataLoader<string, RelationshipEntity | null>(async (ids) =>
      byKey(ids, await relationships.findBy({ id: In(valid(ids)) }), (r) => r.id),
    ),
    outgoing: new DataLoader<string, RelationshipEntity[]>((ids) =>
      relationshipsWithOtherEnd('source', ids),
    ),
    incoming: new DataLoader<string, RelationshipEntity[]>((ids) =>
      relationshipsWithOtherEnd('target', ids),
    ),
    viewsUsingElement: new DataLoader<string, ViewEntity[]>(async (ids) => {
      const pairs: { element_id: string; view_id: string }[] = await db.query(
        `SELECT DISTINCT n.element_id, n.view_id FROM view_node n
           JOIN view v ON v.id = n.view_id AND v.deleted_at IS NULL
          WHERE n.element_id = ANY($1::uuid[])`,
        [[...ids]],
      );
      const views = pairs.length
        ? await db
            .getRepository(ViewEntity)
            .findBy({ id: In([...new Set(pairs.map((p) => p.view_id))]) })
        : [];
      const viewById = new Map(views.map((v) => [v.id, v]));
      return groupBy(
        ids,
        pairs.map((p) => ({ elementId: p.element_id, view: viewById.get(p.view_id)! })),
        (p) => p.elementId,
      ).map((list) => list.map((p) => p.view));
    }),
  };
  return loaders;
}

/**
 * Models change rarely (name, visibility, deletion) and every request checks access to one, so
 * they are kept for a moment across requests. A change is visible everywhere within MODEL_TTL_MS.
 */
const MODEL_TTL_MS = 2_000;
class RecentModels {
  private readonly entries = new Map<string, { model: ModelEntity; until: number }>();
  get(id: string): ModelEntity | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return e.model;
  }
  set(id: string, model: ModelEntity): void {
    if (this.entries.size > 5_000) this.entries.clear();
    this.entries.set(id, { model, until: Date.now() + MODEL_TTL_MS });
  }
  forget(id?: string): void {
    if (id) this.entries.delete(id);
    else this.entries.clear();
  }
}
export const recentModels = new RecentModels();

export type Loaders = ReturnType<typeof createLoaders>;
