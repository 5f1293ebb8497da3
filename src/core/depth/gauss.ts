// The standard normal density and probabilities, accurate in both tails (through erfc).
import { erfc } from '../numeric/erf';

/** 1/√(2π) */
export const INV_SQRT_2PI = 0.3989422804014327;

export function normalDensity(t: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * t * t);
}

/** Φ(t) = P(u ≤ t) for a standard normal u. */
export function normalCdf(t: number): number {
  return 0.5 * erfc(-t * Math.SQRT1_2);
}

/** P(ta < u < tb) for a standard normal u, without cancellation in either tail. */
export function normalInterval(ta: number, tb: number): number {
  if (!(tb > ta)) return 0;
  if (ta >= 0) return 0.5 * (erfc(ta * Math.SQRT1_2) - erfc(tb * Math.SQRT1_2));
  if (tb <= 0) return 0.5 * (erfc(-tb * Math.SQRT1_2) - erfc(-ta * Math.SQRT1_2));
  return 1 - normalCdf(ta) - 0.5 * erfc(tb * Math.SQRT1_2);
}
