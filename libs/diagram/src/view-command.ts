import type { LangMap, Point, StyleDoc } from '@kartasto/metamodel';

/**
 * Typed edits of a view's drawing, as the web editor sends them and the API's
 * `applyViewCommands` applies them: a batch in one transaction against one version. New nodes
 * and connections carry a client-made id so that later commands of the same batch can refer
 * to them.
 */
export type ViewCommand =
  | {
      op: 'add-node';
      id: string;
      kind: 'element' | 'container' | 'label';
      elementId?: string;
      parentId?: string | null;
      x: number;
      y: number;
      width: number;
      height: number;
      label?: LangMap;
    }
  | { op: 'move-nodes'; moves: { id: string; x: number; y: number }[] }
  | { op: 'resize-node'; id: string; x: number; y: number; width: number; height: number }
  | { op: 'set-parent'; id: string; parentId: string | null; x: number; y: number }
  | { op: 'remove-nodes'; ids: string[] }
  | {
      op: 'add-connection';
      id: string;
      kind: 'relationship' | 'line';
      relationshipId?: string;
      sourceId: string;
      targetId: string;
    }
  | { op: 'remove-connections'; ids: string[] }
  | { op: 'set-bendpoints'; id: string; bendpoints: Point[] }
  | { op: 'set-style'; ids: string[]; style: StyleDoc }
  | { op: 'set-label'; id: string; label: LangMap }
  | { op: 'set-pinned'; ids: string[]; pinned: boolean }
  | {
      op: 'apply-layout';
      nodes: { id: string; x: number; y: number; width: number; height: number }[];
      connections: { id: string; bendpoints: Point[] }[];
    };
