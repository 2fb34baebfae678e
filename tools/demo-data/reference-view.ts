import type { Bounds, LangMap, Rgba, ViewConnectionDoc, ViewNodeDoc } from '@kartasto/metamodel';
import type { ModelBuilder } from './model-builder';

const APPLICATION_FILL: Rgba = { r: 181, g: 255, b: 255 };
const TECHNOLOGY_FILL: Rgba = { r: 201, g: 231, b: 183 };
const CONTAINER_FILL: Rgba = { r: 242, g: 242, b: 242 };

const VIEW_KEY = 'view-palveluvayla';

interface NodeSpec {
  key: string;
  elementKey?: string;
  label?: LangMap;
  parent?: string;
  bounds: Bounds;
  fill: Rgba;
}

/**
 * A stored ArchiMate view of the service bus between the service layers and the shared core.
 * Nested nodes carry bounds relative to their container, as the exchange format does.
 */
const NODES: readonly NodeSpec[] = [
  {
    key: 'maakunnan-asiointi',
    elementKey: 'maakunnan-asiointi',
    bounds: { x: 40, y: 30, width: 160, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'yksityinen-asiointi',
    elementKey: 'yksityinen-asiointi',
    bounds: { x: 260, y: 30, width: 160, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'tuottajien-ptj',
    elementKey: 'tuottajien-ptj',
    bounds: { x: 480, y: 30, width: 160, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'kapa',
    label: { fi: 'KaPA – kansallinen palveluväylä', en: 'National service bus' },
    bounds: { x: 20, y: 130, width: 680, height: 130 },
    fill: CONTAINER_FILL,
  },
  {
    key: 'palveluvayla',
    elementKey: 'palveluvayla',
    parent: 'kapa',
    bounds: { x: 20, y: 40, width: 150, height: 60 },
    fill: TECHNOLOGY_FILL,
  },
  {
    key: 'ts-tiedonvalitys',
    elementKey: 'ts-tiedonvalitys',
    parent: 'kapa',
    bounds: { x: 200, y: 40, width: 150, height: 60 },
    fill: TECHNOLOGY_FILL,
  },
  {
    key: 'tunnistus',
    elementKey: 'tunnistus',
    parent: 'kapa',
    bounds: { x: 380, y: 40, width: 130, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'valtuudet',
    elementKey: 'valtuudet',
    parent: 'kapa',
    bounds: { x: 530, y: 40, width: 130, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'ydin',
    label: { fi: 'Tieto- ja järjestelmäydin', en: 'Shared information and system core' },
    bounds: { x: 20, y: 300, width: 680, height: 130 },
    fill: CONTAINER_FILL,
  },
  {
    key: 'kanta',
    elementKey: 'kanta',
    parent: 'ydin',
    bounds: { x: 20, y: 40, width: 140, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'vtj',
    elementKey: 'vtj',
    parent: 'ydin',
    bounds: { x: 180, y: 40, width: 140, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'ytj',
    elementKey: 'ytj',
    parent: 'ydin',
    bounds: { x: 340, y: 40, width: 140, height: 60 },
    fill: APPLICATION_FILL,
  },
  {
    key: 'valinnanvapaus',
    elementKey: 'valinnanvapaus',
    parent: 'ydin',
    bounds: { x: 500, y: 40, width: 160, height: 60 },
    fill: APPLICATION_FILL,
  },
];

const CONNECTIONS: readonly [type: string, source: string, target: string][] = [
  ['Realization', 'palveluvayla', 'ts-tiedonvalitys'],
  ['Serving', 'ts-tiedonvalitys', 'maakunnan-asiointi'],
  ['Serving', 'ts-tiedonvalitys', 'yksityinen-asiointi'],
  ['Serving', 'ts-tiedonvalitys', 'tuottajien-ptj'],
  ['Serving', 'ts-tiedonvalitys', 'kanta'],
  ['Serving', 'ts-tiedonvalitys', 'vtj'],
  ['Serving', 'ts-tiedonvalitys', 'ytj'],
  ['Serving', 'ts-tiedonvalitys', 'valinnanvapaus'],
];

export function buildCoreView(b: ModelBuilder): void {
  const viewId = b.id(VIEW_KEY);
  const nodeId = (key: string) => `${viewId}-n-${key}`;
  const order = new Map<string, number>();
  const nodes: ViewNodeDoc[] = NODES.map((spec) => {
    const siblings = spec.parent ?? '';
    const position = order.get(siblings) ?? 0;
    order.set(siblings, position + 1);
    const node: ViewNodeDoc = {
      id: nodeId(spec.key),
      kind: spec.elementKey === undefined ? 'container' : 'element',
      order: position,
      label: spec.label ?? {},
      documentation: {},
      bounds: spec.bounds,
      style: { fill: spec.fill, line: { r: 92, g: 92, b: 92 } },
      properties: [],
    };
    if (spec.parent !== undefined) node.parentId = nodeId(spec.parent);
    if (spec.elementKey !== undefined) node.elementId = b.id(spec.elementKey);
    return node;
  });
  const connections: ViewConnectionDoc[] = CONNECTIONS.map(([type, source, target], i) => ({
    id: `${viewId}-c-${i + 1}`,
    kind: 'relationship',
    relationshipId: b.relId(type, source, target),
    sourceId: nodeId(source),
    targetId: nodeId(target),
    bendpoints: [],
    label: {},
    documentation: {},
    style: {},
    properties: [],
    order: i,
  }));
  b.view({
    id: viewId,
    name: {
      fi: 'Palveluväylä ja ydinjärjestelmät',
      sv: 'Informationsleden och kärnsystemen',
      en: 'Service bus and core systems',
    },
    documentation: {
      fi: 'Palvelukerrosten järjestelmät liittyvät ytimeen kansallisen palveluväylän kautta.',
    },
    viewpoint: 'Layered',
    properties: [],
    folderId: b.folderId('nakymat'),
    nodes,
    connections,
  });
}
