// GELU, exact (x·Φ(x)) and tanh form. In the negative tail both are e^(−big)·(…), and the big exponent's
// rounding error is multiplied into the result: −x/√2 and the tanh form's cubic are carried as
// double-doubles, folded into the exponent, and the result is rounded into the subnormals only once.
import { erfc, erfcDD, erfcTailRS, high20 } from '../numeric/erf';
import { dd, scaledExp, twoProduct, twoSum } from '../numeric/float';

/** 1/√2 = S_HI + S_LO */
const S_HI = 0.7071067811865476;
const S_LO = -4.833646656726457e-17;
/** 1/√(2π) */
const INV_SQRT_2PI = 0.3989422804014327;
/** e^0.5625/√(2π): xφ(x) in terms of fdlibm's e^(−z² − 0.5625) */
const K_TAIL = Math.exp(0.5625) * INV_SQRT_2PI;
/** √(2/π) = C1_HI + C1_LO; 0.044715 = C2_HI + C2_LO (the decimal in Hendrycks & Gimpel, not its double). */
const C1_HI = 0.7978845608028654;
const C1_LO = -4.98465440455546e-17;
const C2_HI = 0.044715;
const C2_LO = 2.1960211427085595e-18;

/** w = −x/√2 as hi (returned) + lo (in wLo). */
let wLo = 0;
function negOverSqrt2(x: number): number {
  const h = twoProduct(-x, S_HI);
  wLo = dd.lo - x * S_LO;
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
  if (w < 1.25) return x * (0.5 * erfcDD(w, wLo));
  // x·Φ(x) = x·erfc(W)/2 with W = −x/√2 and erfc(W) = e^(−W² − 0.5625 + R/S)/W, so x/(2W) = −1/√2.
  const z = high20(w);
  const b = (z - w) * (z + w) - 2 * w * wLo + erfcTailRS(w);
  return scaledExp(-S_HI * Math.exp(b), -z * z - 0.5625);
}

/** Φ(x) + x·φ(x). */
export function geluDerivative(x: number): number {
  if (!(x < 40)) return x !== x ? x : 1;
  if (x < -39.6) return -0;
  if (Math.abs(x) < 1e-150) return 0.5;
  const w = negOverSqrt2(x);
  if (w < 1.25) {
    const p = twoProduct(x, x);
    const xphi = x * INV_SQRT_2PI * (Math.exp(-0.5 * p) * (1 - 0.5 * dd.lo));
    return 0.5 * erfcDD(w, wLo) + xphi;
  }
  const z = high20(w);
  const c = (z - w) * (z + w) - 2 * w * wLo; // −W² = −z² + c
  const bracket = (0.5 * Math.exp(erfcTailRS(w))) / w + x * K_TAIL;
  return scaledExp(Math.exp(c) * bracket, -z * z - 0.5625);
}

/** 2u = 2·√(2/π)·(x + 0.044715·x³) as hi (returned) + lo (in uLo). */
let uLo = 0;
function tanhArgument2(x: number): number {
  const p = twoProduct(x, x);
  const pl = dd.lo;
  const qh = twoProduct(C2_HI, p);
  const ql = dd.lo + C2_HI * pl + C2_LO * p;
  const rh = twoSum(1, qh);
  const rl = dd.lo + ql;
  const sh = twoProduct(x, rh);
  const sl = dd.lo + x * rl;
  const uh = twoProduct(C1_HI, sh);
  const ul = dd.lo + C1_HI * sl + C1_LO * sh;
  const t = uh + ul;
  uLo = 2 * (ul - (t - uh));
  return 2 * t;
}

/** ½x(1 + tanh u) = x·σ(2u). */
export function geluTanh(x: number): number {
  if (!(x < 9)) return x; // e^(−2u) < 2^−90; also +Infinity and NaN
  if (x >= 0) {
    // e^(−2u)/(1 + e^(−2u)) damps u's rounding error (2u·e^(−2u) < 0.37): plain doubles suffice.
    return x / (1 + Math.exp(-2 * C1_HI * (x + C2_HI * x * x * x)));
  }
  if (x < -22) return -0; // x·e^(2u) < 2^−1075
  const h = tanhArgument2(x);
  const l = uLo;
  if (h < -708) return scaledExp(x * (1 + l), h);
  const e = Math.exp(h) * (1 + l);
  return (x * e) / (1 + e);
}

/** σ(2u)·(1 + x·2u'·(1 − σ(2u))), u' = √(2/π)(1 + 3·0.044715·x²). */
export function geluTanhDerivative(x: number): number {
  if (!(x < 1e6)) return x !== x ? x : 1;
  if (x < -22) return -0;
  const h = tanhArgument2(x);
  const l = uLo;
  const m = 2 * C1_HI * x * (1 + 3 * C2_HI * x * x);
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
