// transformers' Laplace activation (MEGA): Φ((x − μ)/σ) = ½·erfc(w), w = (μ − x)/(σ√2). Its left tail is
// e^(−w²)-small, so w carries its rounding (x − μ, the division, σ√2) as a double-double into erfc and exp,
// as GELU does.
import { erfc, erfcDD } from '../numeric/erf';
import { dd, scaledExp, twoProduct, twoSum } from '../numeric/float';

/** √2 = R_HI + R_LO */
const R_HI = 1.4142135623730951;
const R_LO = -9.667293313452913e-17;
/** 1/√(2π) */
const INV_SQRT_2PI = 0.3989422804014327;

/** w = (μ − x)/(σ√2) as hi (returned) + lo (in `dd.lo`); |w| > 40 returns a plain double (the tails are 0 or 1). */
function standardized(x: number, mu: number, sigma: number): number {
  const dh = twoSum(mu, -x);
  const dl = dd.lo;
  const ch = twoProduct(sigma, R_HI);
  const cl = dd.lo + sigma * R_LO;
  const q = dh / ch;
  if (!(Math.abs(q) <= 40)) {
    dd.lo = 0;
    return q;
  }
  const p = twoProduct(q, ch);
  dd.lo = (dh - p - dd.lo + dl - q * cl) / ch;
  return q;
}

export function laplace(x: number, mu: number, sigma: number): number {
  if (x !== x) return x;
  const w = standardized(x, mu, sigma);
  const wl = dd.lo;
  if (w > 40) return 0;
  if (w < -40) return 1;
  return w > 0 ? 0.5 * erfcDD(w, wl) : 0.5 * erfc(w);
}

/** φ(w√2)/σ = e^(−w²)/(σ√(2π)), w² carried as a double-double with w's low part folded in. */
export function laplaceDerivative(x: number, mu: number, sigma: number): number {
  if (x !== x) return x;
  const w = standardized(x, mu, sigma);
  const wl = dd.lo;
  if (!(Math.abs(w) <= 40)) return 0;
  const p = twoProduct(w, w);
  return scaledExp((INV_SQRT_2PI / sigma) * (1 - dd.lo - 2 * w * wl), -p);
}
