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

// Klambauer et al.'s λ = 1.0507009873554804934193349852946 and α = 1.6732632423543772848170429916717 (the
// decimals PyTorch writes), and λα, each as a double-double of the decimal, so that selu(−∞) = −λα and λ·x
// round once from the constants themselves rather than from their doubles' product (1 ULP apart at −∞).
export const SELU_SCALE = 1.0507009873554805;
const SCALE_LO = 3.9874847667154144e-17;
export const SELU_ALPHA = 1.6732632423543772;
const SA_HI = 1.7580993408473768;
const SA_LO = 1.41535193800845e-17;

export function selu(x: number): number {
  if (!(x <= 0)) return SELU_SCALE * x + SCALE_LO * x;
  const m = Math.expm1(x);
  return SA_HI * m + SA_LO * m;
}
export function seluDerivative(x: number): number {
  if (!(x <= 0)) return x !== x ? x : SELU_SCALE;
  const e = Math.exp(x);
  return SA_HI * e + SA_LO * e;
}

/** expm1(x) − x = x²/2! + x³/3! + … for −1 < x ≤ 0, by Horner (the direct difference cancels). */
function expm1MinusX(x: number): number {
  if (x <= -1) return Math.expm1(x) - x;
  let s = 1 / 6402373705728000; // 1/18!
  for (let n = 17; n >= 2; n--) s = s * x + INV_FACT[n];
  return s * x * x;
}
const INV_FACT = Array.from({ length: 18 }, (_, n) => {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return 1 / f;
});

/**
 * xIELU (transformers' XIELUActivation, Huang et al. 2024) at given α_p, α_n, β, ε:
 * α_p·x² + β·x for x > 0, α_n·(expm1(min(x, ε)) − x) + β·x otherwise.
 */
export function xielu(x: number, ap: number, an: number, beta: number, eps: number): number {
  if (x > 0) return x === Infinity ? x : x * (ap * x + beta);
  if (x !== x) return x;
  if (x === -Infinity) return beta > an ? -Infinity : beta < an ? Infinity : -an;
  if (x <= eps) return an * expm1MinusX(x) + beta * x;
  return an * (Math.expm1(eps) - x) + beta * x;
}
/** PyTorch's autograd: torch.where picks the second branch at 0, and torch.min splits the gradient at a tie. */
export function xieluDerivative(x: number, ap: number, an: number, beta: number, eps: number): number {
  if (x > 0) return x === Infinity ? (ap > 0 ? x : beta) : 2 * ap * x + beta;
  if (x !== x) return x;
  if (x < eps) return an * Math.expm1(x) + beta;
  if (x === eps) return an * (0.5 * Math.exp(x) - 1) + beta;
  return beta - an;
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
