// Closed forms of the Gaussian expectations where they exist and are stable: the identity, the
// exponential, and the two-slope rectifiers (relu, leaky_relu, prelu, rrelu) as long as μ/s ≥ −1
// (further left E[relu] = s·(φ(t) + tΦ(t)) cancels; the quadrature takes over there).
import type { ScalarKernels } from '../types';
import { normalCdf, normalDensity } from './gauss';

export interface GaussianExpectations {
  /** E[f(z)] */
  readonly f: number;
  /** E[f(z)²] */
  readonly f2: number;
  /** E[f′(z)] */
  readonly df: number;
  /** E[f′(z)²] */
  readonly df2: number;
}

const TWO_SLOPE = new Set(['relu', 'leaky_relu', 'prelu', 'rrelu']);

/** f = z for z > 0 and a·z below, a read off the bound kernel (its one source). */
function twoSlope(k: ScalarKernels, mu: number, s: number): GaussianExpectations | undefined {
  const t = mu / s;
  if (!(t >= -1)) return undefined;
  const a = k.df(-1);
  const pPos = normalCdf(t);
  const pNeg = normalCdf(-t);
  const d = s * normalDensity(t);
  const m1Pos = mu * pPos + d;
  const m1Neg = mu * pNeg - d;
  const second = mu * mu + s * s;
  const m2Pos = second * pPos + mu * d;
  const m2Neg = second * pNeg - mu * d;
  return { f: m1Pos + a * m1Neg, f2: m2Pos + a * a * m2Neg, df: pPos + a * pNeg, df2: pPos + a * a * pNeg };
}

/**
 * Var f(z) in closed form where E[f²] − E[f]² would cancel or overflow: the identity (s²) and the
 * exponential (e^(2μ+s²)·(e^(s²) − 1)); undefined for the others.
 */
export function closedVariance(id: string, mu: number, s: number): number | undefined {
  if (id === 'linear') return s * s;
  if (id === 'exponential') return Math.exp(2 * mu + s * s) * Math.expm1(s * s);
  return undefined;
}

/** The closed form for activation `id` at N(mu, s²), or undefined where there is none. */
export function closedForm(id: string, k: ScalarKernels, mu: number, s: number): GaussianExpectations | undefined {
  if (id === 'linear') return { f: mu, f2: mu * mu + s * s, df: 1, df2: 1 };
  if (id === 'exponential') {
    const e1 = Math.exp(mu + 0.5 * s * s);
    const e2 = Math.exp(2 * (mu + s * s));
    return { f: e1, f2: e2, df: e1, df2: e2 };
  }
  return TWO_SLOPE.has(id) ? twoSlope(k, mu, s) : undefined;
}
