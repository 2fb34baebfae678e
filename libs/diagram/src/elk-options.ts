/** ELK layout options, as string maps so they travel to a Web Worker unchanged. */
export type LayoutOptions = Record<string, string>;

/**
 * Kartasto's defaults for laying out ArchiMate views with ELK layered.
 * Chosen for readable diagrams that stay fast at 500+ nodes: BRANDES_KOEPF placement (linear;
 * NETWORK_SIMPLEX is markedly slower on big graphs) and thoroughness 1. Model order breaks
 * cycles (cheap, and re-running layout gives the same picture) but does not steer crossing
 * minimisation: `considerModelOrder` roughly doubled layout time on 500-node views.
 */
export const KARTASTO_ELK_OPTIONS: Readonly<LayoutOptions> = Object.freeze({
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.cycleBreaking.strategy': 'GREEDY_MODEL_ORDER',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.thoroughness': '1',
  'elk.layered.unnecessaryBendpoints': 'false',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.componentComponent': '40',
  'elk.spacing.nodeNode': '30',
  'elk.layered.spacing.nodeNodeBetweenLayers': '50',
  'elk.spacing.edgeNode': '15',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.padding': '[top=36,left=16,bottom=16,right=16]',
});

/** Ecosystem bands: stacked strictly in model order, contents laid out downwards. */
export const ECOSYSTEM_ELK_OPTIONS: Readonly<LayoutOptions> = Object.freeze({
  ...KARTASTO_ELK_OPTIONS,
  // Model order decides which edges get reversed, so the band-order chain always wins.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  // Ecosystem views are small; keeping the model order inside bands is worth the time here.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.thoroughness': '3',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
});

/**
 * Process views: the builder seeds each step at (rank column, lane row); ELK keeps layers,
 * order and y from those hints and routes the flows orthogonally between them.
 */
export const PROCESS_ELK_OPTIONS: Readonly<LayoutOptions> = Object.freeze({
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': '30',
  'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  'elk.spacing.edgeNode': '15',
  'elk.spacing.edgeEdge': '10',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
});

/** Portfolio tiles have no edges: pack them into rows inside each group. */
export const PORTFOLIO_ELK_OPTIONS: Readonly<LayoutOptions> = Object.freeze({
  'elk.algorithm': 'rectpacking',
  'elk.spacing.nodeNode': '16',
  'elk.padding': '[top=36,left=16,bottom=16,right=16]',
  'elk.aspectRatio': '1.6',
});
