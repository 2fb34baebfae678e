import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import type { DerivedDataResource, DerivedInterface, LegalRequirement } from './portfolio-derive';

/** One system of the portfolio with its attributes and derived connections. */
export interface PortfolioRowData {
  elementId: string;
  identifier: string;
  modelId: string;
  organizationId: string;
  version: number;
  specialization: string | null;
  name: LangMap;
  documentation: LangMap;
  /** The element's raw properties (kept so a write preserves properties the portfolio does not know). */
  properties: PropertyDoc[];
  /** Attribute key -> stored text (controlled values as codes). */
  values: Record<string, string>;
  interfaces: DerivedInterface[];
  dataResources: DerivedDataResource[];
  legalMissing: LegalRequirement[];
}

export type FilterOp = 'in' | 'notIn' | 'contains' | 'empty' | 'notEmpty' | 'gte' | 'lte';

export interface PortfolioCondition {
  /** An attribute key, or name, description, specialization, legalMissing. */
  key: string;
  op: FilterOp;
  values?: string[];
}

export interface PortfolioFilterSpec {
  /** Words found in any name, the code or the short name. */
  text?: string;
  conditions?: PortfolioCondition[];
  /** Only systems the legal-minimum check flags. */
  legalMissingOnly?: boolean;
  /** Only elements with this specialization (e.g. Tietojärjestelmä); all application components otherwise. */
  specialization?: string;
}

export interface PortfolioSortSpec {
  key: string;
  desc?: boolean;
}

const langText = (m: LangMap) => Object.values(m).join(' ');

/** The comparable text of a row for a key. */
export function rowValue(row: PortfolioRowData, key: string): string {
  if (key === 'name')
    return row.name.fi || row.name.sv || row.name.en || row.name[''] || langText(row.name);
  if (key.startsWith('name.')) return row.name[key.slice(5)] ?? '';
  if (key === 'description') return langText(row.documentation);
  if (key.startsWith('description.')) return row.documentation[key.slice(12)] ?? '';
  if (key === 'identifier') return row.identifier;
  if (key === 'specialization') return row.specialization ?? '';
  if (key === 'legalMissing') return row.legalMissing.join(',');
  if (key === 'interfaceCount') return String(row.interfaces.length);
  return row.values[key] ?? '';
}

const fold = (s: string) => s.toLowerCase();
const numeric = (s: string) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

function matches(row: PortfolioRowData, c: PortfolioCondition): boolean {
  const values = c.values ?? [];
  if (c.key === 'legalMissing') {
    if (c.op === 'empty') return row.legalMissing.length === 0;
    if (c.op === 'notEmpty') return row.legalMissing.length > 0;
    if (c.op === 'in') return row.legalMissing.some((m) => values.includes(m));
  }
  const v = rowValue(row, c.key);
  switch (c.op) {
    case 'in':
      return values.includes(v);
    case 'notIn':
      return !values.includes(v);
    case 'contains':
      return values.some((x) => fold(v).includes(fold(x)));
    case 'empty':
      return v.trim() === '';
    case 'notEmpty':
      return v.trim() !== '';
    case 'gte':
    case 'lte': {
      const a = numeric(v);
      const b = numeric(values[0] ?? '');
      if (a === null || b === null) return false;
      return c.op === 'gte' ? a >= b : a <= b;
    }
    default:
      return true;
  }
}

/** The rows a filter keeps; the same function serves the table, the exports and the roadmap. */
export function filterRows(
  rows: readonly PortfolioRowData[],
  filter: PortfolioFilterSpec = {},
): PortfolioRowData[] {
  const words = (filter.text ?? '').split(/\s+/).filter(Boolean).map(fold);
  return rows.filter((r) => {
    if (filter.specialization && r.specialization !== filter.specialization) return false;
    if (filter.legalMissingOnly && !r.legalMissing.length) return false;
    if (words.length) {
      const hay = fold(
        `${langText(r.name)} ${r.values.code ?? ''} ${r.values.shortName ?? ''} ${r.identifier}`,
      );
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return (filter.conditions ?? []).every((c) => matches(r, c));
  });
}

const collator = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });

/** Stable sort by the given keys (numbers as numbers, text in Finnish collation, empty last). */
export function sortRows(
  rows: readonly PortfolioRowData[],
  sort: readonly PortfolioSortSpec[] = [],
): PortfolioRowData[] {
  const keys = sort.length ? sort : [{ key: 'name' }];
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      for (const k of keys) {
        const a = rowValue(x.row, k.key);
        const b = rowValue(y.row, k.key);
        if (a === b) continue;
        if (!a) return 1;
        if (!b) return -1;
        const na = numeric(a);
        const nb = numeric(b);
        const c = na !== null && nb !== null ? na - nb : collator.compare(a, b);
        if (c !== 0) return k.desc ? -c : c;
      }
      return x.i - y.i;
    })
    .map((x) => x.row);
}
