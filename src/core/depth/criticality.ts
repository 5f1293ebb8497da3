// The edge of chaos: the weight variance σw² at which χ = σw²·E[f′²] is 1 at the fixed point q* of
// the variance map q ↦ σw²·E[f²] + σb². With σw² = 1/B(q) (B = E_{N(0,q)}[f′²], A = E[f²]) the
// fixed-point condition becomes one equation in q alone: h(q) = A(q)/B(q) + σb² − q = 0.
import type { Params } from '../types';
import { checkFinite } from './checks';
import { bindActivation, expectationsAt } from './expectations';
import type { BoundActivation } from './expectations';

export interface CriticalPoint {
  /** σw² at which χ(q*) = 1; NaN when there is none (see `reason`). */
  readonly weightVariance: number;
  /** q*, the variance at the fixed point; Infinity when q grows without bound there (ReLU, σb² > 0). */
  readonly fixedPoint: number;
  /** Why weightVariance is NaN, or how it was found when the fixed point is not finite. */
  readonly reason?: string;
}

const Q_ZERO = 1e-30;
const Q_GRID = /* @__PURE__ */ Array.from({ length: 37 }, (_, k) => 10 ** ((k - 12) / 2)); // 1e-6 … 1e12
const Q_MAX = Q_GRID[Q_GRID.length - 1];

/** h(q) = A/B + σb² − q, +∞ where B is 0 and A is not (the critical σw² would be infinite). */
function excess(b: BoundActivation, q: number, bias: number): { h: number; B: number } {
  const e = expectationsAt(b, 0, Math.sqrt(q));
  return { h: e.f2 / e.df2 + bias - q, B: e.df2 };
}

/** The root of h in log q on a bracket with h(lo) > 0 ≥ h(hi): Illinois regula falsi, to the last few bits. */
function solve(b: BoundActivation, lo: number, hi: number, bias: number): number {
  let x0 = Math.log(lo);
  let x1 = Math.log(hi);
  let h0 = excess(b, lo, bias).h;
  let h1 = excess(b, hi, bias).h;
  if (!Number.isFinite(h0)) return bisect(b, lo, hi, bias);
  let side = 0;
  for (let i = 0; i < 100 && Math.abs(x1 - x0) > 1e-15 * Math.max(1, Math.abs(x1)); i++) {
    const x = (x0 * h1 - x1 * h0) / (h1 - h0);
    const h = excess(b, Math.exp(x), bias).h;
    if (h > 0) {
      x0 = x;
      h0 = h;
      if (side === 1) h1 /= 2;
      side = 1;
    } else {
      x1 = x;
      h1 = h;
      if (side === -1) h0 /= 2;
      side = -1;
    }
    if (h === 0) return Math.exp(x);
  }
  return Math.exp(h1 === 0 ? x1 : (x0 + x1) / 2);
}

/** Bisection in log q on a bracket with h(lo) > 0 ≥ h(hi), for brackets where h(lo) is infinite. */
function bisect(b: BoundActivation, lo: number, hi: number, bias: number): number {
  for (let i = 0; i < 200 && hi - lo > 4e-16 * hi; i++) {
    const mid = Math.sqrt(lo * hi);
    const m = mid > lo && mid < hi ? mid : (lo + hi) / 2;
    if (excess(b, m, bias).h > 0) lo = m;
    else hi = m;
  }
  return (lo + hi) / 2;
}

function atFixedPoint(b: BoundActivation, q: number): CriticalPoint {
  const B = expectationsAt(b, 0, Math.sqrt(q)).df2;
  if (!(B > 0)) return { weightVariance: NaN, fixedPoint: q, reason: 'the derivative is zero almost everywhere at the fixed point' };
  return { weightVariance: 1 / B, fixedPoint: q };
}

/** No finite root: the answer is the limit of 1/B(q) as q → ∞ if B settles (ReLU, leaky ReLU). */
function atInfinity(b: BoundActivation): CriticalPoint {
  const far = expectationsAt(b, 0, Math.sqrt(Q_MAX)).df2;
  const near = expectationsAt(b, 0, Math.sqrt(Q_MAX / 100)).df2;
  if (far > 0 && Math.abs(far - near) <= 1e-9 * far) {
    return { weightVariance: 1 / far, fixedPoint: Infinity, reason: 'no finite fixed point: q grows without bound, and χ = σw²·E[f′²] no longer depends on q' };
  }
  return { weightVariance: NaN, fixedPoint: NaN, reason: `the variance map has no fixed point with q ≤ ${Q_MAX} at which χ can be 1` };
}

/** The critical point of a bound activation at bias variance `bias` (no checking). */
export function criticalPointOf(b: BoundActivation, bias: number): CriticalPoint {
  const B0 = expectationsAt(b, 0, Math.sqrt(Q_ZERO)).df2;
  if (bias === 0 && b.kernels.f(0) === 0 && B0 > 0) return { weightVariance: 1 / B0, fixedPoint: 0 };
  let lo = Q_ZERO;
  for (const q of Q_GRID) {
    const h = excess(b, q, bias).h;
    if (h <= 0) return atFixedPoint(b, h === 0 ? q : solve(b, lo, q, bias));
    if (h > 0) lo = q;
  }
  return atInfinity(b);
}

/**
 * The critical point (edge of chaos) of activation `id` with `params` at bias variance σb²: the
 * σw² where the gradient growth factor χ is 1 at the smallest fixed point q* of the variance map,
 * with q* and, when σw² is NaN, the reason. At σb² = 0, q* = 0 for activations with f(0) = 0.
 */
export function criticalPoint(id: string, params: Params | undefined, biasVariance: number): CriticalPoint {
  const b = bindActivation(id, params);
  return criticalPointOf(b, checkFinite('edgeOfChaos', 'biasVariance', biasVariance, true));
}

/**
 * σw² at the edge of chaos (χ = 1 at the fixed point q*) for activation `id`, `params` and bias
 * variance σb²: ReLU 2 for any σb², tanh 1 at σb² = 0. NaN where there is none (all-dead
 * derivative, or no fixed point with q ≤ 1e12 and χ still depending on q); `criticalPoint` says why.
 */
export function edgeOfChaos(id: string, params: Params | undefined, biasVariance: number): number {
  return criticalPoint(id, params, biasVariance).weightVariance;
}
