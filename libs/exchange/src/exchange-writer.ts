import type {
  ElementDoc,
  FolderDoc,
  LangMap,
  ModelDocument,
  PropertyDoc,
  RelationshipDoc,
  Rgba,
  StyleDoc,
  ViewConnectionDoc,
  ViewDoc,
  ViewNodeDoc,
} from '@kartasto/metamodel';
import { ExchangeError } from './exchange-error';
import { ARCHIMATE_NS } from './exchange-reader';
import { escapeAttribute as attr, escapeText as text, toXmlId as xid } from './xml-names';

export interface WriteExchangeOptions {
  /**
   * Write only these views plus the elements and relationships they show (and the endpoints
   * those relationships need), e.g. to hand one diagram to another tool.
   */
  viewIds?: string[];
}

const FLUSH_AT = 64 * 1024;
const FONT_STYLES: ReadonlySet<string> = new Set(['plain', 'bold', 'italic', 'underline']);
const SCHEMA_LOCATION = `${ARCHIMATE_NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

/** The part of a document that one export writes. */
interface Selection {
  elements: ElementDoc[];
  relationships: RelationshipDoc[];
  views: ViewDoc[];
  folders: FolderDoc[];
  viewIds: ReadonlySet<string>;
}

function selectAll(doc: ModelDocument): Selection {
  return {
    elements: doc.elements,
    relationships: doc.relationships,
    views: doc.views,
    folders: doc.folders,
    viewIds: new Set(doc.views.map((view) => view.id)),
  };
}

/** The views asked for and the concepts they need for the file to be complete and valid. */
function selectViews(doc: ModelDocument, viewIds: string[]): Selection {
  const wanted = new Set(viewIds);
  const views = doc.views.filter((view) => wanted.has(view.id));
  for (const id of wanted) {
    if (!views.some((view) => view.id === id)) {
      throw new ExchangeError(
        'MISSING_REFERENCE',
        `The model has no view with the identifier "${id}".`,
        {
          identifier: id,
        },
      );
    }
  }
  const elementIds = new Set<string>();
  const relationshipIds = new Set<string>();
  for (const view of views) {
    for (const node of view.nodes) if (node.elementId) elementIds.add(node.elementId);
    for (const connection of view.connections) {
      if (connection.relationshipId) relationshipIds.add(connection.relationshipId);
    }
  }
  // A relationship's ends must be in the file too; ends may themselves be relationships.
  const relationshipById = new Map(doc.relationships.map((r) => [r.id, r]));
  const queue = [...relationshipIds];
  while (queue.length) {
    const relationship = relationshipById.get(queue.pop()!);
    if (!relationship) continue;
    for (const end of [relationship.sourceId, relationship.targetId]) {
      if (relationshipById.has(end)) {
        if (!relationshipIds.has(end)) {
          relationshipIds.add(end);
          queue.push(end);
        }
      } else {
        elementIds.add(end);
      }
    }
  }
  const elements = doc.elements.filter((e) => elementIds.has(e.id));
  const relationships = doc.relationships.filter((r) => relationshipIds.has(r.id));
  // Keep only folders on the path to something written.
  const folderById = new Map(doc.folders.map((f) => [f.id, f]));
  const usedFolders = new Set<string>();
  for (const concept of [...elements, ...relationships, ...views]) {
    for (let id = concept.folderId; id && !usedFolders.has(id); id = folderById.get(id)?.parentId) {
      usedFolders.add(id);
    }
  }
  return {
    elements,
    relationships,
    views,
    folders: doc.folders.filter((f) => usedFolders.has(f.id)),
    viewIds: wanted,
  };
}

class ChunkWriter {
  private buffer = '';
  push(part: string): void {
    this.buffer += part;
  }
  take(): string | undefined {
    if (this.buffer.length < FLUSH_AT) return undefined;
    const out = this.buffer;
    this.buffer = '';
    return out;
  }
  rest(): string {
    const out = this.buffer;
    this.buffer = '';
    return out;
  }
}

function langAttr(lang: string): string {
  return lang ? ` xml:lang="${attr(lang)}"` : '';
}

/** Repeated per-language elements; `required` writes an empty one when the map is empty. */
function langElements(tag: string, map: LangMap, indent: string, required = false): string {
  let out = '';
  for (const lang in map) {
    out += `${indent}<${tag}${langAttr(lang)}>${text(map[lang])}</${tag}>\n`;
  }
  if (!out && required) out = `${indent}<${tag}></${tag}>\n`;
  return out;
}

function propertiesXml(properties: PropertyDoc[], indent: string): string {
  if (!properties.length) return '';
  let out = `${indent}<properties>\n`;
  for (const property of properties) {
    out += `${indent}  <property propertyDefinitionRef="${attr(xid(property.definitionId))}">\n`;
    out += langElements('value', property.value, `${indent}    `, true);
    out += `${indent}  </property>\n`;
  }
  return `${out}${indent}</properties>\n`;
}

const clampInt = (value: number, min: number, max = Number.MAX_SAFE_INTEGER): number =>
  Math.min(max, Math.max(min, Math.round(value)));

function colorXml(tag: string, color: Rgba | undefined, indent: string): string {
  if (!color) return '';
  const alpha = color.a === undefined ? '' : ` a="${clampInt(color.a, 0, 100)}"`;
  return `${indent}<${tag} r="${clampInt(color.r, 0, 255)}" g="${clampInt(color.g, 0, 255)}" b="${clampInt(color.b, 0, 255)}"${alpha}/>\n`;
}

function styleXml(style: StyleDoc, indent: string): string {
  const { fill, line, font, lineWidth } = style;
  if (!fill && !line && !font && lineWidth === undefined) return '';
  const width = lineWidth === undefined ? '' : ` lineWidth="${clampInt(lineWidth, 1)}"`;
  let out = `${indent}<style${width}>\n`;
  out += colorXml('lineColor', line, `${indent}  `);
  out += colorXml('fillColor', fill, `${indent}  `);
  if (font) {
    let attrs = '';
    if (font.name) attrs += ` name="${attr(font.name)}"`;
    // The XSD allows sizes in half points from 1 up.
    if (font.size !== undefined && font.size >= 1)
      attrs += ` size="${Math.round(font.size * 2) / 2}"`;
    const styles = (font.style ?? '').split(/\s+/).filter((s) => FONT_STYLES.has(s));
    if (styles.length) attrs += ` style="${styles.join(' ')}"`;
    if (font.color) {
      out += `${indent}  <font${attrs}>\n${colorXml('color', font.color, `${indent}    `)}${indent}  </font>\n`;
    } else {
      out += `${indent}  <font${attrs}/>\n`;
    }
  }
  return `${out}${indent}</style>\n`;
}

function conceptXml(
  tag: 'element' | 'relationship',
  concept: ElementDoc | RelationshipDoc,
  extraAttrs: string,
  nameRequired: boolean,
): string {
  const indent = '    ';
  let out = `${indent}<${tag} identifier="${attr(xid(concept.id))}" xsi:type="${concept.type}"${extraAttrs}>\n`;
  out += langElements('name', concept.name, `${indent}  `, nameRequired);
  out += langElements('documentation', concept.documentation, `${indent}  `);
  out += propertiesXml(concept.properties, `${indent}  `);
  return `${out}${indent}</${tag}>\n`;
}

function relationshipAttrs(relationship: RelationshipDoc): string {
  let out = ` source="${attr(xid(relationship.sourceId))}" target="${attr(xid(relationship.targetId))}"`;
  if (
    relationship.type === 'Access' &&
    relationship.accessType &&
    relationship.accessType !== 'Access'
  ) {
    out += ` accessType="${relationship.accessType}"`;
  }
  if (relationship.type === 'Influence' && relationship.influenceStrength) {
    out += ` modifier="${attr(relationship.influenceStrength)}"`;
  }
  if (relationship.type === 'Association' && relationship.isDirected) out += ' isDirected="true"';
  return out;
}

function* organizationsXml(selection: Selection, out: ChunkWriter): Generator<string> {
  const folderIds = new Set(selection.folders.map((f) => f.id));
  const childFolders = new Map<string | undefined, FolderDoc[]>();
  for (const folder of selection.folders) {
    const parent = folder.parentId && folderIds.has(folder.parentId) ? folder.parentId : undefined;
    const list = childFolders.get(parent) ?? [];
    list.push(folder);
    childFolders.set(parent, list);
  }
  for (const list of childFolders.values()) list.sort((a, b) => a.order - b.order);
  const members = new Map<string, string[]>();
  for (const concept of [...selection.elements, ...selection.relationships, ...selection.views]) {
    if (!concept.folderId || !folderIds.has(concept.folderId)) continue;
    const list = members.get(concept.folderId) ?? [];
    list.push(concept.id);
    members.set(concept.folderId, list);
  }
  const top = childFolders.get(undefined) ?? [];
  if (!top.length) return;
  out.push('  <organizations>\n');
  const visited = new Set<string>();
  const writeFolder = function* (folder: FolderDoc, depth: number): Generator<string> {
    if (visited.has(folder.id)) return; // a cycle in the folder tree must not hang the export
    visited.add(folder.id);
    const indent = '  '.repeat(depth + 2);
    out.push(`${indent}<item identifier="${attr(xid(folder.id))}">\n`);
    out.push(langElements('label', folder.name, `${indent}  `));
    out.push(langElements('documentation', folder.documentation, `${indent}  `));
    for (const child of childFolders.get(folder.id) ?? []) yield* writeFolder(child, depth + 1);
    for (const id of members.get(folder.id) ?? []) {
      out.push(`${indent}  <item identifierRef="${attr(xid(id))}"/>\n`);
    }
    out.push(`${indent}</item>\n`);
    const chunk = out.take();
    if (chunk) yield chunk;
  };
  for (const folder of top) yield* writeFolder(folder, 0);
  out.push('  </organizations>\n');
}

function viewXml(view: ViewDoc, viewIds: ReadonlySet<string>): string {
  const indent = '      ';
  const viewpoint = view.viewpoint ? ` viewpoint="${attr(view.viewpoint)}"` : '';
  let out = `${indent}<view identifier="${attr(xid(view.id))}" xsi:type="Diagram"${viewpoint}>\n`;
  out += langElements('name', view.name, `${indent}  `, true);
  out += langElements('documentation', view.documentation, `${indent}  `);
  out += propertiesXml(view.properties, `${indent}  `);
  const children = new Map<string | undefined, ViewNodeDoc[]>();
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  for (const node of view.nodes) {
    const parent = node.parentId && nodeIds.has(node.parentId) ? node.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const visited = new Set<string>();
  const writeNode = (node: ViewNodeDoc, parentX: number, parentY: number, depth: number): void => {
    if (visited.has(node.id)) return;
    visited.add(node.id);
    const pad = '  '.repeat(depth + 4);
    const x = parentX + node.bounds.x;
    const y = parentY + node.bounds.y;
    const kids = children.get(node.id) ?? [];
    // Only Element and Container nodes may nest in the XSD; a label with children becomes a container.
    const type =
      node.kind === 'element'
        ? 'Element'
        : node.kind === 'label' && !kids.length
          ? 'Label'
          : 'Container';
    const ref =
      node.kind === 'element' && node.elementId ? ` elementRef="${attr(xid(node.elementId))}"` : '';
    out += `${pad}<node identifier="${attr(xid(node.id))}" xsi:type="${type}"${ref} x="${clampInt(x, 0)}" y="${clampInt(y, 0)}" w="${clampInt(node.bounds.width, 1)}" h="${clampInt(node.bounds.height, 1)}">\n`;
    out += langElements('label', node.label, `${pad}  `);
    out += langElements('documentation', node.documentation, `${pad}  `);
    out += styleXml(node.style, `${pad}  `);
    if (node.viewRefId && viewIds.has(node.viewRefId)) {
      out += `${pad}  <viewRef ref="${attr(xid(node.viewRefId))}"/>\n`;
    }
    for (const child of kids) writeNode(child, x, y, depth + 1);
    out += `${pad}</node>\n`;
  };
  for (const node of children.get(undefined) ?? []) writeNode(node, 0, 0, 0);
  const connections = [...view.connections].sort((a, b) => a.order - b.order);
  for (const connection of connections) out += connectionXml(connection, `${indent}  `);
  return `${out}${indent}</view>\n`;
}

function connectionXml(connection: ViewConnectionDoc, indent: string): string {
  const isRelationship = connection.kind === 'relationship' && connection.relationshipId;
  let attrs = ` identifier="${attr(xid(connection.id))}" xsi:type="${isRelationship ? 'Relationship' : 'Line'}"`;
  if (isRelationship) attrs += ` relationshipRef="${attr(xid(connection.relationshipId!))}"`;
  if (connection.sourceId) attrs += ` source="${attr(xid(connection.sourceId))}"`;
  if (connection.targetId) attrs += ` target="${attr(xid(connection.targetId))}"`;
  let out = `${indent}<connection${attrs}>\n`;
  out += langElements('label', connection.label, `${indent}  `);
  out += langElements('documentation', connection.documentation, `${indent}  `);
  out += styleXml(connection.style, `${indent}  `);
  for (const point of connection.bendpoints) {
    out += `${indent}  <bendpoint x="${clampInt(point.x, 0)}" y="${clampInt(point.y, 0)}"/>\n`;
  }
  return `${out}${indent}</connection>\n`;
}

/**
 * Writes a ModelDocument as an ArchiMate 3.1 Model Exchange File, chunk by chunk (about 64 KB
 * each), so a 50,000-element model can be streamed to a response without one huge string.
 * Identifiers are kept (non-NCName ids get a deterministic "id-" prefix, see toXmlId).
 * View nodes' and connections' own properties are not written: the XSD has no place for them.
 */
export function* exchangeChunks(
  doc: ModelDocument,
  options: WriteExchangeOptions = {},
): Generator<string> {
  const selection = options.viewIds ? selectViews(doc, options.viewIds) : selectAll(doc);
  const out = new ChunkWriter();
  const flush = function* (): Generator<string> {
    const chunk = out.take();
    if (chunk) yield chunk;
  };
  const dc = doc.metadata?.xml ? ' xmlns:dc="http://purl.org/dc/elements/1.1/"' : '';
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(
    `<model xmlns="${ARCHIMATE_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"${dc} xsi:schemaLocation="${SCHEMA_LOCATION}" identifier="${attr(xid(doc.id ?? 'kartasto-model'))}">\n`,
  );
  out.push(langElements('name', doc.name, '  ', true));
  out.push(langElements('documentation', doc.documentation, '  '));
  out.push(propertiesXml(doc.properties, '  '));
  if (doc.metadata?.xml) out.push(`  <metadata>\n    ${doc.metadata.xml}\n  </metadata>\n`);
  if (selection.elements.length) {
    out.push('  <elements>\n');
    for (const element of selection.elements) {
      const isJunction = element.type === 'AndJunction' || element.type === 'OrJunction';
      out.push(conceptXml('element', element, '', !isJunction));
      yield* flush();
    }
    out.push('  </elements>\n');
  }
  if (selection.relationships.length) {
    out.push('  <relationships>\n');
    for (const relationship of selection.relationships) {
      out.push(conceptXml('relationship', relationship, relationshipAttrs(relationship), false));
      yield* flush();
    }
    out.push('  </relationships>\n');
  }
  yield* organizationsXml(selection, out);
  if (doc.propertyDefinitions.length) {
    out.push('  <propertyDefinitions>\n');
    for (const definition of doc.propertyDefinitions) {
      out.push(
        `    <propertyDefinition identifier="${attr(xid(definition.id))}" type="${definition.type}">\n`,
      );
      out.push(langElements('name', definition.name, '      ', true));
      out.push('    </propertyDefinition>\n');
    }
    out.push('  </propertyDefinitions>\n');
  }
  if (selection.views.length) {
    out.push('  <views>\n    <diagrams>\n');
    for (const view of selection.views) {
      out.push(viewXml(view, selection.viewIds));
      yield* flush();
    }
    out.push('    </diagrams>\n  </views>\n');
  }
  out.push('</model>\n');
  yield out.rest();
}

/** The whole exchange file as one string; see {@link exchangeChunks} for large models. */
export function writeExchange(doc: ModelDocument, options: WriteExchangeOptions = {}): string {
  let result = '';
  for (const chunk of exchangeChunks(doc, options)) result += chunk;
  return result;
}
