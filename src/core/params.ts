// Parameter specs and their checking: one place that turns "what the caller gave" into validated values.
import { MAX_RANK } from './tensor';
import type { ChoiceParamSpec, NumberParamSpec, ParamSpec, Params, ResolvedParams } from './types';

interface NumberOptions {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  slider?: readonly [number, number];
  integer?: boolean;
}

export function num(name: string, def: number, description: string, o: NumberOptions = {}): NumberParamSpec {
  const min = o.min ?? -Infinity;
  const max = o.max ?? Infinity;
  const slider = o.slider ?? [Math.max(min, -5), Math.min(max, 5)];
  return {
    name, type: o.integer ? 'integer' : 'number', default: def, min, max,
    minExclusive: o.minExclusive, maxExclusive: o.maxExclusive, slider, description,
  };
}

/** The `dim` of a vector function: an axis, negative counting from the end, within the nesting limit. */
export function dimParam(description: string): NumberParamSpec {
  return num('dim', -1, description, { integer: true, min: -MAX_RANK, max: MAX_RANK - 1, slider: [-3, 2] });
}

export function choice(name: string, def: string, options: readonly string[], description: string): ChoiceParamSpec {
  return { name, type: 'choice', default: def, options, description };
}

/** "[0, ∞)", "(0, 1]": the allowed range as the RangeError states it. */
export function rangeText(s: NumberParamSpec): string {
  const f = (v: number) => (v === Infinity ? '∞' : v === -Infinity ? '−∞' : String(v));
  const open = s.minExclusive || s.min === -Infinity ? '(' : '[';
  const close = s.maxExclusive || s.max === Infinity ? ')' : ']';
  return `${open}${f(s.min)}, ${f(s.max)}${close}${s.type === 'integer' ? ' (integer)' : ''}`;
}

function fmtValue(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : String(v);
}

function numberProblem(s: NumberParamSpec, v: unknown, finite: boolean): string | undefined {
  if (typeof v !== 'number' || Number.isNaN(v) || (finite && !Number.isFinite(v))) {
    return `${s.name} must be a ${finite ? 'finite ' : ''}number in ${rangeText(s)}, got ${fmtValue(v)}`;
  }
  const below = s.minExclusive ? v <= s.min : v < s.min;
  const above = s.maxExclusive ? v >= s.max : v > s.max;
  if (below || above || (s.type === 'integer' && !Number.isInteger(v))) return `${s.name} must be in ${rangeText(s)}, got ${v}`;
  return undefined;
}

function choiceProblem(s: ChoiceParamSpec, v: unknown): string | undefined {
  if (typeof v === 'string' && s.options.includes(v)) return undefined;
  return `${s.name} must be one of ${s.options.map((o) => `'${o}'`).join(', ')}, got ${fmtValue(v)}`;
}

export interface ParamProblemOptions {
  /** Refuse ±∞ even where the range allows it (values that crossed JSON, slider input). */
  readonly finite?: boolean;
}

/**
 * The one parameter-range rule: what is wrong with `value` for `spec`, as the sentence users see
 * ("beta must be in (0, ∞), got -1"), or undefined when it fits. Used by `resolveParams`, the protocol's
 * validators and the panel's parameter fields alike.
 */
export function paramProblem(spec: ParamSpec, value: unknown, options: ParamProblemOptions = {}): string | undefined {
  return spec.type === 'choice' ? choiceProblem(spec, value) : numberProblem(spec, value, options.finite ?? false);
}

/**
 * What is wrong with `given` for `specs`, as users see it: the first value out of its range, in the specs'
 * order, then a name no spec has (`relu(x, {alpha: 2})` silently ignoring alpha would show a wrong curve).
 * Undefined when every value fits.
 */
export function paramsProblem(specs: readonly ParamSpec[], given: Params | undefined): string | undefined {
  for (const s of specs) {
    const problem = paramProblem(s, given?.[s.name] ?? s.default);
    if (problem !== undefined) return problem;
  }
  if (given) {
    for (const k of Object.keys(given)) {
      if (given[k] !== undefined && !specs.some((s) => s.name === k)) {
        const names = specs.length ? specs.map((s) => s.name).join(', ') : 'none';
        return `unknown parameter '${k}' (takes ${names})`;
      }
    }
  }
  return undefined;
}

/** Applies defaults and checks every value; throws RangeError (`owner: problem`) for the first problem. */
export function resolveParams(owner: string, specs: readonly ParamSpec[], given: Params | undefined): ResolvedParams {
  const problem = paramsProblem(specs, given);
  if (problem !== undefined) throw new RangeError(`${owner}: ${problem}`);
  const out: Record<string, number | string> = {};
  for (const s of specs) out[s.name] = given?.[s.name] ?? s.default;
  return out;
}
