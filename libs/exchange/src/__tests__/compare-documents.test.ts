import { emptyModelDocument, type ModelDocument } from '@kartasto/metamodel';
import { compareDocuments } from '../index';

function base(): ModelDocument {
  return {
    ...emptyModelDocument({ fi: 'Malli' }),
    elements: [
      {
        id: 'e1',
        type: 'Goal',
        name: { fi: 'Tavoite', sv: 'Mål' },
        documentation: {},
        properties: [],
      },
    ],
    relationships: [
      {
        id: 'r1',
        type: 'Access',
        sourceId: 'e1',
        targetId: 'e1',
        name: {},
        documentation: {},
        properties: [],
      },
    ],
  };
}

describe('compareDocuments', () => {
  it('finds no difference between equal documents and ignores list order', () => {
    const a = base();
    const b = base();
    b.elements.reverse();
    expect(compareDocuments(a, b)).toEqual([]);
  });

  it('treats an absent accessType as the default Access', () => {
    const b = base();
    b.relationships[0].accessType = 'Access';
    expect(compareDocuments(base(), b)).toEqual([]);
  });

  it('names the concept and field that differ', () => {
    const b = base();
    b.elements[0].name = { fi: 'Tavoite' };
    b.relationships[0].accessType = 'Write';
    const differences = compareDocuments(base(), b);
    expect(differences).toHaveLength(2);
    expect(differences[0]).toContain('element "e1": name differs');
    expect(differences[1]).toContain('relationship "r1": attributes differs');
  });

  it('reports missing and extra items', () => {
    const b = base();
    b.elements = [{ ...b.elements[0], id: 'e2' }];
    expect(compareDocuments(base(), b)).toEqual([
      'element "e1" is missing from the second document',
      'element "e2" exists only in the second document',
    ]);
  });
});
