import type {
  ElementDoc,
  FolderDoc,
  LangMap,
  ModelDocument,
  PropertyDataType,
  PropertyDefinitionDoc,
  PropertyDoc,
  RelationshipDoc,
  ViewDoc,
} from '@kartasto/metamodel';
import { ECOSYSTEM_BAND_PROPERTY, type EcosystemBand } from './ecosystem-bands';

/** Keys become NCName ids after the model prefix, so keep them plain ASCII. */
const KEY_PATTERN = /^[a-z][a-z0-9-]*$/;

export interface ElementSpec {
  key: string;
  type: string;
  name: LangMap;
  /** Finnish documentation; a bare string is stored under "fi". */
  doc?: string | LangMap;
  specialization?: string;
  /** Folder key, as registered with folder(). */
  folder: string;
  /** Property values by property-definition key. */
  props?: Record<string, string | number | undefined>;
  band?: EcosystemBand;
  /** Full id of the reference-model element this one realises. */
  ref?: string;
}

export interface RelationshipOptions {
  name?: LangMap;
  doc?: string;
  accessType?: RelationshipDoc['accessType'];
  influenceStrength?: string;
  isDirected?: boolean;
  /** Disambiguates two relationships of one type between the same pair. */
  suffix?: string;
  /** Property values by property-definition key. */
  props?: Record<string, string | number | undefined>;
}

function langMap(text: string | LangMap | undefined): LangMap {
  if (text === undefined) return {};
  return typeof text === 'string' ? { fi: text } : text;
}

function checkKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Demo data key "${key}" is not a plain NCName key`);
}

/**
 * Accumulates one ModelDocument with deterministic ids ("<prefix>-<key>"), so re-running the
 * seeder yields the same identifiers and reviews or traces pointing at them stay valid.
 */
export class ModelBuilder {
  private readonly elements: ElementDoc[] = [];
  private readonly relationships: RelationshipDoc[] = [];
  private readonly folders: FolderDoc[] = [];
  private readonly propertyDefinitions: PropertyDefinitionDoc[] = [];
  private readonly views: ViewDoc[] = [];
  private readonly ids = new Set<string>();
  private readonly folderIds = new Map<string, string>();
  private readonly definitionIds = new Map<string, string>();
  private readonly elementTypes = new Map<string, string>();
  private readonly childCounts = new Map<string, number>();

  constructor(
    readonly prefix: string,
    private readonly name: LangMap,
    private readonly documentation: LangMap,
  ) {
    checkKey(prefix);
  }

  /** The full id an element key gets in this model. */
  id(key: string): string {
    return `${this.prefix}-${key}`;
  }

  private claim(id: string): string {
    if (this.ids.has(id)) throw new Error(`Duplicate demo id ${id}`);
    this.ids.add(id);
    return id;
  }

  folder(key: string, name: LangMap, parentKey?: string): string {
    checkKey(key);
    const id = this.claim(this.id(`folder-${key}`));
    const parentId = parentKey === undefined ? undefined : this.folderId(parentKey);
    const siblings = parentId ?? '';
    const order = this.childCounts.get(siblings) ?? 0;
    this.childCounts.set(siblings, order + 1);
    this.folders.push({ id, parentId, name, documentation: {}, order });
    this.folderIds.set(key, id);
    return id;
  }

  folderId(key: string): string {
    const id = this.folderIds.get(key);
    if (id === undefined) throw new Error(`Unknown demo folder ${key}`);
    return id;
  }

  /** `fixedId` gives the definition a well-known identifier (e.g. the portfolio's) instead of a prefixed one. */
  propertyDefinition(key: string, name: LangMap, type: PropertyDataType, fixedId?: string): string {
    checkKey(key);
    const id = this.claim(fixedId ?? this.id(`propdef-${key}`));
    this.propertyDefinitions.push({ id, name, type });
    this.definitionIds.set(key, id);
    return id;
  }

  private properties(props: ElementSpec['props'], band?: EcosystemBand): PropertyDoc[] {
    const out: PropertyDoc[] = [];
    if (band !== undefined) out.push(this.property(ECOSYSTEM_BAND_PROPERTY.key, band));
    for (const [key, value] of Object.entries(props ?? {})) {
      if (value !== undefined) out.push(this.property(key, String(value)));
    }
    return out;
  }

  private property(key: string, value: string): PropertyDoc {
    const definitionId = this.definitionIds.get(key);
    if (definitionId === undefined) throw new Error(`Unknown demo property definition ${key}`);
    return { definitionId, value: { fi: value } };
  }

  element(spec: ElementSpec): string {
    checkKey(spec.key);
    const id = this.claim(this.id(spec.key));
    const element: ElementDoc = {
      id,
      type: spec.type,
      name: spec.name,
      documentation: langMap(spec.doc),
      properties: this.properties(spec.props, spec.band),
      folderId: this.folderId(spec.folder),
    };
    if (spec.specialization !== undefined) element.specialization = spec.specialization;
    if (spec.ref !== undefined) element.referenceElementId = spec.ref;
    this.elements.push(element);
    this.elementTypes.set(spec.key, spec.type);
    return id;
  }

  has(key: string): boolean {
    return this.elementTypes.has(key);
  }

  typeOf(key: string): string | undefined {
    return this.elementTypes.get(key);
  }

  /** Adds a relationship between two element keys; its id names the type and both ends. */
  rel(
    type: string,
    sourceKey: string,
    targetKey: string,
    options: RelationshipOptions = {},
  ): string {
    for (const key of [sourceKey, targetKey]) {
      if (!this.elementTypes.has(key)) throw new Error(`Unknown demo element ${key} in ${type}`);
    }
    const tail = options.suffix === undefined ? '' : `-${options.suffix}`;
    const id = this.claim(this.id(`rel-${type.toLowerCase()}-${sourceKey}--${targetKey}${tail}`));
    const relationship: RelationshipDoc = {
      id,
      type,
      sourceId: this.id(sourceKey),
      targetId: this.id(targetKey),
      name: options.name ?? {},
      documentation: langMap(options.doc),
      properties: this.properties(options.props),
      folderId: this.folderId('relaatiot'),
    };
    if (options.accessType !== undefined) relationship.accessType = options.accessType;
    if (options.influenceStrength !== undefined) {
      relationship.influenceStrength = options.influenceStrength;
    }
    if (options.isDirected !== undefined) relationship.isDirected = options.isDirected;
    this.relationships.push(relationship);
    return id;
  }

  /** Id of a relationship added earlier, for view connections. */
  relId(type: string, sourceKey: string, targetKey: string): string {
    const id = this.id(`rel-${type.toLowerCase()}-${sourceKey}--${targetKey}`);
    if (!this.ids.has(id)) throw new Error(`Unknown demo relationship ${id}`);
    return id;
  }

  view(view: ViewDoc): void {
    this.claim(view.id);
    for (const node of view.nodes) this.claim(node.id);
    for (const connection of view.connections) this.claim(connection.id);
    this.views.push(view);
  }

  build(): ModelDocument {
    return {
      id: this.prefix,
      name: this.name,
      documentation: this.documentation,
      properties: [],
      propertyDefinitions: this.propertyDefinitions,
      elements: this.elements,
      relationships: this.relationships,
      folders: this.folders,
      views: this.views,
    };
  }
}

/** The Archi-style top-level folders every demo model starts with. */
export const STANDARD_FOLDERS: readonly { key: string; name: LangMap }[] = [
  { key: 'strategia', name: { fi: 'Strategia', sv: 'Strategi', en: 'Strategy' } },
  { key: 'liiketoiminta', name: { fi: 'Liiketoiminta', sv: 'Verksamhet', en: 'Business' } },
  { key: 'sovellukset', name: { fi: 'Sovellukset', sv: 'Applikationer', en: 'Application' } },
  { key: 'teknologia', name: { fi: 'Teknologia', sv: 'Teknologi', en: 'Technology & Physical' } },
  { key: 'motivaatio', name: { fi: 'Motivaatio', sv: 'Motivation', en: 'Motivation' } },
  {
    key: 'toteutus',
    name: {
      fi: 'Toteutus ja siirtymä',
      sv: 'Genomförande och migrering',
      en: 'Implementation & Migration',
    },
  },
  { key: 'muut', name: { fi: 'Muut', sv: 'Övrigt', en: 'Other' } },
  { key: 'relaatiot', name: { fi: 'Relaatiot', sv: 'Relationer', en: 'Relations' } },
  { key: 'nakymat', name: { fi: 'Näkymät', sv: 'Vyer', en: 'Views' } },
];

export function addStandardFolders(builder: ModelBuilder): void {
  for (const folder of STANDARD_FOLDERS) builder.folder(folder.key, folder.name);
}
