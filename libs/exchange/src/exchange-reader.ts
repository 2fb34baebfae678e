import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  ACCESS_TYPES,
  elementTypeNamed,
  relationshipTypeNamed,
  type ElementDoc,
  type FolderDoc,
  type FontDoc,
  type LangMap,
  type ModelDocument,
  type PropertyDataType,
  type PropertyDefinitionDoc,
  type PropertyDoc,
  type RelationshipDoc,
  type Rgba,
  type StyleDoc,
  type ViewConnectionDoc,
  type ViewDoc,
  type ViewNodeDoc,
  emptyModelDocument,
} from '@kartasto/metamodel';
import { ExchangeError, type ExchangeErrorCode } from './exchange-error';
import { decodeXmlInput, type ExchangeInput } from './input-decoder';
import { isNcName } from './xml-names';

export const ARCHIMATE_NS = 'http://www.opengroup.org/xsd/archimate/3.0/';
const ARCHIMATE_21_NS = 'http://www.opengroup.org/xsd/archimate';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * A start tag with its namespace resolved by the reader itself: saxes runs without its xmlns
 * option (which builds an object per attribute), and prefixes are looked up here.
 */
interface Tag {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  /** Attribute values by qualified name, as written. */
  attributes: Record<string, string>;
  /** The xsi:type attribute's value, found while the attribute prefixes were checked. */
  xsiType: string | undefined;
}

/** Prefix -> namespace URI in scope; a child scope inherits from its parent's prototype. */
type Scope = Record<string, string>;

function rootScope(): Scope {
  const scope: Scope = Object.create(null);
  scope.xml = XML_NS;
  scope.xmlns = XMLNS_NS;
  return scope;
}

export interface ParseExchangeOptions {
  /** Refuse input larger than this many bytes. Default 200 MB. */
  maxBytes?: number;
  /** Refuse XML nested deeper than this. Default 64 (real files stay below 20). */
  maxDepth?: number;
  /** Called after each chunk with the number of bytes read so far. */
  onProgress?: (bytesRead: number) => void;
  /** Receives what has been read while the rest of the file is still being read. */
  sink?: ExchangeSink;
  /**
   * With a sink: false hands elements, relationships and views to the sink only, so a large
   * file is never held whole. The document returned then has the model's own fields, folders
   * and property definitions, and empty element, relationship and view lists. Default true.
   */
  retain?: boolean;
}

/**
 * The reader's record of one identifier, with a slot the sink may use for what it keeps per
 * identifier (a row id, say): a consumer of a large file then needs no table of its own.
 */
export interface IdSlot {
  slot?: unknown;
}

/** The slot of an identifier read so far, if any. */
export type IdLookup = (identifier: string) => IdSlot | undefined;

/**
 * Gets each folder, element, relationship and view as soon as the reader has it complete, so a
 * consumer can store the start of a large file while the rest is read. Until the file has
 * ended nothing is checked to be whole: references may still dangle, and an element's folder
 * is known only once <organizations> (after the elements) has been read. When parsing fails,
 * everything handed out must be thrown away.
 */
