import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  ACCESS_TYPES,
  emptyModelDocument,
  isElementType,
  isRelationshipType,
  type ElementDoc,
  type LangMap,
  type ModelDocument,
  type PropertyDoc,
  type RelationshipDoc,
} from '@kartasto/metamodel';
import { ExchangeError } from './exchange-error';

/*
 * Archi's CSV format: three files (elements, relations, properties). Semantics follow Archi's
 * importer and exporter:
 * - the element row of type "ArchimateModel" carries the model's name and documentation, and its
 *   ID is the key model properties use in properties.csv;
 * - relation types end in "Relationship"; junctions are type "Junction" with a Junction_Type
 *   property ("And"/"Or");
 * - the property keys Access_Type, Directed, Influence_Strength and Junction_Type are attributes,
 *   not properties;
 * - names, property keys and values have line breaks and tabs turned into spaces; documentation
 *   keeps them;
 * - a blank ID gets a generated one; a repeated ID replaces the earlier row (Archi keeps the
 *   last one it reads for an ID).
 */

export interface ArchiCsvFiles {
  elements?: string | Buffer;
  relations?: string | Buffer;
  properties?: string | Buffer;
}

export interface ArchiCsvOutput {
  elements: string;
  relations: string;
  properties: string;
}

export const ARCHI_CSV_SPECIAL_KEYS = [
  'Access_Type',
  'Directed',
  'Influence_Strength',
  'Junction_Type',
] as const;

const MODEL_TYPE = 'ArchimateModel';
// Archi allows [a-zA-Z0-9_-]; Kartasto also takes dots, colons and letters of any script so that
// ids of models that came from exchange files survive a CSV round trip.
const ID_PATTERN = /^[\p{L}\p{N}_.:-]+$/u;
const ELEMENTS_HEADER = ['ID', 'Type', 'Name', 'Documentation', 'Specialization'];
const RELATIONS_HEADER = [
  'ID',
  'Type',
  'Name',
  'Documentation',
  'Source',
  'Target',
  'Specialization',
];
const PROPERTIES_HEADER = ['ID', 'Key', 'Value'];
/** Leading characters that make a spreadsheet treat a cell as a formula. */
const FORMULA_START = /^['"]?[=+\-@\t\r]/;
const FORMULA_CHAR = /^[=+\-@\t\r]/;

type FileName = 'elements' | 'relations' | 'properties';

interface Row {
  line: number;
  cells: Record<string, string>;
}

function fail(
  file: FileName,
  line: number,
  message: string,
  identifier?: string,
  code: ExchangeError['code'] = 'CSV_MALFORMED',
): never {
  throw new ExchangeError(code, `${file}.csv line ${line}: ${message}`, { line, identifier });
}

function asText(input: string | Buffer): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new ExchangeError(
      'INVALID_UTF8',
      'The CSV file is not valid UTF-8. Save it as UTF-8 (Archi writes UTF-8) and import it again.',
    );
  }
}

/** Archi tries comma, then semicolon, then TAB; Kartasto looks at the header line instead. */
function detectDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const outsideQuotes = line.replace(/"[^"]*"/g, '');
  const counts: [string, number][] = [',', ';', '\t'].map((d) => [
    d,
    outsideQuotes.split(d).length - 1,
  ]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/** Undo the spreadsheet guard written by {@link guardCell}. */
function unguard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function readRows(
  file: FileName,
  input: string | Buffer,
  header: string[],
  optional: ReadonlySet<string>,
): Row[] {
  const text = asText(input);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      comment: '#',
      comment_no_infix: true,
      ltrim: true,
      rtrim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    fail(file, line, `the file is not valid CSV: ${(error as Error).message}`);
  }
  if (!records.length) return [];
  const first = records[0].record.map((cell) => cell.trim().toLowerCase());
  const hasHeader = first[0] === 'id';
  const columns = hasHeader
    ? records[0].record.map((c) => c.trim())
    : header.slice(0, records[0].record.length);
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    const canonical = header.find((h) => h.toLowerCase() === name.toLowerCase());
    if (canonical && !index.has(canonical)) index.set(canonical, i);
  });
  for (const name of header) {
    if (!index.has(name) && !optional.has(name)) {
      fail(
        file,
        1,
        `the column "${name}" is missing (expected ${header.map((h) => `"${h}"`).join(',')}).`,
        undefined,
        'CSV_MISSING_COLUMN',
      );
    }
  }
  const rows: Row[] = [];
  for (const { record, info } of hasHeader ? records.slice(1) : records) {
    if (record.length === 1 && record[0] === '') continue;
    if (record.length < index.size) {
      fail(
        file,
        info.lines,
        `the row has ${record.length} cells but the header has ${columns.length}.`,
      );
    }
    const cells: Record<string, string> = {};
    for (const [name, i] of index) cells[name] = record[i] ?? '';
    rows.push({ line: info.lines, cells });
  }
  return rows;
}

