import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useQueryClient } from '@tanstack/react-query';
import { gqlRequest } from '@kartasto/graphql';
import { absolutePosition, layoutView, toReactFlow } from '@kartasto/diagram';
import {
  allowedRelationships,
  textIn,
  type ElementDoc,
  type LangMap,
  type ModelDocument,
  type Point,
  type RelationshipType,
  type ViewDoc,
} from '@kartasto/metamodel';
import { useErrorMessage } from '../api/use-error-message';
import { useCreateElement, useDeleteElement } from '../elements/use-element-mutations';
import { ElementDetail } from '../elements/use-element';
import { useLang } from '../i18n/i18n';
import { useCreateRelationship } from '../relationships/use-relationship-mutations';
import { useSearch } from '../repository/use-search';
import { useDebouncedValue } from '../repository/use-debounced-value';
import { Dialog } from '../ui/dialog';
import { ConnectDialog, type ConnectChoice } from './connect-dialog';
import { DiagramCanvas, type NodeDrop } from './diagram-canvas';
import { useDiagramT } from './diagram-i18n';
import { DiagramLegend } from './diagram-legend';
import type { DraggedElement } from './drag-data';
import { workerLayout } from './elk-client';
import { EditorPalette } from './editor-palette';
import { EditorToolbar, type ToolbarAction } from './editor-toolbar';
import { downloadPng, downloadSvg, exportFileName } from './export-download';
import {
  alignCommands,
  copySelection,
  dropTarget,
  layoutCommand,
  nudgeCommands,
  pasteCommands,
  removeCommands,
  type ClipboardContent,
} from './selection-commands';
import { buildSvg } from './svg-export';
import { useViewEditor } from './use-view-editor';
import type { ViewCommand } from './view-commands';
import { withConcepts } from './view-doc';

const NEST_TYPES: readonly RelationshipType[] = [
  'Composition',
  'Aggregation',
  'Assignment',
  'Realization',
];
const ELEMENT_SIZE = { width: 120, height: 55 };

interface PendingConnect {
  sourceNodeId: string;
  targetNodeId: string;
  nest?: boolean;
}

export interface ViewEditorProps {
  modelId: string;
  viewId: string;
  editable: boolean;
  initial: { view: ViewDoc; version: number; model: ModelDocument };
  onReload(): void;
}

