import ELK from 'elkjs/lib/elk.bundled.js';
import type { ViewDoc } from '@kartasto/metamodel';
import {
  ECOSYSTEM_LAYER_PROPERTY,
  actorOf,
  buildEcosystemView,
  ecosystemBandOf,
  generateEcosystemView,
} from '../ecosystem-view';
import { ModelIndex } from '../model-index';
import {
  NO_VALUE_COLOR,
  buildPortfolioView,
  generatePortfolioView,
  portfolioLegend,
} from '../portfolio-view';
import { buildProcessView, generateProcessView } from '../process-view';
import { rgbaToHex } from '../view-builder';
import { sampleModel } from './fixture-model';

const elk = new ELK();
const model = sampleModel();
const index = new ModelIndex(model);

const nodeOf = (view: ViewDoc, elementId: string) =>
  view.nodes.find((n) => n.elementId === elementId)!;
const parentOf = (view: ViewDoc, id: string) =>
  view.nodes.find((n) => n.id === view.nodes.find((x) => x.id === id)!.parentId);

describe('ecosystem view', () => {
  it('reads the band from the ekosysteemikerros property, else from the type', () => {
    expect(ECOSYSTEM_LAYER_PROPERTY).toBe('ekosysteemikerros');
    expect(ecosystemBandOf(index, index.elements.get('c-booking')!)).toBe('service-public');
    expect(ecosystemBandOf(index, index.elements.get('c-kanta')!)).toBe('core');
    expect(ecosystemBandOf(index, index.elements.get('t-bus')!)).toBe('service-bus');
    expect(ecosystemBandOf(index, index.elements.get('d-record')!)).toBe('data');
    expect(ecosystemBandOf(index, index.elements.get('g-goal')!)).toBeUndefined();
  });

  it('finds the actor that owns or serves an element', () => {
    expect(actorOf(index, 'c-booking')).toBe('a-county');
    expect(actorOf(index, 's-home')).toBe('a-private');
    expect(actorOf(index, 'c-kanta')).toBeUndefined();
  });

  it('stacks seven bands with actor groups inside', () => {
    const view = buildEcosystemView(model, { id: 'eco' });
    expect(view.kind).toBe('ecosystem');
    const bands = view.nodes.filter((n) => !n.parentId);
    expect(bands.map((b) => b.label.fi)).toEqual([
      'Julkiset palvelut',
      'Yksityiset palvelut',
      'Kolmannen sektorin palvelut',
      'Asiakkaan omadatapalvelut',
      'Tieto- ja datakerros',
      'Kansallinen palveluväylä (KaPA)',
      'Tieto- ja järjestelmäydin',
    ]);
    expect(bands.every((b) => b.kind === 'container')).toBe(true);
    // Ajanvaraus sits in the county's group in the public band.
    const booking = nodeOf(view, 'c-booking');
    const group = parentOf(view, booking.id)!;
    expect(group.elementId).toBe('a-county');
    expect(group.parentId).toBe(bands[0].id);
    expect(parentOf(view, nodeOf(view, 'c-ehr').id)!.id).toBe(bands[4].id);
    expect(view.nodes.some((n) => n.elementId === 'g-goal' || n.elementId === 'p-book')).toBe(
      false,
    );
  });

  it('draws relationships across bands but not the ones nesting shows', () => {
    const view = buildEcosystemView(model);
    const rels = view.connections.map((c) => c.relationshipId);
    expect(rels).toEqual(expect.arrayContaining(['r7', 'r8', 'r6', 'r5']));
    expect(rels).not.toContain('r4'); // county composes booking: shown by nesting
    expect(rels).not.toContain('r1');
  });

  it('drops empty bands on request', () => {
    const view = buildEcosystemView(model, {
      elementIds: ['c-kanta', 't-bus'],
      includeEmptyBands: false,
    });
    expect(view.nodes.filter((n) => !n.parentId)).toHaveLength(2);
  });

  it('lays out bands top to bottom, each holding its content', async () => {
    const view = await generateEcosystemView(model, { engine: elk });
    const bands = view.nodes.filter((n) => !n.parentId);
    for (const band of bands) {
      for (const child of view.nodes.filter((n) => n.parentId === band.id)) {
        expect(child.bounds.x).toBeGreaterThanOrEqual(0);
        expect(child.bounds.y + child.bounds.height).toBeLessThanOrEqual(band.bounds.height);
        expect(child.bounds.x + child.bounds.width).toBeLessThanOrEqual(band.bounds.width);
      }
    }
  });
});

