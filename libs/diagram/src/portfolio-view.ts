import type { ElementDoc, LangMap, ModelDocument, ViewDoc } from '@kartasto/metamodel';
import { layoutView } from './layout-view';
import { ModelIndex, langText } from './model-index';
import type { LayoutEngine } from './run-layout';
import { ViewBuilder, hexToRgba } from './view-builder';

export type PortfolioGroupBy = 'capability' | 'owner' | 'domain';

/** Property names (any language) used for grouping when no `groupProperty` is given. */
export const PORTFOLIO_GROUP_PROPERTY: Record<'owner' | 'domain', string> = {
  owner: 'omistaja',
  domain: 'järjestelmäalue',
};

export interface PortfolioViewOptions {
  id?: string;
  name?: LangMap;
  groupBy: PortfolioGroupBy;
  /** Property definition name to group by for 'owner' and 'domain'. */
  groupProperty?: string;
  /** Property definition name whose value colours the tiles, e.g. 'elinkaaren tila'. */
  colorBy?: string;
  /** Colours for particular values (hex), overriding the built-in choice. */
  colors?: Record<string, string>;
  /** Application components to show; default all. */
  elementIds?: Iterable<string>;
}

export interface LegendEntry {
  /** The property value ('' for tiles without one; a range "a–b" for numeric values). */
  value: string;
  color: string;
  /** Number of systems with this value. */
  count: number;
}

export const NO_VALUE_COLOR = '#e0e0e0';
const PALETTE = [
  '#a6cee3',
  '#b2df8a',
  '#fdbf6f',
  '#cab2d6',
  '#fb9a99',
  '#ffff99',
  '#8dd3c7',
  '#bebada',
  '#80b1d3',
  '#fdb462',
  '#b3de69',
  '#fccde5',
];
/** Light to dark, for numeric values such as costs. */
const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd'];

/** Colours that carry meaning for common Finnish lifecycle and criticality values. */
const MEANINGFUL: Record<string, string> = {
  käytössä: '#b2df8a',
  tuotannossa: '#b2df8a',
  suunnitteilla: '#a6cee3',
  kehitteillä: '#a6cee3',
  hankinnassa: '#a6cee3',
  poistumassa: '#fdbf6f',
  poistuva: '#fdbf6f',
  poistettu: '#fb9a99',
  'käytöstä poistettu': '#fb9a99',
  kriittinen: '#fb9a99',
  korkea: '#fb9a99',
  keskitaso: '#fdbf6f',
  normaali: '#fdbf6f',
  matala: '#b2df8a',
  alhainen: '#b2df8a',
};

export const UNGROUPED_LABEL: LangMap = { fi: 'Ei ryhmää', sv: 'Utan grupp', en: 'Ungrouped' };
export const NO_VALUE_LABEL: LangMap = { fi: '(ei arvoa)', sv: '(inget värde)', en: '(no value)' };
const TILE = { width: 160, height: 60 };

