// The same function differs across libraries: lookups in the preset table (./presetTable) and the binding of a
// call's arguments to our parameter names. Pure: imports only the core.
import { frameworkInfo, type Framework, type LibValue, type Preset } from './frameworkTypes';
import { PRESETS } from './presetTable';
import type { ParamValue, Params } from './types';

export * from './frameworkTypes';
export { PRESETS } from './presetTable';

const byPath = new Map<string, Preset>();
const byShort = new Map<string, Preset>();
for (const p of PRESETS) {
  const info = frameworkInfo(p.framework);
  for (const n of [p.name, ...p.aliases]) {
    const k = `${p.framework}:${n}`;
    if (!byPath.has(k)) byPath.set(k, p);
    if (info.stringsOnly && n.startsWith(`${info.strings}.`)) continue;
    const s = `${p.framework}:${n.slice(n.lastIndexOf('.') + 1)}`;
    if (!byShort.has(s)) byShort.set(s, p);
  }
}

/** The row for a function by its dotted path below the framework root (`nn.functional.gelu`, `keras.layers.LeakyReLU` for tf). */
export function preset(framework: Framework, name: string): Preset | undefined {
  if (typeof name !== 'string' || name.length > 200) return undefined;
  return byPath.get(`${framework}:${name}`);
}

/** The row an unqualified name means: the first with that last segment, primary namespace first (`softmax` → F.softmax). */
export function presetForName(framework: Framework, shortName: string): Preset | undefined {
  if (typeof shortName !== 'string' || shortName.length > 200) return undefined;
  return byShort.get(`${framework}:${shortName}`);
}

/** The row a name given as a string means to `framework` (`'gelu_new'` to transformers, `'relu'` to Keras). */
export function presetForString(framework: Framework, name: string): Preset | undefined {
  const prefix = frameworkInfo(framework).strings;
  if (!prefix || typeof name !== 'string' || name.length > 64 || !/^[\w.]+$/.test(name)) return undefined;
  // timm lower-cases its names (timm/layers/create_act.py get_act_layer)
  return preset(framework, `${prefix}.${framework === 'timm' ? name.toLowerCase() : name}`);
}

/** Keyword names a library gives the input (`F.gelu(input=x)`, `tf.nn.relu(features=x)`). */
export function inputNames(framework: Framework): readonly string[] {
  switch (framework) {
    case 'torch': case 'hf': case 'timm': return ['input'];
    case 'jax': return ['x', 'a'];
    case 'keras': case 'scipy': return ['x'];
    case 'tf': return ['features', 'x', 'logits', 'input'];
    case 'numpy': return ['a', 'x'];
    default: return [];
  }
}

// --- binding a call's arguments --------------------------------------------------------------------------------

export interface BoundArguments {
  /** Core id (Keras `relu` with a slope becomes `leaky_relu`). */
  readonly id: string;
  /** By our names: the library's defaults, then the call's literal arguments. Not yet range-checked. */
  readonly params: Params;
  /** Our parameters the call set itself. */
  readonly explicit: readonly string[];
  /** Library arguments given but not literal (their values are unknown). */
  readonly unknown: readonly string[];
  /** Set when no dim is given and the library's default is not a plain axis. */
  readonly dimMode?: 'flatten' | 'torch-implicit';
  readonly problem?: string;
}

/**
 * Applies a call's arguments (after the input; `undefined` = not a literal) to a row: positional in the
 * library's order, keywords by the library's names, then the library's defaults.
 */
