import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import { TRANSFER_METHOD } from './portfolio-attributes';
import { propertyText } from './portfolio-values';

/** What the derivation needs of an element. */
export interface ElementLite {
  id: string;
  identifier: string;
  type: string;
  name: LangMap;
  properties: PropertyDoc[];
}

/** What the derivation needs of a relationship. */
export interface RelationshipLite {
  id: string;
  identifier: string;
  type: string;
  sourceId: string | null;
  targetId: string | null;
  accessType: string | null;
  name: LangMap;
  properties: PropertyDoc[];
  version: number;
}

export interface DerivedInterface {
  relationshipId: string;
  relationshipIdentifier: string;
  relationshipVersion: number;
  relationshipType: string;
  /** 'out' when the system sends, serves or triggers; 'in' when it receives. */
  direction: 'in' | 'out';
  partnerId: string;
  partnerName: LangMap;
  partnerType: string;
  /** The partner is itself one of the portfolio's systems. */
  partnerIsSystem: boolean;
  /** What flows: the relationship's name. */
  name: LangMap;
  transferMethod: string | null;
}

export interface DerivedDataResource {
  relationshipId: string;
  elementId: string;
  name: LangMap;
  type: string;
  accessType: string | null;
}

export interface DerivedConnections {
  interfaces: DerivedInterface[];
  dataResources: DerivedDataResource[];
}

const INTERFACE_RELATIONSHIPS = new Set(['Flow', 'Serving', 'Triggering']);
/** Elements another system can be connected to: application and technology structure and services. */
const PARTNER_TYPES = new Set([
  'ApplicationComponent',
  'ApplicationInterface',
  'ApplicationCollaboration',
  'ApplicationService',
  'Node',
  'Device',
  'SystemSoftware',
  'TechnologyService',
  'TechnologyInterface',
  'TechnologyCollaboration',
]);
const DATA_TYPES = new Set(['DataObject', 'BusinessObject', 'Artifact', 'Representation']);

const transferMethodOf = (props: readonly PropertyDoc[]): string | null => {
  const p = props.find((x) => x.definitionId === TRANSFER_METHOD.identifier);
  const text = p ? propertyText(p.value).trim() : '';
  return text || null;
};

/**
 * Interfaces and data resources of each system, derived from the model's relationships so
 * they are never typed twice. A system's own application interfaces (composed in or assigned
 * to it) count as the system; an interface's transfer method is a property of the
 * flow/serving/triggering relationship, or else of the application interface it goes through.
 */
export function deriveConnections(
  systemIds: ReadonlySet<string>,
  elements: ReadonlyMap<string, ElementLite>,
  relationships: readonly RelationshipLite[],
): Map<string, DerivedConnections> {
  const out = new Map<string, DerivedConnections>();
  for (const id of systemIds) out.set(id, { interfaces: [], dataResources: [] });
  const owner = new Map<string, string>();
  for (const id of systemIds) owner.set(id, id);
  for (const r of relationships) {
    if ((r.type !== 'Composition' && r.type !== 'Assignment') || !r.sourceId || !r.targetId)
      continue;
    if (
      systemIds.has(r.sourceId) &&
      elements.get(r.targetId)?.type === 'ApplicationInterface' &&
      !owner.has(r.targetId)
    )
      owner.set(r.targetId, r.sourceId);
  }
  for (const r of relationships) {
    if (!r.sourceId || !r.targetId) continue;
    const from = owner.get(r.sourceId);
    const to = owner.get(r.targetId);
    if (INTERFACE_RELATIONSHIPS.has(r.type)) {
      const method =
        transferMethodOf(r.properties) ??
        viaInterface(elements.get(r.sourceId)) ??
        viaInterface(elements.get(r.targetId));
      const add = (
        system: string,
        direction: 'in' | 'out',
        partnerEnd: string,
        partnerSystem: string | undefined,
      ) => {
        const partner = elements.get(partnerSystem ?? partnerEnd);
        if (!partner || (!partnerSystem && !PARTNER_TYPES.has(partner.type))) return;
        out.get(system)!.interfaces.push({
          relationshipId: r.id,
          relationshipIdentifier: r.identifier,
          relationshipVersion: r.version,
          relationshipType: r.type,
          direction,
          partnerId: partner.id,
          partnerName: partner.name,
          partnerType: partner.type,
          partnerIsSystem: !!partnerSystem,
          name: r.name,
          transferMethod: method,
        });
      };
      if (from && from !== to) add(from, 'out', r.targetId, to);
      if (to && to !== from) add(to, 'in', r.sourceId, from);
    } else if (r.type === 'Access' && from) {
      const data = elements.get(r.targetId);
      if (data && DATA_TYPES.has(data.type))
        out.get(from)!.dataResources.push({
          relationshipId: r.id,
          elementId: data.id,
          name: data.name,
          type: data.type,
          accessType: r.accessType,
        });
    }
  }
  return out;
}

function viaInterface(el: ElementLite | undefined): string | null {
  return el?.type === 'ApplicationInterface' ? transferMethodOf(el.properties) : null;
}

/** What 906/2019 §5 asks of every information system, as finding codes. */
export type LegalRequirement =
  'NAME' | 'RESPONSIBLE_AUTHORITY' | 'PURPOSE' | 'INTERFACES' | 'TRANSFER_METHODS';

/** The legal-minimum requirements a system does not meet yet. */
export function legalMissing(
  name: LangMap,
  documentation: LangMap,
  values: Readonly<Record<string, string>>,
  interfaces: readonly DerivedInterface[],
): LegalRequirement[] {
  const filled = (m: LangMap) => Object.values(m).some((s) => s.trim().length > 0);
  const missing: LegalRequirement[] = [];
  if (!filled(name)) missing.push('NAME');
  if (!values.owningOrganization) missing.push('RESPONSIBLE_AUTHORITY');
  if (!filled(documentation)) missing.push('PURPOSE');
  if (!interfaces.length) missing.push('INTERFACES');
  else if (interfaces.some((i) => !i.transferMethod)) missing.push('TRANSFER_METHODS');
  return missing;
}
