// The hover's text: name and parameters, formula image, value and derivative, the curve, what it means,
// and links to our own commands. Pure (no vscode import): the provider wraps it in a MarkdownString.
import { formatNumber, formatTensor, formulasFor, toDType, type Activation, type DType, type ResolvedParams, type Tensor } from '../core';
import { barsSvg, curveSvg, svgImage, type CurveColors } from './curve';
import { distributionInsights, scalarInsights, type Insight } from './insights';

export interface HoverInput {
  readonly def: Activation;
  readonly params: ResolvedParams;
  /** How the code named it, fully qualified: `torch.nn.functional.gelu`. */
  readonly qualifiedName: string;
  readonly input?: Tensor;
  readonly value?: Tensor;
  readonly derivative?: Tensor | number[][];
  readonly dtype?: DType;
  readonly problem?: string;
  readonly alternatives?: readonly { readonly label: string; readonly value: Tensor }[];
  /** One-line remarks on the library's behaviour ("JAX defaults to the tanh approximation"). */
  readonly notes?: readonly string[];
}

export interface FormulaImages {
  readonly formula: string;
  readonly derivative: string;
}

export interface RenderContext {
  readonly digits: number;
  readonly colors: CurveColors;
  /** Build-time formula SVGs with `currentColor` for `formulasFor(def, params).key`, or undefined for text. */
  readonly formulas?: FormulaImages;
  readonly vanishingThreshold: number;
}

