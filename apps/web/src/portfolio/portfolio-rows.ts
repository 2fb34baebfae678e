/** Pure helpers of the portfolio screens: filtering, grouping and the lifecycle roadmap. */

export interface RowLike {
  elementId: string;
  name: Record<string, string>;
  values: Record<string, string>;
  legalMissing: readonly string[];
  identifier: string;
}

export interface PortfolioViewSettings {
  text: string;
  attribute: string;
  value: string;
  legalOnly: boolean;
  groupBy: string;
  columns: string[];
}

export const DEFAULT_COLUMNS = ['name', 'domain', 'lifecycleState', 'owningOrganization', 'supplier', 'criticality', 'retirementYear', 'costMaintenance', 'interfaces', 'legal'];

export const nameOf = (m: Record<string, string>, lang: string) => m[lang] || m.fi || m.en || m.sv || m[''] || Object.values(m)[0] || '';

export function filterPortfolio<T extends RowLike>(rows: readonly T[], s: Pick<PortfolioViewSettings, 'text' | 'attribute' | 'value' | 'legalOnly'>): T[] {
  const words = s.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (s.legalOnly && !r.legalMissing.length) return false;
    if (s.attribute && s.value && (r.values[s.attribute] ?? '') !== s.value) return false;
    if (!words.length) return true;
    const hay = `${Object.values(r.name).join(' ')} ${r.values.code ?? ''} ${r.values.shortName ?? ''} ${r.identifier}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export type DisplayItem<T> = { kind: 'group'; key: string; count: number } | { kind: 'row'; row: T };

/** Sorted rows interleaved with a header per group (rows stay in their sorted order inside a group). */
export function groupRows<T extends RowLike>(rows: readonly T[], groupBy: string): DisplayItem<T>[] {
  if (!groupBy) return rows.map((row) => ({ kind: 'row', row }));
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = r.values[groupBy] ?? '';
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'fi', { numeric: true })));
  return keys.flatMap((key) => [{ kind: 'group' as const, key, count: groups.get(key)!.length }, ...groups.get(key)!.map((row) => ({ kind: 'row' as const, row }))]);
}

export type Phase = 'planned' | 'production' | 'retiring' | 'retired' | 'none';

/**
 * The lifecycle of a system year by year, from its introduction and planned retirement years
 * and its current state: planned until introduced, in production, retiring in the years before
 * a planned retirement when it is already being retired, retired from the retirement year.
 */
export function lifecyclePhases(values: Record<string, string>, years: readonly number[], thisYear: number): Phase[] {
  const from = Number(values.introducedYear) || null;
  const to = Number(values.retirementYear) || null;
  const state = values.lifecycleState ?? '';
  const planned = /^(Suunnitteilla|Kehityksessä)$/i.test(state);
  const retiring = /^Poistumassa$/i.test(state);
  const retired = /^Poistunut$/i.test(state);
  return years.map((y) => {
    if (to !== null && y >= to) return 'retired';
    if (retired && y >= thisYear) return 'retired';
    if (from !== null && y < from) return planned || y >= thisYear ? 'planned' : 'none';
    if (from === null && planned) return y >= thisYear ? 'planned' : 'none';
    if (from === null && !state) return 'none';
    if (retiring && y >= thisYear) return 'retiring';
    return 'production';
  });
}
