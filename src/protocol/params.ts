// Checking activation ids and parameter values that arrive in messages, command arguments and restored
// state, against the core's own parameter specs.
import { activation, paramProblem } from '../core';
import type { Activation, ElementwiseActivation, ParamSpec } from '../core';
import { isObj, isStr } from './guards';
import { LIMITS, type ParamValues } from './messages';

/** The definition for an id or alias, if it is one of ours. */
export function lookup(id: unknown): Activation | undefined {
  return isStr(id, LIMITS.id) && id.length > 0 ? activation(id) : undefined;
}

export function lookupElementwise(id: unknown): ElementwiseActivation | undefined {
  const def = lookup(id);
  return def?.kind === 'elementwise' ? def : undefined;
}

/** The core's one parameter-range rule, finite numbers only (JSON and messages carry no ±∞). */
function valueFits(spec: ParamSpec, v: unknown): v is number | string {
  return paramProblem(spec, v, { finite: true }) === undefined;
}

/**
 * Parameters for `def`: an object whose every key is one of its parameter names and every value fits the
 * spec (finite numbers only), and which together pass the definition's own checks (min_val ≤ max_val). A
 * fresh copy, or undefined when anything is off. A `null` value means "not given" (JSON has no ∞: a preset's
 * `threshold = ∞` arrives as null, and the default draws the same curve).
 */
export function parseParams(def: Activation, v: unknown): ParamValues | undefined {
  if (!isObj(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length > def.params.length) return undefined;
  const out: Record<string, number | string> = {};
  for (const k of keys) {
    const spec = def.params.find((s) => s.name === k);
    const value = v[k];
    if (spec && value === null) continue;
    if (!spec || !valueFits(spec, value)) return undefined;
    out[k] = value;
  }
  try {
    def.resolve(out);
  } catch {
    return undefined;
  }
  return out;
}

/** Parameters for `def` that fit, dropping the ones that do not (restored state is repaired, not thrown away). */
export function repairParams(def: Activation, v: unknown): ParamValues {
  if (!isObj(v)) return {};
  const out: Record<string, number | string> = {};
  for (const spec of def.params) {
    const value = v[spec.name];
    if (value !== undefined && valueFits(spec, value)) out[spec.name] = value;
  }
  try {
    def.resolve(out);
    return out;
  } catch {
    return {};
  }
}
