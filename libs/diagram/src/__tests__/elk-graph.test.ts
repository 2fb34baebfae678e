import { computeView } from '../computed-view';
import { buildEcosystemView } from '../ecosystem-view';
import { ORDER_EDGE_PREFIX, toElkGraph, type ElkNode } from '../elk-graph';
import { KARTASTO_ELK_OPTIONS } from '../elk-options';
import { buildPortfolioView } from '../portfolio-view';
import { buildProcessView } from '../process-view';
import { sampleModel } from './fixture-model';

function ids(node: ElkNode): string[] {
  return (node.children ?? []).flatMap((c) => [c.id, ...ids(c)]);
}

describe('toElkGraph', () => {
  const model = sampleModel();

  it('nests ecosystem bands and chains them in order (snapshot)', () => {
    const graph = toElkGraph(computeView(model, buildEcosystemView(model)));
    expect(graph.layoutOptions!['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    const order = graph.edges!.filter((e) => e.id.startsWith(ORDER_EDGE_PREFIX));
    expect(order).toHaveLength(6);
    expect(order[0].sources[0]).toBe(graph.children![0].id);
    expect(order[0].targets[0]).toBe(graph.children![1].id);
    expect(graph).toMatchSnapshot();
  });

  it('lays process steps out flat with seeds and west/east ports (snapshot)', () => {
    const graph = toElkGraph(computeView(model, buildProcessView(model, { includeSystems: true })));
    expect(graph.layoutOptions!['elk.edgeRouting']).toBe('ORTHOGONAL');
    expect(graph.children!.every((c) => !c.children)).toBe(true);
    const step = graph.children!.find((c) => c.ports);
    expect(step!.ports!.map((p) => p.layoutOptions!['elk.port.side'])).toEqual(['WEST', 'EAST']);
    expect(
      graph.edges!.every((e) => e.sources[0].endsWith(':out') && e.targets[0].endsWith(':in')),
    ).toBe(true);
    expect(graph).toMatchSnapshot();
  });

  it('packs portfolio tiles without edges (snapshot)', () => {
    const view = buildPortfolioView(model, { groupBy: 'capability', colorBy: 'elinkaaren tila' });
    const graph = toElkGraph(computeView(model, view));
    expect(graph.edges).toEqual([]);
    expect(graph.layoutOptions!['elk.algorithm']).toBe('rectpacking');
    expect(graph).toMatchSnapshot();
  });

  it('uses Kartasto options and stored sizes for stored views, skipping nested edges', () => {
    const view = buildEcosystemView(model);
    const computed = computeView(model, { ...view, kind: undefined });
    const graph = toElkGraph(computed);
    expect(graph.layoutOptions).toEqual(KARTASTO_ELK_OPTIONS);
    expect(graph.edges!.some((e) => e.id.startsWith(ORDER_EDGE_PREFIX))).toBe(false);
    const leaf = graph.children![0].children![0].children![0];
    expect([leaf.width, leaf.height]).toEqual([120, 55]);
  });

  it('takes only the selection and its descendants', () => {
    const view = buildEcosystemView(model);
    const band = view.nodes[0];
    const computed = computeView(model, view);
    const graph = toElkGraph(computed, { only: [band.id] });
    const inside = view.nodes.filter((n) => n.parentId === band.id).map((n) => n.id);
    expect(graph.children!.map((c) => c.id)).toEqual([band.id]);
    expect(ids(graph)).toEqual(expect.arrayContaining(inside));
    expect(ids(graph)).not.toContain(view.nodes.find((n) => n.elementId === 'c-kanta')!.id);
  });
});
