// A recognised call's arguments → our parameters, input, value, derivative (or Jacobian) and the values other
// libraries' definitions would give. evaluateCall reads top-down in its phases: split the input from the
// parameters, take a softmax temperature, bind and resolve the parameters, read the input, then compute.
import { activation, parseDType, shapeOf, type Activation, type DType, type ParamValue, type ResolvedParams, type Tensor } from '../core';
import { bindArguments, inputNames, type BoundArguments, type Framework, type LibValue, type Preset } from '../core/frameworks';
import { dtypeName } from './builtins';
import { alternativesFor, compute, type CallAlternative, type Mode } from './compute';
import type { CallArgs } from './expression';
import { MAX_ELEMENTS, PROBLEM } from './limits';
import { countOf, toTensor, type Val } from './values';

export type { CallAlternative } from './compute';

export interface Evaluation {
  readonly id: string;
  readonly params: ResolvedParams;
  readonly input?: Tensor;
  readonly dtype?: DType;
  readonly value?: Tensor;
  readonly derivative?: Tensor;
  readonly problem?: string;
  readonly alternatives: readonly CallAlternative[];
  readonly notes: readonly string[];
}

export interface CallParts {
  /** Arguments of the function, or of the module's constructor. */
  readonly args: CallArgs;
  /** The module's application `(x)`, if any. */
  readonly applied?: CallArgs;
  readonly broadcast: boolean;
  /** The callee as written, for messages (`F.threshold needs value`). */
  readonly label?: string;
}

const TEMPERED = new Set(['softmax', 'log_softmax', 'softmin']);

/** An argument as the library sees it; undefined when not a literal. A one-element tensor is its number. */
function libValue(v: Val): LibValue | undefined {
  switch (v.k) {
    case 'num': case 'str': case 'bool': return v.v;
    case 'none': return null;
    case 'tensor': case 'list': case 'numlist': {
      const r = toTensor(v);
      if (!('t' in r)) return undefined;
      let t: Tensor = r.t;
      while (Array.isArray(t) && t.length === 1) t = t[0];
      return typeof t === 'number' ? t : undefined;
    }
    default: return undefined;
  }
}

/** Every parameter of `def`: the given ones as they are (even out of range), the rest at the core's defaults. */
export function withDefaults(def: Activation, given: Readonly<Record<string, ParamValue | undefined>>): ResolvedParams {
  const out: Record<string, ParamValue> = {};
  for (const spec of def.params) out[spec.name] = given[spec.name] ?? spec.default;
  return out;
}

interface Split { input: Val | undefined; readonly positional: Val[]; readonly keywords: Map<string, Val>; readonly dtype: Val | undefined }

/** Phase 1: the input (first positional, or a framework's input keyword; a module's application) apart from the parameters. */
function splitInput(p: Preset, framework: Framework, call: CallParts): Split {
  const keywords = new Map(call.args.keywords);
  const positional = [...call.args.positional];
  const dtype = keywords.get('dtype');
  keywords.delete('dtype');
  if (p.kind !== 'function') {
    const a = call.applied;
    return { input: a?.positional[0] ?? a?.keywords.get('input') ?? a?.keywords.get('inputs'), positional, keywords, dtype };
  }
  let input = positional.shift();
  for (const n of inputNames(framework)) {
    const v = keywords.get(n);
    if (v && !p.args.some((a) => a.name === n) && !p.keywords.some((a) => a.name === n)) {
      input ??= v;
      keywords.delete(n);
    }
  }
  return { input, positional, keywords, dtype };
}

/** Phase 2: softmax(x / T): the temperature is ours, the input is x. */
function takeTemperature(p: Preset, split: Split): { temperature?: number; unknown: boolean } {
  const div = split.input?.div;
  if (!div || !TEMPERED.has(p.id)) return { unknown: false };
  split.input = div.num;
  if (div.den.k === 'num') return { temperature: div.den.v, unknown: false };
  if (div.den.k === 'tensor' && typeof div.den.t === 'number') return { temperature: div.den.t, unknown: false };
  return { unknown: true };
}

interface Bound { readonly bound: BoundArguments; readonly def?: Activation; readonly params: ResolvedParams; readonly problem?: string }

/** Phase 3: the library's arguments bound to our parameters and range-checked (out of range: kept, with the problem). */
function bindParams(p: Preset, split: Split, temperature: number | undefined, call: CallParts): Bound {
  const keywords = new Map([...split.keywords].map(([k, v]) => [k, libValue(v)]));
  const bound = bindArguments(p, split.positional.map(libValue), keywords, call.label);
  const def = activation(bound.id);
  const given = { ...bound.params, ...(temperature !== undefined ? { temperature } : {}) };
  const problem = bound.problem ?? (call.args.starred ? PROBLEM.literal : undefined);
  if (!def) return { bound, params: given as ResolvedParams, problem: problem ?? `unknown function ${bound.id}` };
  try {
    return { bound, def, params: def.resolve(given), problem };
  } catch (e) {
    return { bound, def, params: withDefaults(def, given), problem: problem ?? (e instanceof Error ? e.message : String(e)) };
  }
}

