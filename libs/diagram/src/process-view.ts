import type { ElementDoc, LangMap, ModelDocument, ViewDoc } from '@kartasto/metamodel';
import { DEFAULT_ELEMENT_SIZE, PROCESS_STEP_TYPES } from './elk-graph';
import { LANE_PADDING } from './fit-layout';
import { layoutView } from './layout-view';
import { ModelIndex } from './model-index';
import type { LayoutEngine } from './run-layout';
import { rankSteps } from './step-order';
import { ViewBuilder, hexToRgba } from './view-builder';

export interface ProcessViewOptions {
  id?: string;
  name?: LangMap;
  /** A process whose composed or aggregated steps make up the path. */
  processId?: string;
  /** Steps to show (step types only); default every step of the model or of `processId`. */
  elementIds?: Iterable<string>;
  /** Lanes by assigned actor, role or either (default). */
  laneBy?: 'actor' | 'role' | 'both';
  /** Add a band below with the application components that serve or perform the steps. */
  includeSystems?: boolean;
}

const COLUMN = DEFAULT_ELEMENT_SIZE.width + 60;
const ROW = DEFAULT_ELEMENT_SIZE.height + 30;
const FLOW_TYPES = new Set(['Triggering', 'Flow']);
const SYSTEM_LINK_TYPES = new Set(['Serving', 'Assignment', 'Realization']);

export const PROCESS_UNASSIGNED_LABEL: LangMap = {
  fi: 'Muut vaiheet',
  sv: 'Övriga steg',
  en: 'Other steps',
};
export const PROCESS_SYSTEMS_LABEL: LangMap = {
  fi: 'Tietojärjestelmät',
  sv: 'Informationssystem',
  en: 'Information systems',
};

function laneTypes(laneBy: ProcessViewOptions['laneBy']): Set<string> {
  if (laneBy === 'actor') return new Set(['BusinessActor']);
  if (laneBy === 'role') return new Set(['BusinessRole']);
  return new Set(['BusinessActor', 'BusinessRole', 'BusinessCollaboration']);
}

function selectSteps(index: ModelIndex, options: ProcessViewOptions): ElementDoc[] {
  const isStep = (e: ElementDoc | undefined): e is ElementDoc =>
    !!e && PROCESS_STEP_TYPES.has(e.type);
  if (options.elementIds) {
    return [...new Set(options.elementIds)].map((id) => index.elements.get(id)).filter(isStep);
  }
  if (options.processId) {
    return (index.outgoing.get(options.processId) ?? [])
      .filter((r) => r.type === 'Composition' || r.type === 'Aggregation')
      .map((r) => index.elements.get(r.targetId))
      .filter(isStep);
  }
  return index.model.elements.filter(isStep);
}

/**
 * A process view (service path) without final layout: a lane per actor or role holding the
 * steps assigned to it, steps seeded at (rank column, row) so ELK's interactive layering keeps
 * the left-to-right order, and optionally a systems band below.
 */
