import type { LangMap, PropertyDoc } from '@kartasto/metamodel';
import {
  ATTRIBUTE_BY_IDENTIFIER,
  PORTFOLIO_LANGS,
  type PortfolioAttribute,
  type PortfolioLang,
  type ValueListEntry,
} from './portfolio-attributes';

/** Controlled value lists in effect for one organisation: list key -> entries. */
export type ValueLists = ReadonlyMap<string, readonly ValueListEntry[]>;

/** A stored property value as one string: the language-neutral text, else the first language. */
export function propertyText(value: LangMap | undefined): string {
  if (!value) return '';
  if (value[''] !== undefined) return value[''];
  for (const l of PORTFOLIO_LANGS) if (value[l] !== undefined) return value[l];
  const first = Object.values(value)[0];
  return first ?? '';
}

/** Portfolio values of an element (attribute key -> stored text), read from its properties. */
export function portfolioValues(
  properties: readonly PropertyDoc[],
  lists?: ValueLists,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of properties) {
    const attr = ATTRIBUTE_BY_IDENTIFIER.get(p.definitionId);
    if (!attr || attr.key in out) continue;
    const text = propertyText(p.value).trim();
    if (!text) continue;
    // A value that arrived as a label (e.g. from an Archi file) is read as its code.
    out[attr.key] = attr.kind === 'choice' && lists ? (codeFor(attr, text, lists) ?? text) : text;
  }
  return out;
}

/** Replaces (or removes, when value is null) one attribute's property, keeping all others. */
export function withAttribute(
  properties: readonly PropertyDoc[],
  attr: PortfolioAttribute,
  value: string | null,
): PropertyDoc[] {
  const rest = properties.filter((p) => p.definitionId !== attr.identifier);
  return value === null ? rest : [...rest, { definitionId: attr.identifier, value: { '': value } }];
}

const norm = (s: string) => s.trim().toLowerCase();

/** Folded code or label -> code, per entry list; codes win over labels. Cached per list object. */
const lookupCache = new WeakMap<readonly ValueListEntry[], Map<string, string>>();
function lookup(entries: readonly ValueListEntry[]): Map<string, string> {
  let m = lookupCache.get(entries);
  if (!m) {
    m = new Map();
    for (const e of entries) m.set(norm(e.code), e.code);
    for (const e of entries)
      for (const l of PORTFOLIO_LANGS)
        if (e.label[l] && !m.has(norm(e.label[l]))) m.set(norm(e.label[l]), e.code);
    lookupCache.set(entries, m);
  }
  return m;
}

/** The code of a controlled value given as its code or its label in any language. */
export function codeFor(attr: PortfolioAttribute, text: string, lists: ValueLists): string | null {
  const entries = attr.valueList ? lists.get(attr.valueList) : undefined;
  return entries ? (lookup(entries).get(norm(text)) ?? null) : null;
}

/** A controlled value's label in the given language (the code itself when unknown). */
export function labelFor(
  attr: PortfolioAttribute,
  code: string,
  lists: ValueLists,
  lang: PortfolioLang,
): string {
  const entry = attr.valueList
    ? lists.get(attr.valueList)?.find((e) => e.code === code)
    : undefined;
  return entry ? entry.label[lang] || entry.label.fi || code : code;
}

export type CellInput = string | number | boolean | Date | null | undefined;
export type Normalised = { ok: true; value: string | null } | { ok: false; message: string };

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Turns what a user typed or a spreadsheet held into the stored text of an attribute, or a
 * message saying why it cannot be stored. Empty input means "no value".
 */
