import {
  ELEMENT_TYPES,
  RELATIONSHIP_TYPES,
  elementTypeNamed,
  isElementType,
  isRelationshipType,
  relationshipTypeNamed,
} from '../concepts';

describe('type names', () => {
  it('names every element and relationship type, and nothing else', () => {
    for (const t of ELEMENT_TYPES) expect(elementTypeNamed(t.slice(0))).toBe(t);
    for (const t of RELATIONSHIP_TYPES) expect(relationshipTypeNamed(t.slice(0))).toBe(t);
    for (const wrong of ['', 'businessActor', 'Business Actor', 'Serving ', 'Composition', 'Node2'])
      expect(elementTypeNamed(wrong)).toBeUndefined();
    for (const wrong of ['', 'serving', 'BusinessActor', 'Used', 'Association '])
      expect(relationshipTypeNamed(wrong)).toBeUndefined();
  });

  it('agrees with the type checks', () => {
    for (const t of [...ELEMENT_TYPES, ...RELATIONSHIP_TYPES, 'Junction', 'Other']) {
      expect(elementTypeNamed(t) !== undefined).toBe(isElementType(t));
      expect(relationshipTypeNamed(t) !== undefined).toBe(isRelationshipType(t));
    }
  });
});