export interface ExchangeSink {
  /** Before anything else: how to find the slot of any identifier read so far. */
  begin?(lookup: IdLookup): void;
  /** A folder from <organizations>; `ordinal` counts the folders in file order from 0. */
  folder?(folder: FolderDoc, ordinal: number): void;
  element?(element: ElementDoc, slot: IdSlot): void;
  /**
   * A relationship, with the slots of its ends when they were read before it (an end further
   * on, another relationship, has none here; it is checked once the file has ended).
   */
  relationship?(
    relationship: RelationshipDoc,
    slot: IdSlot,
    source: IdSlot | undefined,
    target: IdSlot | undefined,
  ): void;
  /** A view with all its nodes and connections. */
  view?(view: ViewDoc, slot: IdSlot): void;
  /**
   * An element, relationship or view is filed in `folder` (its first filing; later ones are
   * ignored, as by the reader). Comes at any time, also after the last byte; the folder's id
   * may still change until the file has ended.
   */
  filed?(identifier: string, folder: FolderDoc, slot: IdSlot): void;
  /** Awaited after each chunk of input: a consumer that falls behind holds the reader here. */
  drain?(): Promise<void> | void;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

const PROPERTY_TYPES: ReadonlySet<string> = new Set([
  'string',
  'boolean',
  'currency',
  'date',
  'time',
  'number',
]);
const ACCESS_TYPE_SET: ReadonlySet<string> = new Set(ACCESS_TYPES);

type IdKind =
  | 'model'
  | 'element'
  | 'relationship'
  | 'propertyDefinition'
  | 'folder'
  | 'item'
  | 'view'
  | 'node'
  | 'connection';

interface IdEntry extends IdSlot {
  kind: IdKind;
  line: number;
  /** The view a node or connection belongs to. */
  viewId?: string;
  /** The element, relationship or view itself, for filing it into a folder (when kept). */
  concept?: { folderId?: string };
  /** Filed into a folder already: the first filing counts. */
  filed?: boolean;
}

const ELEMENT_OR_RELATIONSHIP: readonly IdKind[] = ['element', 'relationship'];
const ONLY_ELEMENT: readonly IdKind[] = ['element'];
const ONLY_RELATIONSHIP: readonly IdKind[] = ['relationship'];
const ONLY_VIEW: readonly IdKind[] = ['view'];
const ONLY_PROPERTY_DEFINITION: readonly IdKind[] = ['propertyDefinition'];
const NODE_OR_CONNECTION: readonly IdKind[] = ['node', 'connection'];
const ANY_KIND: readonly IdKind[] = [
  'element',
  'relationship',
  'view',
  'propertyDefinition',
  'folder',
  'item',
  'node',
  'connection',
  'model',
];

const KIND_WORDS: Record<IdKind, string> = {
  model: 'model',
  element: 'element',
  relationship: 'relationship',
  propertyDefinition: 'property definition',
  folder: 'folder',
  item: 'organization item',
  view: 'view',
  node: 'view node',
  connection: 'view connection',
};

/** A reference whose target may appear later in the file; checked once the file has ended. */
interface PendingRef {
  ref: string;
  accept: readonly IdKind[];
  /** Same-view constraint for connection ends. */
  viewId?: string;
  line: number;
  column: number;
  /** "relationship "r1" source" — how the message names the referring side. */
  owner: string;
  apply?: (entry: IdEntry) => void;
}

type Frame =
  | { kind: 'model' }
  | { kind: 'text'; map: LangMap; lang: string; value: string }
  | { kind: 'ignoredText' }
  | { kind: 'skip' }
  | { kind: 'list'; name: string }
  | { kind: 'element'; element: ElementDoc; entry: IdEntry }
  | {
      kind: 'relationship';
      relationship: RelationshipDoc;
      entry: IdEntry;
      source: IdEntry | undefined;
      target: IdEntry | undefined;
    }
  | { kind: 'properties'; target: PropertyDoc[] }
  | { kind: 'property'; property: PropertyDoc }
  | { kind: 'propertyDefinition'; definition: PropertyDefinitionDoc }
  | { kind: 'metadata'; depth: number }
  | { kind: 'folderItem'; folder: FolderDoc; path: number[]; childFolders: number }
  | { kind: 'refItem'; folder?: FolderDoc; path: number[]; childFolders: number }
  | { kind: 'view'; view: ViewDoc; entry: IdEntry; childOrder: number }
  | {
      kind: 'node';
      node: ViewNodeDoc;
      absX: number;
      absY: number;
      viewId: string;
      childOrder: number;
    }
  | { kind: 'connection'; connection: ViewConnectionDoc; viewId: string }
  | { kind: 'style'; style: StyleDoc }
  | { kind: 'font'; font: FontDoc };

// Frames without state are shared: a large file opens hundreds of thousands of them.
const SKIP: Frame = { kind: 'skip' };
const IGNORED_TEXT: Frame = { kind: 'ignoredText' };

/** An attribute without a prefix (no namespace): `name` never has a colon. */
function plainAttr(tag: Tag, name: string): string | undefined {
  return tag.attributes[name];
}

/** Strings this long or longer are cut from another as a view into it (V8's SlicedString). */
const SLICED_MIN = 13;

/**
 * `text` as a string of its own. A long attribute value is a slice of the chunk of input it was
 * read from, and keeping it would keep the whole chunk (a megabyte) alive. Identifiers are kept
 * until the file ends; with Archi's 35-character ones that kept all of a large file's text.
 */
function own(text: string): string {
  return text.length < SLICED_MIN ? text : (' ' + text).slice(1);
}

function langOf(tag: Tag): string {
  // The xml prefix is bound for good (declaring it otherwise is refused).
  return tag.attributes['xml:lang']?.trim() ?? '';
}

/**
 * One pass over the file. Keeps only the document being built, a stack as deep as the XML and
 * a list of references to check at the end: memory grows with the model, not with the file.
 */
class ExchangeReader {
  readonly doc: ModelDocument = emptyModelDocument();
  private readonly stack: Frame[] = [];
  private readonly ids = new Map<string, IdEntry>();
  private readonly pending: PendingRef[] = [];
  /** Folders without an identifier in the file, by the id made for them. */
  private readonly generatedFolders = new Map<string, FolderDoc>();
  /** Forward references with neither apply nor view, by accepted kinds then identifier. */
  private readonly pendingKeys = new Map<readonly IdKind[], Set<string>>();
  /** References with an apply that are pending: later ones must wait behind them. */
  private readonly pendingApplies = new Set<string>();
  /** One namespace scope per open XML element. */
  private readonly scopes: Scope[] = [rootScope()];
  /** The open tag's prefixed attribute names (declarations aside), reused tag after tag. */
  private readonly prefixedNames: string[] = [];
  private metadataXml: string[] = [];
  private readonly tag: Tag = {
    name: '',
    prefix: '',
    local: '',
    uri: '',
    attributes: {},
    xsiType: undefined,
  };
  private readonly textFrame: Extract<Frame, { kind: 'text' }> = {
    kind: 'text',
    map: {},
    lang: '',
    value: '',
  };
  private rootSeen = false;
  private topFolders = 0;
  /** The view being read; nodes only occur inside it. */
  private currentView: ViewDoc | undefined;

  constructor(
    private readonly parser: SaxesParser<{ xmlns: false; position: true }>,
    private readonly maxDepth: number,
    private readonly sink: ExchangeSink = {},
    /** Keep elements, relationships and views in the document (see ParseExchangeOptions). */
    private readonly retain = true,
  ) {}

  /** The entry of an identifier read so far (see ExchangeSink.begin). */
  lookup(identifier: string): IdEntry | undefined {
    return this.ids.get(identifier);
  }

  fail(code: ExchangeErrorCode, message: string, identifier?: string): never {
    const { line, column } = this.parser;
    throw new ExchangeError(code, `Line ${line}: ${message}`, { line, column, identifier });
  }

  // ---------------------------------------------------------------- attributes and identifiers

  private requireId(tag: Tag, kind: IdKind, viewId?: string): string {
    return this.requireEntry(tag, kind, viewId)[0];
  }

  private requireEntry(tag: Tag, kind: IdKind, viewId?: string): [string, IdEntry] {
    const id = plainAttr(tag, 'identifier');
    if (id === undefined) {
      const hint =
        plainAttr(tag, 'id') !== undefined
          ? ' It has an "id" attribute instead: the exchange format calls it "identifier".'
          : '';
      this.fail('MISSING_ATTRIBUTE', `<${tag.local}> has no identifier attribute.${hint}`);
    }
    this.checkNcName(id, `the ${KIND_WORDS[kind]} identifier`);
    const kept = own(id);
    return [kept, this.register(kept, kind, viewId)];
  }