export function buildProcessView(model: ModelDocument, options: ProcessViewOptions = {}): ViewDoc {
  const index = new ModelIndex(model);
  const steps = selectSteps(index, options);
  const stepIds = new Set(steps.map((s) => s.id));
  const flows = model.relationships.filter(
    (r) => FLOW_TYPES.has(r.type) && stepIds.has(r.sourceId) && stepIds.has(r.targetId),
  );
  const rank = rankSteps(
    steps.map((s) => s.id),
    flows,
  );

  // Lane of each step: the first actor or role assigned to it.
  const types = laneTypes(options.laneBy);
  const laneOf = new Map<string, string | undefined>();
  for (const s of steps) {
    const r = (index.incoming.get(s.id) ?? []).find(
      (r) => r.type === 'Assignment' && types.has(index.elements.get(r.sourceId)?.type ?? ''),
    );
    laneOf.set(s.id, r?.sourceId);
  }
  // Lanes ordered by their earliest step, so the path starts at the top.
  const firstRank = new Map<string | undefined, number>();
  for (const s of steps) {
    const lane = laneOf.get(s.id);
    firstRank.set(lane, Math.min(firstRank.get(lane) ?? Infinity, rank.get(s.id)!));
  }
  const lanes = [...firstRank.keys()].sort((a, b) => {
    if (a === undefined || b === undefined) return a === undefined ? 1 : -1;
    return firstRank.get(a)! - firstRank.get(b)! || index.order(a) - index.order(b);
  });

  const b = new ViewBuilder(options.id ?? 'process');
  const nodeOf = new Map<string, string>();
  const laneNodes = new Map<string | undefined, string>();
  let y = 0;
  const maxRank = Math.max(0, ...rank.values());
  const laneWidth = LANE_PADDING.left + (maxRank + 1) * COLUMN + LANE_PADDING.right;
  for (const lane of lanes) {
    const laneSteps = steps.filter((s) => laneOf.get(s.id) === lane);
    const rows = new Map<number, number>();
    const laneId = b.addNode(
      lane
        ? { kind: 'element', elementId: lane }
        : {
            kind: 'container',
            label: PROCESS_UNASSIGNED_LABEL,
            style: { fill: hexToRgba('#f5f5f5') },
          },
    );
    laneNodes.set(lane, laneId);
    for (const s of laneSteps) {
      const col = rank.get(s.id)!;
      const row = rows.get(col) ?? 0;
      rows.set(col, row + 1);
      nodeOf.set(
        s.id,
        b.addNode({
          kind: 'element',
          parentId: laneId,
          elementId: s.id,
          bounds: {
            x: LANE_PADDING.left + col * COLUMN,
            y: LANE_PADDING.top + row * ROW,
            ...DEFAULT_ELEMENT_SIZE,
          },
        }),
      );
    }
    const height = LANE_PADDING.top + Math.max(1, ...rows.values()) * ROW + LANE_PADDING.bottom;
    b.node(laneId).bounds = { x: 0, y, width: laneWidth, height };
    y += height;
  }

  if (options.includeSystems) {
    const systems = new Map<string, number>();
    for (const s of steps) {
      for (const r of index.relationshipsOf(s.id)) {
        if (!SYSTEM_LINK_TYPES.has(r.type)) continue;
        const other = r.sourceId === s.id ? r.targetId : r.sourceId;
        if (index.elements.get(other)?.type !== 'ApplicationComponent') continue;
        systems.set(other, Math.min(systems.get(other) ?? Infinity, rank.get(s.id)!));
      }
    }
    if (systems.size > 0) {
      const bandId = b.addNode({
        kind: 'container',
        label: PROCESS_SYSTEMS_LABEL,
        style: { fill: hexToRgba('#eef7fb') },
      });
      const rows = new Map<number, number>();
      const ordered = [...systems.keys()].sort(
        (a, c) => systems.get(a)! - systems.get(c)! || index.order(a) - index.order(c),
      );
      for (const id of ordered) {
        const col = systems.get(id)!;
        const row = rows.get(col) ?? 0;
        rows.set(col, row + 1);
        nodeOf.set(
          id,
          b.addNode({
            kind: 'element',
            parentId: bandId,
            elementId: id,
            bounds: {
              x: LANE_PADDING.left + col * COLUMN,
              y: LANE_PADDING.top + row * ROW,
              ...DEFAULT_ELEMENT_SIZE,
            },
          }),
        );
      }
      const height = LANE_PADDING.top + Math.max(...rows.values()) * ROW + LANE_PADDING.bottom;
      b.node(bandId).bounds = { x: 0, y, width: laneWidth, height };
    }
  }

  // Lanes stand for their actor, so the actor's assignments to its steps are not drawn.
  for (const [lane, laneId] of laneNodes) if (lane && !nodeOf.has(lane)) nodeOf.set(lane, laneId);
  b.connectRelationships(index, nodeOf);
  return b.build('process', options.name ?? { fi: 'Prosessikuvaus', en: 'Process view' });
}

/** Build a process view and lay it out with ELK (orthogonal flows across lanes). */
export function generateProcessView(
  model: ModelDocument,
  options: ProcessViewOptions & { engine: LayoutEngine },
): Promise<ViewDoc> {
  return layoutView(model, buildProcessView(model, options), { engine: options.engine });
}
