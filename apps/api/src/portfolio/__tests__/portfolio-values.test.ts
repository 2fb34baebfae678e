import {
  ATTRIBUTE_BY_KEY,
  DEFAULT_VALUE_LISTS,
  PORTFOLIO_ATTRIBUTES,
} from '../portfolio-attributes';
import {
  deriveConnections,
  legalMissing,
  type ElementLite,
  type RelationshipLite,
} from '../portfolio-derive';
import { escapeCsvCell } from '../portfolio-export';
import { normaliseValue, portfolioValues } from '../portfolio-values';
import { columnIndex } from '../xlsx-reader';

const lists = new Map(DEFAULT_VALUE_LISTS.map((l) => [l.key, l.values]));
const attr = (key: string) => ATTRIBUTE_BY_KEY.get(key)!;

describe('portfolio attribute catalogue', () => {
  it('gives every attribute an NCName identifier, three labels and a known value list', () => {
    const ids = new Set<string>();
    for (const a of PORTFOLIO_ATTRIBUTES) {
      expect(a.identifier).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
      expect(ids.has(a.identifier)).toBe(false);
      ids.add(a.identifier);
      expect(a.label.fi && a.label.sv && a.label.en).toBeTruthy();
      if (a.kind === 'choice') expect(lists.has(a.valueList!)).toBe(true);
    }
  });
});

describe('normaliseValue', () => {
  it('reads controlled values by code or by a label in any language', () => {
    expect(normaliseValue(attr('lifecycleState'), 'I produktion', lists)).toEqual({
      ok: true,
      value: 'Tuotannossa',
    });
    expect(normaliseValue(attr('criticality'), '5 – Very high', lists)).toEqual({
      ok: true,
      value: '5',
    });
    expect(normaliseValue(attr('lifecycleState'), 'Ikuinen', lists).ok).toBe(false);
  });

  it('normalises numbers, years, dates and cost plans, and refuses nonsense', () => {
    expect(normaliseValue(attr('costMaintenance'), '1 200,50 €', lists)).toEqual({
      ok: true,
      value: '1200.5',
    });
    expect(normaliseValue(attr('introducedYear'), 2009, lists)).toEqual({
      ok: true,
      value: '2009',
    });
    expect(normaliseValue(attr('introducedYear'), '209', lists).ok).toBe(false);
    expect(normaliseValue(attr('contractEnd'), '31.12.2026', lists)).toEqual({
      ok: true,
      value: '2026-12-31',
    });
    expect(normaliseValue(attr('contractEnd'), 46387, lists)).toEqual({
      ok: true,
      value: '2026-12-31',
    });
    expect(normaliseValue(attr('contractEnd'), '2026-02-30', lists).ok).toBe(false);
    expect(normaliseValue(attr('url'), 'javascript:alert(1)', lists).ok).toBe(false);
    expect(
      normaliseValue(attr('costsByYear'), '{"costLicence":{"2027":5,"2026":4}}', lists),
    ).toEqual({
      ok: true,
      value: '{"costLicence":{"2026":4,"2027":5}}',
    });
    expect(normaliseValue(attr('costsByYear'), '{"bribes":{"2026":1}}', lists).ok).toBe(false);
    expect(normaliseValue(attr('owner'), '   ', lists)).toEqual({ ok: true, value: null });
  });

  it('reads stored properties, labels arriving from other tools included', () => {
    const values = portfolioValues(
      [
        { definitionId: 'kartasto-portfolio-lifecycle-state', value: { fi: 'tuotannossa' } },
        { definitionId: 'kartasto-portfolio-owner', value: { '': 'Tietohallinto' } },
        { definitionId: 'something-else', value: { '': 'x' } },
      ],
      lists,
    );
    expect(values).toEqual({ lifecycleState: 'Tuotannossa', owner: 'Tietohallinto' });
  });
});

describe('derived connections and the legal minimum', () => {
  const el = (id: string, type: string, props: ElementLite['properties'] = []): ElementLite => ({
    id,
    identifier: id,
    type,
    name: { fi: id },
    properties: props,
  });
  const rel = (
    id: string,
    type: string,
    s: string,
    t: string,
    props: RelationshipLite['properties'] = [],
  ): RelationshipLite => ({
    id,
    identifier: id,
    type,
    sourceId: s,
    targetId: t,
    accessType: type === 'Access' ? 'Read' : null,
    name: {},
    properties: props,
    version: 1,
  });
  const method = [
    { definitionId: 'kartasto-portfolio-transfer-method', value: { '': 'REST-rajapinta' } },
  ];
  const elements = new Map(
    [
      el('a', 'ApplicationComponent'),
      el('b', 'ApplicationComponent'),
      el('api', 'ApplicationInterface', method),
      el('d', 'DataObject'),
      el('p', 'BusinessProcess'),
    ].map((e) => [e.id, e]),
  );

  it('counts a system’s own interfaces as the system and takes the method from the interface element', () => {
    const out = deriveConnections(new Set(['a', 'b']), elements, [
      rel('c1', 'Composition', 'a', 'api'),
      rel('f1', 'Flow', 'api', 'b'),
      rel('s1', 'Serving', 'a', 'p'),
      rel('x1', 'Access', 'b', 'd'),
    ]);
    expect(out.get('a')!.interfaces).toEqual([
      expect.objectContaining({
        direction: 'out',
        partnerId: 'b',
        transferMethod: 'REST-rajapinta',
        partnerIsSystem: true,
      }),
    ]);
    expect(out.get('b')!.interfaces).toEqual([
      expect.objectContaining({ direction: 'in', partnerId: 'a' }),
    ]);
    expect(out.get('b')!.dataResources).toEqual([
      expect.objectContaining({ elementId: 'd', accessType: 'Read' }),
    ]);
    expect(legalMissing({ fi: 'A' }, {}, {}, out.get('a')!.interfaces)).toEqual([
      'RESPONSIBLE_AUTHORITY',
      'PURPOSE',
    ]);
    expect(legalMissing({ fi: 'B' }, { fi: 'x' }, { owningOrganization: 'X' }, [])).toEqual([
      'INTERFACES',
    ]);
  });
});

describe('file helpers', () => {
  it('escapes formula-like CSV cells and reads column letters', () => {
    expect(['=1+1', '+x', '-x', '@x', '\tx', '\rx', 'ok'].map(escapeCsvCell)).toEqual([
      "'=1+1",
      "'+x",
      "'-x",
      "'@x",
      "'\tx",
      "'\rx",
      'ok',
    ]);
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(['A1', 'Z9', 'AA10', 'AR2'].map(columnIndex)).toEqual([0, 25, 26, 43]);
  });
});