  private register(id: string, kind: IdKind, viewId?: string): IdEntry {
    const previous = this.ids.get(id);
    if (previous) {
      this.fail(
        'DUPLICATE_ID',
        `the identifier "${id}" is used twice (a ${KIND_WORDS[previous.kind]} on line ${previous.line} and a ${KIND_WORDS[kind]} here). Every identifier in an exchange file must be unique.`,
        id,
      );
    }
    // Every entry has every field from the start: one shape for all, nothing added later.
    const entry: IdEntry = {
      kind,
      line: this.parser.line,
      viewId,
      slot: undefined,
      concept: undefined,
      filed: false,
    };
    this.ids.set(id, entry);
    return entry;
  }

  private checkNcName(value: string, what: string): void {
    if (!isNcName(value)) {
      const why = /^[0-9.-]/.test(value)
        ? 'it starts with a digit, dot or hyphen'
        : /\s/.test(value)
          ? 'it contains a space'
          : value === ''
            ? 'it is empty'
            : 'it contains characters an XML identifier cannot have';
      this.fail(
        'INVALID_ID',
        `${what} is "${value}", which is not a valid XML identifier (${why}). The exchange format requires identifiers that start with a letter or underscore; the tool that wrote this file broke that rule.`,
        value,
      );
    }
  }

  private refAttr(tag: Tag, name: string, owner: string, required: boolean): string | undefined {
    const value = plainAttr(tag, name);
    if (value === undefined) {
      if (required) this.fail('MISSING_ATTRIBUTE', `${owner} has no ${name} attribute.`);
      return undefined;
    }
    this.checkNcName(value, `the ${name} of ${owner}`);
    return value;
  }

  /**
   * Checks a reference now when its target has been read already (most do), and gives that
   * target's entry; else keeps the reference for the end of the file. A wrong kind is kept too,
   * so errors come out in file order.
   */
  private expect(
    ref: string,
    accept: readonly IdKind[],
    owner: string,
    apply?: PendingRef['apply'],
    viewId?: string,
  ): IdEntry | undefined {
    const entry = this.ids.get(ref);
    if (
      entry &&
      accept.includes(entry.kind) &&
      (viewId === undefined || entry.viewId === viewId) &&
      !(apply && this.pendingApplies.size !== 0 && this.pendingApplies.has(ref))
    ) {
      apply?.(entry);
      return entry;
    }
    if (apply) this.pendingApplies.add(ref);
    else if (viewId === undefined && !entry) {
      // The same forward reference again would pass or fail just like the first one.
      let seen = this.pendingKeys.get(accept);
      if (!seen) this.pendingKeys.set(accept, (seen = new Set()));
      if (seen.has(ref)) return;
      seen.add(ref);
    }
    const { line, column } = this.parser;
    this.pending.push({ ref, accept, owner, line, column, apply, viewId });
  }

  private number(tag: Tag, name: string, owner: string, fallback?: number): number {
    const raw = plainAttr(tag, name);
    if (raw === undefined) {
      if (fallback !== undefined) return fallback;
      this.fail('MISSING_ATTRIBUTE', `${owner} has no ${name} attribute.`);
    }
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
      this.fail('INVALID_VALUE', `${owner} has ${name}="${raw}", which is not a number.`);
    }
    return value;
  }

  private rgba(tag: Tag): Rgba {
    const owner = `<${tag.local}>`;
    const color: Rgba = {
      r: this.number(tag, 'r', owner),
      g: this.number(tag, 'g', owner),
      b: this.number(tag, 'b', owner),
    };
    if (plainAttr(tag, 'a') !== undefined) color.a = this.number(tag, 'a', owner);
    return color;
  }

  // ------------------------------------------------------------------------------ events

  checkDepth(): void {
    // Counts every open element, metadata and skipped extension content included.
    if (this.scopes.length > this.maxDepth) {
      this.fail(
        'TOO_DEEP',
        `the XML is nested more than ${this.maxDepth} levels deep. Real ArchiMate files stay far below that; the file is damaged or hostile.`,
      );
    }
  }

