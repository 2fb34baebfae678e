/** ArchiMate 3.2 layers as Kartasto groups them in pickers and browsers. */
export const LAYERS = [
  'strategy',
  'business',
  'application',
  'technology',
  'physical',
  'motivation',
  'implementation',
  'other',
] as const;
export type Layer = (typeof LAYERS)[number];

export type Aspect =
  | 'active-structure'
  | 'behavior'
  | 'passive-structure'
  | 'motivation'
  | 'composite'
  | 'junction';

/** Every ArchiMate 3.2 element type with its exchange-format name, layer and aspect. */
export const ELEMENT_TYPE_DEFS = [
  // Strategy
  { type: 'Resource', layer: 'strategy', aspect: 'passive-structure' },
  { type: 'Capability', layer: 'strategy', aspect: 'behavior' },
  { type: 'ValueStream', layer: 'strategy', aspect: 'behavior' },
  { type: 'CourseOfAction', layer: 'strategy', aspect: 'behavior' },
  // Business
  { type: 'BusinessActor', layer: 'business', aspect: 'active-structure' },
  { type: 'BusinessRole', layer: 'business', aspect: 'active-structure' },
  { type: 'BusinessCollaboration', layer: 'business', aspect: 'active-structure' },
  { type: 'BusinessInterface', layer: 'business', aspect: 'active-structure' },
  { type: 'BusinessProcess', layer: 'business', aspect: 'behavior' },
  { type: 'BusinessFunction', layer: 'business', aspect: 'behavior' },
  { type: 'BusinessInteraction', layer: 'business', aspect: 'behavior' },
  { type: 'BusinessEvent', layer: 'business', aspect: 'behavior' },
  { type: 'BusinessService', layer: 'business', aspect: 'behavior' },
  { type: 'BusinessObject', layer: 'business', aspect: 'passive-structure' },
  { type: 'Contract', layer: 'business', aspect: 'passive-structure' },
  { type: 'Representation', layer: 'business', aspect: 'passive-structure' },
  { type: 'Product', layer: 'business', aspect: 'composite' },
  // Application
  { type: 'ApplicationComponent', layer: 'application', aspect: 'active-structure' },
  { type: 'ApplicationCollaboration', layer: 'application', aspect: 'active-structure' },
  { type: 'ApplicationInterface', layer: 'application', aspect: 'active-structure' },
  { type: 'ApplicationFunction', layer: 'application', aspect: 'behavior' },
  { type: 'ApplicationInteraction', layer: 'application', aspect: 'behavior' },
  { type: 'ApplicationProcess', layer: 'application', aspect: 'behavior' },
  { type: 'ApplicationEvent', layer: 'application', aspect: 'behavior' },
  { type: 'ApplicationService', layer: 'application', aspect: 'behavior' },
  { type: 'DataObject', layer: 'application', aspect: 'passive-structure' },
  // Technology
  { type: 'Node', layer: 'technology', aspect: 'active-structure' },
  { type: 'Device', layer: 'technology', aspect: 'active-structure' },
  { type: 'SystemSoftware', layer: 'technology', aspect: 'active-structure' },
  { type: 'TechnologyCollaboration', layer: 'technology', aspect: 'active-structure' },
  { type: 'TechnologyInterface', layer: 'technology', aspect: 'active-structure' },
  { type: 'Path', layer: 'technology', aspect: 'active-structure' },
  { type: 'CommunicationNetwork', layer: 'technology', aspect: 'active-structure' },
  { type: 'TechnologyFunction', layer: 'technology', aspect: 'behavior' },
  { type: 'TechnologyProcess', layer: 'technology', aspect: 'behavior' },
  { type: 'TechnologyInteraction', layer: 'technology', aspect: 'behavior' },
  { type: 'TechnologyEvent', layer: 'technology', aspect: 'behavior' },
  { type: 'TechnologyService', layer: 'technology', aspect: 'behavior' },
  { type: 'Artifact', layer: 'technology', aspect: 'passive-structure' },
  // Physical
  { type: 'Equipment', layer: 'physical', aspect: 'active-structure' },
  { type: 'Facility', layer: 'physical', aspect: 'active-structure' },
  { type: 'DistributionNetwork', layer: 'physical', aspect: 'active-structure' },
  { type: 'Material', layer: 'physical', aspect: 'passive-structure' },
  // Motivation
  { type: 'Stakeholder', layer: 'motivation', aspect: 'motivation' },
  { type: 'Driver', layer: 'motivation', aspect: 'motivation' },
  { type: 'Assessment', layer: 'motivation', aspect: 'motivation' },
  { type: 'Goal', layer: 'motivation', aspect: 'motivation' },
  { type: 'Outcome', layer: 'motivation', aspect: 'motivation' },
  { type: 'Principle', layer: 'motivation', aspect: 'motivation' },
  { type: 'Requirement', layer: 'motivation', aspect: 'motivation' },
  { type: 'Constraint', layer: 'motivation', aspect: 'motivation' },
  { type: 'Meaning', layer: 'motivation', aspect: 'motivation' },
  { type: 'Value', layer: 'motivation', aspect: 'motivation' },
  // Implementation & migration
  { type: 'WorkPackage', layer: 'implementation', aspect: 'behavior' },
  { type: 'Deliverable', layer: 'implementation', aspect: 'passive-structure' },
  { type: 'ImplementationEvent', layer: 'implementation', aspect: 'behavior' },
  { type: 'Plateau', layer: 'implementation', aspect: 'composite' },
  { type: 'Gap', layer: 'implementation', aspect: 'passive-structure' },
  // Other
  { type: 'Grouping', layer: 'other', aspect: 'composite' },
  { type: 'Location', layer: 'other', aspect: 'composite' },
  { type: 'AndJunction', layer: 'other', aspect: 'junction' },
  { type: 'OrJunction', layer: 'other', aspect: 'junction' },
] as const satisfies readonly { type: string; layer: Layer; aspect: Aspect }[];

