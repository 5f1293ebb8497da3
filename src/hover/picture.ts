// The hover's one image: the curve (or the distribution's bars) on the left, the formula and its derivative
// on the right, composed into a single SVG so that the whole hover fits VS Code's ~250 px hover height.
// Pure: no vscode import.
import { xmlText, type Box, type CurveColors } from './curve';

/** The build's MathJax SVGs for one formula key (`gelu`, `gelu@tanh`), filled with `currentColor`. */
export interface FormulaSvgs {
  readonly formula: string;
  readonly derivative: string;
}

/** Text forms, drawn when the build's SVGs are missing (and the image's alt text). */
export interface FormulaTexts {
  readonly formula: string;
  readonly derivative: string;
}

/** The composed image's size: as wide as a default hover's content (500 px less padding). */
export const PICTURE_W = 480;
export const PICTURE_H = 100;
/** The left box, for the curve or the bars. */
export const PLOT_BOX: Box = { x: 1, y: 2, w: 186, h: PICTURE_H - 3 };
const FORMULA_X = 200;
const GAP = 4;

/** `svg` (a standalone SVG document with a numeric width and height) scaled down to fit, placed at (x, y). */
function placeSvg(svg: string, x: number, y: number, maxW: number, maxH: number): string {
  const open = /^<svg\b([^>]*)>/.exec(svg);
  if (!open) return '';
  const w = Number(/\swidth="([\d.]+)"/.exec(open[1])?.[1]);
  const h = Number(/\sheight="([\d.]+)"/.exec(open[1])?.[1]);
  if (!(w > 0 && h > 0)) return '';
  const k = Math.min(1, maxW / w, maxH / h);
  const attrs = open[1].replace(/\s(width|height|x|y)="[^"]*"/g, '');
  const top = y + (maxH - h * k) / 2;
  return `<svg x="${x}" y="${top.toFixed(1)}" width="${(w * k).toFixed(1)}" height="${(h * k).toFixed(1)}"${attrs}>${svg.slice(open[0].length)}`;
}

/** A text formula on one line, squeezed to `maxW` when it would be longer. */
function placeText(text: string, x: number, y: number, maxW: number, maxH: number, fill: string): string {
  const size = 12;
  const natural = text.length * size * 0.55;
  const squeeze = natural > maxW ? ` textLength="${maxW}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${x}" y="${(y + maxH / 2 + size / 3).toFixed(1)}" font-size="${size}" font-family="serif" fill="${fill}"${squeeze}>${xmlText(text)}</text>`;
}

/** The formulas' part of the image, base64-encoded, per (SVG set, colour, layout): ~10 KB of SVG each, the same on every hover. */
const encodedTails = new WeakMap<FormulaSvgs, Map<string, string>>();

function formulaParts(svgs: FormulaSvgs | undefined, texts: FormulaTexts, color: string, x: number): string {
  const maxW = PICTURE_W - x - 2;
  const half = (PICTURE_H - GAP) / 2;
  if (!svgs) return placeText(texts.formula, x, 0, maxW, half, color) + placeText(texts.derivative, x, half + GAP, maxW, half, color);
  const paint = (svg: string) => svg.replace(/currentColor/g, color);
  return placeSvg(paint(svgs.formula), x, 0, maxW, half) + placeSvg(paint(svgs.derivative), x, half + GAP, maxW, half);
}

/** base64 of the image's tail (the formulas and the closing tag), cached when it comes from the build's SVGs. */
function encodedTail(svgs: FormulaSvgs | undefined, texts: FormulaTexts, color: string, x: number): string {
  if (!svgs) return base64(`${formulaParts(svgs, texts, color, x)}</svg>`);
  let byKey = encodedTails.get(svgs);
  if (!byKey) encodedTails.set(svgs, (byKey = new Map()));
  const key = `${color}@${x}`;
  let out = byKey.get(key);
  if (out === undefined) byKey.set(key, (out = base64(`${formulaParts(svgs, texts, color, x)}</svg>`)));
  return out;
}

/**
 * The composed SVG as a markdown image: `plot` (parts drawn in PLOT_BOX) beside the formulas; without a plot
 * (a bad parameter leaves nothing to draw) the formulas take the whole width. `alt` must already be inert.
 * The head (ASCII: xmlText makes it so) is padded to whole base64 groups, so its encoding joins the cached
 * encoding of the formulas: only the few KB of the curve are encoded per hover.
 */
export function composedImage(plot: string | undefined, svgs: FormulaSvgs | undefined, texts: FormulaTexts, colors: CurveColors, alt: string): string {
  const x = plot === undefined ? 2 : FORMULA_X;
  const divider = plot === undefined ? '' : `<line x1="${FORMULA_X - 7}" y1="6" x2="${FORMULA_X - 7}" y2="${PICTURE_H - 6}" stroke="${colors.axis}" stroke-width="0.5"/>`;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${PICTURE_W}" height="${PICTURE_H}" viewBox="0 0 ${PICTURE_W} ${PICTURE_H}">${plot ?? ''}${divider}`;
  const padded = head + ' '.repeat((3 - (head.length % 3)) % 3);
  return `![${alt}](data:image/svg+xml;base64,${base64(padded)}${encodedTail(svgs, texts, colors.text, x)})`;
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