/** The editor: state, commands and dialogs around the canvas. */
export function ViewEditor(props: ViewEditorProps) {
  const t = useDiagramT();
  const lang = useLang();
  const message = useErrorMessage();
  const flow = useReactFlow();
  const queryClient = useQueryClient();
  const editor = useViewEditor(props.viewId, props.initial);
  const { view, model, execute } = editor;
  const editable = props.editable && editor.save.status !== 'conflict';
  const text = useCallback((m: LangMap) => textIn(m, lang), [lang]);
  const graph = useMemo(() => toReactFlow(view, model), [view, model]);

  const [selectedNodes, setSelectedNodes] = useState<string[]>([]);
  const [selectedEdges, setSelectedEdges] = useState<string[]>([]);
  const selectedIds = useMemo(
    () => new Set([...selectedNodes, ...selectedEdges]),
    [selectedNodes, selectedEdges],
  );
  const [legend, setLegend] = useState(false);
  const [layingOut, setLayingOut] = useState(false);
  const [connect, setConnect] = useState<PendingConnect | null>(null);
  const [connectError, setConnectError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const clipboard = useRef<ClipboardContent | null>(null);
  const pasteCount = useRef(0);

  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 200);
  const found = useSearch(debounced, props.modelId, 15);
  const createElement = useCreateElement();
  const createRelationship = useCreateRelationship();
  const deleteElement = useDeleteElement();

  const elementOf = useCallback(
    (nodeId: string): ElementDoc | undefined => {
      const node = editor.current().nodes.find((n) => n.id === nodeId);
      return node?.elementId ? model.elements.find((e) => e.id === node.elementId) : undefined;
    },
    [editor, model],
  );

  // ---- adding ----
  const placeNode = useCallback(
    (element: DraggedElement, at: Point) => {
      if (!model.elements.some((e) => e.id === element.id)) {
        const doc: ElementDoc = {
          id: element.id,
          type: element.type,
          name: element.name,
          documentation: {},
          properties: [],
        };
        editor.setModel((m) => withConcepts(m, [doc]));
      }
      const current = editor.current();
      const id = crypto.randomUUID();
      const box = {
        x: Math.round(at.x - ELEMENT_SIZE.width / 2),
        y: Math.round(at.y - ELEMENT_SIZE.height / 2),
      };
      const parentId = dropTarget(current, id, at) ?? undefined;
      const parentAbs = parentId ? absolutePosition(current, parentId) : undefined;
      execute([
        {
          op: 'add-node',
          id,
          kind: 'element',
          elementId: element.id,
          parentId,
          x: box.x - (parentAbs?.x ?? 0),
          y: box.y - (parentAbs?.y ?? 0),
          ...ELEMENT_SIZE,
        },
      ]);
    },
    [editor, execute, model],
  );

  const viewportCentre = useCallback((): Point => {
    const el = document.querySelector('[data-testid="diagram-canvas"]');
    const r = el?.getBoundingClientRect();
    return flow.screenToFlowPosition(
      r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : { x: 400, y: 300 },
    );
  }, [flow]);

  const createOnCanvas = (type: string, name: LangMap) => {
    createElement.mutate(
      { modelId: props.modelId, type, name },
      {
        onSuccess: (data) => placeNode({ id: data.createElement.id, type, name }, viewportCentre()),
        onError: (error) => setNotice(message(error)),
      },
    );
  };

  const addFree = (kind: 'label' | 'container') => {
    const c = viewportCentre();
    const size = kind === 'label' ? { width: 160, height: 50 } : { width: 300, height: 200 };
    execute([
      {
        op: 'add-node',
        id: crypto.randomUUID(),
        kind,
        x: Math.round(c.x - size.width / 2),
        y: Math.round(c.y - size.height / 2),
        ...size,
        label: { [lang]: t(kind === 'label' ? 'toolbar.note' : 'toolbar.group') },
      },
    ]);
  };

  // ---- moving and nesting ----
  const onNodesMoved = useCallback(
    (drops: NodeDrop[]) => {
      const current = editor.current();
      const cmds: ViewCommand[] = [];
      const moves: { id: string; x: number; y: number }[] = [];
      let nested: PendingConnect | null = null;
      for (const d of drops) {
        const node = current.nodes.find((n) => n.id === d.id);
        if (!node) continue;
        const target =
          drops.length === 1 ? dropTarget(current, d.id, d.centre) : (node.parentId ?? null);
        if (target !== (node.parentId ?? null)) {
          const oldParent = node.parentId ? absolutePosition(current, node.parentId) : undefined;
          const abs = {
            x: d.position.x + (oldParent?.x ?? 0),
            y: d.position.y + (oldParent?.y ?? 0),
          };
          const newParent = target ? absolutePosition(current, target) : undefined;
          cmds.push({
            op: 'set-parent',
            id: d.id,
            parentId: target,
            x: Math.round(abs.x - (newParent?.x ?? 0)),
            y: Math.round(abs.y - (newParent?.y ?? 0)),
          });
          if (target) nested = { sourceNodeId: target, targetNodeId: d.id, nest: true };
        } else if (d.position.x !== node.bounds.x || d.position.y !== node.bounds.y) {
          moves.push({ id: d.id, ...d.position });
        }
      }
      if (moves.length) cmds.unshift({ op: 'move-nodes', moves });
      execute(cmds);
      if (nested) {
        const parent = elementOf(nested.sourceNodeId);
        const child = elementOf(nested.targetNodeId);
        const offer =
          parent &&
          child &&
          allowedRelationships(parent.type, child.type).some((r) => NEST_TYPES.includes(r));
        const has =
          parent &&
          child &&
          model.relationships.some(
            (r) =>
              r.sourceId === parent.id &&
              r.targetId === child.id &&
              NEST_TYPES.includes(r.type as RelationshipType),
          );
        if (offer && !has) setConnect(nested);
      }
    },
    [editor, execute, elementOf, model],
  );

  const onResize = useCallback(
    (id: string, b: { x: number; y: number; width: number; height: number }) =>
      execute([
        {
          op: 'resize-node',
          id,
          x: Math.round(b.x),
          y: Math.round(b.y),
          width: Math.round(b.width),
          height: Math.round(b.height),
        },
      ]),
    [execute],
  );

  // ---- connecting ----
  const onConnect = useCallback(
    (sourceNodeId: string, targetNodeId: string) => {
      const s = elementOf(sourceNodeId);
      const tg = elementOf(targetNodeId);
      if (!s || !tg) {
        // Notes and groups connect with plain lines.
        execute([
          {
            op: 'add-connection',
            id: crypto.randomUUID(),
            kind: 'line',
            sourceId: sourceNodeId,
            targetId: targetNodeId,
          },
        ]);
        return;
      }
      setConnectError(null);
      setConnect({ sourceNodeId, targetNodeId });
    },
    [elementOf, execute],
  );

  const chooseConnection = (pending: PendingConnect, choice: ConnectChoice) => {
    const s = elementOf(pending.sourceNodeId)!;
    const tg = elementOf(pending.targetNodeId)!;
    const addConnection = (relationshipId: string) => {
      // A nesting relationship is shown by the nesting itself; other relationships get a line.
      if (!pending.nest)
        execute([
          {
            op: 'add-connection',
            id: crypto.randomUUID(),
            kind: 'relationship',
            relationshipId,
            sourceId: pending.sourceNodeId,
            targetId: pending.targetNodeId,
          },
        ]);
      setConnect(null);
    };
    if (choice.relationshipId) return addConnection(choice.relationshipId);
    if (!choice.type) return;
    createRelationship.mutate(
      { modelId: props.modelId, type: choice.type, sourceId: s.id, targetId: tg.id },
      {
        onSuccess: (data) => {
          const id = data.createRelationship.id;
          editor.setModel((m) =>
            withConcepts(
              m,
              [],
              [
                {
                  id,
                  type: choice.type!,
                  sourceId: s.id,
                  targetId: tg.id,
                  name: {},
                  documentation: {},
                  properties: [],
                },
              ],
            ),
          );
          addConnection(id);
        },
        onError: (error) => setConnectError(message(error)),
      },
    );
  };

  // ---- selection actions ----
  const runLayout = useCallback(async () => {
    if (layingOut) return;
    setLayingOut(true);
    try {
      const before = editor.current();
      const only = selectedNodes.length > 0 ? selectedNodes : undefined;
      const after = await layoutView(model, before, { engine: workerLayout, only });
      execute(layoutCommand(before, after));
      if (!only) setTimeout(() => void flow.fitView({ padding: 0.1 }), 50);
    } catch (error) {
      setNotice(String(error instanceof Error ? error.message : error));
    } finally {
      setLayingOut(false);
    }
  }, [editor, execute, flow, layingOut, model, selectedNodes]);

  const exportAs = useCallback(
    async (kind: 'svg' | 'png') => {
      const svg = buildSvg(graph, { text, title: text(view.name) });
      const name = exportFileName(text(view.name), kind);
      if (kind === 'svg') downloadSvg(svg, name);
      else await downloadPng(svg, name).catch((e: unknown) => setNotice(String(e)));
    },
    [graph, text, view.name],
  );

  const deleteFromModel = async (elementIds: string[]) => {
    setConfirmDelete(null);
    try {
      for (const id of elementIds) {
        const detail = await gqlRequest(ElementDetail, { id });
        await deleteElement.mutateAsync({ id, expectedVersion: detail.element.version });
      }
      const current = editor.current();
      const nodes = current.nodes
        .filter((n) => n.elementId && elementIds.includes(n.elementId))
        .map((n) => n.id);
      execute(removeCommands(current, nodes, []));
      void queryClient.invalidateQueries({ queryKey: ['element'] });
    } catch (error) {
      setNotice(message(error));
    }
  };

  const act = useCallback(
    (action: ToolbarAction) => {
      const current = editor.current();
      switch (action) {
        case 'undo':
          return editor.undo();
        case 'redo':
          return editor.redo();
        case 'layout':
          return void runLayout();
        case 'legend':
          return setLegend((v) => !v);
        case 'exportSvg':
          return void exportAs('svg');
        case 'exportPng':
          return void exportAs('png');
        case 'pin':
        case 'unpin':
          return execute([{ op: 'set-pinned', ids: selectedNodes, pinned: action === 'pin' }]);
        case 'remove':
          return execute(removeCommands(current, selectedNodes, selectedEdges));
        case 'connect':
          if (selectedNodes.length === 2) onConnect(selectedNodes[0], selectedNodes[1]);
          return;
        case 'deleteFromModel': {
          const ids = [
            ...new Set(selectedNodes.map((id) => elementOf(id)?.id).filter(Boolean)),
          ] as string[];
          if (ids.length) setConfirmDelete(ids);
          return;
        }
        default:
          return execute(
            alignCommands(current, selectedNodes, action.slice('align-'.length) as 'left'),
          );
      }
    },
    [editor, elementOf, execute, exportAs, onConnect, runLayout, selectedEdges, selectedNodes],
  );

  // ---- keyboard ----
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="dialog"]')) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const current = editor.current();
      if (mod && key === 'z' && !e.shiftKey) act('undo');
      else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) act('redo');
      else if (mod && key === 'c') clipboard.current = copySelection(current, selectedNodes);
      else if (mod && key === 'v' && clipboard.current && editable) {
        pasteCount.current += 1;
        const { commands } = pasteCommands(clipboard.current, 20 * pasteCount.current);
        execute(commands);
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace') && editable) act('remove');
      else if (!mod && key === 'l' && editable) act('layout');
      else if (e.key.startsWith('Arrow') && editable && selectedNodes.length) {
        const step = e.shiftKey ? 10 : 1;
        const d = {
          ArrowLeft: [-step, 0],
          ArrowRight: [step, 0],
          ArrowUp: [0, -step],
          ArrowDown: [0, step],
        }[e.key];
        if (d) execute(nudgeCommands(current, selectedNodes, d[0], d[1]));
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, editable, editor, execute, selectedNodes]);

  // ---- rendering ----
  const status =
    editor.save.status === 'saving'
      ? t('saving')
      : editor.save.status === 'saved'
        ? t('saved')
        : '';
  const connectSource = connect ? elementOf(connect.sourceNodeId) : undefined;
  const connectTarget = connect ? elementOf(connect.targetNodeId) : undefined;
  const problems =
    graph.nodes.length + graph.edges.length < view.nodes.length + view.connections.length;

  return (
    <div className="diagram-editor" data-testid="diagram-editor">
      {props.editable && (
        <EditorPalette
          lang={lang}
          search={search}
          onSearch={setSearch}
          results={(found.data ?? []).map((e) => ({ id: e.id, type: e.type, name: e.name }))}
          searching={found.isFetching}
          onAdd={(el) => placeNode(el, viewportCentre())}
          onCreate={createOnCanvas}
          onAddNote={() => addFree('label')}
          onAddGroup={() => addFree('container')}
          creating={createElement.isPending}
        />
      )}
      <div className="diagram-main">
        <div className="diagram-header">
          <h1 data-testid="view-title">{text(view.name)}</h1>
          {!props.editable && <span className="muted">{t('readOnly')}</span>}
        </div>
        <EditorToolbar
          editable={editable}
          canUndo={editor.canUndo}
          canRedo={editor.canRedo}
          selectedCount={selectedNodes.length + selectedEdges.length}
          layingOut={layingOut}
          legendShown={legend}
          status={status}
          exchangeHref={`/api/views/${encodeURIComponent(props.viewId)}/export`}
          onAction={act}
        />
        {editor.save.status === 'conflict' && (
          <div className="error banner" role="alert" data-testid="diagram-conflict">
            {t('conflict')}{' '}
            <button type="button" onClick={props.onReload} data-testid="diagram-reload">
              {t('reload')}
            </button>
          </div>
        )}
        {editor.save.status === 'failed' && (
          <div className="error banner" role="alert">
            {t('saveFailed', { message: message(editor.save.error) })}{' '}
            <button type="button" onClick={props.onReload}>
              {t('reload')}
            </button>
          </div>
        )}
        {notice && (
          <p className="error banner" role="alert" onClick={() => setNotice(null)}>
            {notice}
          </p>
        )}
        {problems && (
          <p className="muted small">
            {t('problems', {
              count:
                view.nodes.length +
                view.connections.length -
                graph.nodes.length -
                graph.edges.length,
            })}
          </p>
        )}
        <div className="diagram-stage">
          <DiagramCanvas
            graph={graph}
            editable={editable}
            text={text}
            selectedIds={selectedIds}
            onSelectionChange={(ns, es) => {
              // React Flow reports unchanged selections too; equal lists keep the old state.
              // Click order is kept: the first chosen node is the source of "connect".
              setSelectedNodes((old) => {
                const next = [
                  ...old.filter((id) => ns.includes(id)),
                  ...ns.filter((id) => !old.includes(id)),
                ];
                return sameIds(old, next) ? old : next;
              });
              setSelectedEdges((old) => (sameIds(old, es) ? old : es));
            }}
            onNodesMoved={onNodesMoved}
            onResize={onResize}
            onConnect={onConnect}
            onDropElement={placeNode}
            onReady={() => performance.mark('kartasto:diagram-ready')}
          />
          {legend && <DiagramLegend graph={graph} lang={lang} />}
        </div>
      </div>
      {connect && connectSource && connectTarget && (
        <ConnectDialog
          title={
            connect.nest
              ? t('nest.title', {
                  child: text(connectTarget.name),
                  parent: text(connectSource.name),
                })
              : t('connect.title', {
                  source: text(connectSource.name),
                  target: text(connectTarget.name),
                })
          }
          intro={connect.nest ? t('nest.intro') : undefined}
          lang={lang}
          existing={model.relationships
            .filter((r) => r.sourceId === connectSource.id && r.targetId === connectTarget.id)
            .filter((r) => !connect.nest || NEST_TYPES.includes(r.type as RelationshipType))
            .map((r) => ({ id: r.id, type: r.type, label: text(r.name) }))}
          allowed={allowedRelationships(connectSource.type, connectTarget.type).filter(
            (r) => !connect.nest || NEST_TYPES.includes(r),
          )}
          busy={createRelationship.isPending}
          error={connectError}
          skipLabel={t('nest.skip')}
          onSkip={connect.nest ? () => setConnect(null) : undefined}
          onChoose={(choice) => chooseConnection(connect, choice)}
          onClose={() => setConnect(null)}
        />
      )}
      {confirmDelete && (
        <Dialog
          title={t('remove.title')}
          onClose={() => setConfirmDelete(null)}
          testId="delete-from-model-dialog"
        >
          <p>
            {t('remove.body', {
              names: confirmDelete
                .map((id) => text(model.elements.find((e) => e.id === id)?.name ?? {}))
                .join(', '),
            })}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="danger"
              onClick={() => void deleteFromModel(confirmDelete)}
              data-testid="confirm-delete-from-model"
            >
              {t('remove.confirm')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(null)}>
              {t('connect.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
