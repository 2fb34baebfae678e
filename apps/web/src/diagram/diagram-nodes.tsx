import { createContext, createElement, memo, useContext } from 'react';
import { Handle, NodeResizer, Position, type Node, type NodeProps } from '@xyflow/react';
import type { KartastoNodeData } from '@kartasto/diagram';
import type { LangMap } from '@kartasto/metamodel';
import { rgbaCss } from './diagram-geometry';
import { ICONS, shapePath, type SvgPart } from './notation-svg';

/** What every node needs besides its data: editing allowed, language, resize callback. */
export interface DiagramContextValue {
  editable: boolean;
  text(map: LangMap): string;
  onResizeEnd(id: string, box: { x: number; y: number; width: number; height: number }): void;
}

export const DiagramContext = createContext<DiagramContextValue>({
  editable: false,
  text: (m) => Object.values(m)[0] ?? '',
  onResizeEnd: () => undefined,
});

export type KartastoNode = Node<KartastoNodeData>;

const LINE = '#1d2330';

export function SvgParts({ parts }: { parts: readonly SvgPart[] }) {
  return <>{parts.map((part, i) => createElement(part.tag, { key: i, ...part.attrs }))}</>;
}

export function NotationIcon({ icon, size = 16 }: { icon: string; size?: number }) {
  const parts = ICONS[icon] ?? ICONS.unknown;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke={LINE}
      color={LINE}
      aria-hidden="true"
    >
      <SvgParts parts={parts} />
    </svg>
  );
}

/** Connection points: a small source dot, and the whole node as a drop target while connecting. */
function Handles({ editable }: { editable: boolean }) {
  return (
    <>
      <Handle
        type="target"
        position={Position.Top}
        className="target-handle"
        isConnectable={editable}
        isConnectableStart={false}
      />
      <Handle
        type="source"
        position={Position.Right}
        className="source-handle"
        isConnectable={editable}
        data-testid="connect-handle"
      />
    </>
  );
}

function Resizer({
  id,
  selected,
  minWidth = 30,
  minHeight = 20,
}: {
  id: string;
  selected: boolean;
  minWidth?: number;
  minHeight?: number;
}) {
  const ctx = useContext(DiagramContext);
  if (!ctx.editable) return null;
  return (
    <NodeResizer
      isVisible={selected}
      minWidth={minWidth}
      minHeight={minHeight}
      onResizeEnd={(_, p) =>
        ctx.onResizeEnd(id, { x: p.x, y: p.y, width: p.width, height: p.height })
      }
    />
  );
}

function fontStyle(data: KartastoNodeData) {
  const f = data.style.font;
  return {
    color: rgbaCss(f?.color, LINE),
    fontSize: f?.size ? `${f.size}px` : undefined,
    fontFamily: f?.name || undefined,
    fontWeight: f?.style?.includes('bold') ? 600 : undefined,
    fontStyle: f?.style?.includes('italic') ? 'italic' : undefined,
    textDecoration: f?.style?.includes('underline') ? 'underline' : undefined,
  };
}

/** An ArchiMate element: its shape in the layer colour, the type icon, the name. */
export const ElementNode = memo(function ElementNode({
  id,
  data,
  selected,
  width,
  height,
}: NodeProps<KartastoNode>) {
  const ctx = useContext(DiagramContext);
  const w = width ?? 120;
  const h = height ?? 55;
  const shape = data.notation?.shape ?? 'rect';
  const line = rgbaCss(data.style.line, LINE);
  const junction = shape === 'circle';
  const name = ctx.text(data.name);
  return (
    <div
      className={`diagram-element${data.hasChildren ? ' has-children' : ''}`}
      data-testid="diagram-node"
      data-element-type={data.elementType ?? ''}
      title={name}
    >
      <Resizer
        id={id}
        selected={!!selected}
        minWidth={junction ? 10 : 40}
        minHeight={junction ? 10 : 24}
      />
      <svg className="diagram-shape" width={w} height={h} aria-hidden="true">
        <path
          d={shapePath(shape, w, h)}
          fill={data.fill}
          stroke={line}
          strokeWidth={data.style.lineWidth ?? 1}
        />
        {!junction && data.notation && (
          <g transform={`translate(${w - 20} 4)`} fill="none" stroke={line} color={line}>
            <SvgParts parts={ICONS[data.notation.icon] ?? ICONS.unknown} />
          </g>
        )}
      </svg>
      {!junction && (
        <div className="diagram-name" style={fontStyle(data)} data-testid="diagram-node-name">
          {name}
        </div>
      )}
      {data.pinned && <PinMark />}
      <Handles editable={ctx.editable} />
    </div>
  );
});

/** Marks a node the automatic layout leaves where the user put it. */
function PinMark() {
  return (
    <span className="diagram-pin" aria-label="pinned">
      📌
    </span>
  );
}

/** A group or visual container: dashed box with its label at the top left. */
export const ContainerNode = memo(function ContainerNode({
  id,
  data,
  selected,
}: NodeProps<KartastoNode>) {
  const ctx = useContext(DiagramContext);
  const fill = data.style.fill ? rgbaCss(data.style.fill, '#f4f5f7') : 'rgba(244, 245, 247, 0.6)';
  return (
    <div
      className="diagram-container"
      style={{ background: fill, borderColor: rgbaCss(data.style.line, '#8a93a3') }}
      data-testid="diagram-container"
    >
      <Resizer id={id} selected={!!selected} minWidth={60} minHeight={40} />
      <div className="diagram-container-label" style={fontStyle(data)}>
        {ctx.text(data.label) || ctx.text(data.name)}
      </div>
      {data.pinned && <PinMark />}
      <Handles editable={ctx.editable} />
    </div>
  );
});

/** A note: free text, transparent unless the view gave it a fill. */
export const LabelNode = memo(function LabelNode({ id, data, selected }: NodeProps<KartastoNode>) {
  const ctx = useContext(DiagramContext);
  return (
    <div
      className="diagram-label"
      style={{
        ...fontStyle(data),
        background: data.style.fill ? rgbaCss(data.style.fill, 'transparent') : undefined,
        borderColor: data.style.fill ? rgbaCss(data.style.line, '#8a93a3') : 'transparent',
      }}
      data-testid="diagram-note"
    >
      <Resizer id={id} selected={!!selected} />
      {ctx.text(data.label)}
      <Handles editable={ctx.editable} />
    </div>
  );
});

export const NODE_TYPES = {
  'archimate-element': ElementNode,
  'archimate-container': ContainerNode,
  'archimate-label': LabelNode,
};
