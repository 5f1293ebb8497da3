// The hover's markdown, laid out for VS Code's default hover (about 250 px tall, 500 px wide): one paragraph
// of short lines joined by hard breaks (no paragraph margins), in reading order:
//   name and parameters · value and derivative · the one most useful insight ·
//   ONE image (curve or bars beside the formula) · the other notes folded into one line · the two links.
// Pure (no vscode import): the provider wraps it in a MarkdownString. Every piece of user text goes
// through escape.ts.
import { formatNumber, formatTensor, formulasFor, toDType, type Activation, type DType, type ResolvedParams, type Tensor } from '../core';
import { barsParts, curveParts, type CurveColors } from './curve';
import { altText, codeSpan, inert, oneLine } from './escape';
import { distributionInsights, rowsInsights, scalarInsights, type Insight } from './insights';
import { commandLink, plotLink } from './links';
import { composedImage, PLOT_BOX, type FormulaSvgs } from './picture';

export { HOVER_COMMANDS } from './links';
export type { FormulaSvgs } from './picture';

export interface HoverInput {
  readonly def: Activation;
  readonly params: ResolvedParams;
  /** How the code named it, fully qualified: `torch.nn.functional.gelu`. */
  readonly qualifiedName: string;
  /** Whose definition and defaults were applied (`jax`); the Plot link carries it. */
  readonly framework?: string;
  readonly input?: Tensor;
  readonly value?: Tensor;
  readonly derivative?: Tensor | number[][];
  readonly dtype?: DType;
  readonly problem?: string;
  readonly alternatives?: readonly { readonly label: string; readonly value: Tensor }[];
  /** One-line remarks on the library's behaviour ("JAX defaults to the tanh approximation"). */
  readonly notes?: readonly string[];
}

export interface RenderContext {
  readonly digits: number;
  readonly colors: CurveColors;
  /** Build-time formula SVGs with `currentColor` for `formulasFor(def, params).key`, or undefined for text. */
  readonly formulas?: FormulaSvgs;
  readonly vanishingThreshold: number;
}

/** The folded notes line: about two lines of the hover's width at most. */
const NOTES_MAX = 150;

/** What the hover reads at this call: the values line, insights (most useful first), the plot's parts. */
interface Reading {
  readonly values: string;
  readonly insights: readonly Insight[];
  readonly plot?: string;
  /** What the plot shows, for the image's alt text. */
  readonly plotAlt?: string;
  readonly notes: readonly string[];
}