export function bindArguments(
  p: Preset,
  positional: readonly (LibValue | undefined)[],
  keywords: ReadonlyMap<string, LibValue | undefined>,
  label: string = p.name,
): BoundArguments {
  if (p.ignoresArguments) return { id: p.id, params: { ...p.defaults }, explicit: [], unknown: [] };
  const given = new Map<string, LibValue | undefined>();
  let problem: string | undefined;
  const fail = (m: string) => { problem ??= m; };
  if (positional.length > p.args.length) fail(`${label} takes ${p.args.length + (p.kind === 'function' ? 1 : 0)} positional argument${p.args.length ? 's' : ''}, got ${positional.length + (p.kind === 'function' ? 1 : 0)}`);
  positional.slice(0, p.args.length).forEach((v, i) => given.set(p.args[i].name, v));
  for (const [k, v] of keywords) {
    const positionalName = p.args.find((a) => a.name === k);
    if (positionalName && p.positionalOnly) { fail(`${label}: ${k} is positional in Julia, not a keyword`); continue; }
    const spec = positionalName ?? p.keywords.find((a) => a.name === k);
    if (!spec) { fail(`${label}: unknown argument '${k}'`); continue; }
    if (given.has(k)) fail(`${label}: got multiple values for '${k}'`);
    given.set(k, v);
  }
  const unknown = [...given].filter(([, v]) => v === undefined).map(([k]) => k);
  const all = [...p.args, ...p.keywords];
  const missing = all.filter((a) => a.required && !given.has(a.name)).map((a) => a.name);
  if (missing.length) fail(`${label} needs ${missing.join(' and ')} (no defaults)`);

  if (p.adapt) {
    if (unknown.length) return { id: p.id, params: { ...p.defaults }, explicit: [], unknown, problem };
    const rec: Record<string, LibValue> = {};
    for (const [k, v] of given) if (v !== undefined) rec[k] = v;
    const r = p.adapt(rec);
    if ('problem' in r) return { id: p.id, params: { ...p.defaults }, explicit: [], unknown, problem: problem ?? r.problem };
    return { id: r.id, params: r.params, explicit: Object.keys(r.params), unknown, problem };
  }

  const params: Record<string, ParamValue> = {};
  for (const [k, v] of Object.entries(p.defaults)) if (v !== undefined) params[k] = v;
  const explicit: string[] = [];
  let dimNull = false;
  for (const [k, v] of given) {
    const spec = all.find((a) => a.name === k);
    if (!spec?.to) continue;
    if (v === undefined) { explicit.push(spec.to); continue; }
    if (v === null) {
      if (spec.to === 'dim') { dimNull = true; delete params.dim; explicit.push('dim'); }
      continue;
    }
    const mapped = spec.map ? spec.map(v) : typeof v === 'boolean' ? undefined : v;
    if (mapped === undefined) { fail(`${label}: ${k} cannot be ${String(v)}`); continue; }
    params[spec.to] = mapped;
    explicit.push(spec.to);
  }
  let dimMode: BoundArguments['dimMode'];
  const dimArg = all.some((a) => a.to === 'dim');
  if (dimArg && params.dim === undefined && !unknown.some((k) => all.find((a) => a.name === k)?.to === 'dim')) {
    const d = p.dimNone;
    if (typeof d === 'number') params.dim = d;
    else if (d !== undefined) dimMode = d;
    else if (dimNull) fail(`${label}: axis=None is not supported`);
  }
  return { id: p.id, params, explicit, unknown, dimMode, problem };
}

// --- the same call under other libraries' definitions ----------------------------------------------------------

export interface Variant {
  readonly id: string;
  readonly label: string;
  readonly params: Params;
}

/** Definitions of one function that differ between libraries; a hover offers those its call did not pin. */
export const VARIANTS: readonly Variant[] = [
  { id: 'gelu', label: 'exact GELU (PyTorch, Keras, TF)', params: { approximate: 'none' } },
  { id: 'gelu', label: 'tanh GELU (JAX, NNlib, keras.ops)', params: { approximate: 'tanh' } },
  { id: 'leaky_relu', label: 'slope 0.01 (PyTorch, JAX, NNlib)', params: { negative_slope: 0.01 } },
  { id: 'leaky_relu', label: 'slope 0.2 (tf.nn, Keras leaky_relu, tfjs)', params: { negative_slope: 0.2 } },
  { id: 'leaky_relu', label: 'slope 0.3 (Keras LeakyReLU layer)', params: { negative_slope: 0.3 } },
  { id: 'hardsigmoid', label: 'relu6(x + 3)/6 (PyTorch, JAX, Keras 3, NNlib)', params: { slope: 1 / 6 } },
  { id: 'hardsigmoid', label: 'clip(0.2x + 0.5, 0, 1) (Keras 2, tf.keras)', params: { slope: 0.2 } },
  { id: 'softplus', label: 'PyTorch softplus (x itself past βx > 20)', params: { threshold: 20 } },
  { id: 'softplus', label: 'plain log(1 + eˣ) (JAX, Keras, TF, NNlib)', params: { threshold: Infinity } },
];

export function variants(id: string): readonly Variant[] {
  return VARIANTS.filter((v) => v.id === id);
}
