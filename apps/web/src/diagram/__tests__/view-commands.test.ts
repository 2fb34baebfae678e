import type { ViewDoc, ViewNodeDoc } from '@kartasto/metamodel';
import { toReactFlow } from '@kartasto/diagram';
import { emptyModelDocument } from '@kartasto/metamodel';
import {
  alignCommands,
  copySelection,
  dropTarget,
  layoutCommand,
  nudgeCommands,
  pasteCommands,
  removeCommands,
} from '../selection-commands';
import { buildSvg } from '../svg-export';
import { applyCommands, inverseOfBatch, type ViewCommand } from '../view-commands';

function node(id: string, x: number, y: number, extra: Partial<ViewNodeDoc> = {}): ViewNodeDoc {
  return {
    id,
    kind: 'element',
    order: 0,
    label: {},
    documentation: {},
    bounds: { x, y, width: 100, height: 50 },
    style: {},
    properties: [],
    ...extra,
  };
}

function sampleView(): ViewDoc {
  return {
    id: 'v',
    name: { fi: 'Näkymä' },
    documentation: {},
    properties: [],
    nodes: [
      node('g', 0, 0, {
        kind: 'container',
        label: { fi: 'Ryhmä' },
        bounds: { x: 0, y: 0, width: 400, height: 300 },
        order: 0,
      }),
      node('a', 20, 40, { parentId: 'g', elementId: 'ea', order: 1 }),
      node('b', 500, 40, { elementId: 'eb', order: 2, style: { fill: { r: 255, g: 0, b: 0 } } }),
      node('c', 500, 200, { elementId: 'ec', order: 3, pinned: true }),
    ],
    connections: [
      {
        id: 'ab',
        kind: 'relationship',
        relationshipId: 'r1',
        sourceId: 'a',
        targetId: 'b',
        bendpoints: [{ x: 300, y: 65 }],
        label: {},
        documentation: {},
        style: {},
        properties: [],
        order: 0,
      },
      {
        id: 'bc',
        kind: 'relationship',
        relationshipId: 'r2',
        sourceId: 'b',
        targetId: 'c',
        bendpoints: [],
        label: {},
        documentation: {},
        style: {},
        properties: [],
        order: 1,
      },
    ],
  };
}

/** Views compare equal when nodes and connections match, whatever their list order. */
function normalised(v: ViewDoc) {
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const nodes = byId(v.nodes).map(({ order: _o, ...n }) => ({ ...n, pinned: n.pinned === true }));
  const connections = byId(v.connections).map(({ order: _o, ...c }) => c);
  return { nodes, connections };
}

function roundTrip(cmds: ViewCommand[]) {
  const before = sampleView();
  const after = applyCommands(before, cmds);
  const undone = applyCommands(after, inverseOfBatch(before, cmds));
  return { before, after, undone };
}