  /** Binds the tag's namespace declarations and resolves its prefix; pushes its scope. */
  resolveTag(raw: SaxesTagPlain): Tag {
    const attributes = raw.attributes as Record<string, string>;
    const parent = this.scopes[this.scopes.length - 1];
    let scope = parent;
    // Prefixed names are checked once the tag's declarations are bound: gathered here, so the
    // attributes are walked only once. They are an object without a prototype and of no fixed
    // shape, whose keys as an array are quicker to walk than for…in.
    const prefixed = this.prefixedNames;
    const keys = Object.keys(attributes);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key.charCodeAt(0) === 120 /* x */ && (key === 'xmlns' || key.startsWith('xmlns:'))) {
        if (scope === parent) scope = Object.create(parent) as Scope;
        this.declare(scope, key === 'xmlns' ? '' : key.slice(6), attributes[key].trim());
      } else if (key.includes(':')) prefixed.push(key);
    }
    const { name } = raw;
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : this.checkPrefix(name, colon);
    const local = colon === -1 ? name : name.slice(colon + 1);
    if (prefix === 'xmlns') this.malformed('tags may not have "xmlns" as prefix.');
    const uri = scope[prefix] ?? '';
    if (prefix !== '' && uri === '')
      this.malformed(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
    let xsiType: string | undefined;
    if (prefixed.length) {
      xsiType = this.checkAttributePrefixes(attributes, scope, prefixed);
      prefixed.length = 0;
    }
    this.scopes.push(scope);
    // One Tag for all: nothing keeps it past open().
    const tag = this.tag;
    tag.xsiType = xsiType;
    tag.name = name;
    tag.prefix = prefix;
    tag.local = local;
    tag.uri = uri;
    tag.attributes = attributes;
    return tag;
  }

  private checkPrefix(name: string, colon: number): string {
    const prefix = name.slice(0, colon);
    if (prefix === '' || colon === name.length - 1 || name.indexOf(':', colon + 1) !== -1)
      this.malformed(`malformed name: ${name}.`);
    return prefix;
  }

  private declare(scope: Scope, prefix: string, uri: string): void {
    if (prefix !== '' && uri === '')
      this.malformed('invalid attempt to undefine prefix in XML 1.0');
    if (prefix === 'xml' ? uri !== XML_NS : uri === XML_NS)
      this.malformed(`only the xml prefix may be bound to ${XML_NS}.`);
    if (prefix === 'xmlns' || uri === XMLNS_NS)
      this.malformed(`may not bind the xmlns prefix or namespace.`);
    scope[prefix] = uri;
  }

  /** Checks that prefixed attributes are bound and unique; returns xsi:type's value, if any. */
  private checkAttributePrefixes(
    attributes: Record<string, string>,
    scope: Scope,
    names: readonly string[],
  ): string | undefined {
    const seen = names.length > 1 ? new Set<string>() : undefined;
    let xsiType: string | undefined;
    for (const key of names) {
      const colon = key.indexOf(':');
      const prefix = this.checkPrefix(key, colon);
      const uri = scope[prefix];
      if (uri === undefined) this.malformed(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
      // A file declaring xsi:type twice (two prefixes for XSI) is refused below as a duplicate.
      if (uri === XSI_NS && key.length - colon === 5 && key.endsWith('type'))
        xsiType = attributes[key];
      if (!seen) continue;
      const expanded = `{${uri}}${key.slice(colon + 1)}`;
      if (seen.has(expanded)) this.malformed(`duplicate attribute: ${expanded}.`);
      seen.add(expanded);
    }
    return xsiType;
  }

  private malformed(message: string): never {
    const { line, column } = this.parser;
    throw new ExchangeError(
      'MALFORMED_XML',
      `Line ${line}, column ${column}: the file is not well-formed XML: ${message}`,
      {
        line,
        column,
      },
    );
  }

  /** xsi:type without its prefix (the type names ArchiMate's own namespace). */
  private localType(tag: Tag): string | undefined {
    if (tag.xsiType === undefined) return undefined;
    const value = tag.xsiType.trim();
    const at = value.indexOf(':');
    return at === -1 ? value : value.slice(at + 1);
  }

  open(tag: Tag): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.stack.push(this.openRoot(tag));
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    if (parent.kind === 'metadata') {
      parent.depth++;
      this.captureOpen(tag, parent.depth === 1);
      return;
    }
    if (parent.kind === 'skip' || parent.kind === 'text' || parent.kind === 'ignoredText') {
      if (parent.kind === 'text') {
        this.fail('UNEXPECTED_ELEMENT', `<${tag.name}> may not appear inside a text element.`);
      }
      this.stack.push(SKIP);
      return;
    }
    if (tag.uri !== ARCHIMATE_NS) {
      // Extension content from other namespaces (the XSD's xs:any) is allowed and not kept.
      this.stack.push(SKIP);
      return;
    }
    this.stack.push(this.openChild(parent, tag));
  }

  private openRoot(tag: Tag): Frame {
    if (tag.local === 'model' && tag.uri === ARCHIMATE_21_NS) {
      this.fail(
        'UNSUPPORTED_VERSION',
        'this is an ArchiMate 2.1 exchange file (namespace http://www.opengroup.org/xsd/archimate). Kartasto reads the ArchiMate 3.0/3.1 exchange format. Open the file in Archi 4 or newer (File > Import > Open Exchange XML Model), then export it again with File > Export > Model to Open Exchange File, which writes format 3.1.',
      );
    }
    if (tag.local !== 'model' || tag.uri !== ARCHIMATE_NS) {
      const code = tag.uri.startsWith('http://www.opengroup.org/xsd/archimate')
        ? 'UNSUPPORTED_VERSION'
        : 'NOT_EXCHANGE_FORMAT';
      this.fail(
        code,
        `the file starts with <${tag.name}> in namespace "${tag.uri}", so it is not an ArchiMate 3.x Model Exchange File (expected <model xmlns="${ARCHIMATE_NS}">).`,
      );
    }
    this.doc.id = this.requireId(tag, 'model');
    return { kind: 'model' };
  }

  private text(map: LangMap, tag: Tag): Frame {
    // Text elements never nest (an element inside one is refused), so one frame serves all.
    const frame = this.textFrame;
    frame.map = map;
    frame.lang = langOf(tag);
    frame.value = '';
    return frame;
  }

  private unexpected(parent: Frame, tag: Tag): never {
    const where = parent.kind === 'list' ? parent.name : parent.kind;
    this.fail(
      'UNEXPECTED_ELEMENT',
      `<${tag.local}> is not allowed inside <${where}> in the ArchiMate exchange format.`,
    );
  }

  private openChild(parent: Frame, tag: Tag): Frame {
    const name = tag.local;
    switch (parent.kind) {
      case 'model':
        switch (name) {
          case 'name':
            return this.text(this.doc.name, tag);
          case 'documentation':
            return this.text(this.doc.documentation, tag);
          case 'properties':
            return { kind: 'properties', target: this.doc.properties };
          case 'metadata':
            this.metadataXml = [];
            return { kind: 'metadata', depth: 0 };
          case 'elements':
          case 'relationships':
          case 'organizations':
          case 'propertyDefinitions':
          case 'views':
            return { kind: 'list', name };
        }
        break;
      case 'list':
        return this.openListChild(parent.name, tag);
      case 'element':
      case 'relationship': {
        const concept = parent.kind === 'element' ? parent.element : parent.relationship;
        if (name === 'name') return this.text(concept.name, tag);
        if (name === 'documentation') return this.text(concept.documentation, tag);
        if (name === 'properties') return { kind: 'properties', target: concept.properties };
        break;
      }
      case 'properties':
        if (name === 'property') return this.openProperty(parent.target, tag);
        break;
      case 'property':
        if (name === 'value') return this.text(parent.property.value, tag);
        break;
      case 'propertyDefinition':
        if (name === 'name') return this.text(parent.definition.name, tag);
        if (name === 'documentation') return IGNORED_TEXT;
        break;
      case 'folderItem':
      case 'refItem':
        if (name === 'label') {
          return parent.kind === 'folderItem' ? this.text(parent.folder.name, tag) : IGNORED_TEXT;
        }
        if (name === 'documentation') {
          return parent.kind === 'folderItem'
            ? this.text(parent.folder.documentation, tag)
            : IGNORED_TEXT;
        }
        if (name === 'item') return this.openItem(parent, tag);
        break;
      case 'view':
        if (name === 'name') return this.text(parent.view.name, tag);
        if (name === 'documentation') return this.text(parent.view.documentation, tag);
        if (name === 'properties') return { kind: 'properties', target: parent.view.properties };
        if (name === 'node') return this.openNode(parent, tag);
        if (name === 'connection') return this.openConnection(parent.view, tag);
        break;
      case 'node':
        if (name === 'label') return this.text(parent.node.label, tag);
        if (name === 'documentation') return this.text(parent.node.documentation, tag);
        if (name === 'style') return this.openStyle(parent.node.style, tag);
        if (name === 'properties') return { kind: 'properties', target: parent.node.properties };
        if (name === 'viewRef') {
          this.openViewRef(tag, parent.node);
          return SKIP;
        }
        if (name === 'node') return this.openNode(parent, tag);
        break;
      case 'connection': {
        const connection = parent.connection;
        if (name === 'label') return this.text(connection.label, tag);
        if (name === 'documentation') return this.text(connection.documentation, tag);
        if (name === 'style') return this.openStyle(connection.style, tag);
        if (name === 'properties') return { kind: 'properties', target: connection.properties };
        if (name === 'viewRef' || name === 'sourceAttachment' || name === 'targetAttachment') {
          // Attachment points are recomputed by every tool; Kartasto does not keep them.
          return SKIP;
        }
        if (name === 'bendpoint') {
          connection.bendpoints.push({
            x: this.number(tag, 'x', '<bendpoint>'),
            y: this.number(tag, 'y', '<bendpoint>'),
          });
          return SKIP;
        }
        break;
      }
      case 'style':
        if (name === 'fillColor') parent.style.fill = this.rgba(tag);
        else if (name === 'lineColor') parent.style.line = this.rgba(tag);
        else if (name === 'font') return this.openFont(parent.style, tag);
        else break;
        return SKIP;
      case 'font':
        if (name === 'color') {
          parent.font.color = this.rgba(tag);
          return SKIP;
        }
        break;
    }
    return this.unexpected(parent, tag);
  }

  private openListChild(list: string, tag: Tag): Frame {
    const name = tag.local;
    if (list === 'elements' && name === 'element') return this.openElement(tag);
    if (list === 'relationships' && name === 'relationship') return this.openRelationship(tag);
    if (list === 'propertyDefinitions' && name === 'propertyDefinition') {
      return this.openPropertyDefinition(tag);
    }
    if (list === 'organizations' && name === 'item') return this.openItem(undefined, tag);
    if (list === 'views') {
      if (name === 'diagrams') return { kind: 'list', name: 'diagrams' };
      // Viewpoint definitions are not part of Kartasto's model; views keep their viewpoint name.
      if (name === 'viewpoints') return SKIP;
    }
    if (list === 'diagrams' && name === 'view') return this.openView(tag);
    return this.fail(
      'UNEXPECTED_ELEMENT',
      `<${name}> is not allowed inside <${list}> in the ArchiMate exchange format.`,
    );
  }

  private openElement(tag: Tag): Frame {
    const [id, entry] = this.requireEntry(tag, 'element');
    const named = this.localType(tag);
    const type = named === undefined ? undefined : elementTypeNamed(named);
    if (!type) {
      this.fail(
        'UNKNOWN_TYPE',
        `element "${id}" has type "${named ?? '(none)'}", which is not an ArchiMate 3.1 element type.`,
        id,
      );
    }
    const element: ElementDoc = { id, type, name: {}, documentation: {}, properties: [] };
    if (this.retain) {
      entry.concept = element;
      this.doc.elements.push(element);
    }
    return { kind: 'element', element, entry };
  }

  private openRelationship(tag: Tag): Frame {
    const [id, entry] = this.requireEntry(tag, 'relationship');
    const named = this.localType(tag);
    const type = named === undefined ? undefined : relationshipTypeNamed(named);
    if (!type) {
      this.fail(
        'UNKNOWN_TYPE',
        `relationship "${id}" has type "${named ?? '(none)'}", which is not an ArchiMate relationship type.`,
        id,
      );
    }
    const owner = `relationship "${id}"`;
    const sourceId = this.refAttr(tag, 'source', owner, true)!;
    const targetId = this.refAttr(tag, 'target', owner, true)!;
    const source = this.expect(sourceId, ELEMENT_OR_RELATIONSHIP, `${owner} (source)`);
    const target = this.expect(targetId, ELEMENT_OR_RELATIONSHIP, `${owner} (target)`);
    const relationship: RelationshipDoc = {
      id,
      type,
      sourceId,
      targetId,
      name: {},
      documentation: {},
      properties: [],
    };
    if (type === 'Access') {
      const accessType = plainAttr(tag, 'accessType')?.trim() ?? 'Access';
      if (!ACCESS_TYPE_SET.has(accessType)) {
        this.fail(
          'INVALID_VALUE',
          `${owner} has accessType="${accessType}"; allowed are ${ACCESS_TYPES.join(', ')}.`,
          id,
        );
      }
      relationship.accessType = accessType as RelationshipDoc['accessType'];
    } else if (type === 'Influence') {
      const modifier = plainAttr(tag, 'modifier');
      if (modifier !== undefined && modifier !== '') relationship.influenceStrength = modifier;
    } else if (type === 'Association') {
      const directed = plainAttr(tag, 'isDirected')?.trim();
      relationship.isDirected = directed === 'true' || directed === '1';
    }
    if (this.retain) {
      entry.concept = relationship;
      this.doc.relationships.push(relationship);
    }
    return { kind: 'relationship', relationship, entry, source, target };
  }

  private openProperty(target: PropertyDoc[], tag: Tag): Frame {
    const owner = 'a property';
    const definitionId = this.refAttr(tag, 'propertyDefinitionRef', owner, true)!;
    this.expect(definitionId, ONLY_PROPERTY_DEFINITION, 'a property (propertyDefinitionRef)');
    const property: PropertyDoc = { definitionId, value: {} };
    target.push(property);
    return { kind: 'property', property };
  }

  private openPropertyDefinition(tag: Tag): Frame {
    const id = this.requireId(tag, 'propertyDefinition');
    const raw = plainAttr(tag, 'type')?.trim() ?? 'string';
    // Lenient: an unknown or missing data type is read as string rather than refusing the model.
    const type = (PROPERTY_TYPES.has(raw) ? raw : 'string') as PropertyDataType;
    const definition: PropertyDefinitionDoc = { id, name: {}, type };
    this.doc.propertyDefinitions.push(definition);
    return { kind: 'propertyDefinition', definition };
  }

  private openItem(
    parent: Extract<Frame, { kind: 'folderItem' | 'refItem' }> | undefined,
    tag: Tag,
  ): Frame {
    const explicitId = plainAttr(tag, 'identifier');
    const ref = this.refAttr(tag, 'identifierRef', 'an organization item', false);
    // The folder object, not its id: a made-up id may still change (renameFolder).
    const enclosingFolder = parent?.folder;
    const index = parent ? parent.childFolders : this.topFolders;
    const path = [...(parent?.path ?? []), index];
    if (ref !== undefined) {
      if (explicitId !== undefined) {
        this.checkNcName(explicitId, 'the organization item identifier');
        this.register(own(explicitId), 'item');
      }
      this.expect(ref, ANY_KIND, 'an organization item (identifierRef)', (entry) =>
        this.assignFolder(ref, entry, enclosingFolder),
      );
      return { kind: 'refItem', folder: enclosingFolder, path, childFolders: 0 };
    }
    if (parent) parent.childFolders++;
    else this.topFolders++;
    const folder: FolderDoc = { id: '', name: {}, documentation: {}, order: index };
    if (enclosingFolder !== undefined) folder.parentId = enclosingFolder.id;
    if (explicitId !== undefined) {
      this.checkNcName(explicitId, 'the folder identifier');
      folder.id = own(explicitId);
      this.register(folder.id, 'folder');
      // A folder made earlier may have been given this id: it takes another before anything
      // is filed in this one, so its contents stay told apart by id.
      const clash = this.generatedFolders.get(folder.id);
      if (clash) this.renameFolder(clash);
    } else {
      // Deterministic: the same file always yields the same folder ids. Paths can repeat (a
      // folder inside a filed item), so the id is made unique among folders at once.
      folder.id = this.freeFolderId(`folder-${path.join('-')}`);
      this.generatedFolders.set(folder.id, folder);
    }
    this.doc.folders.push(folder);
    this.sink.folder?.(folder, this.doc.folders.length - 1);
    return { kind: 'folderItem', folder, path, childFolders: 0 };
  }

  private assignFolder(ref: string, entry: IdEntry, folder: FolderDoc | undefined): void {
    if (folder === undefined) return;
    const kind = entry.kind;
    if (kind !== 'element' && kind !== 'relationship' && kind !== 'view') return;
    if (entry.filed) return;
    entry.filed = true;
    if (entry.concept) entry.concept.folderId = folder.id;
    this.sink.filed?.(ref, folder, entry);
  }

  private openView(tag: Tag): Frame {
    const [id, entry] = this.requireEntry(tag, 'view');
    const view: ViewDoc = {
      id,
      name: {},
      documentation: {},
      properties: [],
      nodes: [],
      connections: [],
    };
    const viewpoint = plainAttr(tag, 'viewpoint');
    if (viewpoint) view.viewpoint = viewpoint;
    this.currentView = view;
    if (this.retain) {
      entry.concept = view;
      this.doc.views.push(view);
    }
    return { kind: 'view', view, entry, childOrder: 0 };
  }

  private openNode(parent: Extract<Frame, { kind: 'view' | 'node' }>, tag: Tag): Frame {
    const viewId = parent.kind === 'view' ? parent.view.id : parent.viewId;
    const id = this.requireId(tag, 'node', viewId);
    const owner = `view node "${id}"`;
    const x = this.number(tag, 'x', owner);
    const y = this.number(tag, 'y', owner);
    const width = this.number(tag, 'w', owner);
    const height = this.number(tag, 'h', owner);
    const elementRef = this.refAttr(tag, 'elementRef', owner, false);
    const type = this.localType(tag) ?? (elementRef ? 'Element' : 'Container');
    let kind: ViewNodeDoc['kind'];
    if (type === 'Element') kind = 'element';
    else if (type === 'Container') kind = 'container';
    else if (type === 'Label') kind = 'label';
    else
      this.fail(
        'UNKNOWN_TYPE',
        `${owner} has type "${type}"; expected Element, Container or Label.`,
        id,
      );
    const node: ViewNodeDoc = {
      id,
      kind,
      order: parent.childOrder++,
      label: {},
      documentation: {},
      bounds: {
        x: parent.kind === 'node' ? x - parent.absX : x,
        y: parent.kind === 'node' ? y - parent.absY : y,
        width,
        height,
      },
      style: {},
      properties: [],
    };
    if (parent.kind === 'node') node.parentId = parent.node.id;
    if (kind === 'element') {
      if (!elementRef)
        this.fail(
          'MISSING_ATTRIBUTE',
          `${owner} shows an element but has no elementRef attribute.`,
          id,
        );
      node.elementId = elementRef;
      this.expect(elementRef, ONLY_ELEMENT, `${owner} (elementRef)`);
    }
    const viewRefAttr = this.refAttr(tag, 'viewRef', owner, false);
    if (viewRefAttr) this.setViewRef(node, viewRefAttr, owner);
    const view = parent.kind === 'view' ? parent.view : this.viewOf(viewId);
    view.nodes.push(node);
    return { kind: 'node', node, absX: x, absY: y, viewId, childOrder: 0 };
  }

  private viewOf(viewId: string): ViewDoc {
    // Nodes only occur inside the view being read.
    return this.currentView?.id === viewId
      ? this.currentView
      : this.fail('MALFORMED_XML', 'a view node appeared outside its view.');
  }

  private openViewRef(tag: Tag, node: ViewNodeDoc): void {
    const owner = `view node "${node.id}"`;
    const ref = this.refAttr(tag, 'ref', `${owner} <viewRef>`, true)!;
    this.setViewRef(node, ref, owner);
  }

  private setViewRef(node: ViewNodeDoc, ref: string, owner: string): void {
    if (node.viewRefId !== undefined) return; // Kartasto keeps one drill-down target per node.
    node.viewRefId = ref;
    this.expect(ref, ONLY_VIEW, `${owner} (viewRef)`);
  }

  private openConnection(view: ViewDoc, tag: Tag): Frame {
    const id = this.requireId(tag, 'connection', view.id);
    const owner = `view connection "${id}"`;
    const type =
      this.localType(tag) ?? (plainAttr(tag, 'relationshipRef') ? 'Relationship' : 'Line');
    const isRelationship = type === 'Relationship' || type === 'NestingRelationship';
    if (!isRelationship && type !== 'Line') {
      this.fail('UNKNOWN_TYPE', `${owner} has type "${type}"; expected Relationship or Line.`, id);
    }
    const sourceId = this.refAttr(tag, 'source', owner, isRelationship) ?? '';
    const targetId = this.refAttr(tag, 'target', owner, isRelationship) ?? '';
    const connection: ViewConnectionDoc = {
      id,
      kind: isRelationship ? 'relationship' : 'line',
      sourceId,
      targetId,
      bendpoints: [],
      label: {},
      documentation: {},
      style: {},
      properties: [],
      order: view.connections.length,
    };
    if (isRelationship) {
      const relationshipRef = this.refAttr(tag, 'relationshipRef', owner, true)!;
      connection.relationshipId = relationshipRef;
      this.expect(relationshipRef, ONLY_RELATIONSHIP, `${owner} (relationshipRef)`);
    }
    if (sourceId)
      this.expect(sourceId, NODE_OR_CONNECTION, `${owner} (source)`, undefined, view.id);
    if (targetId)
      this.expect(targetId, NODE_OR_CONNECTION, `${owner} (target)`, undefined, view.id);
    view.connections.push(connection);
    return { kind: 'connection', connection, viewId: view.id };
  }

  private openStyle(style: StyleDoc, tag: Tag): Frame {
    const lineWidth = plainAttr(tag, 'lineWidth');
    if (lineWidth !== undefined) style.lineWidth = this.number(tag, 'lineWidth', '<style>');
    return { kind: 'style', style };
  }

  private openFont(style: StyleDoc, tag: Tag): Frame {
    const font: FontDoc = {};
    const name = plainAttr(tag, 'name');
    if (name !== undefined && name !== '') font.name = name;
    if (plainAttr(tag, 'size') !== undefined) font.size = this.number(tag, 'size', '<font>');
    const fontStyle = plainAttr(tag, 'style')?.trim();
    if (fontStyle) font.style = fontStyle;
    style.font = font;
    return { kind: 'font', font };
  }

  // -------------------------------------------------------------- metadata kept verbatim

  private captureOpen(tag: Tag, topLevel: boolean): void {
    let markup = `<${tag.name}`;
    const declared = new Set<string>();
    for (const key in tag.attributes) {
      if (key === 'xmlns' || key.startsWith('xmlns:'))
        declared.add(key === 'xmlns' ? 'xmlns' : key.slice(6));
      markup += ` ${key}="${escapeAttr(tag.attributes[key])}"`;
    }
    // Each top-level child carries its own namespace declarations so the string stands alone.
    if (topLevel && tag.prefix && !declared.has(tag.prefix))
      markup += ` xmlns:${tag.prefix}="${escapeAttr(tag.uri)}"`;
    this.metadataXml.push(`${markup}>`);
  }

  // ------------------------------------------------------------------------------ text, close

  /** Whether character data matters where the reader is now: text elements, kept metadata. */
  wantsText(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top !== undefined && (top.kind === 'text' || (top.kind === 'metadata' && top.depth > 0));
  }

  onText(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (top.kind === 'text') top.value += text;
    else if (top.kind === 'metadata' && top.depth > 0) this.metadataXml.push(escapeText(text));
  }

  close(name: string): void {
    this.scopes.pop();
    const top = this.stack[this.stack.length - 1];
    if (top?.kind === 'metadata' && top.depth > 0) {
      top.depth--;
      this.metadataXml.push(`</${name}>`);
      return;
    }
    this.stack.pop();
    if (!top) return;
    if (top.kind === 'text') {
      const value = top.value;
      // Empty and whitespace-only texts carry nothing; dropping them keeps round trips exact.
      if (value.trim() !== '' && !(top.lang in top.map)) top.map[top.lang] = value;
    } else if (top.kind === 'element') this.sink.element?.(top.element, top.entry);
    else if (top.kind === 'relationship')
      this.sink.relationship?.(top.relationship, top.entry, top.source, top.target);
    else if (top.kind === 'view') this.sink.view?.(top.view, top.entry);
    else if (top.kind === 'metadata') {
      const xml = this.metadataXml.join('').trim();
      if (xml) this.doc.metadata = { xml };
      this.metadataXml = [];
    }
  }

  // ------------------------------------------------------------------------------ finish

  private freeFolderId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id) || this.generatedFolders.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Gives a made-up folder id to another folder; ids of folders are unique, so this is exact. */
  private renameFolder(folder: FolderDoc): void {
    const old = folder.id;
    this.generatedFolders.delete(old);
    folder.id = this.freeFolderId(old);
    this.generatedFolders.set(folder.id, folder);
    for (const child of this.doc.folders) if (child.parentId === old) child.parentId = folder.id;
    for (const list of [this.doc.elements, this.doc.relationships, this.doc.views]) {
      for (const concept of list) if (concept.folderId === old) concept.folderId = folder.id;
    }
  }

  finish(): ModelDocument {
    for (const pending of this.pending) this.resolve(pending);
    // Identifiers later in the file (views, nodes) may repeat a made-up folder id.
    for (const folder of [...this.generatedFolders.values()])
      if (this.ids.has(folder.id)) this.renameFolder(folder);
    return this.doc;
  }

  private resolve(pending: PendingRef): void {
    const entry = this.ids.get(pending.ref);
    const at = { line: pending.line, column: pending.column, identifier: pending.ref };
    const expected = pending.accept.map((kind) => KIND_WORDS[kind]).join(' or ');
    if (!entry) {
      throw new ExchangeError(
        'MISSING_REFERENCE',
        `Line ${pending.line}: ${pending.owner} refers to "${pending.ref}", but the file has no ${expected} with that identifier.`,
        at,
      );
    }
    if (!pending.accept.includes(entry.kind)) {
      throw new ExchangeError(
        'WRONG_REFERENCE_KIND',
        `Line ${pending.line}: ${pending.owner} refers to "${pending.ref}", which is a ${KIND_WORDS[entry.kind]} (line ${entry.line}), not a ${expected}.`,
        at,
      );
    }
    if (pending.viewId !== undefined && entry.viewId !== pending.viewId) {
      throw new ExchangeError(
        'MISSING_REFERENCE',
        `Line ${pending.line}: ${pending.owner} refers to "${pending.ref}", which belongs to another view.`,
        at,
      );
    }
    pending.apply?.(entry);
  }
}

