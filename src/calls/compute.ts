// The numbers of a recognised call, through the core in float64: value and derivative (element-wise) or
// value and 1-D Jacobian (vector functions), and the other libraries' variants where they differ. Never
// throws: the core's RangeErrors become the `problem`.
import { flatten, mapTensor, reshapeLike, shapeOf, type Activation, type ResolvedParams, type Tensor } from '../core';
import { variants } from '../core/frameworks';

/** Longest 1-D input whose Jacobian is computed (n² entries). */
const MAX_JACOBIAN = 256;
/** Largest input for which the other libraries' variants are computed too. */
const MAX_ALTERNATIVE_SIZE = 1000;

export interface CallAlternative {
  readonly label: string;
  readonly params: ResolvedParams;
  readonly value: Tensor;
  readonly derivative?: Tensor;
}

export interface Computed { readonly value?: Tensor; readonly derivative?: Tensor; readonly problem?: string }

/** How a vector function takes its input: along its dim, over every element, or element by element (Julia f.(x)). */
export interface Mode { readonly flatten: boolean; readonly broadcast: boolean }

/** A 1-D input short enough for its Jacobian. */
const jacobianFits = (x: Tensor): x is number[] => Array.isArray(x) && x.length <= MAX_JACOBIAN && x.every((e) => typeof e === 'number');

export function compute(def: Activation, x: Tensor, params: ResolvedParams, mode: Mode): Computed {
  try {
    if (def.kind === 'elementwise') {
      const k = def.bind(params);
      return { value: mapTensor(x, k.f), derivative: mapTensor(x, k.df) };
    }
    if (mode.broadcast) return { value: mapTensor(x, (e) => def.value(e, params) as number) };
    if (mode.flatten && Array.isArray(x)) {
      shapeOf(x);
      const flat = flatten(x);
      const v = def.value(flat, params);
      const jac = def.jacobian && jacobianFits(x) ? def.jacobian(flat, params) : undefined;
      return { value: typeof v === 'number' ? v : reshapeLike(flatten(v), x), derivative: jac };
    }
    const value = def.value(x, params);
    const derivative = def.jacobian && jacobianFits(x) && x.length > 0 ? def.jacobian(x, params) : undefined;
    return { value, derivative };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
}

function sameTensor(a: Tensor, b: Tensor): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) || (a !== a && b !== b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameTensor(a[i], b[i])) return false;
  return true;
}

/** What the other libraries' definitions of `id` give for this input, where they differ from `value`. */
export function alternativesFor(
  id: string, def: Activation, input: Tensor, size: number, params: ResolvedParams, explicit: readonly string[], mode: Mode, value: Tensor,
): CallAlternative[] {
  const out: CallAlternative[] = [];
  if (size > MAX_ALTERNATIVE_SIZE) return out;
  for (const v of variants(id)) {
    // a variant that only restates what the call set, or what it already is, is no alternative
    if (Object.keys(v.params).some((k) => explicit.includes(k) || params[k] === v.params[k])) continue;
    const alt = { ...params, ...v.params } as ResolvedParams;
    const r = compute(def, input, alt, mode);
    if (r.value !== undefined && !sameTensor(r.value, value)) {
      out.push({ label: v.label, params: alt, value: r.value, ...(r.derivative !== undefined && def.kind === 'elementwise' ? { derivative: r.derivative } : {}) });
    }
  }
  return out;
}
