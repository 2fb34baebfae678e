import type { Bounds, LangMap } from '@kartasto/metamodel';
import type { FlowGraph, FlowNode } from '@kartasto/diagram';
import {
  absoluteBoxes,
  connectionPoints,
  polylineMiddle,
  polylinePath,
  rgbaCss,
  wrapText,
} from './diagram-geometry';
import { ICONS, escapeXml, markerDefsSvg, markerId, partsToSvg, shapePath } from './notation-svg';

export interface SvgExportOptions {
  /** Picks the text of a language map in the user's language. */
  text(map: LangMap): string;
  /** Space around the drawing. */
  margin?: number;
  title?: string;
}

const LINE = '#1d2330';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * A standalone SVG document of a view, built from the same React Flow graph the canvas shows:
 * nodes in drawing order (parents first), then connections with their markers and labels.
 * Pure string building, no DOM, so it runs in tests and workers alike.
 */
export function buildSvg(graph: FlowGraph, options: SvgExportOptions): string {
  const margin = options.margin ?? 20;
  const boxes = absoluteBoxes(graph.nodes);
  const extent = extentOf([...boxes.values()]);
  const width = Math.ceil(extent.width + margin * 2);
  const height = Math.ceil(extent.height + margin * 2);
  const dx = margin - extent.x;
  const dy = margin - extent.y;

  const body: string[] = [];
  for (const n of graph.nodes) body.push(nodeSvg(n, boxes.get(n.id)!, options));
  for (const e of graph.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    const points = connectionPoints(s, t, e.data.bendpoints);
    const line = rgbaCss(e.data.style.line, LINE);
    const attrs = [
      `d="${polylinePath(points)}"`,
      'fill="none"',
      `stroke="${line}"`,
      `stroke-width="${e.data.style.lineWidth ?? 1.2}"`,
      e.data.notation.dash ? `stroke-dasharray="${e.data.notation.dash}"` : '',
      e.data.notation.sourceMarker
        ? `marker-start="url(#${markerId(e.data.notation.sourceMarker, 'start')})"`
        : '',
      e.data.notation.targetMarker
        ? `marker-end="url(#${markerId(e.data.notation.targetMarker, 'end')})"`
        : '',
    ].filter(Boolean);
    body.push(`<path data-connection="${escapeXml(e.id)}" ${attrs.join(' ')}/>`);
    const label = [options.text(e.data.label), e.data.notation.decoration]
      .filter(Boolean)
      .join(' ');
    if (label) {
      const m = polylineMiddle(points);
      body.push(
        `<text x="${m.x}" y="${m.y - 4}" text-anchor="middle" font-size="11">${escapeXml(label)}</text>`,
      );
    }
  }

  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family='${FONT}'>${title}` +
    `<defs>${markerDefsSvg(LINE)}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<g transform="translate(${dx} ${dy})">${body.join('')}</g></svg>`
  );
}

function extentOf(boxes: Bounds[]): Bounds {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

function nodeSvg(n: FlowNode, box: Bounds, options: SvgExportOptions): string {
  const d = n.data;
  const line = rgbaCss(d.style.line, LINE);
  const fontColour = rgbaCss(d.style.font?.color, LINE);
  const fontSize = d.style.font?.size ?? 12;
  const name = options.text(d.name) || options.text(d.label);
  const parts: string[] = [];
  if (d.kind === 'label') {
    const fill = d.style.fill ? rgbaCss(d.style.fill, '#ffffff') : 'none';
    parts.push(
      `<rect width="${box.width}" height="${box.height}" fill="${fill}" stroke="${d.style.fill ? line : 'none'}"/>`,
    );
  } else if (d.kind === 'container') {
    const fill = d.style.fill ? rgbaCss(d.style.fill, '#ffffff') : '#f4f5f7';
    parts.push(
      `<rect width="${box.width}" height="${box.height}" fill="${fill}" stroke="${line}" stroke-dasharray="6 3"/>`,
    );
  } else {
    const notation = d.notation;
    const shape = notation?.shape ?? 'rect';
    parts.push(
      `<path d="${shapePath(shape, box.width, box.height)}" fill="${escapeXml(d.fill)}" stroke="${line}"/>`,
    );
    const icon = ICONS[notation?.icon ?? 'unknown'] ?? [];
    if (shape !== 'circle' && icon.length > 0) {
      parts.push(
        `<g transform="translate(${box.width - 20} 4)" fill="none" stroke="${line}" color="${line}" stroke-width="1">${partsToSvg(icon)}</g>`,
      );
    }
  }
  if (name && d.notation?.shape !== 'circle') {
    const lines = wrapText(name, box.width - 28, fontSize * 0.55);
    const top =
      d.kind === 'element' && !d.hasChildren
        ? box.height / 2 - ((lines.length - 1) * fontSize * 1.2) / 2 + fontSize / 3
        : fontSize + 6;
    const anchor = d.kind === 'element' && !d.hasChildren ? 'middle' : 'start';
    const x = anchor === 'middle' ? box.width / 2 : 8;
    const weight =
      d.style.font?.style?.includes('bold') || d.kind === 'container' ? ' font-weight="600"' : '';
    lines.forEach((text, i) => {
      parts.push(
        `<text x="${x}" y="${top + i * fontSize * 1.2}" text-anchor="${anchor}" font-size="${fontSize}" fill="${fontColour}"${weight}>${escapeXml(text)}</text>`,
      );
    });
  }
  return `<g data-node="${escapeXml(n.id)}" transform="translate(${box.x} ${box.y})">${parts.join('')}</g>`;
}