/** The commands a hover may link to; the MarkdownString trusts exactly these. */
export const HOVER_COMMANDS = ['activationPlayground.plot', 'activationPlayground.openPlayground', 'activationPlayground.simulateDepth'] as const;

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';
/** Escapes what can start markup (links need `]`, so `(` stays readable); user text never becomes a link. */
const escapeMd = (s: string) => s.replace(/[\\`*_[\]<|]/g, (c) => '\\' + c);

function paramList(def: Activation, p: ResolvedParams): string {
  return def.params
    .filter((s) => s.name !== 'dim' || p.dim !== -1)
    .map((s) => `${s.name}=${typeof p[s.name] === 'string' ? `'${p[s.name]}'` : formatNumber(p[s.name] as number, 6)}`)
    .join(', ');
}

function commandLink(label: string, command: (typeof HOVER_COMMANDS)[number], arg: unknown): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([arg]))})`;
}

function insightLines(list: readonly Insight[]): string[] {
  return list.map((i) => `${i.warn ? '⚠️ ' : ''}${escapeMd(i.text)}`);
}

/** Encoded formula images per (formula set, colour): they are ~10 KB each and the same on every hover. */
const formulaCache = new WeakMap<FormulaImages, Map<string, string>>();

/** Formula as an image, coloured for the theme; the plain text when no image is available. */
function formulaBlock(def: Activation, params: ResolvedParams, ctx: RenderContext): string {
  const { formula, derivativeFormula } = formulasFor(def, params);
  const f = ctx.formulas;
  if (!f) return `${code(formula.text)}  \n${code(derivativeFormula.text)}`;
  let byColor = formulaCache.get(f);
  if (!byColor) formulaCache.set(f, (byColor = new Map()));
  const color = ctx.colors.text;
  let block = byColor.get(color);
  if (block === undefined) {
    const paint = (svg: string) => svg.replace(/currentColor/g, color);
    block = `${svgImage(paint(f.formula), formula.text)}  \n${svgImage(paint(f.derivative), derivativeFormula.text)}`;
    byColor.set(color, block);
  }
  return block;
}

export function renderHover(h: HoverInput, ctx: RenderContext): string {
  const { def, params } = h;
  const d = ctx.digits;
  const lines: string[] = [];
  const args = paramList(def, params);
  lines.push(`**${escapeMd(h.qualifiedName)}**${args ? ' ' + code(args) : ''} — ${escapeMd(def.name)}`);
  lines.push('');
  const scalarX = typeof h.input === 'number' ? h.input : undefined;
  const insights: Insight[] = [];
  let picture: string | undefined;

  if (h.problem) {
    lines.push(`_${escapeMd(h.problem)}_`);
  } else if (h.value === undefined) {
    lines.push('_The value needs a literal argument; formula and curve shown._');
  } else if (def.kind === 'elementwise' && typeof h.value === 'number' && scalarX !== undefined) {
    const dfx = typeof h.derivative === 'number' ? h.derivative : NaN;
    lines.push(`| | |`, `|---|---|`);
    lines.push(`| ${code(`${def.id}(${formatNumber(scalarX, d)})`)} | ${code(formatNumber(h.value, d))} |`);
    lines.push(`| derivative | ${code(formatNumber(dfx, d))} |`);
    if (h.dtype && h.dtype !== 'float64') {
      lines.push(`| as ${h.dtype} | ${code(formatNumber(toDType(h.value, h.dtype), Math.min(d, h.dtype === 'float32' ? 9 : 5)))} |`);
    }
    insights.push(...scalarInsights(def, params, scalarX, h.value, dfx, ctx.vanishingThreshold));
  } else {
    lines.push(`| | |`, `|---|---|`);
    lines.push(`| input | ${code(formatTensor(h.input, d))} |`);
    lines.push(`| ${def.id === 'argmax' ? 'index' : 'value'} | ${code(formatTensor(h.value, d))} |`);
    if (h.derivative !== undefined && def.kind === 'elementwise') lines.push(`| derivative | ${code(formatTensor(h.derivative, d))} |`);
    if (h.dtype && h.dtype !== 'float64') lines.push(`| dtype | ${h.dtype} |`);
    const ps = distributionOf(h);
    if (ps) {
      insights.push(...distributionInsights(ps));
      picture = svgImage(barsSvg(ps, ctx.colors), 'distribution');
    }
    if (def.kind === 'vector' && def.caveat && h.input !== undefined) {
      const c = def.caveat(h.input);
      if (c) lines.push('', `_${escapeMd(c)}_`);
    }
  }
  if (def.kind === 'elementwise') picture = svgImage(curveSvg(def, params, scalarX, ctx.colors), `${def.id} around the point`);
  // What a user reads first comes first (hovers are short): values, what they mean, then the pictures.
  if (insights.length) lines.push('', ...insightLines(insights).map((l) => l + '  '));
  for (const note of h.notes ?? []) lines.push('', `_${escapeMd(note)}_`);
  for (const alt of h.alternatives ?? []) {
    lines.push('', `_${escapeMd(alt.label)} would give ${formatTensor(alt.value, d)}_`);
  }
  if (picture) lines.push('', picture);
  lines.push('', formulaBlock(def, params, ctx));
  const arg = { id: def.id, params: { ...params }, x: scalarX, xs: flatVector(h.input) };
  lines.push('', `${commandLink('$(graph-line) Plot', 'activationPlayground.plot', arg)} · ${commandLink('$(beaker) Open in playground', 'activationPlayground.openPlayground', arg)}${def.kind === 'elementwise' ? ` · ${commandLink('$(layers) Simulate depth', 'activationPlayground.simulateDepth', arg)}` : ''}`);
  return lines.join('\n');
}

function flatVector(t: Tensor | undefined): number[] | undefined {
  if (!Array.isArray(t) || t.length > 1000 || !t.every((v) => typeof v === 'number')) return undefined;
  return t as number[];
}

/** The probability vector to describe: softmax-like outputs, or softmax of argmax's logits. */
function distributionOf(h: HoverInput): number[] | undefined {
  const id = h.def.id;
  const v = id === 'argmax' || id === 'log_softmax' ? flatVector(h.input) : flatVector(h.value as Tensor);
  if (!v) return undefined;
  if (id === 'softmax' || id === 'softmin' || id === 'sparsemax') return v;
  if (id === 'log_softmax') {
    const out = flatVector(h.value as Tensor);
    return out?.map(Math.exp);
  }
  return undefined;
}