export function normaliseValue(
  attr: PortfolioAttribute,
  input: CellInput,
  lists: ValueLists,
): Normalised {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (input instanceof Date) {
    if (attr.kind === 'date') return { ok: true, value: isoDate(input) };
    input = isoDate(input);
  }
  const text = String(input).trim();
  if (!text) return { ok: true, value: null };
  const fail = (message: string): Normalised => ({ ok: false, message });
  switch (attr.kind) {
    case 'text':
      return text.length > 10_000
        ? fail('The text is longer than 10,000 characters.')
        : { ok: true, value: text };
    case 'url':
      return /^https?:\/\/\S+$/i.test(text)
        ? { ok: true, value: text }
        : fail('Give a web address starting with http:// or https://.');
    case 'year': {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1950 && n <= 2100
        ? { ok: true, value: String(n) }
        : fail('Give a year between 1950 and 2100.');
    }
    case 'number': {
      const n = Number(text.replace(/\s/g, '').replace(',', '.'));
      return Number.isFinite(n) && n >= 0
        ? { ok: true, value: String(n) }
        : fail('Give a number of zero or more.');
    }
    case 'currency': {
      const n = Number(text.replace(/[\s€]/g, '').replace(',', '.'));
      return Number.isFinite(n) && n >= 0
        ? { ok: true, value: String(Math.round(n * 100) / 100) }
        : fail('Give an amount in euros, zero or more.');
    }
    case 'date': {
      if (typeof input === 'number' || /^\d{5}(\.\d+)?$/.test(text)) {
        // A spreadsheet date serial number (days since 1899-12-30).
        return {
          ok: true,
          value: isoDate(new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000)),
        };
      }
      const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
      const iso = fi ? `${fi[3]}-${fi[2].padStart(2, '0')}-${fi[1].padStart(2, '0')}` : text;
      const d = new Date(`${iso}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(d.getTime()) && isoDate(d) === iso
        ? { ok: true, value: iso }
        : fail('Give a date as YYYY-MM-DD or D.M.YYYY.');
    }
    case 'boolean': {
      const t = norm(text);
      if (['true', 'kyllä', 'ja', 'yes', '1', 'x'].includes(t)) return { ok: true, value: 'true' };
      if (['false', 'ei', 'nej', 'no', '0'].includes(t)) return { ok: true, value: 'false' };
      return fail('Give yes or no.');
    }
    case 'choice': {
      const code = codeFor(attr, text, lists);
      if (code) return { ok: true, value: code };
      const allowed = (lists.get(attr.valueList ?? '') ?? []).map((e) => e.label.fi || e.code);
      return fail(`"${text}" is not in the value list. Allowed: ${allowed.join(', ')}.`);
    }
    case 'json':
      return normaliseCostPlan(text);
  }
}

/** The per-year cost plan: {"costLicence": {"2026": 1000}, …}, kinds and years checked. */
function normaliseCostPlan(text: string): Normalised {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'Costs by year must be JSON like {"costMaintenance": {"2026": 120000}}.',
    };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, message: 'Costs by year must be a JSON object keyed by cost kind.' };
  const out: Record<string, Record<string, number>> = {};
  for (const [kind, years] of Object.entries(parsed as Record<string, unknown>)) {
    if (!['costLicence', 'costMaintenance', 'costDevelopment', 'costOperation'].includes(kind))
      return {
        ok: false,
        message: `"${kind}" is not a cost kind (costLicence, costMaintenance, costDevelopment, costOperation).`,
      };
    if (!years || typeof years !== 'object' || Array.isArray(years))
      return { ok: false, message: `Costs of "${kind}" must be an object keyed by year.` };
    const byYear: Record<string, number> = {};
    for (const [year, amount] of Object.entries(years as Record<string, unknown>)) {
      if (!/^(19[5-9]\d|20\d\d|2100)$/.test(year) || typeof amount !== 'number' || !(amount >= 0))
        return {
          ok: false,
          message: `Costs of "${kind}" need years as keys and euros (zero or more) as values.`,
        };
      byYear[year] = amount;
    }
    out[kind] = Object.fromEntries(Object.entries(byYear).sort(([x], [y]) => x.localeCompare(y)));
  }
  const sorted = Object.fromEntries(Object.entries(out).sort(([x], [y]) => x.localeCompare(y)));
  return { ok: true, value: Object.keys(sorted).length ? JSON.stringify(sorted) : null };
}