/** Phase 4: the input as numbers, or why not (`tooLarge`: it has more than MAX_ELEMENTS). */
function readInput(p: Preset, split: Split, call: CallParts): { input?: Tensor; problem?: string; tooLarge?: boolean } {
  if (!split.input) return p.kind === 'function' || call.applied !== undefined ? { problem: PROBLEM.missingInput } : {};
  const r = toTensor(split.input);
  if (!('t' in r)) return { problem: r.problem };
  return countOf(r.t) > MAX_ELEMENTS ? { tooLarge: true } : { input: r.t };
}

/** Phase 5: the dtype written (`dtype=torch.float16`, `Float32[…]`, `1f0`), and a note when it is not a float. */
function readDType(split: Split, notes: string[]): DType | undefined {
  const v = split.input;
  const text = dtypeName(split.dtype) ?? (v && (v.k === 'num' || v.k === 'tensor') ? v.dtype : undefined);
  const dtype = text ? parseDType(text) : undefined;
  if (text && !dtype) notes.push(`dtype ${text} is not a float type; shown in float64`);
  return dtype;
}

/** Phase 6: a vector function's axis when the call gives none (PyTorch's implicit dim, flattening libraries). */
function axisMode(p: Preset, bound: BoundArguments, input: Tensor, params: ResolvedParams, notes: string[]): { params: ResolvedParams; flatten: boolean } {
  if (bound.dimMode === 'torch-implicit') {
    const rank = shapeOf(input).length;
    const dim = rank === 0 || rank === 1 || rank === 3 ? 0 : 1;
    notes.push(`no dim: PyTorch picks dim=${dim} for ${rank}-D input (and warns)`);
    return { params: { ...params, dim }, flatten: false };
  }
  if (bound.dimMode === 'flatten' && !p.note) notes.push('no axis: over every element (the flattened array)');
  return { params, flatten: bound.dimMode === 'flatten' };
}

/** Phase 8: remarks on the result: the function's caveat, the library's note, PyTorch's tensor-only functions. */
function resultNotes(p: Preset, framework: Framework, def: Activation, b: Bound, split: Split, input: Tensor, notes: string[]): void {
  const caveat = def.kind === 'vector' ? def.caveat?.(input) : undefined;
  if (caveat) notes.push(caveat);
  if (p.note && !(p.noteUnless && b.bound.explicit.includes(p.noteUnless))) notes.push(p.note);
  if (framework === 'torch' && split.input && split.input.k !== 'tensor' && p.kind === 'function') notes.push('PyTorch expects a tensor here: wrap the value in torch.tensor(…)');
}

/** Input, parameters and values of one recognised call. */
export function evaluateCall(p: Preset, framework: Framework, call: CallParts): Evaluation {
  const notes: string[] = [];
  const split = splitInput(p, framework, call);
  const temperature = takeTemperature(p, split);
  const b = bindParams(p, split, temperature.temperature, call);
  const id = b.bound.id;
  if (!b.def) return { id, params: b.params, problem: b.problem, alternatives: [], notes };
  const read = readInput(p, split, call);
  const unknown = b.bound.unknown.length > 0 || temperature.unknown ? PROBLEM.literal : undefined;
  const dtype = readDType(split, notes);
  const { input } = read;
  const problem = b.problem ?? read.problem ?? unknown ?? (read.tooLarge ? PROBLEM.tooLarge : undefined);
  if (input === undefined || problem) return { id, params: b.params, input, dtype, problem, alternatives: [], notes };

  // Phase 7: the numbers
  const axis = axisMode(p, b.bound, input, b.params, notes);
  const params = axis.params;
  const rejected = p.rejects?.(shapeOf(input).length, params);
  if (rejected) return { id, params, input, dtype, problem: rejected, alternatives: [], notes };
  const mode: Mode = { flatten: axis.flatten, broadcast: call.broadcast };
  const c = compute(b.def, input, params, mode);
  if (c.problem || c.value === undefined) return { id, params, input, dtype, problem: c.problem, alternatives: [], notes };
  resultNotes(p, framework, b.def, b, split, input, notes);
  const alternatives = alternativesFor(id, b.def, input, countOf(input), params, b.bound.explicit, mode, c.value);
  return { id, params, input, dtype, value: c.value, derivative: c.derivative, alternatives, notes };
}