/** Archi turns line breaks and tabs into spaces in names, keys and values. */
function singleLine(value: string): string {
  return value.replace(/\r\n|\r|\n|\t/g, ' ');
}

function langMap(value: string): LangMap {
  return value === '' ? {} : { '': value };
}

/** FNV-1a: a short, stable hash so a property key always gets the same definition id. */
function hashKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function accessTypeOf(value: string): RelationshipDoc['accessType'] | undefined {
  const lower = value.trim().toLowerCase();
  return ACCESS_TYPES.find((type) => type.toLowerCase() === lower);
}

/**
 * Reads Archi's CSV files into a ModelDocument. Any file may be left out; relations and
 * properties may refer only to rows of these files. Throws {@link ExchangeError}.
 */
export function parseArchiCsv(files: ArchiCsvFiles): ModelDocument {
  const doc = emptyModelDocument();
  const elements = new Map<string, ElementDoc>();
  const relationships = new Map<string, RelationshipDoc>();
  const generated: { concept: ElementDoc | RelationshipDoc; base: string }[] = [];
  const junctionTypes = new Map<string, string>();
  let modelKey: string | undefined;

  const idOf = (file: FileName, row: Row): string | undefined => {
    const id = row.cells.ID.trim();
    if (id === '') return undefined;
    if (!ID_PATTERN.test(id)) {
      fail(
        file,
        row.line,
        `the ID "${id}" may only contain letters, digits, "_", "-", "." and ":".`,
        id,
        'INVALID_ID',
      );
    }
    return id;
  };

  if (files.elements !== undefined) {
    for (const row of readRows(
      'elements',
      files.elements,
      ELEMENTS_HEADER,
      new Set(['Specialization']),
    )) {
      const id = idOf('elements', row);
      const rawType = row.cells.Type.trim();
      if (rawType === MODEL_TYPE) {
        if (id) {
          modelKey = id;
          doc.id = id;
        }
        doc.name = langMap(singleLine(unguard(row.cells.Name)));
        doc.documentation = langMap(unguard(row.cells.Documentation));
        continue;
      }
      const type = rawType === 'Junction' ? 'AndJunction' : rawType;
      if (!isElementType(type)) {
        fail(
          'elements',
          row.line,
          `"${rawType}" is not an ArchiMate element type.`,
          id,
          'UNKNOWN_TYPE',
        );
      }
      const element: ElementDoc = {
        id: id ?? '',
        type,
        name: langMap(singleLine(unguard(row.cells.Name))),
        documentation: langMap(unguard(row.cells.Documentation)),
        properties: [],
      };
      const specialization = unguard(row.cells.Specialization ?? '').trim();
      if (specialization) element.specialization = specialization;
      if (!id) generated.push({ concept: element, base: `element-line-${row.line}` });
      else if (relationships.has(id))
        fail(
          'elements',
          row.line,
          `the ID "${id}" is already used by a relation.`,
          id,
          'DUPLICATE_ID',
        );
      else if (elements.has(id)) Object.assign(elements.get(id)!, element);
      else elements.set(id, element);
      if (!id || elements.get(id) === element) doc.elements.push(element);
    }
  }

  if (files.relations !== undefined) {
    for (const row of readRows(
      'relations',
      files.relations,
      RELATIONS_HEADER,
      new Set(['Specialization']),
    )) {
      const id = idOf('relations', row);
      const rawType = row.cells.Type.trim();
      const type = rawType.endsWith('Relationship')
        ? rawType.slice(0, -'Relationship'.length)
        : rawType;
      if (!isRelationshipType(type)) {
        fail(
          'relations',
          row.line,
          `"${rawType}" is not an ArchiMate relationship type.`,
          id,
          'UNKNOWN_TYPE',
        );
      }
      const relationship: RelationshipDoc = {
        id: id ?? '',
        type,
        sourceId: row.cells.Source.trim(),
        targetId: row.cells.Target.trim(),
        name: langMap(singleLine(unguard(row.cells.Name))),
        documentation: langMap(unguard(row.cells.Documentation)),
        properties: [],
      };
      // Archi's defaults for attributes its CSV did not mention.
      if (type === 'Access') relationship.accessType = 'Write';
      if (type === 'Association') relationship.isDirected = false;
      const specialization = unguard(row.cells.Specialization ?? '').trim();
      if (specialization) relationship.specialization = specialization;
      if (!id) generated.push({ concept: relationship, base: `relation-line-${row.line}` });
      else if (elements.has(id))
        fail(
          'relations',
          row.line,
          `the ID "${id}" is already used by an element.`,
          id,
          'DUPLICATE_ID',
        );
      else if (relationships.has(id)) Object.assign(relationships.get(id)!, relationship);
      else relationships.set(id, relationship);
      if (!id || relationships.get(id) === relationship) doc.relationships.push(relationship);
      (relationship as RelationshipDoc & { line?: number }).line = row.line;
    }
  }

  // Blank IDs get ids from their line, made unique against the ids the files do have.
  for (const { concept, base } of generated) {
    let id = base;
    for (let n = 2; elements.has(id) || relationships.has(id); n++) id = `${base}-${n}`;
    concept.id = id;
    if ('sourceId' in concept) relationships.set(id, concept);
    else elements.set(id, concept);
  }

  for (const relationship of doc.relationships) {
    const line = (relationship as RelationshipDoc & { line?: number }).line ?? 0;
    delete (relationship as RelationshipDoc & { line?: number }).line;
    for (const [end, ref] of [
      ['Source', relationship.sourceId],
      ['Target', relationship.targetId],
    ] as const) {
      if (!elements.has(ref) && !relationships.has(ref)) {
        fail(
          'relations',
          line,
          `relation "${relationship.id}" has ${end} "${ref}", but no element or relation has that ID.`,
          ref,
          'MISSING_REFERENCE',
        );
      }
    }
  }

  if (files.properties !== undefined) {
    const definitionIds = new Map<string, string>();
    const usedIds = new Set<string>();
    const definitionFor = (key: string): string => {
      let id = definitionIds.get(key);
      if (!id) {
        const base = `propdef-${hashKey(key)}`;
        id = base;
        for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
        usedIds.add(id);
        definitionIds.set(key, id);
        doc.propertyDefinitions.push({ id, name: { '': key }, type: 'string' });
      }
      return id;
    };
    for (const row of readRows('properties', files.properties, PROPERTIES_HEADER, new Set())) {
      const id = row.cells.ID.trim();
      if (!id)
        fail(
          'properties',
          row.line,
          'the ID cell is empty; every property must name the element, relation or model it belongs to.',
        );
      const key = singleLine(unguard(row.cells.Key));
      const value = singleLine(unguard(row.cells.Value));
      const element = elements.get(id);
      const relationship = relationships.get(id);
      const owner = element ?? relationship;
      if (!owner && id !== modelKey) {
        fail(
          'properties',
          row.line,
          `the property "${key}" belongs to "${id}", but no element, relation or model row has that ID.`,
          id,
          'MISSING_REFERENCE',
        );
      }
      if (relationship && applyRelationshipKey(relationship, key, value)) continue;
      if (element && key === 'Junction_Type' && element.type.endsWith('Junction')) {
        junctionTypes.set(id, value);
        continue;
      }
      const property: PropertyDoc = { definitionId: definitionFor(key), value: langMap(value) };
      (owner ?? doc).properties.push(property);
    }
  }
  for (const [id, value] of junctionTypes) {
    elements.get(id)!.type = value.trim().toLowerCase() === 'or' ? 'OrJunction' : 'AndJunction';
  }
  return doc;
}

