// tanh and its relatives: tanhshrink, softsign, squareplus.
import { dd, scaledExp, twoProduct, twoSum } from '../numeric/float';

export const tanh = Math.tanh;

/** sech²(x): 1 − t² near 0, 4u/(1+u)² with u = e^(−2|x|) elsewhere (1 − t² cancels there). */
export function tanhDerivative(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.5) {
    const t = Math.tanh(x);
    return 1 - t * t;
  }
  if (ax > 354) return scaledExp(4, -2 * ax);
  const u = Math.exp(-2 * ax);
  const d = 1 + u;
  return (4 * u) / (d * d);
}

/**
 * x − tanh(x). Near 0 the difference cancels (x³/3), so for |x| < 2 it is x·y/(1 + y) with
 * y = x²/(3 + x²/(5 + x²/(7 + …))), Lambert's continued fraction for x/tanh(x) − 1, evaluated
 * bottom-up (all terms positive, so errors do not grow).
 */
export function tanhshrink(x: number): number {
  const ax = Math.abs(x);
  if (ax >= 2 || x !== x) return x - Math.tanh(x);
  if (ax < 1e-9) return (x * x * x) / 3; // keeps −0, subnormals go to 0 as x³/3 does
  const s = x * x;
  const y = s / (3 + s / k3(s));
  return (x * y) / (1 + y);
}

/** 5 + x²/(7 + x²/(9 + …)), the continued fraction below the first level. */
function k3(s: number): number {
  let k = 31;
  for (let i = 15; i >= 3; i--) k = 2 * i - 1 + s / k;
  return k;
}

export function tanhshrinkDerivative(x: number): number {
  const t = Math.tanh(x);
  return t * t;
}

export function softsign(x: number): number {
  if (x === Infinity || x === -Infinity) return x > 0 ? 1 : -1;
  return x / (1 + Math.abs(x));
}

export function softsignDerivative(x: number): number {
  const d = 1 + Math.abs(x);
  return 1 / d / d; // not 1/(d·d): d² overflows while the result is still a subnormal
}

/** √(x² + b) as hi (returned) + lo (in `dd.lo`), one Newton step on the double-double x² + b. */
function rootDD(x: number, b: number): number {
  const ax = Math.abs(x);
  if (ax > 1e150) {
    dd.lo = 0;
    return ax;
  }
  const p = twoProduct(x, x);
  const pl = dd.lo;
  const S = twoSum(p, b);
  const Sl = dd.lo + pl;
  const r = Math.sqrt(S);
  if (r === 0) {
    dd.lo = 0;
    return 0;
  }
  const r2 = twoProduct(r, r);
  dd.lo = (S - r2 - dd.lo + Sl) / (2 * r);
  return r;
}

/** (x + √(x² + b))/2; the negative side as b/(2(√(x²+b) − x)) so it does not cancel. */
export function squareplus(x: number, b: number): number {
  const s = rootDD(x, b);
  const sl = dd.lo;
  if (x >= 0) return x === Infinity ? x : x / 2 + (s / 2 + sl / 2);
  if (x === -Infinity) return 0;
  const d = twoSum(s, -x);
  const dl = dd.lo + sl;
  return (b / (2 * d)) * (1 - dl / d);
}

export function squareplusDerivative(x: number, b: number): number {
  const s = rootDD(x, b);
  const sl = dd.lo;
  if (s === 0) return 0.5; // b = 0 at x = 0: the two one-sided slopes of relu, averaged
  if (x >= 0) return x === Infinity ? 1 : (1 + x / s) / 2;
  if (x === -Infinity) return 0;
  const d = twoSum(s, -x);
  const dl = dd.lo + sl;
  return (b / (2 * s) / d) * (1 - sl / s - dl / d);
}