describe('process view', () => {
  it('puts steps in lanes by assigned actor or role, ordered by flow', () => {
    const view = buildProcessView(model, { id: 'proc' });
    const lanes = view.nodes.filter((n) => !n.parentId);
    expect(lanes.map((l) => l.elementId ?? l.label.fi)).toEqual([
      'a-client',
      'r-nurse',
      'Muut vaiheet',
    ]);
    const x = (id: string) => nodeOf(view, id).bounds.x;
    expect(x('p-need')).toBeLessThan(x('p-book'));
    expect(x('p-book')).toBeLessThan(x('p-assess'));
    expect(x('p-record')).toBeLessThan(x('p-follow'));
    expect(parentOf(view, nodeOf(view, 'p-assess').id)!.elementId).toBe('r-nurse');
    expect(view.connections.map((c) => c.relationshipId)).not.toContain('r21');
  });

  it('restricts to the steps of one process and lanes by role only', () => {
    const m = sampleModel();
    m.elements.push({
      id: 'p-main',
      type: 'BusinessProcess',
      name: { fi: 'Hoitopolku' },
      documentation: {},
      properties: [],
    });
    for (const s of ['p-assess', 'p-visit']) {
      m.relationships.push({
        id: `comp-${s}`,
        type: 'Composition',
        sourceId: 'p-main',
        targetId: s,
        name: {},
        documentation: {},
        properties: [],
      });
    }
    const view = buildProcessView(m, { processId: 'p-main', laneBy: 'role' });
    expect(view.nodes.filter((n) => n.parentId).map((n) => n.elementId)).toEqual([
      'p-assess',
      'p-visit',
    ]);
    expect(view.nodes.filter((n) => !n.parentId).map((n) => n.elementId)).toEqual(['r-nurse']);
  });

  it('adds the systems band below and routes flows orthogonally', async () => {
    const view = await generateProcessView(model, { engine: elk, includeSystems: true });
    const lanes = view.nodes.filter((n) => !n.parentId);
    expect(lanes.at(-1)!.label.fi).toBe('Tietojärjestelmät');
    expect(
      view.nodes.filter((n) => n.parentId === lanes.at(-1)!.id).map((n) => n.elementId),
    ).toEqual(['c-booking', 'c-ehr']);
    // Lanes are stacked, same width, touching.
    for (let i = 1; i < lanes.length; i++) {
      expect(lanes[i].bounds.y).toBe(lanes[i - 1].bounds.y + lanes[i - 1].bounds.height);
      expect(lanes[i].bounds.width).toBe(lanes[0].bounds.width);
    }
    // Every routed segment is horizontal or vertical.
    for (const c of view.connections) {
      const pts = c.bendpoints;
      for (let i = 1; i < pts.length; i++) {
        expect(pts[i].x === pts[i - 1].x || pts[i].y === pts[i - 1].y).toBe(true);
      }
    }
    const abs = (id: string) => {
      const n = nodeOf(view, id);
      const lane = parentOf(view, n.id)!;
      return n.bounds.x + lane.bounds.x;
    };
    expect(abs('p-need')).toBeLessThan(abs('p-book'));
    expect(abs('p-visit')).toBeLessThan(abs('p-record'));
  });
});

describe('portfolio view', () => {
  it('groups systems by capability and colours them by lifecycle with a legend', () => {
    const view = buildPortfolioView(model, { groupBy: 'capability', colorBy: 'Elinkaaren tila' });
    const groups = view.nodes.filter((n) => !n.parentId);
    expect(groups.map((g) => g.elementId ?? g.label.fi)).toEqual([
      'cap-care',
      'cap-info',
      'Ei ryhmää',
      'Selite: Elinkaaren tila',
    ]);
    const inInfo = view.nodes.filter((n) => n.parentId === groups[1].id).map((n) => n.elementId);
    expect(inInfo).toEqual(['c-kanta', 'c-ehr']);
    const fill = (id: string) => rgbaToHex(nodeOf(view, id).style.fill!);
    expect(fill('c-kanta')).toBe(fill('c-ehr'));
    expect(fill('c-booking')).not.toBe(fill('c-kanta'));
    const legend = view.nodes.filter((n) => n.parentId === groups[3].id);
    expect(legend.map((n) => n.label.fi)).toEqual(['käytössä', 'poistumassa', 'suunnitteilla']);
    expect(legend.every((n) => n.kind === 'label')).toBe(true);
  });

  it('groups by owner or domain property', () => {
    const byOwner = buildPortfolioView(model, { groupBy: 'owner' });
    expect(byOwner.nodes.filter((n) => !n.parentId).map((n) => n.label.fi)).toEqual([
      'Hyvinvointialue',
      'Kela',
    ]);
    const byDomain = buildPortfolioView(model, { groupBy: 'domain' });
    expect(byDomain.nodes.filter((n) => !n.parentId).map((n) => n.label.fi)).toEqual([
      'Kansalliset palvelut',
      'Sote',
      'Ei ryhmää',
    ]);
  });

  it('returns legend entries as data, with missing values and overrides', () => {
    expect(
      portfolioLegend(model, {
        groupBy: 'owner',
        colorBy: 'kriittisyys',
        colors: { kriittinen: '#ff0000' },
      }),
    ).toEqual([
      { value: 'keskitaso', color: '#fdbf6f', count: 1 },
      { value: 'kriittinen', color: '#ff0000', count: 2 },
      { value: '', color: NO_VALUE_COLOR, count: 1 },
    ]);
  });

  it('bins many numeric values such as costs', () => {
    const m = sampleModel();
    const costs = ['100', '200', '300', '400', '1 000'];
    costs.forEach((c, i) =>
      m.elements.push({
        id: `sys${i}`,
        type: 'ApplicationComponent',
        name: { fi: `S${i}` },
        documentation: {},
        properties: [{ definitionId: 'pd-cost', value: { fi: c } }],
      }),
    );
    const legend = portfolioLegend(m, { groupBy: 'owner', colorBy: 'kustannukset' });
    expect(legend).toHaveLength(5);
    // Costs 100 … 1 200 000 in four equal classes of 299 975.
    expect(legend[0].value).toBe('100–300075');
    expect(legend[3].value).toBe('900025–1200000');
    expect(legend.slice(0, 4).reduce((a, e) => a + e.count, 0)).toBe(8);
  });

  it('packs tiles inside their groups', async () => {
    const view = await generatePortfolioView(model, {
      engine: elk,
      groupBy: 'capability',
      colorBy: 'kriittisyys',
    });
    for (const tile of view.nodes.filter((n) => n.parentId)) {
      const group = parentOf(view, tile.id)!;
      expect(tile.bounds.x + tile.bounds.width).toBeLessThanOrEqual(group.bounds.width);
      expect(tile.bounds.y + tile.bounds.height).toBeLessThanOrEqual(group.bounds.height);
    }
    const top = view.nodes.filter((n) => !n.parentId).map((n) => n.bounds);
    for (const a of top)
      for (const b of top) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
  });
});