/** Applies Access_Type, Directed and Influence_Strength; false when the key is an ordinary one. */
function applyRelationshipKey(relationship: RelationshipDoc, key: string, value: string): boolean {
  if (key === 'Access_Type' && relationship.type === 'Access') {
    const accessType = accessTypeOf(value);
    if (accessType) relationship.accessType = accessType;
    return accessType !== undefined;
  }
  if (key === 'Directed' && relationship.type === 'Association') {
    relationship.isDirected = value.trim().toLowerCase() === 'true';
    return true;
  }
  if (key === 'Influence_Strength' && relationship.type === 'Influence') {
    if (value !== '') relationship.influenceStrength = value;
    else delete relationship.influenceStrength;
    return true;
  }
  return false;
}

// ------------------------------------------------------------------------------------ writer

/**
 * Archi CSV holds one language: the no-language text when present, else the preferred
 * language's, else the first one there is.
 */
function oneLanguage(map: LangMap, preferred: string): string {
  if ('' in map) return map[''];
  if (preferred in map) return map[preferred];
  for (const lang in map) return map[lang];
  return '';
}

/**
 * A free-text cell a spreadsheet would run as a formula gets a leading apostrophe, which the
 * reader strips again; a cell that already starts with an apostrophe before such a character
 * gets one more, so reading always gives back the original text.
 */
