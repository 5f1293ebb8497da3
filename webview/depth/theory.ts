// The Depth tab's theory numbers, with no DOM: the mean-field q and χ per layer from the core, the gradient
// each layer receives relative to the output's, the order/chaos verdict and the critical line. Everything
// numeric comes from src/core/depth; this file only arranges it. Unit-tested in plain Node.
import { activation, edgeOfChaos, signalPropagation, throughActivation, weightVarianceOf } from '../../src/core';
import type { DepthState, InitName, PlottedFunction } from '../../src/protocol';

/** The σw² a choice of initialisation means for a square layer (fan-in = fan-out), from the core's one table;
 *  'custom' and orthogonal (gain²) keep the slider's value. */
export function initWeightVariance(init: InitName, current: number): number {
  return weightVarianceOf(init, 1, 1, current);
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

const throughCache = new Map<string, ReturnType<typeof throughActivation>>();

/** throughActivation for the input N(b, m²), memoised: it moves only with m and b. */
export function firstLayer(fn: PlottedFunction, s: DepthState): ReturnType<typeof throughActivation> {
  const key = `${fn.id}:${JSON.stringify(fn.params)}:${s.transform.m}:${s.transform.b}`;
  let hit = throughCache.get(key);
  if (!hit) {
    hit = throughActivation(fn.id, fn.params, { mean: s.transform.b, std: Math.abs(s.transform.m) });
    if (throughCache.size > 256) throughCache.clear();
    throughCache.set(key, hit);
  }
  return hit;
}

/**
 * Theory for one activation under the state's network. `critical` is the edge-of-chaos σw² at the state's σb²
 * when the worker has found it (root finding takes tens of ms per point); until then the verdict comes from χ
 * at the last layer, which tends to χ(q*).
 */
export function theoryFor(fn: PlottedFunction, s: DepthState, critical = NaN): TheoryCurve {
  const weightVariance = initWeightVariance(s.init, s.weightVariance);
  const { q, chi } = signalPropagation(fn.id, fn.params, {
    weightVariance, biasVariance: s.biasVariance, inputVariance: inputVariance(s), depth: s.depth,
  });
  return {
    id: fn.id,
    name: displayName(fn.id),
    q,
    chi,
    gradient: relativeGradient(chi),
    critical,
    phase: phaseOf(weightVariance, critical, chi[chi.length - 1] ?? 1),
    first: firstLayer(fn, s),
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
