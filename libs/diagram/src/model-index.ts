import {
  ELEMENT_TYPE_DEFS,
  type ElementDoc,
  type LangMap,
  type Layer,
  type ModelDocument,
  type RelationshipDoc,
} from '@kartasto/metamodel';

const layerByType: ReadonlyMap<string, Layer> = new Map(
  ELEMENT_TYPE_DEFS.map((d) => [d.type, d.layer as Layer]),
);

/** The ArchiMate layer of an element type; unknown types count as 'other'. */
export function layerOf(type: string): Layer {
  return layerByType.get(type) ?? 'other';
}

/** Text of a language map: the wanted language, then Finnish, untagged, English, anything. */
export function langText(map: LangMap | undefined, lang = 'fi'): string {
  if (!map) return '';
  for (const key of [lang, 'fi', '', 'en']) {
    const v = map[key];
    if (v && v.trim()) return v;
  }
  return Object.values(map).find((v) => v && v.trim()) ?? '';
}

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase('fi');
}

/**
 * Look-ups over one model that the view builders share. Built once per call; the model
 * itself is never changed.
 */
export class ModelIndex {
  readonly elements = new Map<string, ElementDoc>();
  readonly relationships = new Map<string, RelationshipDoc>();
  readonly outgoing = new Map<string, RelationshipDoc[]>();
  readonly incoming = new Map<string, RelationshipDoc[]>();
  /** Model order of elements, used to break ties the same way every time. */
  readonly elementOrder = new Map<string, number>();
  private readonly definitionIdsByName = new Map<string, Set<string>>();

  constructor(readonly model: ModelDocument) {
    model.elements.forEach((e, i) => {
      this.elements.set(e.id, e);
      this.elementOrder.set(e.id, i);
    });
    for (const r of model.relationships) {
      this.relationships.set(r.id, r);
      push(this.outgoing, r.sourceId, r);
      push(this.incoming, r.targetId, r);
    }
  }

  /** Ids of property definitions whose name, in any language, is `name` (case-insensitive). */
  propertyDefinitionIds(name: string): Set<string> {
    const wanted = normalise(name);
    const cached = this.definitionIdsByName.get(wanted);
    if (cached) return cached;
    const ids = new Set(
      this.model.propertyDefinitions
        .filter((d) => Object.values(d.name).some((n) => normalise(n) === wanted))
        .map((d) => d.id),
    );
    this.definitionIdsByName.set(wanted, ids);
    return ids;
  }

  /** First non-empty value of the element's property named `name`, trimmed. */
  propertyValue(element: ElementDoc, name: string): string | undefined {
    const ids = this.propertyDefinitionIds(name);
    for (const p of element.properties) {
      if (!ids.has(p.definitionId)) continue;
      const text = langText(p.value).trim();
      if (text) return text;
    }
    return undefined;
  }

  /** Relationships touching the element, outgoing first, in model order. */
  relationshipsOf(id: string): RelationshipDoc[] {
    return [...(this.outgoing.get(id) ?? []), ...(this.incoming.get(id) ?? [])];
  }

  order(id: string): number {
    return this.elementOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
