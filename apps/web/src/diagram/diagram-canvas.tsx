import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './diagram.css';
import type { FlowGraph } from '@kartasto/diagram';
import type { LangMap, Point } from '@kartasto/metamodel';
import { readElementDrag, type DraggedElement } from './drag-data';
import { DiagramContext, NODE_TYPES, type KartastoNode } from './diagram-nodes';
import { EDGE_TYPES, MarkerDefs, type KartastoEdge } from './relationship-edge';

export interface NodeDrop {
  id: string;
  /** New position relative to the node's (old) parent. */
  position: Point;
  /** Centre in diagram coordinates, for finding a container under it. */
  centre: Point;
}

export interface DiagramCanvasProps {
  graph: FlowGraph;
  editable: boolean;
  text(map: LangMap): string;
  selectedIds: ReadonlySet<string>;
  onSelectionChange(nodeIds: string[], edgeIds: string[]): void;
  onNodesMoved(drops: NodeDrop[]): void;
  onResize(id: string, box: { x: number; y: number; width: number; height: number }): void;
  onConnect(sourceId: string, targetId: string): void;
  onDropElement(element: DraggedElement, at: Point): void;
  onReady?(): void;
}

/**
 * The React Flow canvas of a view. Takes the graph as props and reports edits as callbacks;
 * keeps only what React Flow needs between renders (positions while dragging, sizes while
 * resizing).
 */
export function DiagramCanvas(props: DiagramCanvasProps) {
  const { graph, editable, selectedIds } = props;
  const flow = useReactFlow<KartastoNode, KartastoEdge>();
  const [connecting, setConnecting] = useState(false);
  const propsRef = useRef(props);
  propsRef.current = props;
  // Selection only seeds new node lists (read through a ref); React Flow owns it afterwards.
  const selectedRef = useRef(selectedIds);
  selectedRef.current = selectedIds;
  const initial = useMemo(() => toNodes(graph, selectedRef.current), [graph]);
  const [nodes, setNodes] = useState<KartastoNode[]>(initial);
  useEffect(() => setNodes(initial), [initial]);
  const initialEdges = useMemo<KartastoEdge[]>(
    () => graph.edges.map((e) => ({ ...e, selected: selectedRef.current.has(e.id) })),
    [graph],
  );
  const [edges, setEdges] = useState<KartastoEdge[]>(initialEdges);
  useEffect(() => setEdges(initialEdges), [initialEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<KartastoNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<KartastoEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)),
    [],
  );

  const reported = useRef(false);
  useEffect(() => {
    if (reported.current || nodes.length === 0) return;
    reported.current = true;
    props.onReady?.();
  });

  const onDragStop = useCallback(
    (_: unknown, __: KartastoNode, dragged: KartastoNode[]) => {
      const drops = dragged.map((n) => {
        const internal = flow.getInternalNode(n.id);
        const abs = internal?.internals.positionAbsolute ?? n.position;
        const w = n.measured?.width ?? n.width ?? 0;
        const h = n.measured?.height ?? n.height ?? 0;
        return {
          id: n.id,
          position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
          centre: { x: abs.x + w / 2, y: abs.y + h / 2 },
        };
      });
      propsRef.current.onNodesMoved(drops);
    },
    [flow],
  );

  const onSelection = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams) =>
      propsRef.current.onSelectionChange(
        ns.map((n) => n.id),
        es.map((e) => e.id),
      ),
    [],
  );

  const onDrop = (event: DragEvent) => {
    const element = readElementDrag(event.dataTransfer);
    if (!element || !editable) return;
    event.preventDefault();
    props.onDropElement(element, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const context = useMemo(
    () => ({ editable, text: props.text, onResizeEnd: props.onResize }),
    [editable, props.text, props.onResize],
  );

  return (
    <DiagramContext.Provider value={context}>
      <div
        className={`diagram-canvas${connecting ? ' is-connecting' : ''}`}
        data-testid="diagram-canvas"
        onDragOver={(e) => {
          if (editable) e.preventDefault();
        }}
        onDrop={onDrop}
      >
        <MarkerDefs />
        <ReactFlow<KartastoNode, KartastoEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onDragStop}
          onSelectionChange={onSelection}
          onConnectStart={() => setConnecting(true)}
          onConnectEnd={() => setConnecting(false)}
          onConnect={(c: Connection) =>
            c.source !== c.target && props.onConnect(c.source, c.target)
          }
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable
          selectNodesOnDrag={false}
          deleteKeyCode={null}
          disableKeyboardA11y
          multiSelectionKeyCode={['Meta', 'Control']}
          selectionKeyCode="Shift"
          onlyRenderVisibleElements
          minZoom={0.05}
          maxZoom={3}
          fitView
          fitViewOptions={{ padding: 0.1 }}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={20} />
          <MiniMap pannable zoomable nodeColor={(n) => (n.data as KartastoNode['data']).fill} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </DiagramContext.Provider>
  );
}

function toNodes(graph: FlowGraph, selected: ReadonlySet<string>): KartastoNode[] {
  // No `extent: 'parent'`: dragging a node out of its container is how it is un-nested.
  return graph.nodes.map(({ extent: _extent, ...n }) => ({ ...n, selected: selected.has(n.id) }));
}
