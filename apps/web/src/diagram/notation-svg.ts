import type { NodeShape, SourceMarker, TargetMarker } from '@kartasto/diagram';

/**
 * Notation drawing as plain data (tag + attributes), so the React node components and the
 * SVG export draw exactly the same shapes and icons. DOM-free.
 */
export interface SvgPart {
  tag: 'path' | 'circle' | 'ellipse' | 'rect' | 'line' | 'polyline' | 'polygon';
  attrs: Record<string, string | number>;
}

const p = (d: string, extra: Record<string, string | number> = {}): SvgPart => ({
  tag: 'path',
  attrs: { d, ...extra },
});
const circle = (
  cx: number,
  cy: number,
  r: number,
  extra: Record<string, string | number> = {},
): SvgPart => ({
  tag: 'circle',
  attrs: { cx, cy, r, ...extra },
});
const rect = (
  x: number,
  y: number,
  width: number,
  height: number,
  extra: Record<string, string | number> = {},
): SvgPart => ({ tag: 'rect', attrs: { x, y, width, height, ...extra } });

/** Icons in a 16×16 box, stroked in the line colour, unfilled unless said. */
export const ICONS: Record<string, SvgPart[]> = {
  actor: [circle(8, 3, 2.5), p('M8 5.5V11 M3 7.5H13 M8 11L4 15.5 M8 11L12 15.5')],
  role: [
    p('M4 4H12 M4 12H12'),
    { tag: 'ellipse', attrs: { cx: 12, cy: 8, rx: 2.5, ry: 4 } },
    p('M4 4A2.5 4 0 0 0 4 12'),
  ],
  collaboration: [circle(5.5, 8, 4.5), circle(10.5, 8, 4.5)],
  interface: [circle(10.5, 8, 4), p('M1 8H6.5')],
  process: [p('M1 6H10V3L15 8L10 13V10H1Z')],
  function: [p('M2 6L8 2L14 6V15L8 11L2 15Z')],
  interaction: [p('M7 2A6 6 0 0 0 7 14Z M9 2A6 6 0 0 1 9 14Z')],
  event: [p('M1 4H12A4 4 0 0 1 12 12H1L4 8Z')],
  service: [rect(1, 4, 14, 8, { rx: 4 })],
  object: [rect(1, 3, 14, 10), p('M1 6H15')],
  contract: [rect(1, 3, 14, 10), p('M1 6H15 M1 9.5H15')],
  product: [rect(1, 3, 14, 10), rect(1, 3, 7, 3)],
  representation: [p('M1 3H15V12C11 10 6 15 1 12Z')],
  component: [
    rect(4, 1, 11, 14),
    rect(1, 4, 6, 2.5, { fill: 'white' }),
    rect(1, 9.5, 6, 2.5, { fill: 'white' }),
  ],
  node: [p('M1 5L4 2H15V12L12 15H1Z M1 5H12V15 M12 5L15 2')],
  device: [rect(2, 2, 12, 8, { rx: 1 }), p('M4 14L6 10H10L12 14Z')],
  'system-software': [circle(9.5, 6.5, 5.5), circle(6.5, 9.5, 5.5, { fill: 'white' })],
  path: [p('M4 8H12', { 'stroke-dasharray': '2 1.5' }), p('M4 5L1 8L4 11 M12 5L15 8L12 11')],
  network: [
    p('M4 4H14L12 12H2Z'),
    circle(4, 4, 1.5, { fill: 'currentColor' }),
    circle(14, 4, 1.5, { fill: 'currentColor' }),
    circle(12, 12, 1.5, { fill: 'currentColor' }),
    circle(2, 12, 1.5, { fill: 'currentColor' }),
  ],
  artifact: [p('M3 1H10L13 4V15H3Z M10 1V4H13')],
  capability: [p('M1 15V11H5V7H9V3H15V15Z M5 15V11H9 M9 15V7H15')],
  'value-stream': [p('M1 3H11L15 8L11 13H1L5 8Z')],
  resource: [rect(1, 4, 12, 8, { rx: 2 }), p('M13 7H15V9H13 M4 6V10 M7 6V10 M10 6V10')],
  'course-of-action': [circle(10, 6, 4.5), circle(10, 6, 2), p('M1 15L7 9 M2 12V15H5')],
  stakeholder: [
    p('M4 4H12 M4 12H12'),
    { tag: 'ellipse', attrs: { cx: 12, cy: 8, rx: 2.5, ry: 4 } },
    { tag: 'ellipse', attrs: { cx: 4, cy: 8, rx: 2.5, ry: 4 } },
  ],
  driver: [
    circle(8, 8, 5.5),
    circle(8, 8, 1.5, { fill: 'currentColor' }),
    p('M8 1V15 M1 8H15 M3 3L13 13 M13 3L3 13'),
  ],
  assessment: [circle(6, 6, 4.5), p('M9.5 9.5L15 15')],
  goal: [circle(8, 8, 6.5), circle(8, 8, 4), circle(8, 8, 1.5, { fill: 'currentColor' })],
  outcome: [
    circle(7, 9, 5.5),
    circle(7, 9, 3),
    circle(7, 9, 1, { fill: 'currentColor' }),
    p('M7 9L15 1 M11 1H15V5'),
  ],
  principle: [rect(2, 1, 12, 14), p('M8 3.5V10 M8 12V13', { 'stroke-width': 2 })],
  requirement: [p('M4 3H15L12 13H1Z')],
  constraint: [p('M4 3H15L12 13H1Z M6.5 3L3.5 13')],
  meaning: [p('M4 12C0 12 0 6 4 6C4 2 10 2 11 5C15 4 16 11 12 12Z')],
  value: [{ tag: 'ellipse', attrs: { cx: 8, cy: 8, rx: 7, ry: 4.5 } }],
  'work-package': [p('M13 8A5 5 0 1 1 8 3H12 M10 1L12 3L10 5')],
  deliverable: [p('M1 2H15V12C11 10 6 15 1 12Z')],
  plateau: [p('M4 4H15 M2.5 8H13.5 M1 12H12', { 'stroke-width': 2 })],
  gap: [{ tag: 'ellipse', attrs: { cx: 8, cy: 8, rx: 6.5, ry: 5 } }, p('M1 6.5H15 M1 9.5H15')],
  grouping: [p('M1 5H15V14H1Z M1 5V2H8V5', { 'stroke-dasharray': '2 1.5' })],
  location: [p('M8 15C4 9 3 7 3 5.5A5 5 0 0 1 13 5.5C13 7 12 9 8 15Z'), circle(8, 5.5, 1.8)],
  equipment: [circle(6, 10, 4), circle(12, 4.5, 2.5)],
  facility: [p('M1 15V3H4V9L8 6V9L12 6V9L15 6V15Z')],
  'distribution-network': [p('M1 6H15 M1 10H15 M4 3L1 6L4 9 M12 7L15 10L12 13')],
  material: [p('M4.5 2H11.5L15 8L11.5 14H4.5L1 8Z M6 4.5H10 M12.5 8L11 10.8 M3.5 8L5 10.8')],
  junction: [],
  unknown: [rect(2, 2, 12, 12, { 'stroke-dasharray': '2 2' })],
};

