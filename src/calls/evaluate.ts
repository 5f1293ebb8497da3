// A recognised call's arguments → our parameters, input, value, derivative (or Jacobian) and the values other
// libraries' definitions would give, all through the core in float64. Never throws: the core's RangeErrors
// become the `problem`.
import { activation, parseDType, shapeOf, type Activation, type DType, type ParamValue, type ResolvedParams, type Tensor } from '../core';
import { bindArguments, inputNames, variants, type Framework, type LibValue, type Preset } from '../core/frameworks';
import type { CallArgs } from './expression';
import { MAX_ELEMENTS, PROBLEM } from './limits';
import { countOf, dimsOf, mapTensor, toTensor, type Val } from './values';
import { dtypeName } from './builtins';

export interface CallAlternative {
  readonly label: string;
  readonly params: ResolvedParams;
  readonly value: Tensor;
  readonly derivative?: Tensor;
}

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

const TEMPERED = new Set(['softmax', 'log_softmax', 'softmin']);
/** Longest 1-D input whose Jacobian is computed (n² entries). */
const MAX_JACOBIAN = 256;

/** An argument as the library sees it; undefined when not a literal. A one-element tensor is its number. */
function libValue(v: Val): LibValue | undefined {
  switch (v.k) {
    case 'num': return v.v;
    case 'str': return v.v;
    case 'bool': return v.v;
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

function sameTensor(a: Tensor, b: Tensor): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) || (a !== a && b !== b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameTensor(a[i], b[i])) return false;
  return true;
}

function flatten(t: Tensor, out: number[] = []): number[] {
  if (typeof t === 'number') out.push(t);
  else for (let i = 0; i < t.length; i++) flatten(t[i], out);
  return out;
}

function reshapeLike(flat: readonly number[], like: Tensor): Tensor {
  let k = 0;
  const build = (t: Tensor): Tensor => (typeof t === 'number' ? flat[k++] : t.map(build));
  return build(like);
}

interface Computed { value?: Tensor; derivative?: Tensor; problem?: string }

