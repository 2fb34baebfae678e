import type { ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { computeView } from '../computed-view';
import { sampleModel } from './fixture-model';

function node(id: string, extra: Partial<ViewNodeDoc>): ViewNodeDoc {
  return {
    id,
    kind: 'element',
    order: 0,
    label: {},
    documentation: {},
    bounds: { x: 10, y: 20, width: 120, height: 55 },
    style: {},
    properties: [],
    ...extra,
  };
}

function storedView(): ViewDoc {
  return {
    id: 'v1',
    name: { fi: 'Sovellukset' },
    documentation: {},
    properties: [],
    nodes: [
      node('child', { parentId: 'group', elementId: 'c-booking', order: 0 }),
      node('group', {
        kind: 'container',
        label: { fi: 'Ryhmä' },
        bounds: { x: 100, y: 50, width: 400, height: 300 },
      }),
      node('svc', {
        elementId: 's-clinic',
        order: 1,
        bounds: { x: 600, y: 50, width: 120, height: 55 },
      }),
      node('ghost', { elementId: 'missing', order: 2 }),
    ],
    connections: [
      {
        id: 'c1',
        kind: 'relationship',
        relationshipId: 'r5',
        sourceId: 'child',
        targetId: 'svc',
        bendpoints: [{ x: 300, y: 10 }],
        label: {},
        documentation: {},
        style: {},
        properties: [],
        order: 0,
      },
      {
        id: 'c2',
        kind: 'line',
        sourceId: 'svc',
        targetId: 'c1',
        bendpoints: [],
        label: { fi: 'huom' },
        documentation: {},
        style: {},
        properties: [],
        order: 1,
      },
      {
        id: 'c3',
        kind: 'line',
        sourceId: 'svc',
        targetId: 'nowhere',
        bendpoints: [],
        label: {},
        documentation: {},
        style: {},
        properties: [],
        order: 2,
      },
    ],
  };
}

describe('computeView', () => {
  const computed = computeView(sampleModel(), storedView());

  it('lists parents before children with absolute bounds', () => {
    expect(computed.nodes.map((n) => n.id)).toEqual(['group', 'child', 'svc', 'ghost']);
    const child = computed.nodes.find((n) => n.id === 'child')!;
    expect(child.parentId).toBe('group');
    expect(child.depth).toBe(1);
    expect(child.absolute).toEqual({ x: 110, y: 70, width: 120, height: 55 });
    expect(computed.nodes.find((n) => n.id === 'group')!.children).toEqual(['child']);
  });

  it('resolves element type, layer and name', () => {
    const child = computed.nodes.find((n) => n.id === 'child')!;
    expect(child).toMatchObject({
      elementType: 'ApplicationComponent',
      layer: 'application',
      name: { fi: 'Ajanvaraus' },
    });
    expect(computed.nodes.find((n) => n.id === 'svc')!.layer).toBe('business');
    expect(computed.nodes.find((n) => n.id === 'group')!.name).toEqual({ fi: 'Ryhmä' });
  });

  it('resolves relationship types and flags connections on connections', () => {
    expect(computed.edges.map((e) => e.id)).toEqual(['c1', 'c2']);
    expect(computed.edges[0]).toMatchObject({
      relationshipType: 'Serving',
      attachesToConnection: false,
    });
    expect(computed.edges[1].attachesToConnection).toBe(true);
  });

  it('reports what it could not resolve', () => {
    expect(computed.problems).toEqual([
      'node ghost: element missing not in model',
      'connection c3: end not in view',
    ]);
    expect(computed.kind).toBe('archimate');
  });

  it('carries access, influence and association attributes', () => {
    const m = sampleModel();
    const view = storedView();
    view.nodes = [
      node('a', { elementId: 'c-ehr' }),
      node('b', { elementId: 'd-record', order: 1 }),
      node('g', { elementId: 'g-goal', order: 2 }),
      node('k', { elementId: 'cap-care', order: 3 }),
    ];
    const conn = (id: string, relationshipId: string, s: string, t: string) => ({
      ...view.connections[0],
      id,
      relationshipId,
      sourceId: s,
      targetId: t,
    });
    view.connections = [conn('x1', 'r6', 'a', 'b'), conn('x2', 'r26', 'g', 'k')];
    const c = computeView(m, view);
    expect(c.edges[0]).toMatchObject({ relationshipType: 'Access', accessType: 'Write' });
    expect(c.edges[1]).toMatchObject({ relationshipType: 'Influence', influenceStrength: '++' });
  });
});
