// ELK layout time for ArchiMate views of 100, 500 and 1,000 nodes, flat and nested, with
// Kartasto's options (KARTASTO_ELK_OPTIONS) against ELK's defaults (layered), in one run.
// Uses the compiled diagram library (dist/api/libs/diagram/src, built by `npm run bench`).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { percentile, printTable, root } from './support/bench-db.mjs';
import { COMMON_ELEMENT_TYPES as TYPES } from './support/vocabulary.mjs';

const require = createRequire(import.meta.url);
const diagram = require(resolve(root, 'dist/api/libs/diagram/src/index.js'));
const ELK = require('elkjs/lib/elk.bundled.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A model and view: `size` element nodes, ~1.5 relationships each, optionally 10 per group. */
function sample(size, nested) {
  const elements = [];
  const relationships = [];
  const nodes = [];
  const connections = [];
  const groups = nested ? Math.ceil(size / 10) : 0;
  for (let g = 0; g < groups; g++)
    nodes.push({
      id: `g${g}`,
      kind: 'container',
      order: g,
      label: { fi: `Ryhmä ${g}` },
      documentation: {},
      bounds: { x: 0, y: 0, width: 0, height: 0 },
      style: {},
      properties: [],
    });
  for (let i = 0; i < size; i++) {
    elements.push({
      id: `e${i}`,
      type: TYPES[i % 5],
      name: { fi: `Elementti ${i}` },
      documentation: {},
      properties: [],
    });
    nodes.push({
      id: `n${i}`,
      kind: 'element',
      elementId: `e${i}`,
      parentId: nested ? `g${Math.floor(i / 10)}` : undefined,
      order: groups + i,
      label: {},
      documentation: {},
      bounds: { x: 0, y: 0, width: 120, height: 55 },
      style: {},
      properties: [],
    });
  }
  for (let i = 0; i < Math.round(size * 1.5); i++) {
    const s = (i * 7919) % size;
    const t = (i * 104729 + 13) % size;
    if (s === t) continue;
    relationships.push({
      id: `r${i}`,
      type: 'Association',
      sourceId: `e${s}`,
      targetId: `e${t}`,
      name: {},
      documentation: {},
      properties: [],
    });
    connections.push({
      id: `c${i}`,
      kind: 'relationship',
      relationshipId: `r${i}`,
      sourceId: `n${s}`,
      targetId: `n${t}`,
      bendpoints: [],
      label: {},
      documentation: {},
      style: {},
      properties: [],
      order: i,
    });
  }
  const model = {
    name: {},
    documentation: {},
    properties: [],
    propertyDefinitions: [],
    elements,
    relationships,
    folders: [],
    views: [],
  };
  const view = {
    id: 'v',
    name: {},
    documentation: {},
    properties: [],
    kind: 'archimate',
    nodes,
    connections,
  };
  return { model, view };
}

const elk = new ELK();
const rows = [];
for (const size of [100, 500, 1000]) {
  for (const nested of [false, true]) {
    const { model, view } = sample(size, nested);
    const graph = diagram.toElkGraph(diagram.computeView(model, view));
    // ELK's defaults: layered with nothing set, except keeping nested children inside.
    const bare = (n) => ({ ...n, layoutOptions: undefined, children: n.children?.map(bare) });
    const plain = {
      ...bare(graph),
      layoutOptions: { 'elk.algorithm': 'layered', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN' },
    };
    const time = async (g) => {
      const ms = [];
      await diagram.runLayout(g, elk); // warm-up
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        await diagram.runLayout(g, elk);
        ms.push(performance.now() - t0);
      }
      return ms.sort((a, b) => a - b);
    };
    const k = await time(graph);
    const d = await time(plain);
    rows.push({
      nodes: size,
      shape: nested ? `nested (${Math.ceil(size / 10)} groups)` : 'flat',
      edges: view.connections.length,
      'kartasto median ms': percentile(k, 50).toFixed(0),
      'defaults median ms': percentile(d, 50).toFixed(0),
      'kartasto max ms': k[k.length - 1].toFixed(0),
      'goal (500 ≤ 1 s)': size === 500 ? (percentile(k, 50) <= 1000 ? 'met' : 'MISSED') : '',
    });
  }
}
printTable(`ELK layout time (${RUNS} runs after a warm-up, Node ${process.version})`, rows);
