import type { ViewDoc } from '@kartasto/metamodel';
import { buildEcosystemView } from '../ecosystem-view';
import {
  FLOW_EDGE_TYPE,
  absolutePosition,
  fromReactFlowChanges,
  fromReactFlowPosition,
  toReactFlow,
} from '../react-flow';
import { sampleModel } from './fixture-model';

function placed(): ViewDoc {
  const model = sampleModel();
  const view = buildEcosystemView(model, {
    elementIds: ['a-county', 'c-booking', 's-clinic', 'c-ehr', 'd-record'],
    includeEmptyBands: false,
  });
  // Give every node a distinct place so relative positions are visible.
  view.nodes.forEach(
    (n, i) => (n.bounds = { x: 10 * (i + 1), y: 5 * (i + 1), width: 100 + i, height: 50 }),
  );
  return view;
}

describe('toReactFlow', () => {
  const model = sampleModel();
  const view = placed();
  const flow = toReactFlow(view, model);

  it('lists parents before children with relative positions', () => {
    const seen = new Set<string>();
    for (const n of flow.nodes) {
      if (n.parentId) {
        expect(seen.has(n.parentId)).toBe(true);
        expect(n.extent).toBe('parent');
      }
      seen.add(n.id);
    }
    const booking = flow.nodes.find((n) => n.data.elementId === 'c-booking')!;
    const stored = view.nodes.find((n) => n.elementId === 'c-booking')!;
    expect(booking.position).toEqual({ x: stored.bounds.x, y: stored.bounds.y });
    expect([booking.width, booking.height]).toEqual([stored.bounds.width, stored.bounds.height]);
  });

  it('carries element type, layer, name and notation', () => {
    const booking = flow.nodes.find((n) => n.data.elementId === 'c-booking')!;
    expect(booking.type).toBe('archimate-element');
    expect(booking.data).toMatchObject({
      elementType: 'ApplicationComponent',
      layer: 'application',
      name: { fi: 'Ajanvaraus' },
      fill: '#b5ffff',
      pinned: false,
    });
    expect(booking.data.notation!.icon).toBe('component');
    const band = flow.nodes.find((n) => !n.parentId)!;
    expect(band.type).toBe('archimate-container');
    expect(band.data.fill).not.toBe('#ffffff'); // the band's own style wins
    expect(flow.nodes.find((n) => n.data.elementId === 'a-county')!.data.hasChildren).toBe(true);
  });

  it('carries relationship attributes on edges', () => {
    const access = flow.edges.find((e) => e.data.relationshipId === 'r6')!;
    expect(access.type).toBe(FLOW_EDGE_TYPE);
    expect(access.data).toMatchObject({
      relationshipType: 'Access',
      accessType: 'Write',
      bendpoints: [],
    });
    expect(access.data.notation.targetMarker).toBe('arrow-open');
    const serving = flow.edges.find((e) => e.data.relationshipId === 'r5')!;
    expect(serving.source).toBe(view.nodes.find((n) => n.elementId === 'c-booking')!.id);
  });
});

describe('fromReactFlowChanges', () => {
  it('stores moves relative to the parent and keeps the canvas place on re-parenting', () => {
    const view = placed();
    const booking = view.nodes.find((n) => n.elementId === 'c-booking')!;
    const before = absolutePosition(view, booking.id)!;
    const moved = fromReactFlowChanges(view, [
      { id: booking.id, position: { x: 42, y: 7 }, width: 130 },
    ]);
    expect(moved.nodes.find((n) => n.id === booking.id)!.bounds).toMatchObject({
      x: 42,
      y: 7,
      width: 130,
    });
    const lifted = fromReactFlowChanges(view, [{ id: booking.id, parentId: null }]);
    const node = lifted.nodes.find((n) => n.id === booking.id)!;
    expect(node.parentId).toBeUndefined();
    expect({ x: node.bounds.x, y: node.bounds.y }).toEqual(before);
    expect(view.nodes.find((n) => n.id === booking.id)!.parentId).toBeDefined(); // input unchanged
  });

  it('converts absolute points into a parent frame', () => {
    const view = placed();
    const band = view.nodes[0];
    expect(fromReactFlowPosition(view, { x: 100, y: 100 }, band.id)).toEqual({
      x: 100 - band.bounds.x,
      y: 100 - band.bounds.y,
    });
    expect(fromReactFlowPosition(view, { x: 3, y: 4 })).toEqual({ x: 3, y: 4 });
  });
});
