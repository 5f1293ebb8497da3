// GELU, exact (x·Φ(x)) and tanh form. In the negative tail both are e^(−big)·(…), and the big exponent's
// rounding error is multiplied into the result: −x/√2 and the tanh form's cubic are carried as
// double-doubles, folded into the exponent, and the result is rounded into the subnormals only once.
import { erfc, erfcDD, erfcTailRS, high20 } from '../numeric/erf';
import { dd, scaledExp, SPLITTER, twoProduct } from '../numeric/float';

/** 1/√2 = S_HI + S_LO */
const S_HI = 0.7071067811865476;
const S_LO = -4.833646656726457e-17;
/** 1/√(2π) */
const INV_SQRT_2PI = 0.3989422804014327;
/** e^0.5625/√(2π): xφ(x) in terms of fdlibm's e^(−z² − 0.5625) */
const K_TAIL = Math.exp(0.5625) * INV_SQRT_2PI;
/** 2√(2/π) = A_HI + A_LO and 2√(2/π)·0.044715 = B_HI + B_LO (the decimal of Hendrycks & Gimpel, not its double). */
const A_HI = 1.5957691216057308;
const A_LO = -9.96930880911092e-17;
const B_HI = 0.07135481627260025;
const B_LO = -6.175149918155315e-19;
/** Veltkamp halves of B_HI, split once here so the product B·x² splits only x². */
const B_H = SPLITTER * B_HI - (SPLITTER * B_HI - B_HI);
const B_L = B_HI - B_H;

/** w = −x/√2 as hi (returned) + lo (in `dd.lo`). */
function negOverSqrt2(x: number): number {
  const h = twoProduct(-x, S_HI);
  dd.lo -= x * S_LO;
  return h;
}

export function gelu(x: number): number {
  if (!(x < 8.5)) return x; // 1 − Φ(8.5) < 2^−56, so x·Φ(x) rounds to x; also +Infinity and NaN
  if (x >= 0) {
    // erfc(w) ∈ [1, 2) here: w's rounding moves it by < 0.7 ULP, no need for the double-double.
    return x < 1e-150 ? 0.5 * x : x * (0.5 * erfc(-x * S_HI));
  }
  if (x < -39.6) return -0; // |x·Φ(x)| < 2^−1075
  if (x > -1e-150) return 0.5 * x;
  const w = negOverSqrt2(x);
  const wl = dd.lo;
  if (w < 1.25) return x * (0.5 * erfcDD(w, wl));
  // x·Φ(x) = x·erfc(W)/2 with W = −x/√2 and erfc(W) = e^(−W² − 0.5625 + R/S)/W, so x/(2W) = −1/√2.
  const z = high20(w);
  const b = (z - w) * (z + w) - 2 * w * wl + erfcTailRS(w);
  return scaledExp(-S_HI * Math.exp(b), -z * z - 0.5625);
}

/** Φ(x) + x·φ(x). */
export function geluDerivative(x: number): number {
  if (!(x < 40)) return x !== x ? x : 1;
  if (x < -39.6) return -0;
  if (Math.abs(x) < 1e-150) return 0.5;
  const w = negOverSqrt2(x);
  const wl = dd.lo;
  if (w < 1.25) {
    const p = twoProduct(x, x);
    const xphi = x * INV_SQRT_2PI * (Math.exp(-0.5 * p) * (1 - 0.5 * dd.lo));
    return 0.5 * erfcDD(w, wl) + xphi;
  }
  const z = high20(w);
  const c = (z - w) * (z + w) - 2 * w * wl; // −W² = −z² + c
  const bracket = (0.5 * Math.exp(erfcTailRS(w))) / w + x * K_TAIL;
  return scaledExp(Math.exp(c) * bracket, -z * z - 0.5625);
}

/**
 * 2u = x·(A + B·x²) as hi (returned) + lo (in `dd.lo`). Four roundings (x², B·x², A + ·, x·(·)), each
 * error recovered exactly (Dekker products, Knuth sum) and gathered in plain doubles: lo is ≤ 2^−43 here,
 * so a few bits of it suffice. e^(2u) amplifies an absolute error of 2u into a relative one, by up to 745.
 */
function tanhArgument2(x: number): number {
  let t = SPLITTER * x;
  const xh = t - (t - x);
  const xl = x - xh;
  const s = x * x;
  const e1 = xh * xh - s + 2 * xh * xl + xl * xl;
  t = SPLITTER * s;
  const sh = t - (t - s);
  const sl = s - sh;
  const q = B_HI * s;
  const e2 = B_H * sh - q + B_H * sl + B_L * sh + B_L * sl;
  const r = A_HI + q;
  const rb = r - A_HI;
  const e3 = A_HI - (r - rb) + (q - rb);
  t = SPLITTER * r;
  const rh = t - (t - r);
  const rl = r - rh;
  const h = x * r;
  const e4 = xh * rh - h + xh * rl + xl * rh + xl * rl;
  dd.lo = e4 + x * (e3 + e2 + B_HI * e1 + B_LO * s + A_LO);
  return h;
}

/** ½x(1 + tanh u) = x·σ(2u). */
export function geluTanh(x: number): number {
  if (!(x < 9)) return x; // e^(−2u) < 2^−90; also +Infinity and NaN
  if (x >= 0) {
    // e^(−2u)/(1 + e^(−2u)) damps u's rounding error (2u·e^(−2u) < 0.37): plain doubles suffice.
    return x / (1 + Math.exp(-x * (A_HI + B_HI * x * x)));
  }
  if (x < -22) return -0; // x·e^(2u) < 2^−1075
  const h = tanhArgument2(x);
  const l = dd.lo;
  if (h < -708) return scaledExp(x * (1 + l), h);
  const e = Math.exp(h) * (1 + l);
  return (x * e) / (1 + e);
}

/** σ(2u)·(1 + x·2u'·(1 − σ(2u))), u' = √(2/π)(1 + 3·0.044715·x²). */
export function geluTanhDerivative(x: number): number {
  if (!(x < 1e6)) return x !== x ? x : 1;
  if (x < -22) return -0;
  const h = tanhArgument2(x);
  const l = dd.lo;
  const m = x * (A_HI + 3 * B_HI * x * x);
  if (h >= 0) {
    const e = Math.exp(-h) * (1 - l);
    const d = 1 + e;
    return (1 + (m * e) / d) / d;
  }
  if (h < -708) return scaledExp((1 + m) * (1 + l), h);
  const e = Math.exp(h) * (1 + l);
  const d = 1 + e;
  return (e / d) * (1 + m / d);
}
