/**
 * The in-memory shape of one architecture model as it crosses Kartasto's boundaries:
 * the exchange library reads files into it and writes files from it, the API persists it,
 * and the demo data is written in it. Pure data, JSON-serialisable.
 */

/** Text per language: keys are xml:lang tags ("fi", "sv", "en"); "" holds text with no language. */
export type LangMap = Record<string, string>;

export type PropertyDataType = 'string' | 'boolean' | 'currency' | 'date' | 'time' | 'number';

export interface PropertyDefinitionDoc {
  id: string;
  name: LangMap;
  type: PropertyDataType;
}

/** One property value; the list keeps the order and duplicates a file had. */
export interface PropertyDoc {
  definitionId: string;
  value: LangMap;
}

export interface ElementDoc {
  id: string;
  /** ArchiMate exchange-format type name, e.g. "ApplicationComponent". */
  type: string;
  name: LangMap;
  documentation: LangMap;
  properties: PropertyDoc[];
  /** JHS 179 / Archi specialization (profile) name, when any. */
  specialization?: string;
  folderId?: string;
  /** Id of the reference-architecture element this element realises (in the basedOn model). */
  referenceElementId?: string;
}

export interface RelationshipDoc {
  id: string;
  /** Exchange-format type name, e.g. "Serving". */
  type: string;
  /** An element or (as ArchiMate allows) a relationship. */
  sourceId: string;
  targetId: string;
  name: LangMap;
  documentation: LangMap;
  properties: PropertyDoc[];
  accessType?: 'Access' | 'Read' | 'Write' | 'ReadWrite';
  /** Influence modifier, free text such as "+", "++", "-", "5". */
  influenceStrength?: string;
  /** Association direction. */
  isDirected?: boolean;
  specialization?: string;
  folderId?: string;
}

/** A folder: the exchange format's organization items that have a label. */
export interface FolderDoc {
  id: string;
  parentId?: string;
  name: LangMap;
  documentation: LangMap;
  /** Position among its siblings. */
  order: number;
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0-100 as in the exchange format; absent means opaque. */
  a?: number;
}

export interface FontDoc {
  name?: string;
  size?: number;
  /** e.g. "bold", "italic", "bold italic", "underline" */
  style?: string;
  color?: Rgba;
}

export interface StyleDoc {
  fill?: Rgba;
  line?: Rgba;
  font?: FontDoc;
  lineWidth?: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type NodeKind = 'element' | 'container' | 'label';

export interface ViewNodeDoc {
  id: string;
  kind: NodeKind;
  /** Parent node id for nested nodes; undefined on the view's top level. */
  parentId?: string;
  /** Position among siblings (drawing order). */
  order: number;
  elementId?: string;
  /** A reference to another view (Archi's diagram-model reference / Label viewRef). */
  viewRefId?: string;
  /** Label text of container and label nodes. */
  label: LangMap;
  documentation: LangMap;
  /** Bounds RELATIVE to the parent node (absolute for top-level nodes). */
  bounds: Bounds;
  style: StyleDoc;
  properties: PropertyDoc[];
  /** Kept where it is when auto-layout runs again (set by the user in the diagram editor). */
  pinned?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export interface ViewConnectionDoc {
  id: string;
  kind: 'relationship' | 'line';
  relationshipId?: string;
  /** A node id, or a connection id when a connection attaches to a connection. */
  sourceId: string;
  targetId: string;
  /** Absolute diagram coordinates. */
  bendpoints: Point[];
  label: LangMap;
  documentation: LangMap;
  style: StyleDoc;
  properties: PropertyDoc[];
  order: number;
}

export interface ViewDoc {
  id: string;
  name: LangMap;
  documentation: LangMap;
  viewpoint?: string;
  /** How the view came about: drawn ArchiMate view (default) or one of the generated kinds. */
  kind?: 'archimate' | 'ecosystem' | 'process' | 'portfolio';
  properties: PropertyDoc[];
  folderId?: string;
  nodes: ViewNodeDoc[];
  connections: ViewConnectionDoc[];
}

export interface MetadataDoc {
  /** Dublin Core / schema metadata kept verbatim as serialised XML children of <metadata>. */
  xml?: string;
}

export interface ModelDocument {
  id?: string;
  name: LangMap;
  documentation: LangMap;
  metadata?: MetadataDoc;
  properties: PropertyDoc[];
  propertyDefinitions: PropertyDefinitionDoc[];
  elements: ElementDoc[];
  relationships: RelationshipDoc[];
  folders: FolderDoc[];
  views: ViewDoc[];
}

export function emptyModelDocument(name: LangMap = {}): ModelDocument {
  return {
    name,
    documentation: {},
    properties: [],
    propertyDefinitions: [],
    elements: [],
    relationships: [],
    folders: [],
    views: [],
  };
}
