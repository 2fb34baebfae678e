import type { AccessType, ElementType, Layer, RelationshipType } from '@kartasto/metamodel';

/**
 * ArchiMate 3.2 notation as data, so the web renderer and the SVG export draw the same thing.
 * Shapes follow the standard's box forms: active structure square corners, behaviour rounded,
 * motivation cut corners, junctions circles.
 */
export type NodeShape =
  | 'rect'
  | 'rounded'
  | 'cut-corner'
  | 'ellipse'
  | 'circle'
  | 'folded'
  | 'object'
  | 'event'
  | 'box-3d'
  | 'tab'
  | 'parallelogram';

export interface ElementNotation {
  shape: NodeShape;
  /** Icon id drawn in the top-right corner (or centred when the node is small). */
  icon: string;
  /** Default fill, hex. */
  fill: string;
}

export const LAYER_FILL: Record<Layer, string> = {
  strategy: '#f5deaa',
  business: '#ffffb5',
  application: '#b5ffff',
  technology: '#c9e7b7',
  physical: '#c9e7b7',
  motivation: '#ccccff',
  implementation: '#ffe0e0',
  other: '#ffffff',
};

const IMPLEMENTATION_PLATEAU_FILL = '#e0ffe0';
const LOCATION_FILL = '#fbb875';

const n = (shape: NodeShape, icon: string, fill: string): ElementNotation => ({
  shape,
  icon,
  fill,
});
const S = LAYER_FILL.strategy;
const B = LAYER_FILL.business;
const A = LAYER_FILL.application;
const T = LAYER_FILL.technology;
const P = LAYER_FILL.physical;
const M = LAYER_FILL.motivation;
const I = LAYER_FILL.implementation;
const O = LAYER_FILL.other;

export const ELEMENT_NOTATION: Record<ElementType, ElementNotation> = {
  Resource: n('rect', 'resource', S),
  Capability: n('rounded', 'capability', S),
  ValueStream: n('rounded', 'value-stream', S),
  CourseOfAction: n('rounded', 'course-of-action', S),

  BusinessActor: n('rect', 'actor', B),
  BusinessRole: n('rect', 'role', B),
  BusinessCollaboration: n('rect', 'collaboration', B),
  BusinessInterface: n('rect', 'interface', B),
  BusinessProcess: n('rounded', 'process', B),
  BusinessFunction: n('rounded', 'function', B),
  BusinessInteraction: n('rounded', 'interaction', B),
  BusinessEvent: n('rounded', 'event', B),
  BusinessService: n('rounded', 'service', B),
  BusinessObject: n('object', 'object', B),
  Contract: n('object', 'contract', B),
  Representation: n('rect', 'representation', B),
  Product: n('object', 'product', B),

  ApplicationComponent: n('rect', 'component', A),
  ApplicationCollaboration: n('rect', 'collaboration', A),
  ApplicationInterface: n('rect', 'interface', A),
  ApplicationFunction: n('rounded', 'function', A),
  ApplicationInteraction: n('rounded', 'interaction', A),
  ApplicationProcess: n('rounded', 'process', A),
  ApplicationEvent: n('rounded', 'event', A),
  ApplicationService: n('rounded', 'service', A),
  DataObject: n('object', 'object', A),

  Node: n('box-3d', 'node', T),
  Device: n('rect', 'device', T),
  SystemSoftware: n('rect', 'system-software', T),
  TechnologyCollaboration: n('rect', 'collaboration', T),
  TechnologyInterface: n('rect', 'interface', T),
  Path: n('rect', 'path', T),
  CommunicationNetwork: n('rect', 'network', T),
  TechnologyFunction: n('rounded', 'function', T),
  TechnologyProcess: n('rounded', 'process', T),
  TechnologyInteraction: n('rounded', 'interaction', T),
  TechnologyEvent: n('rounded', 'event', T),
  TechnologyService: n('rounded', 'service', T),
  Artifact: n('folded', 'artifact', T),

  Equipment: n('box-3d', 'equipment', P),
  Facility: n('box-3d', 'facility', P),
  DistributionNetwork: n('rect', 'distribution-network', P),
  Material: n('rect', 'material', P),

  Stakeholder: n('cut-corner', 'stakeholder', M),
  Driver: n('cut-corner', 'driver', M),
  Assessment: n('cut-corner', 'assessment', M),
  Goal: n('cut-corner', 'goal', M),
  Outcome: n('cut-corner', 'outcome', M),
  Principle: n('cut-corner', 'principle', M),
  Requirement: n('parallelogram', 'requirement', M),
  Constraint: n('parallelogram', 'constraint', M),
  Meaning: n('cut-corner', 'meaning', M),
  Value: n('ellipse', 'value', M),

  WorkPackage: n('rounded', 'work-package', I),
  Deliverable: n('folded', 'deliverable', I),
  ImplementationEvent: n('rounded', 'event', I),
  Plateau: n('box-3d', 'plateau', IMPLEMENTATION_PLATEAU_FILL),
  Gap: n('ellipse', 'gap', I),

  Grouping: n('tab', 'grouping', O),
  Location: n('rect', 'location', LOCATION_FILL),
  AndJunction: n('circle', 'junction', '#000000'),
  OrJunction: n('circle', 'junction', '#ffffff'),
};

