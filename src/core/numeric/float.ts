// Error-free transformations and scaled exponentials: the pieces that let a function carry an argument's
// rounding error (x/√2, β·x, the tanh-GELU cubic) into exp/erfc instead of losing it.

/** Veltkamp splitter 2^27 + 1: splits a double into two 26-bit halves whose products are exact. */
export const SPLITTER = 134217729;

/**
 * The one slot for a second return value. Every function in the numeric kernels that returns a
 * double-double (hi + lo) returns hi and leaves lo here: `const h = twoProduct(a, b); const l = dd.lo;`.
 * Read it on the next line, before any other kernel call overwrites it. (A returned pair would allocate
 * in the hottest loops; module-level variables, one per function, hid the same contract six times.)
 */
export const dd = { lo: 0 };

/** hi + lo = a + b exactly (Knuth). Returns hi; lo is left in `dd.lo`. */

export function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  dd.lo = a - (s - bb) + (b - bb);
  return s;
}

/** hi + lo = a · b exactly (Dekker), for |a|, |b| < 6.7e299 (past that the split overflows). Returns hi; lo is in `dd.lo`. */
export function twoProduct(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  dd.lo = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** hi + lo ≈ a / b to about 2^-104 relative: the remainder a − q·b is exact. Returns hi; lo in `dd.lo`. */
export function twoQuotient(a: number, b: number): number {
  const q = a / b;
  const ph = twoProduct(q, b);
  const r = a - ph - dd.lo;
  dd.lo = r / b;
  return q;
}

/** a/d + c rounded once (to nearest), for the piecewise-linear functions that must be exact. */
export function divAddExact(a: number, d: number, c: number): number {
  const q = twoQuotient(a, d);
  const ql = dd.lo;
  const s = twoSum(q, c);
  return s + (dd.lo + ql);
}

/** m·a + c rounded once (to nearest) for moderate |m·a|. */
export function mulAddExact(m: number, a: number, c: number): number {
  const p = twoProduct(m, a);
  const pl = dd.lo;
  const s = twoSum(p, c);
  return s + (dd.lo + pl);
}

// fdlibm's split of ln 2: LN2_HI has 32 significant bits, so 64·LN2_HI added to any a in [−1100, −700] is exact.
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SHIFT_HI = 64 * LN2_HI;
const SHIFT_LO = 64 * LN2_LO;
const SHIFT_LO_TERM = SHIFT_LO + 0.5 * SHIFT_LO * SHIFT_LO;
const TWO_M64 = 2 ** -64;

/**
 * k·e^a with a single rounding into the subnormal range. `Math.exp(a)` alone rounds to a subnormal
 * before the multiply, and k then scales that absolute error (×20 for gelu(−38)); instead e^a is
 * computed as e^(a + 64 ln 2)·2^−64 with the shift split so that it adds exactly, and only the final
 * multiply by 2^−64 rounds into the subnormals.
 */
export function scaledExp(k: number, a: number): number {
  if (a >= -708) return k * Math.exp(a);
  return k * (Math.exp(a + SHIFT_HI) * (1 + SHIFT_LO_TERM)) * TWO_M64;
}