/** Outline of a node's body, as an SVG path in a width × height box at the origin. */
export function shapePath(shape: NodeShape, w: number, h: number): string {
  const r = Math.min(10, w / 4, h / 4);
  switch (shape) {
    case 'rounded':
      return roundedRect(w, h, r);
    case 'cut-corner': {
      const c = Math.min(10, w / 4, h / 4);
      return `M${c} 0H${w - c}L${w} ${c}V${h - c}L${w - c} ${h}H${c}L0 ${h - c}V${c}Z`;
    }
    case 'ellipse':
      return `M0 ${h / 2}A${w / 2} ${h / 2} 0 1 0 ${w} ${h / 2}A${w / 2} ${h / 2} 0 1 0 0 ${h / 2}Z`;
    case 'circle': {
      const d = Math.min(w, h);
      return `M${(w - d) / 2} ${h / 2}A${d / 2} ${d / 2} 0 1 0 ${(w + d) / 2} ${h / 2}A${d / 2} ${d / 2} 0 1 0 ${(w - d) / 2} ${h / 2}Z`;
    }
    case 'folded': {
      const f = Math.min(14, w / 4, h / 3);
      return `M0 0H${w - f}L${w} ${f}V${h}H0Z M${w - f} 0V${f}H${w}`;
    }
    case 'object':
      return `M0 0H${w}V${h}H0Z M0 ${Math.min(14, h / 4)}H${w}`;
    case 'event': {
      const e = Math.min(12, h / 2);
      return `M0 0H${w - e}A${e} ${h / 2} 0 0 1 ${w - e} ${h}H0L${e} ${h / 2}Z`;
    }
    case 'box-3d': {
      const d = Math.min(12, w / 6, h / 6);
      return `M0 ${d}L${d} 0H${w}V${h - d}L${w - d} ${h}H0Z M0 ${d}H${w - d}V${h} M${w - d} ${d}L${w} 0`;
    }
    case 'tab': {
      const t = Math.min(18, h / 4);
      return `M0 ${t}H${w}V${h}H0Z M0 ${t}V0H${Math.min(w / 2, 120)}V${t}`;
    }
    case 'parallelogram': {
      const s = Math.min(12, w / 6);
      return `M${s} 0H${w}L${w - s} ${h}H0Z`;
    }
    case 'rect':
    default:
      return `M0 0H${w}V${h}H0Z`;
  }
}

