import type { Bounds, Point, Rgba } from '@kartasto/metamodel';
import type { FlowNode } from '@kartasto/diagram';

/** Absolute boxes of React Flow nodes (whose positions are relative to their parent). */
export function absoluteBoxes(nodes: readonly FlowNode[]): Map<string, Bounds> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, Bounds>();
  const resolve = (n: FlowNode): Bounds => {
    const known = out.get(n.id);
    if (known) return known;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const origin = parent ? resolve(parent) : { x: 0, y: 0 };
    const box = {
      x: origin.x + n.position.x,
      y: origin.y + n.position.y,
      width: n.width,
      height: n.height,
    };
    out.set(n.id, box);
    return box;
  };
  nodes.forEach(resolve);
  return out;
}

export function centre(b: Bounds): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Where the line from the box's centre towards `toward` leaves the box. */
export function borderPoint(b: Bounds, toward: Point): Point {
  const c = centre(b);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : b.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/**
 * The polyline of a connection: from the source box's border through the bendpoints to the
 * target box's border. Ends aim at the nearest bendpoint, as Archi and ArchiMate tools draw.
 */
export function connectionPoints(
  source: Bounds,
  target: Bounds,
  bendpoints: readonly Point[],
): Point[] {
  const first = bendpoints[0] ?? centre(target);
  const last = bendpoints[bendpoints.length - 1] ?? centre(source);
  return [borderPoint(source, first), ...bendpoints, borderPoint(target, last)];
}

export function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** Middle of a polyline by length: where labels go. */
export function polylineMiddle(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let half = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (half <= lengths[i] && lengths[i] > 0) {
      const t = half / lengths[i];
      return {
        x: points[i].x + (points[i + 1].x - points[i].x) * t,
        y: points[i].y + (points[i + 1].y - points[i].y) * t,
      };
    }
    half -= lengths[i];
  }
  return points[0] ?? { x: 0, y: 0 };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** CSS colour of an exchange-format colour (alpha 0–100). */
export function rgbaCss(c: Rgba | undefined, fallback: string): string {
  if (!c) return fallback;
  const a = c.a === undefined ? 1 : Math.max(0, Math.min(100, c.a)) / 100;
  return a >= 1 ? `rgb(${c.r}, ${c.g}, ${c.b})` : `rgba(${c.r}, ${c.g}, ${c.b}, ${a})`;
}

/**
 * Break text into lines that fit `width` at roughly `charWidth` pixels a character; long
 * words are cut. Deterministic, so the export and tests agree without measuring fonts.
 */
export function wrapText(text: string, width: number, charWidth = 6.6, maxLines = 4): string[] {
  const perLine = Math.max(4, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > perLine) {
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, Math.max(1, perLine - 1))}…`;
    return kept;
  }
  return lines;
}