describe('view commands and their inverses', () => {
  const cases: [string, ViewCommand[]][] = [
    [
      'add-node',
      [
        {
          op: 'add-node',
          id: 'n',
          kind: 'element',
          elementId: 'en',
          x: 1,
          y: 2,
          width: 3,
          height: 4,
        },
      ],
    ],
    [
      'move-nodes',
      [
        {
          op: 'move-nodes',
          moves: [
            { id: 'a', x: 70, y: 80 },
            { id: 'b', x: 0, y: 400 },
          ],
        },
      ],
    ],
    ['resize-node', [{ op: 'resize-node', id: 'b', x: 510, y: 45, width: 200, height: 90 }]],
    ['set-parent', [{ op: 'set-parent', id: 'a', parentId: null, x: 20, y: 40 }]],
    ['remove-nodes (with children and connections)', [{ op: 'remove-nodes', ids: ['g', 'a'] }]],
    [
      'add-connection',
      [{ op: 'add-connection', id: 'x', kind: 'line', sourceId: 'a', targetId: 'c' }],
    ],
    ['remove-connections', [{ op: 'remove-connections', ids: ['ab'] }]],
    [
      'set-bendpoints',
      [
        {
          op: 'set-bendpoints',
          id: 'ab',
          bendpoints: [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
          ],
        },
      ],
    ],
    ['set-style', [{ op: 'set-style', ids: ['a', 'b'], style: { fill: { r: 1, g: 2, b: 3 } } }]],
    ['set-label', [{ op: 'set-label', id: 'g', label: { fi: 'Uusi' } }]],
    ['set-pinned', [{ op: 'set-pinned', ids: ['b', 'c'], pinned: false }]],
    [
      'apply-layout',
      [
        {
          op: 'apply-layout',
          nodes: [{ id: 'b', x: 9, y: 9, width: 99, height: 49 }],
          connections: [{ id: 'ab', bendpoints: [] }],
        },
      ],
    ],
    [
      'a batch where later commands use an id made earlier',
      [
        {
          op: 'add-node',
          id: 'n',
          kind: 'label',
          x: 0,
          y: 0,
          width: 10,
          height: 10,
          label: { fi: 'Huom' },
        },
        { op: 'move-nodes', moves: [{ id: 'n', x: 50, y: 60 }] },
        { op: 'add-connection', id: 'nx', kind: 'line', sourceId: 'n', targetId: 'b' },
      ],
    ],
  ];

  it.each(cases)('%s changes the view and its inverse restores it', (_name, cmds) => {
    const { before, after, undone } = roundTrip(cmds);
    expect(normalised(after)).not.toEqual(normalised(before));
    expect(normalised(undone)).toEqual(normalised(before));
  });

  it('removing a node removes its connections from the view', () => {
    const after = applyCommands(sampleView(), [{ op: 'remove-nodes', ids: ['b'] }]);
    expect(after.nodes.map((n) => n.id)).toEqual(['g', 'a', 'c']);
    expect(after.connections).toEqual([]);
  });
});