function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0€$]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Colour per system and the legend, for the colouring property. Pure. */
export function portfolioColoring(
  index: ModelIndex,
  systems: readonly ElementDoc[],
  colorBy: string,
  colors: Record<string, string> = {},
): { colorOf: Map<string, string>; legend: LegendEntry[] } {
  const values = new Map(systems.map((s) => [s.id, index.propertyValue(s, colorBy) ?? '']));
  const present = [...new Set(values.values())].filter((v) => v !== '');
  const numbers = present.map(parseNumber);
  const colorOf = new Map<string, string>();
  const legend: LegendEntry[] = [];
  const count = (pred: (v: string) => boolean) => [...values.values()].filter(pred).length;

  if (present.length > SEQUENTIAL.length && numbers.every((n) => n !== undefined)) {
    // Many numeric values (e.g. costs): equal-width classes rather than one colour each.
    const min = Math.min(...(numbers as number[]));
    const max = Math.max(...(numbers as number[]));
    const step = (max - min) / SEQUENTIAL.length || 1;
    const classOf = (v: string) =>
      Math.min(SEQUENTIAL.length - 1, Math.floor((parseNumber(v)! - min) / step));
    SEQUENTIAL.forEach((color, i) => {
      const lo = min + i * step;
      const hi = i === SEQUENTIAL.length - 1 ? max : min + (i + 1) * step;
      legend.push({
        value: `${fmt(lo)}–${fmt(hi)}`,
        color,
        count: count((v) => v !== '' && classOf(v) === i),
      });
    });
    for (const [id, v] of values)
      colorOf.set(id, v === '' ? NO_VALUE_COLOR : SEQUENTIAL[classOf(v)]);
  } else {
    const sorted = [...present].sort((a, b) => a.localeCompare(b, 'fi'));
    let next = 0;
    const used = new Map<string, string>();
    for (const v of sorted) {
      const color =
        colors[v] ?? MEANINGFUL[v.toLocaleLowerCase('fi')] ?? PALETTE[next++ % PALETTE.length];
      used.set(v, color);
      legend.push({ value: v, color, count: count((x) => x === v) });
    }
    for (const [id, v] of values) colorOf.set(id, v === '' ? NO_VALUE_COLOR : used.get(v)!);
  }
  const missing = count((v) => v === '');
  if (missing > 0) legend.push({ value: '', color: NO_VALUE_COLOR, count: missing });
  return { colorOf, legend };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function selectSystems(index: ModelIndex, options: PortfolioViewOptions): ElementDoc[] {
  const wanted = options.elementIds ? new Set(options.elementIds) : undefined;
  return index.model.elements.filter(
    (e) => e.type === 'ApplicationComponent' && (!wanted || wanted.has(e.id)),
  );
}

/** The legend of a portfolio view, as data for the web app and exports. */
export function portfolioLegend(
  model: ModelDocument,
  options: PortfolioViewOptions,
): LegendEntry[] {
  if (!options.colorBy) return [];
  const index = new ModelIndex(model);
  return portfolioColoring(index, selectSystems(index, options), options.colorBy, options.colors)
    .legend;
}

interface Group {
  key: string;
  /** A capability element drawn as the group, or a plain labelled container. */
  elementId?: string;
  label: LangMap;
  systems: ElementDoc[];
}

function groupSystems(
  index: ModelIndex,
  systems: ElementDoc[],
  options: PortfolioViewOptions,
): Group[] {
  const groups = new Map<string, Group>();
  const ungrouped: ElementDoc[] = [];
  const add = (key: string, make: () => Omit<Group, 'systems'>, s: ElementDoc) => {
    const g = groups.get(key) ?? { ...make(), systems: [] };
    g.systems.push(s);
    groups.set(key, g);
  };
  for (const s of systems) {
    if (options.groupBy === 'capability') {
      // A system realising or serving several capabilities appears under each of them.
      const caps = new Set(
        (index.outgoing.get(s.id) ?? [])
          .filter(
            (r) =>
              (r.type === 'Realization' || r.type === 'Serving') &&
              index.elements.get(r.targetId)?.type === 'Capability',
          )
          .map((r) => r.targetId),
      );
      for (const c of caps) add(c, () => ({ key: c, elementId: c, label: {} }), s);
      if (caps.size === 0) ungrouped.push(s);
    } else {
      const name = options.groupProperty ?? PORTFOLIO_GROUP_PROPERTY[options.groupBy];
      const value = index.propertyValue(s, name);
      if (value) add(value, () => ({ key: value, label: { fi: value } }), s);
      else ungrouped.push(s);
    }
  }
  const ordered = [...groups.values()].sort((a, b) =>
    a.elementId && b.elementId
      ? index.order(a.elementId) - index.order(b.elementId)
      : a.key.localeCompare(b.key, 'fi'),
  );
  if (ungrouped.length > 0) ordered.push({ key: '', label: UNGROUPED_LABEL, systems: ungrouped });
  return ordered;
}

/**
 * A portfolio landscape without positions: a group per capability, owner or domain holding
 * the systems as tiles coloured by `colorBy`, and a legend container of labelled swatches.
 */
export function buildPortfolioView(model: ModelDocument, options: PortfolioViewOptions): ViewDoc {
  const index = new ModelIndex(model);
  const systems = selectSystems(index, options);
  const coloring = options.colorBy
    ? portfolioColoring(index, systems, options.colorBy, options.colors)
    : undefined;
  const b = new ViewBuilder(options.id ?? 'portfolio');
  for (const g of groupSystems(index, systems, options)) {
    const groupId = b.addNode(
      g.elementId
        ? { kind: 'element', elementId: g.elementId }
        : { kind: 'container', label: g.label, style: { fill: hexToRgba('#fafafa') } },
    );
    for (const s of g.systems) {
      const color = coloring?.colorOf.get(s.id);
      b.addNode({
        kind: 'element',
        parentId: groupId,
        elementId: s.id,
        bounds: TILE,
        style: color ? { fill: hexToRgba(color) } : {},
      });
    }
  }
  if (coloring && options.colorBy) {
    const legendId = b.addNode({
      kind: 'container',
      label: { fi: `Selite: ${options.colorBy}`, en: `Legend: ${options.colorBy}` },
      style: { fill: hexToRgba('#ffffff') },
    });
    for (const entry of coloring.legend) {
      b.addNode({
        kind: 'label',
        parentId: legendId,
        label: entry.value ? { fi: entry.value } : NO_VALUE_LABEL,
        bounds: { width: 160, height: 30 },
        style: { fill: hexToRgba(entry.color) },
      });
    }
  }
  return b.build(
    'portfolio',
    options.name ?? {
      fi: 'Tietojärjestelmäsalkku',
      en: 'Application portfolio',
    },
  );
}

/** Build a portfolio view and pack it with ELK. */
export function generatePortfolioView(
  model: ModelDocument,
  options: PortfolioViewOptions & { engine: LayoutEngine },
): Promise<ViewDoc> {
  return layoutView(model, buildPortfolioView(model, options), { engine: options.engine });
}

/** Display text of a legend entry. */
export function legendText(entry: LegendEntry, lang = 'fi'): string {
  return entry.value || langText(NO_VALUE_LABEL, lang);
}
