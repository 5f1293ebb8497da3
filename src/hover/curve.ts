// The hover's small pictures, drawn into a box of the composed image (picture.ts): the curve and its
// derivative around the point, or a distribution as bars (one row of bars per row of a 2-D input).
// Pure: no vscode import, so tests render them in plain Node.
import { allocateSamples, sampleInto, topTwo, type ElementwiseActivation, type Params } from '../core';

export interface CurveColors {
  readonly curve: string;
  readonly derivative: string;
  readonly axis: string;
  readonly point: string;
  readonly text: string;
}

/** Where a picture goes in the composed image, in its pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Samples across the window: a segment every ~2.3 px at sub-pixel precision draws smoothly, and on the
 * default [−5, 5] the grid step is 1/8, so the kinks at 0, ±0.5, ±1 and ±3 fall on samples exactly.
 */
const SAMPLES = 81;
/** The core's sampler fills these on every hover (rendering is synchronous: one buffer serves all). */
const buffer = allocateSamples(SAMPLES);
/** Each sample's x coordinate as printed in the polylines ("123,"), per hover. */
const xTexts: string[] = new Array<string>(SAMPLES).fill('');
/** The strip under the plot that holds the legend and the range label, so no curve can cross them. */
const LABEL_STRIP = 13;

/** One decimal, for the few single positions (the point, the axes, the labels). */
const r1 = (v: number) => Math.round(v * 10) / 10;
/** XML-escaped and ASCII-only (non-ASCII as character references), so the SVG base64-encodes byte for byte. */
export const xmlText = (s: string) => s.replace(/[&<>"\u0080-\uffff]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The x-window: [−5, 5] widened to show the point with a margin; a far point gets a window scaled to it
 * (the point at the edge when it is too near the end of the float range to centre).
 */
export function curveWindow(x: number | undefined): [number, number] {
  if (x === undefined || !Number.isFinite(x)) return [-5, 5];
  if (Math.abs(x) <= 50) return [Math.min(-5, x - 2), Math.max(5, x + 2)];
  const half = Math.abs(x) / 2;
  if (!Number.isFinite(x + half) || !Number.isFinite(x - half)) return x > 0 ? [x / 2, x] : [x, x / 2];
  return [x - half, x + half];
}

/** The finite values' span, padded; over arrays read in place (a spread copy of them costs more than drawing). */
function finiteRange(series: readonly ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const vals of series) {
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  if (!(lo <= hi)) return [-1, 1];
  if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) return [lo - 0.5 * Math.max(1, Math.abs(lo)), hi + 0.5 * Math.max(1, Math.abs(hi))];
  // Halves first: the span of two values near ±1.8e308 overflows, half of it does not.
  const pad = (hi / 2 - lo / 2) * 0.16;
  return [Number.isFinite(lo - pad) ? lo - pad : lo, Number.isFinite(hi + pad) ? hi + pad : hi];
}

function fmt(v: number): string {
  return Math.abs(v) >= 1e4 ? v.toExponential(1) : String(Math.round(v * 100) / 100);
}

/** `text` must already be XML text (xmlText): the labels' fixed words are escaped once, below. */
const label = (x: number, y: number, anchor: 'start' | 'end', fill: string, text: string) =>
  `<text x="${r1(x)}" y="${r1(y)}" font-size="10" font-family="sans-serif" text-anchor="${anchor}" fill="${fill}">${text}</text>`;
const CURVE_LEGEND = xmlText('f solid, f′ dashed');
const RANGE_LABEL = xmlText('x ∈ [');

/** f and f′ around x in `box`, the point marked; x undefined draws the curve alone. Params must be valid. */
export function curveParts(def: ElementwiseActivation, params: Params | undefined, x: number | undefined, colors: CurveColors, box: Box): string {
  const kernels = def.bind(params);
  const [a, b] = curveWindow(x);
  sampleInto(buffer, kernels, a, b);
  const { xs, ys, dys: ds } = buffer;
  const px = x !== undefined && Number.isFinite(x) ? x : undefined;
  const py = px !== undefined ? kernels.f(px) : undefined;
  const [lo, hi] = finiteRange(py !== undefined ? [ys, ds, [py]] : [ys, ds]);
  const plotH = box.h - LABEL_STRIP;
  // Halved operands, so that spans near the float range's end do not overflow.
  const a2 = a / 2;
  const spanX = b / 2 - a2;
  const lo2 = lo / 2;
  const spanY = hi / 2 - lo2;
  const sx = (v: number) => box.x + ((v / 2 - a2) / spanX) * box.w;
  const sy = (v: number) => box.y + plotH - ((Math.min(Math.max(v, lo), hi) / 2 - lo2) / spanY) * plotH;
  // Points in tenths of a pixel, as integers inside a scale(0.1) group: sub-pixel smooth, and integers
  // print several times faster than decimals (this path is most of the hover's rendering time). The x
  // coordinates are printed once for both polylines.
  for (let i = 0; i < xs.length; i++) xTexts[i] = `${Math.round(sx(xs[i]) * 10)},`;
  const path = (vals: Float64Array) => {
    let out = '';
    for (let i = 0; i < vals.length; i++) {
      if (Number.isFinite(vals[i])) out += `${out ? ' ' : ''}${xTexts[i]}${Math.round(sy(vals[i]) * 10)}`;
    }
    return out;
  };
  const parts: string[] = [];
  if (lo < 0 && hi > 0) parts.push(`<line x1="${box.x}" y1="${r1(sy(0))}" x2="${box.x + box.w}" y2="${r1(sy(0))}" stroke="${colors.axis}" stroke-width="1"/>`);
  if (a < 0 && b > 0) parts.push(`<line x1="${r1(sx(0))}" y1="${box.y}" x2="${r1(sx(0))}" y2="${box.y + plotH}" stroke="${colors.axis}" stroke-width="1"/>`);
  parts.push(
    `<g transform="scale(0.1)" fill="none" stroke-linejoin="round">` +
      `<polyline stroke="${colors.derivative}" stroke-width="12" stroke-dasharray="40 30" points="${path(ds)}"/>` +
      `<polyline stroke="${colors.curve}" stroke-width="20" points="${path(ys)}"/></g>`,
  );
  if (px !== undefined && py !== undefined && Number.isFinite(py)) {
    parts.push(`<circle cx="${r1(sx(px))}" cy="${r1(sy(py))}" r="3.5" fill="${colors.point}"/>`);
  }
  const base = box.y + box.h - 2;
  parts.push(label(box.x, base, 'start', colors.text, CURVE_LEGEND));
  // fmt prints ASCII only (digits, sign, point, e)
  parts.push(label(box.x + box.w, base, 'end', colors.text, `${RANGE_LABEL}${fmt(a)}, ${fmt(b)}]`));
  return parts.join('');
}

/** At most this many bars per row and rows per picture. */
const MAX_BARS = 24;
const MAX_ROWS = 4;

/** Distributions as bars (one row per distribution), each row's argmax highlighted. */
export function barsParts(rows: readonly (readonly number[])[], colors: CurveColors, box: Box): string {
  const shown = rows.slice(0, MAX_ROWS);
  const n = Math.min(Math.max(0, ...shown.map((r) => r.length)), MAX_BARS);
  const rowH = (box.h - LABEL_STRIP) / Math.max(shown.length, 1);
  const bw = box.w / Math.max(n, 1);
  const parts: string[] = [];
  shown.forEach((ps, k) => {
    const bottom = box.y + rowH * (k + 1);
    const [top] = topTwo(ps.slice(0, n));
    parts.push(`<line x1="${box.x}" y1="${r1(bottom)}" x2="${box.x + box.w}" y2="${r1(bottom)}" stroke="${colors.axis}"/>`);
    for (let i = 0; i < Math.min(ps.length, n); i++) {
      const p = Number.isFinite(ps[i]) ? Math.min(Math.max(ps[i], 0), 1) : 0;
      const h = p * (rowH - 3);
      parts.push(`<rect x="${r1(box.x + i * bw + bw * 0.12)}" y="${r1(bottom - h)}" width="${r1(bw * 0.76)}" height="${r1(h)}" fill="${i === top ? colors.point : colors.curve}"/>`);
    }
  });
  const base = box.y + box.h - 2;
  const cut = [rows.length > MAX_ROWS ? `first ${MAX_ROWS} of ${rows.length} rows` : '', rows.some((r) => r.length > n) ? `first ${n} values` : '']
    .filter(Boolean)
    .join(', ');
  parts.push(label(box.x, base, 'start', colors.text, shown.length > 1 ? 'p per row, argmax marked' : 'p, argmax marked'));
  if (cut) parts.push(label(box.x + box.w, base, 'end', colors.text, xmlText(cut)));
  return parts.join('');
}