function roundedRect(w: number, h: number, r: number): string {
  return `M${r} 0H${w - r}A${r} ${r} 0 0 1 ${w} ${r}V${h - r}A${r} ${r} 0 0 1 ${w - r} ${h}H${r}A${r} ${r} 0 0 1 0 ${h - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`;
}

export type MarkerId = SourceMarker | TargetMarker;

/**
 * Marker definitions (viewBox 0 0 12 12, pointing right, tip at x 11). refX puts the part that
 * touches the node on the line's end; start markers are flipped (auto-start-reverse) so they
 * point at the source node.
 */
export const MARKERS: Record<MarkerId, { parts: SvgPart[]; refX: number; filled: boolean }> = {
  'diamond-filled': { parts: [p('M1 6L6 2.5L11 6L6 9.5Z')], refX: 11, filled: true },
  'diamond-hollow': { parts: [p('M1 6L6 2.5L11 6L6 9.5Z')], refX: 11, filled: false },
  dot: { parts: [circle(8, 6, 3)], refX: 11, filled: true },
  'arrow-filled': { parts: [p('M1 2L11 6L1 10Z')], refX: 11, filled: true },
  'arrow-open': { parts: [p('M1 2L11 6L1 10', { fill: 'none' })], refX: 11, filled: false },
  'triangle-hollow': { parts: [p('M1 1.5L11 6L1 10.5Z')], refX: 11, filled: false },
  'half-arrow-open': { parts: [p('M3 2L11 6', { fill: 'none' })], refX: 11, filled: false },
};

/** Marker element id: source markers point backwards, so they get their own orientation. */
export function markerId(kind: MarkerId, end: 'start' | 'end'): string {
  return `kartasto-${kind}-${end}`;
}

/** Serialise parts as SVG text (attribute values escaped). */
export function partsToSvg(parts: readonly SvgPart[]): string {
  return parts
    .map(
      (part) =>
        `<${part.tag} ${Object.entries(part.attrs)
          .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
          .join(' ')}/>`,
    )
    .join('');
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The marker <defs> block, shared by the canvas and the export. */
export function markerDefsSvg(line = '#1d2330'): string {
  return (Object.keys(MARKERS) as MarkerId[])
    .flatMap((kind) =>
      (['start', 'end'] as const).map((end) => {
        const m = MARKERS[kind];
        const fill = m.filled ? line : '#ffffff';
        return (
          `<marker id="${markerId(kind, end)}" viewBox="0 0 12 12" refX="${m.refX}" refY="6" ` +
          `markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" ` +
          `orient="${end === 'start' ? 'auto-start-reverse' : 'auto'}">` +
          `<g fill="${fill}" stroke="${line}" stroke-width="1">${partsToSvg(m.parts)}</g></marker>`
        );
      }),
    )
    .join('');
}