/** value and derivative (element-wise) or value and 1-D Jacobian (vector functions). */
function compute(def: Activation, x: Tensor, params: ResolvedParams, dimMode: 'flatten' | undefined, broadcast: boolean): Computed {
  try {
    if (def.kind === 'elementwise') {
      const k = def.bind(params);
      return { value: mapTensor(x, k.f), derivative: mapTensor(x, k.df) };
    }
    if (broadcast) return { value: mapTensor(x, (e) => def.value(e, params) as number) };
    if (dimMode === 'flatten' && Array.isArray(x)) {
      shapeOf(x);
      const flat = flatten(x);
      const v = def.value(flat, params);
      const jac = def.jacobian && flat.length <= MAX_JACOBIAN && (x as readonly Tensor[]).every((e) => typeof e === 'number') ? def.jacobian(flat, params) : undefined;
      return { value: typeof v === 'number' ? v : reshapeLike(flatten(v), x), derivative: jac };
    }
    const value = def.value(x, params);
    const oneD = Array.isArray(x) && x.length > 0 && x.length <= MAX_JACOBIAN && (x as readonly Tensor[]).every((e) => typeof e === 'number');
    const derivative = def.jacobian && oneD ? def.jacobian(x as number[], params) : undefined;
    return { value, derivative };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
}

/** Every parameter of `def`: the given ones as they are (even out of range), the rest at the core's defaults. */
export function withDefaults(def: Activation, given: Readonly<Record<string, ParamValue | undefined>>): ResolvedParams {
  const out: Record<string, ParamValue> = {};
  for (const spec of def.params) out[spec.name] = given[spec.name] ?? spec.default;
  return out;
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

/** Input, parameters and values of one recognised call. */
export function evaluateCall(p: Preset, framework: Framework, call: CallParts): Evaluation {
  const notes: string[] = [];
  const { args } = call;
  const keywords = new Map(args.keywords);
  const positional = [...args.positional];
  let inputVal: Val | undefined;
  const dtypeKw = keywords.get('dtype');
  keywords.delete('dtype');
  if (p.kind === 'function') {
    inputVal = positional.shift();
    for (const n of inputNames(framework)) {
      const v = keywords.get(n);
      if (v && !p.args.some((a) => a.name === n) && !p.keywords.some((a) => a.name === n)) {
        inputVal ??= v;
        keywords.delete(n);
      }
    }
  } else {
    inputVal = call.applied?.positional[0] ?? call.applied?.keywords.get('input') ?? call.applied?.keywords.get('inputs');
  }

  // softmax(x / T): the temperature is ours, the input is x
  let temperature: number | undefined;
  let temperatureUnknown = false;
  if (inputVal?.div && TEMPERED.has(p.id)) {
    const den = inputVal.div.den;
    if (den.k === 'num') temperature = den.v;
    else if (den.k === 'tensor' && typeof den.t === 'number') temperature = den.t;
    else temperatureUnknown = true;
    inputVal = inputVal.div.num;
  }

  const bound = bindArguments(p, positional.map(libValue), new Map([...keywords].map(([k, v]) => [k, libValue(v)])), call.label);
  const def = activation(bound.id);
  const given = { ...bound.params, ...(temperature !== undefined ? { temperature } : {}) };
  let problem = bound.problem ?? (args.starred ? PROBLEM.literal : undefined);

  if (!def) return { id: bound.id, params: given as ResolvedParams, problem: problem ?? `unknown function ${bound.id}`, alternatives: [], notes };
  let params: ResolvedParams;
  try {
    params = def.resolve(given);
  } catch (e) {
    problem ??= e instanceof Error ? e.message : String(e);
    params = withDefaults(def, given);
  }

  // the input
  let input: Tensor | undefined;
  const applied = p.kind === 'function' || call.applied !== undefined;
  if (!inputVal) {
    if (applied) problem ??= PROBLEM.missingInput;
  } else {
    const r = toTensor(inputVal);
    if ('t' in r) input = r.t;
    else problem ??= r.problem;
  }
  if (bound.unknown.length || temperatureUnknown) problem ??= PROBLEM.literal;
  const size = input === undefined ? 0 : countOf(input);
  if (size > MAX_ELEMENTS) {
    problem ??= PROBLEM.tooLarge;
    input = undefined;
  }

  const dtypeText = dtypeName(dtypeKw) ?? (inputVal && (inputVal.k === 'num' || inputVal.k === 'tensor') ? inputVal.dtype : undefined);
  const dtype = dtypeText ? parseDType(dtypeText) : undefined;
  if (dtypeText && !dtype) notes.push(`dtype ${dtypeText} is not a float type; shown in float64`);

  if (input === undefined || problem) return { id: bound.id, params, input, dtype, problem, alternatives: [], notes };

  let dimMode: 'flatten' | undefined;
  if (bound.dimMode === 'torch-implicit') {
    const rank = dimsOf(input).length;
    params = { ...params, dim: rank === 0 || rank === 1 || rank === 3 ? 0 : 1 };
    notes.push(`no dim: PyTorch picks dim=${params.dim} for ${rank}-D input (and warns)`);
  } else if (bound.dimMode === 'flatten') {
    dimMode = 'flatten';
    if (!p.note) notes.push('no axis: over every element (the flattened array)');
  }

  const rejected = p.rejects?.(dimsOf(input).length, params);
  if (rejected) return { id: bound.id, params, input, dtype, problem: rejected, alternatives: [], notes };
  const c = compute(def, input, params, dimMode, call.broadcast);
  if (c.problem) return { id: bound.id, params, input, dtype, problem: c.problem, alternatives: [], notes };
  if (def.kind === 'vector' && def.caveat) {
    const note = def.caveat(input);
    if (note) notes.push(note);
  }
  if (p.note && !(p.noteUnless && bound.explicit.includes(p.noteUnless))) notes.push(p.note);
  if (framework === 'torch' && inputVal && inputVal.k !== 'tensor' && p.kind === 'function') notes.push('PyTorch expects a tensor here: wrap the value in torch.tensor(…)');

  const alternatives: CallAlternative[] = [];
  if (c.value !== undefined && size <= 1000) {
    for (const v of variants(bound.id)) {
      if (Object.keys(v.params).some((k) => bound.explicit.includes(k) || params[k] === v.params[k])) continue;
      const alt = { ...params, ...v.params } as ResolvedParams;
      const r = compute(def, input, alt, dimMode, call.broadcast);
      if (r.value !== undefined && !sameTensor(r.value, c.value)) {
        alternatives.push({ label: v.label, params: alt, value: r.value, ...(r.derivative !== undefined && def.kind === 'elementwise' ? { derivative: r.derivative } : {}) });
      }
    }
  }
  return { id: bound.id, params, input, dtype, value: c.value, derivative: c.derivative, alternatives, notes };
}
