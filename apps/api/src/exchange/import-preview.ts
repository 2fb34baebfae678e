import { emptyModelDocument, type ModelDocument, type ViewDoc } from '@kartasto/metamodel';
import { compareDocuments } from '@kartasto/exchange';
import { relationshipRuleViolations } from './read-import-file';

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
}

const MAX_ITEMS = 500;

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
    warnings: violations.slice(0, 200),
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