/** Hyphen-minus before a number as the minus sign the rest of the hover uses: "got −1". */
const minusSigns = (s: string) => s.replace(/(^|[\s(,[=])-(?=[\d.∞])/g, '$1−');

/** Why the parameters cannot be used ("beta must be in (0, ∞), got −1"), or undefined when they can. */
const paramsProblem = (def: Activation, params: ResolvedParams) => {
  const problem = def.problem(params);
  return problem === undefined ? undefined : minusSigns(problem);
};

function paramList(def: Activation, p: ResolvedParams): string {
  return def.params
    .filter((s) => s.name !== 'dim' || p.dim !== -1)
    .map((s) => `${s.name}=${typeof p[s.name] === 'string' ? `'${p[s.name]}'` : formatNumber(p[s.name] as number, 6)}`)
    .join(', ');
}

function scalarReading(h: HoverInput, x: number, fx: number, ctx: RenderContext): Reading {
  const { def, params } = h;
  const d = ctx.digits;
  const dfx = typeof h.derivative === 'number' ? h.derivative : NaN;
  let values = `${codeSpan(`${def.id}(${formatNumber(x, d)})`)} = ${codeSpan(formatNumber(fx, d))} · derivative ${codeSpan(formatNumber(dfx, d))}`;
  if (h.dtype && h.dtype !== 'float64') {
    values += ` · as ${inert(h.dtype)} ${codeSpan(formatNumber(toDType(fx, h.dtype), Math.min(d, h.dtype === 'float32' ? 9 : 5)))}`;
  }
  const plot = def.kind === 'elementwise' ? curveParts(def, params, x, ctx.colors, PLOT_BOX) : undefined;
  return { values, insights: scalarInsights(def, params, x, fx, dfx, ctx.vanishingThreshold), plot, notes: [] };
}

function vectorReading(h: HoverInput, ctx: RenderContext): Reading {
  const { def } = h;
  // The values to the configured digits; the input and the derivative shorter, so the line stays short.
  const short = Math.min(ctx.digits, 4);
  let values = `input ${codeSpan(formatTensor(h.input, short, 6))} → ${def.id === 'argmax' ? 'index ' : ''}${codeSpan(formatTensor(h.value, ctx.digits, 6))}`;
  if (h.derivative !== undefined && def.kind === 'elementwise') values += ` · derivative ${codeSpan(formatTensor(h.derivative, short, 4))}`;
  if (h.dtype && h.dtype !== 'float64') values += ` · ${inert(h.dtype)}`;
  const notes: string[] = [];
  if (def.kind === 'vector' && def.caveat && h.input !== undefined) {
    const c = def.caveat(h.input);
    if (c) notes.push(c);
  }
  const rows = distributionRows(h);
  if (rows) {
    const insights = rows.length === 1 ? distributionInsights(rows[0]) : rowsInsights(rows);
    return { values, insights, plot: barsParts(rows, ctx.colors, PLOT_BOX), plotAlt: 'the distribution as bars', notes };
  }
  const plot = def.kind === 'elementwise' ? curveParts(def, h.params, undefined, ctx.colors, PLOT_BOX) : undefined;
  return { values, insights: [], plot, notes };
}

function reading(h: HoverInput, ctx: RenderContext): Reading {
  const { def, params } = h;
  const bad = paramsProblem(def, params);
  if (bad) return { values: `⚠️ ${inert(bad, 110)}`, insights: [], notes: ['no value or curve with this parameter'] };
  const x = typeof h.input === 'number' ? h.input : undefined;
  if (h.value === undefined) {
    const values = h.problem ? `_${inert(h.problem, 110)}_` : '_The value needs a literal argument; formula and curve shown._';
    const plot = def.kind === 'elementwise' ? curveParts(def, params, x, ctx.colors, PLOT_BOX) : undefined;
    return { values, insights: [], plot, notes: [] };
  }
  if (def.kind === 'elementwise' && typeof h.value === 'number' && x !== undefined) return scalarReading(h, x, h.value, ctx);
  return vectorReading(h, ctx);
}

const insightText = (i: Insight) => `${i.warn ? '⚠️ ' : ''}${inert(i.text, 200)}`;

export function renderHover(h: HoverInput, ctx: RenderContext): string {
  const { def, params } = h;
  const r = reading(h, ctx);
  const link = plotLink(def, params, h.input, h.framework);
  const args = paramList(def, params);
  // User text is capped per line (a crafted file cannot push the links out of the hover).
  const lines = [`**${inert(h.qualifiedName, 80)}**${args ? ' ' + codeSpan(args, 70) : ''} — ${inert(def.name)}`, r.values];
  const [first, ...rest] = r.insights;
  if (first) lines.push(insightText(first));
  const { formula, derivativeFormula } = formulasFor(def, params);
  const texts = { formula: formula.text, derivative: derivativeFormula.text };
  const plotAlt = r.plot ? `${r.plotAlt ?? `${def.id} around the point`}; ` : '';
  const alt = altText(`${plotAlt}${texts.formula}; ${texts.derivative}`);
  lines.push(composedImage(r.plot, ctx.formulas, texts, ctx.colors, alt));
  const notes = [
    ...rest.map((i) => i.text),
    ...(h.notes ?? []),
    ...(h.alternatives ?? []).map((a) => `${a.label} would give ${formatTensor(a.value, ctx.digits, 6)}`),
    ...r.notes,
    ...link.notes,
  ].map((n) => oneLine(n).replace(/\.$/, ''));
  if (notes.length) lines.push(`_${inert(notes.join(' · '), NOTES_MAX)}_`);
  const depth = def.kind === 'elementwise' ? ` · ${commandLink('$(layers) Simulate depth', 'activationPlayground.simulateDepth', link.arg)}` : '';
  lines.push(`${commandLink('$(graph-line) Plot', 'activationPlayground.plot', link.arg)} · ${commandLink('$(beaker) Open in playground', 'activationPlayground.openPlayground', link.arg)}${depth}`);
  // Hard line breaks: one paragraph, so no 8 px paragraph margins between the lines.
  return hardBreaks(lines);
}

/**
 * The lines joined by `  \n`, with `+` rather than Array#join: join copies every piece, the ~40 KB image
 * included, into a new two-byte string on each hover; `+` links them, and the one copy is made when VS Code
 * serialises the hover.
 */
function hardBreaks(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) out += '  \n' + lines[i];
  return out;
}

/** The probability rows to describe: softmax-like outputs, 1-D or 2-D. */
function distributionRows(h: HoverInput): number[][] | undefined {
  const id = h.def.id;
  const rows = asRows(h.value);
  if (!rows) return undefined;
  if (id === 'softmax' || id === 'softmin' || id === 'sparsemax') return rows;
  if (id === 'log_softmax') return rows.map((r) => r.map(Math.exp));
  return undefined;
}

/** A 1-D vector as one row, a 2-D matrix as its rows; anything else (or over 1,000 numbers) undefined. */
function asRows(t: Tensor | undefined): number[][] | undefined {
  if (!Array.isArray(t) || t.length === 0) return undefined;
  const isRow = (v: unknown): v is number[] => Array.isArray(v) && v.length <= 1000 && v.every((n) => typeof n === 'number');
  if (isRow(t)) return [t];
  if (t.length > 1000 || !t.every(isRow)) return undefined;
  return t as number[][];
}