/** Fallback for types the model has but the table lacks (e.g. a future ArchiMate version). */
export const UNKNOWN_ELEMENT_NOTATION: ElementNotation = n('rect', 'unknown', O);

export function elementNotation(type: string | undefined): ElementNotation {
  return (type && ELEMENT_NOTATION[type as ElementType]) || UNKNOWN_ELEMENT_NOTATION;
}

export type SourceMarker = 'diamond-filled' | 'diamond-hollow' | 'dot' | 'arrow-open';
export type TargetMarker = 'arrow-open' | 'arrow-filled' | 'triangle-hollow' | 'half-arrow-open';

export interface RelationshipNotation {
  /** SVG stroke-dasharray; absent for solid lines. */
  dash?: string;
  sourceMarker?: SourceMarker;
  targetMarker?: TargetMarker;
}

const DASHED = '6 4';
const DOTTED = '2 3';

export const RELATIONSHIP_NOTATION: Record<RelationshipType, RelationshipNotation> = {
  Composition: { sourceMarker: 'diamond-filled' },
  Aggregation: { sourceMarker: 'diamond-hollow' },
  Assignment: { sourceMarker: 'dot', targetMarker: 'arrow-filled' },
  Realization: { dash: DOTTED, targetMarker: 'triangle-hollow' },
  Serving: { targetMarker: 'arrow-open' },
  // Default access without a direction: a dotted line with a small arrowhead at the object.
  Access: { dash: DOTTED, targetMarker: 'arrow-open' },
  Influence: { dash: DASHED, targetMarker: 'arrow-open' },
  Triggering: { targetMarker: 'arrow-filled' },
  Flow: { dash: DASHED, targetMarker: 'arrow-filled' },
  Specialization: { targetMarker: 'triangle-hollow' },
  Association: {},
};

export interface ResolvedRelationshipNotation extends RelationshipNotation {
  /** Text drawn on the line beyond the name, e.g. the influence strength. */
  decoration?: string;
}

/**
 * Notation of one relationship with its attributes applied. Access is drawn from the
 * behaviour (source) to the object (target); the arrowhead shows where the data goes:
 * read points back at the reader (source end), write at the object (target end), read-write
 * both, plain access none.
 */
export function relationshipNotation(
  type: string | undefined,
  attrs: { accessType?: AccessType; isDirected?: boolean; influenceStrength?: string } = {},
): ResolvedRelationshipNotation {
  const base = (type && RELATIONSHIP_NOTATION[type as RelationshipType]) || {};
  if (type === 'Access') {
    // The exchange format's default for an access relationship without the attribute is Write.
    const access = attrs.accessType ?? 'Write';
    return {
      dash: DOTTED,
      sourceMarker: access === 'Read' || access === 'ReadWrite' ? 'arrow-open' : undefined,
      targetMarker: access === 'Write' || access === 'ReadWrite' ? 'arrow-open' : undefined,
    };
  }
  if (type === 'Association') {
    return attrs.isDirected ? { targetMarker: 'half-arrow-open' } : {};
  }
  if (type === 'Influence' && attrs.influenceStrength) {
    return { ...base, decoration: attrs.influenceStrength };
  }
  return { ...base };
}