export function guardCell(value: string): string {
  return FORMULA_CHAR.test(value) || (value.startsWith("'") && FORMULA_START.test(value.slice(1)))
    ? `'${value}`
    : value;
}

function csv(rows: string[][]): string {
  return stringify(rows, { quoted: true, quoted_empty: true, record_delimiter: '\r\n' }).replace(
    /\r\n$/,
    '',
  );
}

/**
 * Writes a ModelDocument as Archi's three CSV files (UTF-8 without BOM, CRLF, every cell quoted,
 * as Archi writes them). CSV has one language: each text takes its no-language value, else the
 * first language. Folders, views and property data types are not part of the format.
 */
export function writeArchiCsv(doc: ModelDocument, options: { language?: string } = {}): ArchiCsvOutput {
  const lang = options.language ?? 'fi';
  const definitionNames = new Map(
    doc.propertyDefinitions.map((d) => [d.id, oneLanguage(d.name, lang) || d.id]),
  );
  // A model without id keeps a blank ID cell unless its properties need something to point at.
  const modelId = doc.id ?? (doc.properties.length ? 'model' : '');
  const elementRows: string[][] = [ELEMENTS_HEADER];
  const relationRows: string[][] = [RELATIONS_HEADER];
  const propertyRows: string[][] = [PROPERTIES_HEADER];
  const text = (map: LangMap) => guardCell(oneLanguage(map, lang));
  const addProperties = (ownerId: string, properties: PropertyDoc[]) => {
    for (const property of properties) {
      const key = definitionNames.get(property.definitionId) ?? property.definitionId;
      propertyRows.push([ownerId, guardCell(key), guardCell(oneLanguage(property.value, lang))]);
    }
  };
  elementRows.push([modelId, MODEL_TYPE, text(doc.name), text(doc.documentation), '']);
  addProperties(modelId, doc.properties);
  for (const element of doc.elements) {
    const isJunction = element.type === 'AndJunction' || element.type === 'OrJunction';
    elementRows.push([
      element.id,
      isJunction ? 'Junction' : element.type,
      text(element.name),
      text(element.documentation),
      guardCell(element.specialization ?? ''),
    ]);
    if (isJunction)
      propertyRows.push([
        element.id,
        'Junction_Type',
        element.type === 'OrJunction' ? 'Or' : 'And',
      ]);
    addProperties(element.id, element.properties);
  }
  for (const relationship of doc.relationships) {
    relationRows.push([
      relationship.id,
      `${relationship.type}Relationship`,
      text(relationship.name),
      text(relationship.documentation),
      relationship.sourceId,
      relationship.targetId,
      guardCell(relationship.specialization ?? ''),
    ]);
    if (relationship.type === 'Access') {
      propertyRows.push([relationship.id, 'Access_Type', relationship.accessType ?? 'Write']);
    } else if (relationship.type === 'Association') {
      propertyRows.push([relationship.id, 'Directed', relationship.isDirected ? 'true' : 'false']);
    } else if (relationship.type === 'Influence' && relationship.influenceStrength) {
      propertyRows.push([
        relationship.id,
        'Influence_Strength',
        guardCell(relationship.influenceStrength),
      ]);
    }
    addProperties(relationship.id, relationship.properties);
  }
  return {
    elements: csv(elementRows),
    relations: csv(relationRows),
    properties: csv(propertyRows),
  };
}
