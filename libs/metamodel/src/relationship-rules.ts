/**
 * Which relationship types ArchiMate 3.2 allows between two concepts. Every relationship write
 * in Kartasto goes through these lookups, in the API and in the browser, so the table is
 * unpacked once at load into flat arrays and each lookup is a couple of map reads.
 */
import {
  ELEMENT_TYPES,
  ElementType,
  RELATIONSHIP_TYPES,
  RelationshipType,
  isRelationshipType,
} from './concepts';
import { TABLE_CONCEPTS, TABLE_LETTERS, TABLE_ROWS } from './relationship-table.generated';

/** The concept name for a relationship used as a relationship's source or target. */
export const RELATIONSHIP_CONCEPT = 'Relationship';
/** The standard's single Junction concept; AndJunction and OrJunction both follow its rules. */
export const JUNCTION_CONCEPT = 'Junction';
export const JUNCTION_TYPES = [
  'AndJunction',
  'OrJunction',
] as const satisfies readonly ElementType[];

/** A concept that may sit at either end of a relationship. */
export type RelationshipEndType = ElementType | typeof RELATIONSHIP_CONCEPT;
export type TableConcept = (typeof TABLE_CONCEPTS)[number];

// Compile-time guard: the generated letters must name Kartasto relationship types.
const letterTypes: Readonly<Record<string, RelationshipType>> = TABLE_LETTERS;

const conceptCount = TABLE_CONCEPTS.length;
const tableIndex = new Map<string, number>(TABLE_CONCEPTS.map((c, i) => [c, i]));

/** Kartasto type name (and accepted aliases) -> row/column of the table. */
const endIndex = new Map<string, number>();
for (const type of ELEMENT_TYPES) {
  const concept = (JUNCTION_TYPES as readonly string[]).includes(type) ? JUNCTION_CONCEPT : type;
  const index = tableIndex.get(concept);
  if (index !== undefined) endIndex.set(type, index);
}
for (const alias of [JUNCTION_CONCEPT, RELATIONSHIP_CONCEPT]) {
  const index = tableIndex.get(alias);
  if (index !== undefined) endIndex.set(alias, index);
}
// A caller holding a relationship end may pass its relationship type ("Serving") instead.
for (const type of RELATIONSHIP_TYPES) endIndex.set(type, tableIndex.get(RELATIONSHIP_CONCEPT)!);

const typeBit = new Map<string, number>(RELATIONSHIP_TYPES.map((t, i) => [t, 1 << i]));

/** Bit set of allowed relationship types per (source, target) cell. */
const masks = new Uint16Array(conceptCount * conceptCount);
/** The same cells as frozen arrays, shared between cells with equal sets. */
const lists: (readonly RelationshipType[])[] = new Array(conceptCount * conceptCount);
const listByMask = new Map<number, readonly RelationshipType[]>();

function listFor(mask: number): readonly RelationshipType[] {
  let list = listByMask.get(mask);
  if (!list) {
    list = Object.freeze(RELATIONSHIP_TYPES.filter((_, i) => mask & (1 << i)));
    listByMask.set(mask, list);
  }
  return list;
}

TABLE_CONCEPTS.forEach((source, s) => {
  const cells = TABLE_ROWS[source].split('|');
  if (cells.length !== conceptCount) throw new Error(`relationship table row ${source} is broken`);
  cells.forEach((letters, t) => {
    let mask = 0;
    for (const letter of letters) mask |= typeBit.get(letterTypes[letter])!;
    masks[s * conceptCount + t] = mask;
    lists[s * conceptCount + t] = listFor(mask);
  });
});

const none: readonly RelationshipType[] = Object.freeze([]);

function cellOf(sourceType: string, targetType: string): number {
  const s = endIndex.get(sourceType);
  const t = endIndex.get(targetType);
  return s === undefined || t === undefined ? -1 : s * conceptCount + t;
}

export function isJunctionType(type: string): boolean {
  return type === JUNCTION_CONCEPT || (JUNCTION_TYPES as readonly string[]).includes(type);
}

/**
 * The table concept a type name stands for: element types as themselves, both junction kinds as
 * "Junction", "Relationship" (or a relationship type name) as "Relationship"; unknown names give
 * undefined.
 */
export function tableConceptOf(type: string): TableConcept | undefined {
  const index = endIndex.get(type);
  return index === undefined ? undefined : TABLE_CONCEPTS[index];
}

/**
 * Relationship types allowed from sourceType to targetType, in RELATIONSHIP_TYPES order.
 * Types are exchange-format element names, "Relationship" for a relationship end (a relationship
 * type name such as "Serving" is accepted too). Unknown types allow nothing. The array is shared
 * and frozen: copy it before changing it.
 */
export function allowedRelationships(
  sourceType: string,
  targetType: string,
): readonly RelationshipType[] {
  const cell = cellOf(sourceType, targetType);
  return cell < 0 ? none : lists[cell];
}

/** Whether ArchiMate 3.2 allows a relationship of this type from sourceType to targetType. */
export function isRelationshipAllowed(
  type: string,
  sourceType: string,
  targetType: string,
): boolean {
  const bit = typeBit.get(type);
  const cell = cellOf(sourceType, targetType);
  return bit !== undefined && cell >= 0 && (masks[cell] & bit) !== 0;
}

/** Element types a relationship of this type may point to from sourceType (for pickers). */
export function allowedTargetTypes(type: RelationshipType, sourceType: string): ElementType[] {
  if (!isRelationshipType(type)) return [];
  return ELEMENT_TYPES.filter((target) => isRelationshipAllowed(type, sourceType, target));
}

/** Element types a relationship of this type may come from to reach targetType (for pickers). */
export function allowedSourceTypes(type: RelationshipType, targetType: string): ElementType[] {
  if (!isRelationshipType(type)) return [];
  return ELEMENT_TYPES.filter((source) => isRelationshipAllowed(type, source, targetType));
}
