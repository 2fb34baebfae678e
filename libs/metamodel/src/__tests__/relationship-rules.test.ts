import { ELEMENT_TYPES, RELATIONSHIP_TYPES, RelationshipType } from '../concepts';
import {
  JUNCTION_TYPES,
  RELATIONSHIP_CONCEPT,
  allowedRelationships,
  allowedSourceTypes,
  allowedTargetTypes,
  isJunctionType,
  isRelationshipAllowed,
  tableConceptOf,
} from '../relationship-rules';

const nonJunctionTypes = ELEMENT_TYPES.filter((t) => !isJunctionType(t));

describe('hand-checked pairs of the ArchiMate 3.2 relationship table', () => {
  // [relationship, source, target, allowed], each checked against the standard by hand.
  const cases: [RelationshipType, string, string, boolean][] = [
    ['Serving', 'ApplicationComponent', 'BusinessProcess', true],
    ['Realization', 'ApplicationComponent', 'ApplicationService', true],
    ['Assignment', 'ApplicationComponent', 'ApplicationService', true],
    ['Realization', 'ApplicationService', 'ApplicationComponent', false],
    ['Serving', 'ApplicationService', 'ApplicationComponent', true],
    ['Assignment', 'BusinessActor', 'BusinessRole', true],
    ['Assignment', 'BusinessRole', 'BusinessActor', false],
    ['Access', 'BusinessActor', 'DataObject', true],
    ['Access', 'BusinessActor', 'BusinessObject', true],
    ['Access', 'DataObject', 'BusinessActor', false],
    ['Assignment', 'Node', 'Artifact', true],
    ['Realization', 'Artifact', 'ApplicationComponent', true],
    ['Realization', 'DataObject', 'BusinessObject', true],
    ['Realization', 'BusinessObject', 'DataObject', false],
    ['Composition', 'DataObject', 'DataObject', true],
    ['Influence', 'Driver', 'Goal', true],
    ['Influence', 'Stakeholder', 'Driver', true],
    ['Realization', 'ApplicationComponent', 'Requirement', true],
    ['Influence', 'ApplicationComponent', 'Requirement', true],
    ['Realization', 'Requirement', 'ApplicationComponent', false],
    ['Realization', 'WorkPackage', 'Deliverable', true],
    ['Realization', 'Deliverable', 'ApplicationComponent', true],
    ['Realization', 'ApplicationComponent', 'Capability', true],
    ['Serving', 'Capability', 'ValueStream', true],
    ['Triggering', 'BusinessProcess', 'BusinessEvent', true],
    ['Triggering', 'BusinessEvent', 'BusinessProcess', true],
    ['Aggregation', 'Location', 'BusinessActor', true],
    ['Serving', 'CommunicationNetwork', 'Node', true],
    ['Specialization', 'Contract', 'BusinessObject', true],
    ['Specialization', 'Constraint', 'Requirement', true],
    ['Specialization', 'ApplicationComponent', 'DataObject', false],
    ['Specialization', 'BusinessActor', 'BusinessRole', false],
  ];
  it.each(cases)('%s from %s to %s allowed: %s', (type, source, target, allowed) => {
    expect(isRelationshipAllowed(type, source, target)).toBe(allowed);
    expect(allowedRelationships(source, target).includes(type)).toBe(allowed);
  });

  it('lists a pair in the standard order of relationship types', () => {
    expect(allowedRelationships('ApplicationComponent', 'BusinessProcess')).toEqual([
      'Realization',
      'Serving',
      'Triggering',
      'Flow',
      'Association',
    ]);
  });
});

describe('rules of the standard that hold across the table', () => {
  it('never lets a data object be assigned to an element', () => {
    for (const target of nonJunctionTypes) {
      expect(isRelationshipAllowed('Assignment', 'DataObject', target)).toBe(false);
    }
  });

  it('allows specialization between two elements of the same type', () => {
    for (const type of ELEMENT_TYPES) {
      expect(isRelationshipAllowed('Specialization', type, type)).toBe(true);
    }
  });

  it('allows specialization between different types only for Grouping, junctions and the standard subtypes', () => {
    const subtypes = new Set(['Contract>BusinessObject', 'BusinessObject>Contract']);
    subtypes.add('Constraint>Requirement').add('Requirement>Constraint');
    for (const source of ELEMENT_TYPES) {
      for (const target of ELEMENT_TYPES) {
        if (source === target || !isRelationshipAllowed('Specialization', source, target)) continue;
        const explained =
          source === 'Grouping' ||
          target === 'Grouping' ||
          isJunctionType(target) ||
          subtypes.has(`${source}>${target}`);
        expect({ source, target, explained }).toEqual({ source, target, explained: true });
      }
    }
  });

  it('always allows association between two elements', () => {
    for (const source of ELEMENT_TYPES) {
      for (const target of ELEMENT_TYPES) {
        expect(isRelationshipAllowed('Association', source, target)).toBe(true);
      }
    }
  });

  it('allows association between a relationship and an element, both ways', () => {
    for (const type of nonJunctionTypes) {
      expect(isRelationshipAllowed('Association', RELATIONSHIP_CONCEPT, type)).toBe(true);
      expect(isRelationshipAllowed('Association', type, RELATIONSHIP_CONCEPT)).toBe(true);
    }
  });

  it('lets only groupings, plateaus and locations aggregate or compose relationships', () => {
    const containers = ELEMENT_TYPES.filter((t) =>
      isRelationshipAllowed('Aggregation', t, RELATIONSHIP_CONCEPT),
    );
    expect([...containers].sort()).toEqual(['Grouping', 'Location', 'Plateau']);
    for (const type of containers) {
      expect(isRelationshipAllowed('Composition', type, RELATIONSHIP_CONCEPT)).toBe(true);
    }
    expect(isRelationshipAllowed('Aggregation', 'ApplicationComponent', 'Relationship')).toBe(
      false,
    );
  });

  it('lets a relationship be the source of nothing but an association', () => {
    for (const type of ELEMENT_TYPES) {
      expect(
        allowedRelationships(RELATIONSHIP_CONCEPT, type).every((t) => t === 'Association'),
      ).toBe(true);
    }
  });

  it('reaches only passive structure, groupings and junctions with access', () => {
    const accessed = ELEMENT_TYPES.filter((target) =>
      ELEMENT_TYPES.some((source) => isRelationshipAllowed('Access', source, target)),
    );
    expect([...accessed].sort()).toEqual(
      [
        'AndJunction',
        'Artifact',
        'BusinessObject',
        'Contract',
        'DataObject',
        'Deliverable',
        'Grouping',
        'Material',
        'OrJunction',
        'Representation',
      ].sort(),
    );
  });
});

