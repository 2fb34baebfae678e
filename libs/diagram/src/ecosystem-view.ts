import {
  ECOSYSTEM_BAND_DEFS,
  ECOSYSTEM_BANDS,
  isEcosystemBand,
  type EcosystemBand,
  type ElementDoc,
  type LangMap,
  type ModelDocument,
  type ViewDoc,
} from '@kartasto/metamodel';
import { layoutView } from './layout-view';
import { ModelIndex } from './model-index';
import type { LayoutEngine } from './run-layout';
import { ViewBuilder, hexToRgba } from './view-builder';

/** Name (any language) of the property definition that puts an element in an ecosystem band. */
export const ECOSYSTEM_LAYER_PROPERTY = 'ekosysteemikerros';

/** Band titles from the metamodel's vocabulary, as language maps for container labels. */
const BAND_LABEL = new Map<string, LangMap>(
  ECOSYSTEM_BAND_DEFS.map((d) => [d.id, { ...d.labels }]),
);

const BAND_FILL: Record<EcosystemBand, string> = {
  'service-public': '#fff8d6',
  'service-private': '#fdf0dc',
  'service-third-sector': '#f3ecf9',
  'service-own-data': '#e8f4ea',
  data: '#e3f2fb',
  'service-bus': '#eeeeee',
  core: '#dfe8f5',
};

/**
 * Where an element without the band property goes. Types not listed (behaviour details,
 * motivation, strategy, implementation) stay out: the ecosystem picture shows who offers
 * which services on which data and platforms.
 */
const FALLBACK_BAND: Record<string, EcosystemBand> = {
  BusinessActor: 'service-public',
  BusinessCollaboration: 'service-public',
  BusinessInterface: 'service-public',
  BusinessService: 'service-public',
  Product: 'service-public',
  BusinessObject: 'data',
  Contract: 'data',
  Representation: 'data',
  DataObject: 'data',
  Artifact: 'data',
  SystemSoftware: 'service-bus',
  CommunicationNetwork: 'service-bus',
  TechnologyService: 'service-bus',
  TechnologyInterface: 'service-bus',
  Node: 'service-bus',
  Path: 'service-bus',
  ApplicationInterface: 'service-bus',
  ApplicationComponent: 'core',
  ApplicationCollaboration: 'core',
  ApplicationService: 'core',
};

/** The element's band: its `ekosysteemikerros` property, else a default by type. */
export function ecosystemBandOf(index: ModelIndex, element: ElementDoc): EcosystemBand | undefined {
  const value = index.propertyValue(element, ECOSYSTEM_LAYER_PROPERTY)?.toLowerCase();
  if (value && isEcosystemBand(value)) return value;
  return FALLBACK_BAND[element.type];
}

const OWNING_TYPES = ['Composition', 'Aggregation', 'Assignment'];

/**
 * The business actor an element belongs to: one that composes, aggregates or is assigned to
 * it first; else one it serves or that serves it. Model order breaks ties.
 */
export function actorOf(index: ModelIndex, elementId: string): string | undefined {
  const isActor = (id: string) => index.elements.get(id)?.type === 'BusinessActor';
  const incoming = index.incoming.get(elementId) ?? [];
  const outgoing = index.outgoing.get(elementId) ?? [];
  const owner =
    incoming.find((r) => OWNING_TYPES.includes(r.type) && isActor(r.sourceId))?.sourceId ??
    outgoing.find((r) => OWNING_TYPES.includes(r.type) && isActor(r.targetId))?.targetId;
  if (owner) return owner;
  return (
    outgoing.find((r) => r.type === 'Serving' && isActor(r.targetId))?.targetId ??
    incoming.find((r) => r.type === 'Serving' && isActor(r.sourceId))?.sourceId
  );
}

export interface EcosystemViewOptions {
  id?: string;
  name?: LangMap;
  /** Elements to show; default every element that has a band. */
  elementIds?: Iterable<string>;
  /** Draw bands that hold nothing (default true: the layered picture stays complete). */
  includeEmptyBands?: boolean;
}

/**
 * An ecosystem view without positions: a container per band (top to bottom), inside it an
 * actor node per actor holding that actor's elements, then elements without an actor, and
 * the model's relationships between drawn elements as connections.
 */
export function buildEcosystemView(
  model: ModelDocument,
  options: EcosystemViewOptions = {},
): ViewDoc {
  const index = new ModelIndex(model);
  const wanted = options.elementIds ? new Set(options.elementIds) : undefined;
  const members = new Map<EcosystemBand, ElementDoc[]>(ECOSYSTEM_BANDS.map((b) => [b, []]));
  for (const e of model.elements) {
    if (wanted && !wanted.has(e.id)) continue;
    const band = ecosystemBandOf(index, e);
    if (band) members.get(band)!.push(e);
  }
  const shown = new Set([...members.values()].flat().map((e) => e.id));

  const b = new ViewBuilder(options.id ?? 'ecosystem');
  const nodeOf = new Map<string, string>();
  const groupNodes = new Map<string, string[]>();
  for (const band of ECOSYSTEM_BANDS) {
    const list = members.get(band)!;
    if (list.length === 0 && options.includeEmptyBands === false) continue;
    const bandId = b.addNode({
      kind: 'container',
      label: BAND_LABEL.get(band) ?? { fi: band },
      style: { fill: hexToRgba(BAND_FILL[band]) },
    });
    const groups = new Map<string, ElementDoc[]>();
    const loose: ElementDoc[] = [];
    for (const e of list) {
      const actor = e.type === 'BusinessActor' ? undefined : actorOf(index, e.id);
      if (actor && shown.has(actor)) groups.set(actor, [...(groups.get(actor) ?? []), e]);
      else loose.push(e);
    }
    const actors = [...groups.keys()].sort((x, y) => index.order(x) - index.order(y));
    for (const actor of actors) {
      const groupId = b.addNode({ kind: 'element', parentId: bandId, elementId: actor });
      groupNodes.set(actor, [...(groupNodes.get(actor) ?? []), groupId]);
      for (const e of groups.get(actor)!) {
        nodeOf.set(e.id, b.addNode({ kind: 'element', parentId: groupId, elementId: e.id }));
      }
    }
    for (const e of loose) {
      // An actor already drawn as a group in its own band is not drawn twice there.
      if (e.type === 'BusinessActor' && groups.has(e.id)) continue;
      nodeOf.set(e.id, b.addNode({ kind: 'element', parentId: bandId, elementId: e.id }));
    }
  }
  // Actors drawn only as groups connect through their first group.
  for (const [actor, groupIds] of groupNodes)
    if (!nodeOf.has(actor)) nodeOf.set(actor, groupIds[0]);

  b.connectRelationships(index, nodeOf);
  return b.build('ecosystem', options.name ?? { fi: 'Ekosysteemikuvaus', en: 'Ecosystem view' });
}

/** Build an ecosystem view and lay it out with ELK. */
export function generateEcosystemView(
  model: ModelDocument,
  options: EcosystemViewOptions & { engine: LayoutEngine },
): Promise<ViewDoc> {
  return layoutView(model, buildEcosystemView(model, options), { engine: options.engine });
}
