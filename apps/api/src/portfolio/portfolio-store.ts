import type { EntityManager } from 'typeorm';
import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import {
  DEFAULT_VALUE_LISTS,
  definitionDataType,
  type Labels,
  type PortfolioAttribute,
  type ValueListEntry,
} from './portfolio-attributes';
import {
  deriveConnections,
  legalMissing,
  type ElementLite,
  type RelationshipLite,
} from './portfolio-derive';
import type { PortfolioRowData } from './portfolio-filter';
import { portfolioValues, type ValueLists } from './portfolio-values';

/** Anything that runs SQL: a DataSource or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;

export interface EffectiveValueList {
  key: string;
  label: Labels;
  values: ValueListEntry[];
  /** 0 while the organisation still uses the default list. */
  version: number;
}

/** The value lists in effect for each organisation: its own edited copies over the defaults. */
export async function loadValueLists(
  q: Queryable,
  organizationIds: readonly string[],
): Promise<Map<string, EffectiveValueList[]>> {
  const rows: {
    organization_id: string;
    list_key: string;
    entries: ValueListEntry[];
    version: number;
  }[] = organizationIds.length
    ? await q.query(
        'SELECT organization_id, list_key, entries, version FROM portfolio_value_list WHERE organization_id = ANY($1::uuid[])',
        [[...organizationIds]],
      )
    : [];
  const out = new Map<string, EffectiveValueList[]>();
  for (const org of organizationIds) {
    const own = new Map(rows.filter((r) => r.organization_id === org).map((r) => [r.list_key, r]));
    out.set(
      org,
      DEFAULT_VALUE_LISTS.map((d) => {
        const r = own.get(d.key);
        return {
          key: d.key,
          label: d.label,
          values: r ? r.entries : d.values,
          version: r ? r.version : 0,
        };
      }),
    );
  }
  return out;
}

export const asValueLists = (lists: readonly EffectiveValueList[]): ValueLists =>
  new Map(lists.map((l) => [l.key, l.values]));

export interface PortfolioModelRef {
  id: string;
  organizationId: string;
}

const RELATIONSHIP_TYPES = ['Flow', 'Serving', 'Triggering', 'Access', 'Composition', 'Assignment'];

/**
 * Every application component of the given models as portfolio rows, with interfaces, data
 * resources and legal-minimum findings derived from the relationships. `lock` takes row locks
 * on the components (for an import that is about to write them).
 */
export async function loadPortfolioRows(
  q: Queryable,
  models: readonly PortfolioModelRef[],
  listsByOrg: ReadonlyMap<string, EffectiveValueList[]>,
  options: { lock?: boolean } = {},
): Promise<PortfolioRowData[]> {
  if (!models.length) return [];
  const modelIds = models.map((m) => m.id);
  const orgOf = new Map(models.map((m) => [m.id, m.organizationId]));
  const systems: {
    id: string;
    identifier: string;
    model_id: string;
    version: number;
    specialization: string | null;
    name: LangMap;
    documentation: LangMap;
    properties: PropertyDoc[];
  }[] = await q.query(
    `SELECT id, identifier, model_id, version, specialization, name, documentation, properties
       FROM element
      WHERE model_id = ANY($1::uuid[]) AND type = 'ApplicationComponent' AND deleted_at IS NULL
      ORDER BY sort_name, id${options.lock ? ' FOR UPDATE' : ''}`,
    [modelIds],
  );
  const rels: {
    id: string;
    identifier: string;
    type: string;
    source_element_id: string | null;
    target_element_id: string | null;
    access_type: string | null;
    name: LangMap;
    properties: PropertyDoc[];
    version: number;
  }[] = await q.query(
    `SELECT id, identifier, type, source_element_id, target_element_id, access_type, name, properties, version
       FROM relationship
      WHERE model_id = ANY($1::uuid[]) AND deleted_at IS NULL AND type = ANY($2::text[])
        AND source_element_id IS NOT NULL AND target_element_id IS NOT NULL`,
    [modelIds, RELATIONSHIP_TYPES],
  );
  const elements = new Map<string, ElementLite>();
  for (const s of systems)
    elements.set(s.id, {
      id: s.id,
      identifier: s.identifier,
      type: 'ApplicationComponent',
      name: s.name,
      properties: s.properties,
    });
  const others = new Set<string>();
  for (const r of rels)
    for (const id of [r.source_element_id!, r.target_element_id!])
      if (!elements.has(id)) others.add(id);
  if (others.size) {
    const rows: ElementLite[] = await q.query(
      'SELECT id, identifier, type, name, properties FROM element WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL',
      [[...others]],
    );
    for (const e of rows) elements.set(e.id, e);
  }
  const lites: RelationshipLite[] = rels.map((r) => ({
    id: r.id,
    identifier: r.identifier,
    type: r.type,
    sourceId: r.source_element_id,
    targetId: r.target_element_id,
    accessType: r.access_type,
    name: r.name,
    properties: r.properties,
    version: r.version,
  }));
  const derived = deriveConnections(new Set(systems.map((s) => s.id)), elements, lites);
  const listsCache = new Map<string, ValueLists>();
  const listsFor = (org: string) => {
    let l = listsCache.get(org);
    if (!l) listsCache.set(org, (l = asValueLists(listsByOrg.get(org) ?? [])));
    return l;
  };
  return systems.map((s) => {
    const organizationId = orgOf.get(s.model_id)!;
    const values = portfolioValues(s.properties, listsFor(organizationId));
    const conn = derived.get(s.id)!;
    return {
      elementId: s.id,
      identifier: s.identifier,
      modelId: s.model_id,
      organizationId,
      version: s.version,
      specialization: s.specialization,
      name: s.name,
      documentation: s.documentation,
      properties: s.properties,
      values,
      interfaces: conn.interfaces,
      dataResources: conn.dataResources,
      legalMissing: legalMissing(s.name, s.documentation, values, conn.interfaces),
    };
  });
}

/** Creates the well-known property definitions a model lacks (names in fi/sv/en). */
export async function ensureDefinitions(
  q: Queryable,
  modelId: string,
  attrs: readonly PortfolioAttribute[],
): Promise<void> {
  if (!attrs.length) return;
  const defs = attrs.map((a) => ({
    identifier: a.identifier,
    name: a.label,
    data_type: definitionDataType(a),
  }));
  await q.query(
    `INSERT INTO property_definition (model_id, identifier, name, data_type)
     SELECT $1, d.identifier, d.name, d.data_type FROM jsonb_to_recordset($2::jsonb) AS d(identifier text, name jsonb, data_type text)
     ON CONFLICT (model_id, identifier) DO NOTHING`,
    [modelId, JSON.stringify(defs)],
  );
}
