import {
  emptyModelDocument,
  type LangMap,
  type ModelDocument,
  type ViewDoc,
} from '@kartasto/metamodel';
import { compareDocuments } from '@kartasto/exchange';
import { relationshipRuleViolations, type RuleViolation } from './read-import-file';

export interface PreviewCategory {
  new: number;
  changed: number;
  unchanged: number;
  missing: number;
}

export interface PreviewItem {
  kind: 'element' | 'relationship' | 'view' | 'folder';
  identifier: string;
  name: string;
  change: 'new' | 'changed' | 'missing';
}

export interface ImportPreview {
  elements: PreviewCategory;
  relationships: PreviewCategory;
  views: PreviewCategory;
  folders: PreviewCategory;
  /** The first items of each change, for the list the architect reviews. */
  items: PreviewItem[];
  itemsTruncated: boolean;
  /** Relationships ArchiMate does not allow, kept as the file had them (first 200). */
  warnings: { identifier: string; message: string }[];
  warningCount: number;
  /** A merge preview's basis (see modelBasis): given back, the import checks it still holds. */
  basis?: string;
}

const MAX_ITEMS = 500;
const MAX_WARNINGS = 200;

/** JSON with sorted keys, so two equal objects print the same. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const nameOf = (x: { name?: Record<string, string> }) =>
  x.name?.fi ?? x.name?.en ?? x.name?.sv ?? Object.values(x.name ?? {})[0] ?? '';

/** What merging `incoming` into `current` would do, by identifier. */
export function previewMerge(current: ModelDocument, incoming: ModelDocument): ImportPreview {
  const items: PreviewItem[] = [];
  let truncated = false;
  const push = (item: PreviewItem) => {
    if (items.length < MAX_ITEMS) items.push(item);
    else truncated = true;
  };
  const compare = <T extends { id: string; name?: Record<string, string> }>(
    kind: PreviewItem['kind'],
    before: T[],
    after: T[],
    same: (a: T, b: T) => boolean = (a, b) => stable(a) === stable(b),
  ): PreviewCategory => {
    const old = new Map(before.map((x) => [x.id, x]));
    const cat: PreviewCategory = { new: 0, changed: 0, unchanged: 0, missing: 0 };
    const seen = new Set<string>();
    for (const x of after) {
      seen.add(x.id);
      const prev = old.get(x.id);
      if (!prev) {
        cat.new++;
        push({ kind, identifier: x.id, name: nameOf(x), change: 'new' });
      } else if (!same(prev, x)) {
        cat.changed++;
        push({ kind, identifier: x.id, name: nameOf(x), change: 'changed' });
      } else cat.unchanged++;
    }
    for (const x of before)
      if (!seen.has(x.id)) {
        cat.missing++;
        push({ kind, identifier: x.id, name: nameOf(x), change: 'missing' });
      }
    return cat;
  };
  const violations = relationshipRuleViolations(incoming);
  return {
    elements: compare('element', current.elements, incoming.elements),
    relationships: compare('relationship', current.relationships, incoming.relationships),
    views: compare('view', current.views, incoming.views, sameView),
    folders: compare('folder', current.folders, incoming.folders),
    items,
    itemsTruncated: truncated,
    warnings: violations.slice(0, MAX_WARNINGS),
    warningCount: violations.length,
  };
}

const onlyViews = (v: ViewDoc): ModelDocument => ({ ...emptyModelDocument(), views: [v] });

/** Views are equal when the exchange library finds no difference in nodes, bounds and lines. */
function sameView(a: ViewDoc, b: ViewDoc): boolean {
  return (
    (a.kind ?? 'archimate') === (b.kind ?? 'archimate') &&
    compareDocuments(onlyViews(a), onlyViews(b), { ignoreModelHeader: true, limit: 1 }).length === 0
  );
}

/**
 * The preview of an import into a new model, gathered while a streaming import stores the rows
 * (the document is not kept whole): the same as previewMerge of an empty model and the file.
 */
export class NewModelPreview {
  private readonly counts: Record<PreviewItem['kind'], number> = {
    element: 0,
    relationship: 0,
    view: 0,
    folder: 0,
  };
  private readonly first: Record<PreviewItem['kind'], PreviewItem[]> = {
    element: [],
    relationship: [],
    view: [],
    folder: [],
  };
  /** With each relationship's place in the file, as a relationship may be checked late. */
  private readonly violations: { at: number; violation: RuleViolation }[] = [];

  add(kind: PreviewItem['kind'], identifier: string, name: LangMap): void {
    this.counts[kind]++;
    const first = this.first[kind];
    if (first.length < MAX_ITEMS)
      first.push({ kind, identifier, name: nameOf({ name }), change: 'new' });
  }

  /** A rule violation of the relationship that is number `at` in the file. */
  violation(at: number, violation: RuleViolation): void {
    this.violations.push({ at, violation });
  }

  result(): ImportPreview {
    const category = (n: number): PreviewCategory => ({
      new: n,
      changed: 0,
      unchanged: 0,
      missing: 0,
    });
    const { element, relationship, view, folder } = this.first;
    const total = Object.values(this.counts).reduce((a, b) => a + b, 0);
    const violations = this.violations.sort((a, b) => a.at - b.at).map((v) => v.violation);
    return {
      elements: category(this.counts.element),
      relationships: category(this.counts.relationship),
      views: category(this.counts.view),
      folders: category(this.counts.folder),
      items: [...element, ...relationship, ...view, ...folder].slice(0, MAX_ITEMS),
      itemsTruncated: total > MAX_ITEMS,
      warnings: violations.slice(0, MAX_WARNINGS),
      warningCount: violations.length,
    };
  }
}