describe('junctions', () => {
  it('treats AndJunction and OrJunction alike, as the standard Junction', () => {
    const ends = [...ELEMENT_TYPES, RELATIONSHIP_CONCEPT];
    for (const other of ends) {
      expect(allowedRelationships('AndJunction', other)).toEqual(
        allowedRelationships('OrJunction', other),
      );
      expect(allowedRelationships(other, 'AndJunction')).toEqual(
        allowedRelationships(other, 'OrJunction'),
      );
      expect(allowedRelationships('Junction', other)).toEqual(
        allowedRelationships('AndJunction', other),
      );
    }
    expect(tableConceptOf('AndJunction')).toBe('Junction');
    expect(tableConceptOf('OrJunction')).toBe('Junction');
  });

  it('accepts every relationship type into a junction and between junctions', () => {
    expect(allowedRelationships('BusinessProcess', 'AndJunction')).toEqual(RELATIONSHIP_TYPES);
    expect(allowedRelationships('OrJunction', 'AndJunction')).toEqual(RELATIONSHIP_TYPES);
  });

  it('carries triggering and flow on to behaviour but never access to an actor', () => {
    expect(isRelationshipAllowed('Triggering', 'AndJunction', 'BusinessProcess')).toBe(true);
    expect(isRelationshipAllowed('Flow', 'OrJunction', 'ApplicationFunction')).toBe(true);
    expect(isRelationshipAllowed('Access', 'AndJunction', 'BusinessActor')).toBe(false);
    expect(isRelationshipAllowed('Access', 'AndJunction', 'DataObject')).toBe(true);
  });

  it('does not connect a junction with a relationship', () => {
    for (const junction of JUNCTION_TYPES) {
      expect(allowedRelationships(junction, RELATIONSHIP_CONCEPT)).toEqual([]);
      expect(allowedRelationships(RELATIONSHIP_CONCEPT, junction)).toEqual([]);
    }
  });
});

describe('lookup behaviour', () => {
  it('allows nothing for unknown types or an unknown relationship type', () => {
    expect(allowedRelationships('Nonsense', 'DataObject')).toEqual([]);
    expect(allowedRelationships('DataObject', 'Nonsense')).toEqual([]);
    expect(isRelationshipAllowed('Serving', 'Nonsense', 'BusinessProcess')).toBe(false);
    expect(isRelationshipAllowed('Serves', 'ApplicationComponent', 'BusinessProcess')).toBe(false);
    expect(
      isRelationshipAllowed('ServingRelationship', 'ApplicationService', 'BusinessProcess'),
    ).toBe(false);
    expect(tableConceptOf('Nonsense')).toBeUndefined();
  });

  it('reads a relationship type name at an end as a relationship', () => {
    expect(tableConceptOf('Serving')).toBe(RELATIONSHIP_CONCEPT);
    expect(allowedRelationships('Grouping', 'Serving')).toEqual(
      allowedRelationships('Grouping', RELATIONSHIP_CONCEPT),
    );
  });

  it('hands out frozen arrays so one caller cannot change the rules for the next', () => {
    const list = allowedRelationships('ApplicationComponent', 'BusinessProcess');
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(allowedRelationships('x', 'y'))).toBe(true);
  });

  it('lists the element types a relationship may reach or come from', () => {
    const targets = allowedTargetTypes('Assignment', 'Node');
    expect(targets).toContain('Artifact');
    expect(targets).toContain('TechnologyFunction');
    expect(targets).not.toContain('DataObject');
    expect(targets.every((t) => isRelationshipAllowed('Assignment', 'Node', t))).toBe(true);
    const sources = allowedSourceTypes('Realization', 'ApplicationService');
    expect(sources).toContain('ApplicationComponent');
    expect(sources).not.toContain('BusinessActor');
  });
});
