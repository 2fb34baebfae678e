import ELK from 'elkjs/lib/elk.bundled.js';
import type { ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { absoluteBounds, applyLayout, sortParentsFirst } from '../apply-layout';
import { computeView } from '../computed-view';
import { buildEcosystemView } from '../ecosystem-view';
import { toElkGraph } from '../elk-graph';
import { layoutView } from '../layout-view';
import { readLayout, runLayout, type LayoutResult } from '../run-layout';
import { el, rel, sampleModel } from './fixture-model';

const elk = new ELK();

/** A stored ArchiMate view of a small chain a→b→c→d with a group holding c and d. */
function chainView(): { model: ReturnType<typeof sampleModel>; view: ViewDoc } {
  const model = sampleModel();
  model.elements.push(
    el('x1', 'ApplicationComponent', 'X1'),
    el('x2', 'ApplicationComponent', 'X2'),
  );
  model.relationships.push(rel('rx', 'Serving', 'x1', 'x2'));
  const n = (
    id: string,
    elementId: string | undefined,
    order: number,
    parentId?: string,
  ): ViewNodeDoc => ({
    id,
    kind: elementId ? ('element' as const) : ('container' as const),
    elementId,
    parentId,
    order,
    label: elementId ? {} : ({ fi: 'Ryhmä' } as Record<string, string>),
    documentation: {},
    bounds: parentId
      ? { x: 10 + order * 130, y: 30, width: 120, height: 55 }
      : {
          x: 500 + order * 10,
          y: 400 + order * 100,
          width: elementId ? 120 : 300,
          height: elementId ? 55 : 120,
        },
    style: {},
    properties: [],
  });
  const c = (
    id: string,
    relationshipId: string,
    sourceId: string,
    targetId: string,
    order: number,
  ) => ({
    id,
    kind: 'relationship' as const,
    relationshipId,
    sourceId,
    targetId,
    bendpoints: [{ x: 1, y: 1 }],
    label: {},
    documentation: {},
    style: {},
    properties: [],
    order,
  });
  const view: ViewDoc = {
    id: 'chain',
    name: {},
    documentation: {},
    properties: [],
    nodes: [
      n('na', 'c-kanta', 0),
      n('nb', 't-bus', 1),
      n('grp', undefined, 2),
      n('nc', 'c-ehr', 0, 'grp'),
      n('nd', 'd-record', 1, 'grp'),
      n('nx1', 'x1', 3),
      n('nx2', 'x2', 4),
    ],
    connections: [
      c('c1', 'r8', 'na', 'nb', 0),
      c('c2', 'r7', 'nb', 'nc', 1),
      c('c3', 'r6', 'nc', 'nd', 2),
      c('c4', 'rx', 'nx1', 'nx2', 3),
    ],
  };
  return { model, view };
}

function overlapping(view: ViewDoc): [string, string][] {
  const nodes = sortParentsFirst(view.nodes);
  const abs = absoluteBounds(nodes);
  const hits: [string, string][] = [];
  for (const a of nodes) {
    for (const b of nodes) {
      if (a.id >= b.id || a.parentId !== b.parentId) continue;
      const p = abs.get(a.id)!;
      const q = abs.get(b.id)!;
      if (
        p.x < q.x + q.width &&
        q.x < p.x + p.width &&
        p.y < q.y + q.height &&
        q.y < p.y + p.height
      ) {
        hits.push([a.id, b.id]);
      }
    }
  }
  return hits;
}

describe('runLayout', () => {
  it('returns absolute bounds and bendpoints, leaving the input graph untouched', async () => {
    const { model, view } = chainView();
    const graph = toElkGraph(computeView(model, view));
    const before = JSON.stringify(graph);
    const result = await runLayout(graph, elk);
    expect(JSON.stringify(graph)).toBe(before);
    const grp = result.nodes.grp;
    const nc = result.nodes.nc;
    // Children lie inside their container in absolute coordinates.
    expect(nc.x).toBeGreaterThanOrEqual(grp.x);
    expect(nc.y + nc.height).toBeLessThanOrEqual(grp.y + grp.height);
    expect(Object.keys(result.edges).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(result.width).toBeGreaterThan(0);
  });

  it('accepts a layout function (as a Web Worker would provide)', async () => {
    const { model, view } = chainView();
    const graph = toElkGraph(computeView(model, view));
    const seen: string[] = [];
    const result = await runLayout(graph, (g) => {
      seen.push(g.id);
      return elk.layout(g);
    });
    expect(seen).toEqual(['root']);
    expect(result.nodes.na).toBeDefined();
  });

  it('reads edge sections into bendpoints, joints included', () => {
    const r = readLayout({
      id: 'root',
      children: [
        { id: 'a', x: 10, y: 20, width: 5, height: 5, children: [{ id: 'b', x: 1, y: 2 }] },
      ],
      edges: [
        {
          id: 'e',
          sources: ['a'],
          targets: ['b'],
          sections: [
            {
              id: 's0',
              startPoint: { x: 0, y: 0 },
              endPoint: { x: 5, y: 5 },
              bendPoints: [{ x: 0, y: 5 }],
            },
            { id: 's1', startPoint: { x: 5, y: 5 }, endPoint: { x: 9, y: 9 } },
          ],
        },
      ],
    });
    expect(r.nodes.b).toEqual({ x: 11, y: 22, width: 0, height: 0 });
    expect(r.edges.e).toEqual([
      { x: 0, y: 5 },
      { x: 5, y: 5 },
    ]);
  });
});

describe('applyLayout', () => {
  it('stores child bounds relative to the parent', async () => {
    const { model, view } = chainView();
    const laid = await layoutView(model, view, { engine: elk });
    const raw = await runLayout(toElkGraph(computeView(model, view)), elk);
    const nc = laid.nodes.find((n) => n.id === 'nc')!;
    const grp = laid.nodes.find((n) => n.id === 'grp')!;
    expect(nc.bounds.x).toBe(raw.nodes.nc.x - raw.nodes.grp.x);
    expect(grp.bounds).toEqual(raw.nodes.grp);
    expect(overlapping(laid)).toEqual([]);
    expect(view.nodes.find((n) => n.id === 'nc')!.bounds.x).toBe(10); // input unchanged
  });

  it('keeps pinned nodes exactly where they were after relayout', async () => {
    const { model, view } = chainView();
    const first = await layoutView(model, view, { engine: elk });
    // The user drags one node far away and pins it, then adds a new node and re-runs layout.
    const pinned = { ...first.nodes.find((n) => n.id === 'nb')!, pinned: true };
    pinned.bounds = { ...pinned.bounds, x: 900, y: 700 };
    const edited: ViewDoc = {
      ...first,
      nodes: [
        ...first.nodes.filter((n) => n.id !== 'nb'),
        pinned,
        {
          ...pinned,
          id: 'new',
          pinned: false,
          elementId: 'cap-info',
          order: 9,
          bounds: { x: 0, y: 0, width: 120, height: 55 },
        },
      ],
    };
    const second = await layoutView(model, edited, { engine: elk });
    expect(second.nodes.find((n) => n.id === 'nb')!.bounds).toEqual({
      x: 900,
      y: 700,
      width: 120,
      height: 55,
    });
    expect(overlapping(second)).toEqual([]);
    const third = await layoutView(model, second, { engine: elk });
    expect(third.nodes.find((n) => n.id === 'nb')!.bounds).toEqual({
      x: 900,
      y: 700,
      width: 120,
      height: 55,
    });
  });

  it('moves only the selected nodes', async () => {
    const { model, view } = chainView();
    const laid = await layoutView(model, view, { engine: elk, only: ['nx1', 'nx2'] });
    for (const id of ['na', 'nb', 'grp', 'nc', 'nd']) {
      expect(laid.nodes.find((n) => n.id === id)!.bounds).toEqual(
        view.nodes.find((n) => n.id === id)!.bounds,
      );
    }
    const x1 = laid.nodes.find((n) => n.id === 'nx1')!.bounds;
    const x2 = laid.nodes.find((n) => n.id === 'nx2')!.bounds;
    expect(x1).not.toEqual(view.nodes.find((n) => n.id === 'nx1')!.bounds);
    expect(overlapping(laid)).toEqual([]);
    expect(x1.y).not.toBe(x2.y); // serving edge laid out downwards
    // Untouched connections keep their bendpoints; moved ones get ELK's route or none.
    expect(laid.connections.find((c) => c.id === 'c3')!.bendpoints).toEqual([{ x: 1, y: 1 }]);
  });

  it('anchors to pinned nodes and pushes moved nodes off the ones that stayed', () => {
    const view: ViewDoc = {
      id: 'v',
      name: {},
      documentation: {},
      properties: [],
      nodes: ['p', 'm'].map((id, order) => ({
        id,
        kind: 'element' as const,
        order,
        label: {},
        documentation: {},
        bounds: { x: 100, y: 100, width: 100, height: 50 },
        style: {},
        properties: [],
        pinned: id === 'p',
      })),
      connections: [],
    };
    const layout: LayoutResult = {
      nodes: {
        p: { x: 0, y: 0, width: 100, height: 50 },
        m: { x: 0, y: 20, width: 100, height: 50 },
      },
      edges: {},
      width: 100,
      height: 70,
    };
    const out = applyLayout(view, layout);
    expect(out.nodes[0].bounds).toEqual({ x: 100, y: 100, width: 100, height: 50 });
    // Shifted by the pinned node's displacement (100, 100), then pushed below it.
    expect(out.nodes[1].bounds).toEqual({ x: 100, y: 170, width: 100, height: 50 });
  });

  it('widens ecosystem bands to one width', async () => {
    const model = sampleModel();
    const view = await layoutView(model, buildEcosystemView(model), { engine: elk });
    const bands = view.nodes.filter((n) => !n.parentId);
    expect(new Set(bands.map((b) => `${b.bounds.x}/${b.bounds.width}`)).size).toBe(1);
    const ys = bands.map((b) => b.bounds.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (let i = 1; i < bands.length; i++) {
      expect(bands[i].bounds.y).toBeGreaterThanOrEqual(
        bands[i - 1].bounds.y + bands[i - 1].bounds.height,
      );
    }
  });
});
