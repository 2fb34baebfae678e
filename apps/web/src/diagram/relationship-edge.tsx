import { memo, useContext } from 'react';
import {
  EdgeLabelRenderer,
  useInternalNode,
  type Edge,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import type { Bounds } from '@kartasto/metamodel';
import type { KartastoEdgeData } from '@kartasto/diagram';
import { connectionPoints, polylineMiddle, polylinePath, rgbaCss } from './diagram-geometry';
import { DiagramContext } from './diagram-nodes';
import { markerDefsSvg, markerId } from './notation-svg';

export type KartastoEdge = Edge<KartastoEdgeData>;

function box(node: InternalNode | undefined): Bounds | null {
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { x, y, width, height };
}

/**
 * A relationship drawn ArchiMate-style: floating ends on the node borders, stored bendpoints,
 * dash pattern and markers from the notation table, label and influence strength mid-line.
 */
export const RelationshipEdge = memo(function RelationshipEdge({
  id,
  source,
  target,
  data,
  selected,
}: EdgeProps<KartastoEdge>) {
  const ctx = useContext(DiagramContext);
  const s = box(useInternalNode(source));
  const t = box(useInternalNode(target));
  if (!s || !t || !data) return null;
  const points = connectionPoints(s, t, data.bendpoints);
  const d = polylinePath(points);
  const line = rgbaCss(data.style.line, '#1d2330');
  const label = [ctx.text(data.label), data.notation.decoration].filter(Boolean).join(' ');
  const mid = polylineMiddle(points);
  return (
    <>
      <path
        d={d}
        fill="none"
        stroke="transparent"
        strokeWidth={12}
        className="react-flow__edge-interaction"
      />
      <path
        d={d}
        fill="none"
        className="diagram-edge"
        stroke={selected ? '#1f5fbf' : line}
        strokeWidth={(data.style.lineWidth ?? 1.2) + (selected ? 1 : 0)}
        strokeDasharray={data.notation.dash}
        markerStart={
          data.notation.sourceMarker
            ? `url(#${markerId(data.notation.sourceMarker, 'start')})`
            : undefined
        }
        markerEnd={
          data.notation.targetMarker
            ? `url(#${markerId(data.notation.targetMarker, 'end')})`
            : undefined
        }
        data-testid="diagram-edge"
        data-relationship-type={data.relationshipType ?? ''}
        data-edge-id={id}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="diagram-edge-label"
            style={{ transform: `translate(-50%, -100%) translate(${mid.x}px, ${mid.y}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const EDGE_TYPES = { 'archimate-relationship': RelationshipEdge };

/** The shared <marker> definitions, rendered once per canvas. */
export function MarkerDefs() {
  return (
    <svg className="diagram-marker-defs" width="0" height="0" aria-hidden="true">
      <defs dangerouslySetInnerHTML={{ __html: markerDefsSvg() }} />
    </svg>
  );
}
