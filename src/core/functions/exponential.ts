// The ELU family (elu, celu, selu) and the plain ones: exponential, linear, erf.
import { erf } from '../numeric/erf';
import { TWO_OVER_SQRT_PI } from '../numeric/erf';
import { dd, scaledExp, twoProduct, twoQuotient } from '../numeric/float';

/** α(e^x − 1) for x ≤ 0: expm1 keeps the digits near 0. */
export function elu(x: number, alpha: number): number {
  return x > 0 ? x : alpha * Math.expm1(x);
}
/** PyTorch uses α·e^x for x ≤ 0, so elu'(0) = α. */
export function eluDerivative(x: number, alpha: number): number {
  return x > 0 ? 1 : alpha * Math.exp(x);
}

/** x/α as hi (returned) + lo (in `dd.lo`): e^(x/α) amplifies the rounding of x/α by |x/α|. */
function over(x: number, alpha: number): number {
  const q = x / alpha;
  if (alpha === 1 || !(Math.abs(q) < 1e4)) {
    dd.lo = 0;
    return q;
  }
  return twoQuotient(x, alpha);
}

export function celu(x: number, alpha: number): number {
  if (!(x <= 0)) return x;
  const q = over(x, alpha);
  const ql = dd.lo;
  return alpha * (Math.expm1(q) + Math.exp(q) * ql);
}
export function celuDerivative(x: number, alpha: number): number {
  if (x > 0) return 1;
  const q = over(x, alpha);
  return Math.exp(q) * (1 + dd.lo);
}

// λ = 1.0507009873554804934193349852946 and α = 1.6732632423543772848170429916717 (Klambauer et al.), as doubles.
export const SELU_SCALE = 1.0507009873554805;
export const SELU_ALPHA = 1.6732632423543772;
/** scale·alpha as a double-double (the product of the two doubles PyTorch uses). */
const SA_HI = twoProduct(SELU_SCALE, SELU_ALPHA);
const SA_LO = dd.lo;

export function selu(x: number): number {
  if (!(x <= 0)) return SELU_SCALE * x;
  const m = Math.expm1(x);
  return SA_HI * m + SA_LO * m;
}
export function seluDerivative(x: number): number {
  if (!(x <= 0)) return x !== x ? x : SELU_SCALE;
  const e = Math.exp(x);
  return SA_HI * e + SA_LO * e;
}

export const exponential = Math.exp;

export function identity(x: number): number {
  return x;
}
export function one(x: number): number {
  return x !== x ? x : 1;
}

export { erf };

/** (2/√π)·e^(−x²), with x² carried as a double-double. */
export function erfDerivative(x: number): number {
  const ax = Math.abs(x);
  if (ax > 27.3) return x !== x ? x : 0;
  const p = twoProduct(ax, ax);
  return scaledExp(TWO_OVER_SQRT_PI * (1 - dd.lo), -p);
}
