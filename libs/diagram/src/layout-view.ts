import type { ModelDocument, ViewDoc } from '@kartasto/metamodel';
import { applyLayout } from './apply-layout';
import { computeView } from './computed-view';
import { toElkGraph } from './elk-graph';
import type { LayoutOptions } from './elk-options';
import { fitLayout } from './fit-layout';
import { runLayout, type LayoutEngine } from './run-layout';

export interface LayoutViewOptions {
  /** `new ELK()` in Node, or a Web Worker-backed ELK / layout function in the browser. */
  engine: LayoutEngine;
  /** Lay out only these nodes (and what they contain); the rest of the view stays put. */
  only?: Iterable<string>;
  layoutOptions?: LayoutOptions;
}

/**
 * Auto-layout of a view: compute → ELK graph → ELK → fit to the view's kind → apply.
 * Pinned nodes keep their place; with `only`, just those nodes move.
 */
export async function layoutView(
  model: ModelDocument,
  view: ViewDoc,
  options: LayoutViewOptions,
): Promise<ViewDoc> {
  const only = options.only ? [...options.only] : undefined;
  const computed = computeView(model, view);
  const graph = toElkGraph(computed, { only, layoutOptions: options.layoutOptions });
  const raw = await runLayout(graph, options.engine);
  return applyLayout(view, fitLayout(computed, raw));
}
