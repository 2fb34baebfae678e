import type { ViewCommand } from '@kartasto/diagram';
import type { LangMap, Point, StyleDoc } from '@kartasto/metamodel';
import { validation } from '../common/domain-error';
import { isUuid } from '../common/ids';

export type { ViewCommand };

export const MAX_COMMANDS = 5_000;

type Raw = Record<string, unknown>;

function fail(i: number, message: string): never {
  throw validation(`Command ${i + 1}: ${message}`, { command: i });
}
const uuid = (i: number, v: unknown, what: string): string =>
  isUuid(v) ? v : fail(i, `${what} must be an id (uuid), got ${JSON.stringify(v)}.`);
const num = (i: number, v: unknown, what: string, min = -1e7, max = 1e7): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
    ? v
    : fail(i, `${what} must be a number between ${min} and ${max}.`);
const ids = (i: number, v: unknown, what: string): string[] =>
  Array.isArray(v) && v.length <= 20_000
    ? v.map((x) => uuid(i, x, what))
    : fail(i, `${what} must be a list of ids.`);
const points = (i: number, v: unknown): Point[] =>
  Array.isArray(v) && v.length <= 500
    ? v.map((p: Raw) => ({ x: num(i, p?.x, 'bendpoint x'), y: num(i, p?.y, 'bendpoint y') }))
    : fail(i, 'bendpoints must be a list of {x, y}.');
const langMap = (i: number, v: unknown): LangMap =>
  v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((s) => typeof s === 'string')
    ? (v as LangMap)
    : fail(i, 'label must be an object of texts per language.');
const bounds = (i: number, c: Raw) => ({
  x: num(i, c.x, 'x'),
  y: num(i, c.y, 'y'),
  width: num(i, c.width, 'width', 1, 1e6),
  height: num(i, c.height, 'height', 1, 1e6),
});

/** Checks the shape of every command before anything touches the database. */
export function parseViewCommands(input: unknown[]): ViewCommand[] {
  if (!Array.isArray(input) || input.length === 0) throw validation('Send at least one command.');
  if (input.length > MAX_COMMANDS)
    throw validation(`Send at most ${MAX_COMMANDS} commands at a time.`);
  return input.map((raw, i): ViewCommand => {
    const c = (raw ?? {}) as Raw;
    switch (c.op) {
      case 'add-node': {
        const kind = c.kind;
        if (kind !== 'element' && kind !== 'container' && kind !== 'label')
          fail(i, 'kind must be element, container or label.');
        return {
          op: 'add-node',
          id: uuid(i, c.id, 'id'),
          kind,
          elementId: kind === 'element' ? uuid(i, c.elementId, 'elementId') : undefined,
          parentId: c.parentId == null ? null : uuid(i, c.parentId, 'parentId'),
          ...bounds(i, c),
          label: c.label === undefined ? undefined : langMap(i, c.label),
        };
      }
      case 'move-nodes':
        if (!Array.isArray(c.moves)) fail(i, 'moves must be a list.');
        return {
          op: 'move-nodes',
          moves: (c.moves as Raw[]).map((m) => ({
            id: uuid(i, m?.id, 'id'),
            x: num(i, m?.x, 'x'),
            y: num(i, m?.y, 'y'),
          })),
        };
      case 'resize-node':
        return { op: 'resize-node', id: uuid(i, c.id, 'id'), ...bounds(i, c) };
      case 'set-parent':
        return {
          op: 'set-parent',
          id: uuid(i, c.id, 'id'),
          parentId: c.parentId == null ? null : uuid(i, c.parentId, 'parentId'),
          x: num(i, c.x, 'x'),
          y: num(i, c.y, 'y'),
        };
      case 'remove-nodes':
        return { op: 'remove-nodes', ids: ids(i, c.ids, 'ids') };
      case 'add-connection': {
        const kind = c.kind ?? (c.relationshipId ? 'relationship' : 'line');
        if (kind !== 'relationship' && kind !== 'line')
          fail(i, 'kind must be relationship or line.');
        return {
          op: 'add-connection',
          id: uuid(i, c.id, 'id'),
          kind,
          relationshipId:
            kind === 'relationship' ? uuid(i, c.relationshipId, 'relationshipId') : undefined,
          sourceId: uuid(i, c.sourceId, 'sourceId'),
          targetId: uuid(i, c.targetId, 'targetId'),
        };
      }
      case 'remove-connections':
        return { op: 'remove-connections', ids: ids(i, c.ids, 'ids') };
      case 'set-bendpoints':
        return {
          op: 'set-bendpoints',
          id: uuid(i, c.id, 'id'),
          bendpoints: points(i, c.bendpoints),
        };
      case 'set-style':
        if (!c.style || typeof c.style !== 'object') fail(i, 'style must be an object.');
        return { op: 'set-style', ids: ids(i, c.ids, 'ids'), style: c.style as StyleDoc };
      case 'set-label':
        return { op: 'set-label', id: uuid(i, c.id, 'id'), label: langMap(i, c.label) };
      case 'set-pinned':
        if (typeof c.pinned !== 'boolean') fail(i, 'pinned must be true or false.');
        return { op: 'set-pinned', ids: ids(i, c.ids, 'ids'), pinned: c.pinned };
      case 'apply-layout':
        if (!Array.isArray(c.nodes) || !Array.isArray(c.connections))
          fail(i, 'apply-layout needs nodes and connections lists.');
        return {
          op: 'apply-layout',
          nodes: (c.nodes as Raw[]).map((n) => ({
            id: uuid(i, n?.id, 'id'),
            ...bounds(i, n ?? {}),
          })),
          connections: (c.connections as Raw[]).map((x) => ({
            id: uuid(i, x?.id, 'id'),
            bendpoints: points(i, x?.bendpoints),
          })),
        };
      default:
        return fail(i, `unknown op ${JSON.stringify(c.op)}.`);
    }
  });
}
