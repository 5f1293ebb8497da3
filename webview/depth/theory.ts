// The Depth tab's theory numbers, with no DOM: the mean-field q and χ per layer from the core, the gradient
// each layer receives relative to the output's, the order/chaos verdict and the critical line. Everything
// numeric comes from src/core/depth; this file only arranges it. Unit-tested in plain Node.
import { activation, edgeOfChaos, signalPropagation, throughActivation } from '../../src/core';
import type { DepthState, InitName, PlottedFunction } from '../../src/protocol';

/** σw² of each named initialisation for a square layer of width N (fan-in = fan-out = N). */
export const INIT_WEIGHT_VARIANCE: Readonly<Record<Exclude<InitName, 'custom'>, number>> = {
  // Glorot & Bengio 2010: Var(W) = 2 / (N_in + N_out) = 1/N → σw² = 1 (both forms)
  xavier_normal: 1,
  xavier_uniform: 1,
  // He et al. 2015, fan-in: Var(W) = 2 / N_in → σw² = 2
  he: 2,
  // LeCun: Var(W) = 1 / N_in → σw² = 1
  lecun: 1,
  // Saxe et al. 2014: W = gain·Q; σw² = gain², gain 1 by default
  orthogonal: 1,
};

/** The σw² a choice of initialisation means (the slider's value when it is 'custom' or orthogonal's gain²). */
export function initWeightVariance(init: InitName, current: number): number {
  return init === 'custom' || init === 'orthogonal' ? current : INIT_WEIGHT_VARIANCE[init];
}

export type Phase = 'ordered' | 'critical' | 'chaotic';

export interface TheoryCurve {
  readonly id: string;
  readonly name: string;
  /** q[l], l = 0…depth: pre-activation variance per layer */
  readonly q: readonly number[];
  /** χ[l], l = 0…depth−1: gradient growth factor per layer */
  readonly chi: readonly number[];
  /** gradient norm reaching layer l relative to the output's: √(∏_{k ≥ l} χ_k), l = 0…depth (1 at the output) */
  readonly gradient: readonly number[];
  /** critical σw² at the state's σb² (NaN when the core finds none) */
  readonly critical: number;
  readonly phase: Phase;
  /** the first layer's input N(b, m²) through f: the seed's x = m·x′ + b */
  readonly first: ReturnType<typeof throughActivation>;
}

/** q⁰: the second moment of the input x = m·x′ + b, x′ ∼ N(0, 1), which is what the recursion carries. */
export function inputVariance(s: DepthState): number {
  return s.transform.m * s.transform.m + s.transform.b * s.transform.b;
}

/** √(∏_{k ≥ l} χ_k) for every l, computed in logs (a product of 100 small factors underflows). */
export function relativeGradient(chi: readonly number[]): number[] {
  const out = new Array<number>(chi.length + 1);
  let log = 0;
  out[chi.length] = 1;
  for (let l = chi.length - 1; l >= 0; l--) {
    log += Math.log(chi[l]);
    out[l] = Math.exp(log / 2);
  }
  return out;
}

/** Which side of the edge of chaos σw² is on, with a relative tolerance of 1 % around the critical value. */
export function phaseOf(weightVariance: number, critical: number, lastChi: number): Phase {
  if (Number.isFinite(critical) && critical > 0) {
    const r = weightVariance / critical;
    return r < 0.99 ? 'ordered' : r > 1.01 ? 'chaotic' : 'critical';
  }
  return lastChi < 0.99 ? 'ordered' : lastChi > 1.01 ? 'chaotic' : 'critical';
}

export function displayName(id: string): string {
  return activation(id)?.name ?? id;
}

/** Theory for one activation under the state's network. */
export function theoryFor(fn: PlottedFunction, s: DepthState): TheoryCurve {
  const weightVariance = initWeightVariance(s.init, s.weightVariance);
  const { q, chi } = signalPropagation(fn.id, fn.params, {
    weightVariance, biasVariance: s.biasVariance, inputVariance: inputVariance(s), depth: s.depth,
  });
  const critical = criticalWeightVariance(fn, s.biasVariance);
  return {
    id: fn.id,
    name: displayName(fn.id),
    q,
    chi,
    gradient: relativeGradient(chi),
    critical,
    phase: phaseOf(weightVariance, critical, chi[chi.length - 1] ?? 1),
    first: throughActivation(fn.id, fn.params, { mean: s.transform.b, std: Math.abs(s.transform.m) }),
  };
}

const criticalCache = new Map<string, number>();

/**
 * edgeOfChaos, with "none" (a throw or a non-finite answer) as NaN. Memoised: the critical σw² depends only on
 * the activation and σb², not on the sliders that move most (σw², depth, m, b).
 */
export function criticalWeightVariance(fn: PlottedFunction, biasVariance: number): number {
  const key = `${fn.id}:${JSON.stringify(fn.params)}:${biasVariance}`;
  const hit = criticalCache.get(key);
  if (hit !== undefined) return hit;
  let v: number;
  try {
    const r = edgeOfChaos(fn.id, fn.params, biasVariance);
    v = typeof r === 'number' && Number.isFinite(r) ? r : NaN;
  } catch {
    v = NaN;
  }
  if (criticalCache.size > 512) criticalCache.clear();
  criticalCache.set(key, v);
  return v;
}

/** σb² grid of the phase diagram. */
export const PHASE_BIAS_GRID: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 10);

/** The critical line σw²(σb²) of one activation over PHASE_BIAS_GRID (NaN where there is none). */
export function criticalLine(fn: PlottedFunction): { x: number; y: number }[] {
  return PHASE_BIAS_GRID.map((b) => ({ x: b, y: criticalWeightVariance(fn, b) }));
}
