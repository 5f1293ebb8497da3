// A small picture of the curve around the point (or of a distribution), as an SVG string of a few KB.
// Pure: no vscode import, so tests render it in plain Node.
import type { ElementwiseActivation, Params } from '../core';

export interface CurveColors {
  readonly curve: string;
  readonly derivative: string;
  readonly axis: string;
  readonly point: string;
  readonly text: string;
}

const W = 240;
const H = 120;
const PAD = 6;
const N = 48;

/** Whole-pixel coordinates: short to print (and to allocate), fine for a 240×120 picture. */
const r1 = (v: number) => Math.round(v);
/** XML-escaped and ASCII-only (non-ASCII as character references), so the SVG base64-encodes byte for byte. */
const esc = (s: string) => s.replace(/[&<>"\u0080-\uffff]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The x-window: [−5, 5] widened to show the point with a margin; far points get a window scaled to them. */
export function curveWindow(x: number | undefined): [number, number] {
  if (x === undefined || !Number.isFinite(x)) return [-5, 5];
  if (Math.abs(x) <= 50) return [Math.min(-5, x - 2), Math.max(5, x + 2)];
  const half = Math.abs(x) / 2;
  return [x - half, x + half];
}

function finiteRange(vals: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of vals) {
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(lo <= hi)) return [-1, 1];
  if (hi - lo < 1e-9) return [lo - 0.5, hi + 0.5];
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/** f and f' around x, the point marked; x undefined draws the curve alone. */
export function curveSvg(def: ElementwiseActivation, params: Params | undefined, x: number | undefined, colors: CurveColors): string {
  const { f, df } = def.bind(params);
  const [a, b] = curveWindow(x);
  const xs: number[] = [];
  const ys: number[] = [];
  const ds: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = a + (b - a) * (i / (N - 1));
    xs.push(t);
    ys.push(f(t));
    ds.push(df(t));
  }
  const px = x !== undefined && Number.isFinite(x) ? x : undefined;
  const py = px !== undefined ? f(px) : undefined;
  const [lo, hi] = finiteRange([...ys, ...ds, ...(py !== undefined ? [py] : [])]);
  const sx = (v: number) => PAD + (v / (b - a) - a / (b - a)) * (W - 2 * PAD);
  const sy = (v: number) => H - PAD - ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * (H - 2 * PAD);
  const path = (vals: number[]) => {
    let out = '';
    for (let i = 0; i < vals.length; i++) if (Number.isFinite(vals[i])) out += `${r1(sx(xs[i]))},${r1(sy(vals[i]))} `;
    return out.trimEnd();
  };
  const parts: string[] = [];
  if (lo < 0 && hi > 0) parts.push(`<line x1="${PAD}" y1="${r1(sy(0))}" x2="${W - PAD}" y2="${r1(sy(0))}" stroke="${colors.axis}" stroke-width="1"/>`);
  if (a < 0 && b > 0) parts.push(`<line x1="${r1(sx(0))}" y1="${PAD}" x2="${r1(sx(0))}" y2="${H - PAD}" stroke="${colors.axis}" stroke-width="1"/>`);
  parts.push(`<polyline fill="none" stroke="${colors.derivative}" stroke-width="1.2" stroke-dasharray="4 3" points="${path(ds)}"/>`);
  parts.push(`<polyline fill="none" stroke="${colors.curve}" stroke-width="2" points="${path(ys)}"/>`);
  if (px !== undefined && py !== undefined && Number.isFinite(py)) {
    parts.push(`<circle cx="${r1(sx(px))}" cy="${r1(sy(py))}" r="4" fill="${colors.point}"/>`);
  }
  parts.push(`<text x="${W - PAD}" y="${H - PAD - 2}" font-size="10" font-family="sans-serif" text-anchor="end" fill="${colors.text}">${esc(`x ∈ [${fmt(a)}, ${fmt(b)}]`)}</text>`);
  parts.push(`<text x="${PAD + 2}" y="${PAD + 9}" font-size="10" font-family="sans-serif" fill="${colors.text}">${esc(`f solid, f′ dashed`)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

function fmt(v: number): string {
  return Math.abs(v) >= 1e4 ? v.toExponential(1) : String(Math.round(v * 100) / 100);
}

/** A distribution as bars (at most 24 shown), the argmax highlighted. */
export function barsSvg(ps: readonly number[], colors: CurveColors): string {
  const n = Math.min(ps.length, 24);
  const top = ps.indexOf(Math.max(...ps.slice(0, n).filter(Number.isFinite)));
  const bw = (W - 2 * PAD) / Math.max(n, 1);
  const parts: string[] = [`<line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="${colors.axis}"/>`];
  for (let i = 0; i < n; i++) {
    const p = Number.isFinite(ps[i]) ? Math.min(Math.max(ps[i], 0), 1) : 0;
    const h = p * (H - 2 * PAD - 12);
    parts.push(`<rect x="${r1(PAD + i * bw + bw * 0.12)}" y="${r1(H - PAD - h)}" width="${r1(bw * 0.76)}" height="${r1(h)}" fill="${i === top ? colors.point : colors.curve}"/>`);
  }
  if (ps.length > n) parts.push(`<text x="${W - PAD}" y="${PAD + 9}" font-size="10" font-family="sans-serif" text-anchor="end" fill="${colors.text}">first ${n} of ${ps.length}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

/** An SVG as a markdown image. Base64 keeps markdown from touching the XML. */
export function svgImage(svg: string, alt: string): string {
  return `![${alt.replace(/[[\]]/g, '')}](data:image/svg+xml;base64,${base64(svg)})`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 → base64 without Buffer, so the same code runs in the web extension host; btoa for ASCII. */
export function base64(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (typeof btoa === 'function' && /^[\x00-\x7f]*$/.test(s)) return btoa(s);
  const bytes = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}