export type ElementType = (typeof ELEMENT_TYPE_DEFS)[number]['type'];
export const ELEMENT_TYPES: readonly ElementType[] = ELEMENT_TYPE_DEFS.map((d) => d.type);

/** The 11 ArchiMate relationship types, exchange-format names (Archi CSV adds "Relationship"). */
export const RELATIONSHIP_TYPES = [
  'Composition',
  'Aggregation',
  'Assignment',
  'Realization',
  'Serving',
  'Access',
  'Influence',
  'Triggering',
  'Flow',
  'Specialization',
  'Association',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const ACCESS_TYPES = ['Access', 'Read', 'Write', 'ReadWrite'] as const;
export type AccessType = (typeof ACCESS_TYPES)[number];

const elementTypeSet: ReadonlySet<string> = new Set(ELEMENT_TYPES);
const relationshipTypeSet: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

export function isElementType(value: string): value is ElementType {
  return elementTypeSet.has(value);
}
export function isRelationshipType(value: string): value is RelationshipType {
  return relationshipTypeSet.has(value);
}

const elementTypeByName = new Map<string, ElementType>(ELEMENT_TYPES.map((t) => [t, t]));
const relationshipTypeByName = new Map<string, RelationshipType>(
  RELATIONSHIP_TYPES.map((t) => [t, t]),
);

/**
 * The element type named `value`, as this module spells it; undefined if none. A reader keeping
 * a type from its input keeps this one: a string cut from a large text may keep that text alive.
 */
export function elementTypeNamed(value: string): ElementType | undefined {
  return elementTypeByName.get(value);
}
/** The relationship type named `value`, as this module spells it (see elementTypeNamed). */
export function relationshipTypeNamed(value: string): RelationshipType | undefined {
  return relationshipTypeByName.get(value);
}
