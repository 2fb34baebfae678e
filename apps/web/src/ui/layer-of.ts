import { ELEMENT_TYPE_DEFS } from '@kartasto/metamodel';

const layers = new Map<string, string>(ELEMENT_TYPE_DEFS.map((d) => [d.type, d.layer]));

/** The layer an element type belongs to; "other" for types Kartasto does not know. */
export function layerOf(type: string): string {
  return layers.get(type) ?? 'other';
}
