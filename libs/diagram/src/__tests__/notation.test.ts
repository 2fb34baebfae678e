import { ELEMENT_TYPES, RELATIONSHIP_TYPES } from '@kartasto/metamodel';
import {
  ELEMENT_NOTATION,
  LAYER_FILL,
  RELATIONSHIP_NOTATION,
  elementNotation,
  relationshipNotation,
} from '../notation';

describe('ELEMENT_NOTATION', () => {
  it('covers every ArchiMate element type', () => {
    expect(Object.keys(ELEMENT_NOTATION).sort()).toEqual([...ELEMENT_TYPES].sort());
  });

  it('uses the ArchiMate layer colours', () => {
    expect(ELEMENT_NOTATION.BusinessActor.fill).toBe('#ffffb5');
    expect(ELEMENT_NOTATION.ApplicationComponent.fill).toBe('#b5ffff');
    expect(ELEMENT_NOTATION.Node.fill).toBe('#c9e7b7');
    expect(ELEMENT_NOTATION.Goal.fill).toBe('#ccccff');
    expect(ELEMENT_NOTATION.Capability.fill).toBe('#f5deaa');
    expect(ELEMENT_NOTATION.WorkPackage.fill).toBe('#ffe0e0');
    expect(ELEMENT_NOTATION.Plateau.fill).toBe('#e0ffe0');
    expect(ELEMENT_NOTATION.Location.fill).toBe('#fbb875');
    expect(ELEMENT_NOTATION.Grouping.fill).toBe(LAYER_FILL.other);
  });

  it('draws behaviour rounded, active structure square, motivation with cut corners', () => {
    expect(ELEMENT_NOTATION.BusinessProcess).toMatchObject({ shape: 'rounded', icon: 'process' });
    expect(ELEMENT_NOTATION.ApplicationComponent).toMatchObject({
      shape: 'rect',
      icon: 'component',
    });
    expect(ELEMENT_NOTATION.Principle).toMatchObject({ shape: 'cut-corner', icon: 'principle' });
    expect(ELEMENT_NOTATION.AndJunction.shape).toBe('circle');
  });

  it('falls back for unknown types', () => {
    expect(elementNotation('Nonsense').icon).toBe('unknown');
    expect(elementNotation('DataObject').icon).toBe('object');
  });
});

describe('RELATIONSHIP_NOTATION', () => {
  it('covers every relationship type', () => {
    expect(Object.keys(RELATIONSHIP_NOTATION).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('follows the standard line ends', () => {
    expect(RELATIONSHIP_NOTATION.Composition).toEqual({ sourceMarker: 'diamond-filled' });
    expect(RELATIONSHIP_NOTATION.Aggregation).toEqual({ sourceMarker: 'diamond-hollow' });
    expect(RELATIONSHIP_NOTATION.Assignment).toEqual({
      sourceMarker: 'dot',
      targetMarker: 'arrow-filled',
    });
    expect(RELATIONSHIP_NOTATION.Realization).toMatchObject({ targetMarker: 'triangle-hollow' });
    expect(RELATIONSHIP_NOTATION.Realization.dash).toBeDefined();
    expect(RELATIONSHIP_NOTATION.Specialization).toEqual({ targetMarker: 'triangle-hollow' });
    expect(RELATIONSHIP_NOTATION.Serving).toEqual({ targetMarker: 'arrow-open' });
    expect(RELATIONSHIP_NOTATION.Triggering).toEqual({ targetMarker: 'arrow-filled' });
    expect(RELATIONSHIP_NOTATION.Flow.targetMarker).toBe('arrow-filled');
    expect(RELATIONSHIP_NOTATION.Flow.dash).toBeDefined();
    expect(RELATIONSHIP_NOTATION.Association).toEqual({});
  });
});

describe('relationshipNotation', () => {
  it('points read access at the reader and write access at the object', () => {
    expect(relationshipNotation('Access', { accessType: 'Read' })).toMatchObject({
      sourceMarker: 'arrow-open',
      targetMarker: undefined,
    });
    expect(relationshipNotation('Access', { accessType: 'Write' })).toMatchObject({
      sourceMarker: undefined,
      targetMarker: 'arrow-open',
    });
    expect(relationshipNotation('Access', { accessType: 'ReadWrite' })).toMatchObject({
      sourceMarker: 'arrow-open',
      targetMarker: 'arrow-open',
    });
    const plain = relationshipNotation('Access', { accessType: 'Access' });
    expect(plain.sourceMarker).toBeUndefined();
    expect(plain.targetMarker).toBeUndefined();
    expect(plain.dash).toBeDefined();
  });

  it('adds a half arrow to directed associations and strength to influence', () => {
    expect(relationshipNotation('Association', { isDirected: true }).targetMarker).toBe(
      'half-arrow-open',
    );
    expect(relationshipNotation('Association', {}).targetMarker).toBeUndefined();
    expect(relationshipNotation('Influence', { influenceStrength: '++' })).toMatchObject({
      decoration: '++',
      targetMarker: 'arrow-open',
    });
  });
});
