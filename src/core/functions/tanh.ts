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

/** tanh(x) = x/(1 + y) for |x| < 2, with y from tanhshrink's continued fraction: accurate to ~1 ULP. */
function tanhRatio(s: number): number {
  return s / (3 + s / k3(s));
}

/** LiSHT x·tanh(x) (Roy et al. 2019): even, ≈ x² near 0, ≈ |x| far out; x²/(1 + y) below |x| = 2. */
export function lisht(x: number): number {
  const ax = Math.abs(x);
  if (ax >= 2 || x !== x) return ax === Infinity ? Infinity : x * Math.tanh(x);
  const p = twoProduct(x, x);
  const pl = dd.lo;
  return (p + pl) / (1 + tanhRatio(p));
}

/** tanh(x) + x·sech²(x): both terms share the sign of x, so nothing cancels. */
export function lishtDerivative(x: number): number {
  if (x === Infinity || x === -Infinity) return x > 0 ? 1 : -1;
  return Math.tanh(x) + x * tanhDerivative(x);
}

// ln 2 split (fdlibm): LN2_HI has 32 significant bits, so |x| − LN2_HI is exact for |x| < 2^20.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** Taylor coefficients of log cosh x in x² (x², x⁴, …, x⁵⁴), from mpmath; the tail at |x| = 0.7 is < 2^−60 relative. */
const LOGCOSH_SERIES = [
  0.5, -0.08333333333333333, 0.022222222222222223, -0.006746031746031746, 0.0021869488536155205,
  -0.0007386029608251831, 0.0002565805740408915, -9.09896491907074e-05, 3.277930227475478e-05,
  -1.1956455712177625e-05, 4.405244525877023e-06, -1.6365968284715348e-06, 6.122655795895756e-07,
  -2.3041747198769394e-07, 8.715903837635848e-08, -3.3116463500327045e-08, 1.2632091406687664e-08,
  -4.835171934325458e-09, 1.8564834069476232e-09, -7.147841655763135e-10, 2.758962960190203e-10,
  -1.0673398632342959e-10, 4.137688769415817e-11, -1.6070695073664715e-11, 6.252679091784174e-12,
  -2.4366494096741157e-12, 9.509613718591421e-13,
];

/**
 * log(cosh x) without overflow or cancellation: its Taylor series in x² (x² carried exactly) below |x| = 0.7,
 * |x| − ln 2 + log1p(e^(−2|x|)) from there (both terms ≥ 0 past ln 2), where cosh overflows past 710.
 */
export function logcosh(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.7) {
    const p = twoProduct(ax, ax);
    const pl = dd.lo;
    let c = LOGCOSH_SERIES[LOGCOSH_SERIES.length - 1];
    for (let i = LOGCOSH_SERIES.length - 2; i >= 1; i--) c = c * p + LOGCOSH_SERIES[i];
    return p * (0.5 + c * p) + 0.5 * pl;
  }
  if (ax === Infinity) return Infinity;
  if (ax > 40) return ax - LN2_HI - LN2_LO; // e^(−2|x|) < 2^−115
  return ax - LN2_HI + (Math.log1p(Math.exp(-2 * ax)) - LN2_LO);
}

export const logcoshDerivative = Math.tanh;