describe('selection to commands', () => {
  it('aligns the outermost selected nodes on the left edge in diagram coordinates', () => {
    const cmds = alignCommands(sampleView(), ['a', 'b', 'g'], 'left');
    // 'a' moves with its selected parent 'g'; 'b' goes to g's left edge (x 0).
    expect(cmds).toEqual([{ op: 'move-nodes', moves: [{ id: 'b', x: 0, y: 40 }] }]);
  });

  it('aligns tops and centres', () => {
    expect(alignCommands(sampleView(), ['a', 'c'], 'top')).toEqual([
      { op: 'move-nodes', moves: [{ id: 'c', x: 500, y: 40 }] },
    ]);
    const centre = alignCommands(sampleView(), ['b', 'c'], 'center');
    expect(centre).toEqual([]);
  });

  it('nudges by the given step', () => {
    expect(nudgeCommands(sampleView(), ['b'], 0, -10)).toEqual([
      { op: 'move-nodes', moves: [{ id: 'b', x: 500, y: 30 }] },
    ]);
  });

  it('removes a container with its children, and connections only when their ends stay', () => {
    expect(removeCommands(sampleView(), ['g'], ['ab', 'bc'])).toEqual([
      { op: 'remove-connections', ids: ['bc'] },
      { op: 'remove-nodes', ids: ['g', 'a'] },
    ]);
  });

  it('copies nested nodes with inner connections and pastes them under fresh ids', () => {
    const clip = copySelection(sampleView(), ['a', 'b']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    // The copied child 'a' keeps its canvas place, not its place inside 'g'.
    expect(clip.nodes[0].bounds).toMatchObject({ x: 20, y: 40 });
    expect(clip.nodes[0].parentId).toBeUndefined();
    expect(clip.connections.map((c) => c.id)).toEqual(['ab']);
    let i = 0;
    const { commands, ids } = pasteCommands(clip, 20, () => `new-${++i}`);
    expect(ids).toEqual(['new-1', 'new-2']);
    const after = applyCommands(sampleView(), commands);
    const pasted = after.nodes.filter((n) => n.id.startsWith('new-'));
    expect(pasted.map((n) => [n.elementId, n.bounds.x, n.bounds.y])).toEqual([
      ['ea', 40, 60],
      ['eb', 520, 60],
    ]);
    expect(pasted[1].style).toEqual({ fill: { r: 255, g: 0, b: 0 } });
    expect(after.connections.find((c) => c.id === 'new-3')).toMatchObject({
      relationshipId: 'r1',
      sourceId: 'new-1',
      targetId: 'new-2',
    });
  });

  it('turns a layout result into one apply-layout command with only what changed', () => {
    const before = sampleView();
    const after = applyCommands(before, [
      { op: 'move-nodes', moves: [{ id: 'b', x: 1, y: 2 }] },
      { op: 'set-bendpoints', id: 'ab', bendpoints: [] },
    ]);
    expect(layoutCommand(before, after)).toEqual([
      {
        op: 'apply-layout',
        nodes: [{ id: 'b', x: 1, y: 2, width: 100, height: 50 }],
        connections: [{ id: 'ab', bendpoints: [] }],
      },
    ]);
    expect(layoutCommand(before, before)).toEqual([]);
  });

  it('finds the deepest container under a dropped node, never the node itself', () => {
    const view = sampleView();
    expect(dropTarget(view, 'b', { x: 70, y: 65 })).toBe('a');
    expect(dropTarget(view, 'b', { x: 300, y: 250 })).toBe('g');
    expect(dropTarget(view, 'a', { x: 70, y: 65 })).toBe('g');
    expect(dropTarget(view, 'g', { x: 70, y: 65 })).toBeNull();
  });
});

describe('SVG export', () => {
  it('draws nodes with shapes, icons and names, and relationships with markers and dashes', () => {
    const model = {
      ...emptyModelDocument(),
      elements: [
        {
          id: 'ea',
          type: 'ApplicationComponent',
          name: { fi: 'Asiakastieto & <rekisteri>' },
          documentation: {},
          properties: [],
        },
        {
          id: 'eb',
          type: 'ApplicationService',
          name: { fi: 'Haku' },
          documentation: {},
          properties: [],
        },
        {
          id: 'ec',
          type: 'DataObject',
          name: { fi: 'Asiakas' },
          documentation: {},
          properties: [],
        },
      ],
      relationships: [
        {
          id: 'r1',
          type: 'Realization',
          sourceId: 'ea',
          targetId: 'eb',
          name: {},
          documentation: {},
          properties: [],
        },
        {
          id: 'r2',
          type: 'Access',
          accessType: 'Read' as const,
          sourceId: 'eb',
          targetId: 'ec',
          name: {},
          documentation: {},
          properties: [],
        },
      ],
    };
    const graph = toReactFlow(sampleView(), model);
    const svg = buildSvg(graph, { text: (m) => m.fi ?? '', title: 'Näkymä' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // Escaped text (wrapped to the 100 px box), every node drawn once, the group's label.
    expect(svg).toContain('>to &amp;</text>');
    expect(svg).toContain('>&lt;rekisteri</text>');
    expect(svg).not.toContain('<rekisteri');
    expect(svg.match(/data-node=/g)).toHaveLength(4);
    expect(svg).toContain('>Ryhmä<');
    // Realization: dotted with a hollow triangle; read access: arrow back at the reader.
    expect(svg).toMatch(
      /data-connection="ab"[^>]*stroke-dasharray="2 3"[^>]*marker-end="url\(#kartasto-triangle-hollow-end\)"/,
    );
    expect(svg).toMatch(
      /data-connection="bc"[^>]*marker-start="url\(#kartasto-arrow-open-start\)"/,
    );
    expect(svg).not.toMatch(/data-connection="bc"[^>]*marker-end/);
    // The red fill the view gave node b wins over the layer colour.
    expect(svg).toContain('fill="#ff0000"');
    // The view's extent (0..600 × 0..300) plus the 20 px margin.
    expect(svg).toContain('width="640" height="340"');
  });
});