function escapeAttr(value: string): string {
  return value.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

function saxesMessage(error: Error): string {
  // saxes prefixes "line:column: "; Kartasto's own message names the line itself.
  return error.message.replace(/^\d+:\d+:\s*/, '');
}

/**
 * Reads an ArchiMate 3.0/3.1 Model Exchange File into a ModelDocument, streaming: the XML is
 * never held as a tree. Refuses DTDs, oversized or over-deep input, invalid bytes, truncated
 * files, duplicate or malformed identifiers and dangling references with an {@link ExchangeError}.
 */
export async function parseExchange(
  input: ExchangeInput,
  options: ParseExchangeOptions = {},
): Promise<ModelDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const parser = new SaxesParser({ xmlns: false, position: true });
  const retain = options.retain !== false || !options.sink;
  const reader = new ExchangeReader(parser, maxDepth, options.sink, retain);
  options.sink?.begin?.((identifier) => reader.lookup(identifier));
  const drain = options.sink?.drain?.bind(options.sink);
  let closing = false;
  let first = true;
  let sawInput = false;

  parser.on('error', (error) => {
    const { line, column } = parser;
    if (closing) {
      throw new ExchangeError(
        'TRUNCATED',
        `Line ${line}: the file ends too early (${saxesMessage(error)}). It was probably cut off while being saved, copied or uploaded.`,
        { line, column },
      );
    }
    throw new ExchangeError(
      'MALFORMED_XML',
      `Line ${line}, column ${column}: the file is not well-formed XML: ${saxesMessage(error)}.`,
      {
        line,
        column,
      },
    );
  });
  parser.on('doctype', () =>
    reader.fail(
      'DOCTYPE_FORBIDDEN',
      'the file contains a DOCTYPE declaration, which Kartasto refuses.',
    ),
  );
  parser.on('opentagstart', () => reader.checkDepth());
  // Text is listened to only where it is kept: without a listener the parser does not cut out
  // the whitespace between tags, a million or more strings in a large file.
  const onText = (text: string) => reader.onText(text);
  let listening = false;
  const listen = () => {
    if (reader.wantsText() === listening) return;
    listening = !listening;
    if (listening) parser.on('text', onText);
    else parser.off('text');
  };
  parser.on('opentag', (tag) => {
    reader.open(reader.resolveTag(tag));
    listen();
  });
  parser.on('closetag', (tag) => {
    reader.close(tag.name);
    listen();
  });
  parser.on('cdata', onText);

  for await (let chunk of decodeXmlInput(input, { maxBytes, onProgress: options.onProgress })) {
    if (first) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (chunk.length) sawInput = true;
    parser.write(chunk);
    if (drain) await drain();
  }
  if (!sawInput) {
    throw new ExchangeError('TRUNCATED', 'The file is empty.', { line: 1, column: 0 });
  }
  closing = true;
  parser.close();
  return reader.finish();
}
