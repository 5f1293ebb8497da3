// ULP arithmetic for the accuracy tests.
//
// Distances use the ordered integer representation of doubles: the bit pattern read as a signed
// 64-bit integer, with negative doubles mapped to −(bits without the sign), so that consecutive
// doubles are consecutive integers across zero, the subnormals and the binades.
//
// Signed zeros. In that order +0 and −0 are the same integer, so `ulpDistance(0, -0)` is 0 and
// the distance from −5e-324 to +5e-324 is 2. Where the sign of a zero is part of the contract
// (f(−0) = −0 for functions odd through the origin: tanh, erf, gelu, silu, softsign, tanhshrink,
// mish, linear) call `ulpDistance(a, b, { signedZero: true })`: +0 against −0 is then Infinity,
// a failure at any tolerance. Everywhere else the sign of an exact or underflowed zero is a
// convention (PyTorch's relu(−3) is +0; gelu(−40) rounds to −0 but is off from +0 by less than
// 2^-1074), and the fixtures mark the points where it matters with `"signedZero": true`.
//
// NaN: NaN against NaN is 0; NaN against a number is Infinity. ±Infinity are ordered after
// ±MAX_VALUE (one step away), so an overflow to Infinity where MAX_VALUE is expected counts 1.

const view = new DataView(new ArrayBuffer(8));
const SIGN_CLEAR = 0x7fffffffffffffffn;

/** The double's position in the ordered sequence of all doubles (+0 and −0 both 0). */
export function orderedBits(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & SIGN_CLEAR) : bits;
}

export interface UlpOptions {
  /** Count +0 against −0 as a failure (Infinity). Default false: they are equal. */
  readonly signedZero?: boolean;
}

/** Number of doubles between a and b (0 when equal). NaN == NaN; NaN vs a number is Infinity. */
export function ulpDistance(a: number, b: number, options: UlpOptions = {}): number {
  const aNaN = Number.isNaN(a);
  const bNaN = Number.isNaN(b);
  if (aNaN || bNaN) return aNaN && bNaN ? 0 : Infinity;
  if (a === 0 && b === 0) return options.signedZero && !Object.is(a, b) ? Infinity : 0;
  const d = orderedBits(a) - orderedBits(b);
  return Number(d < 0n ? -d : d);
}

/**
 * The spacing of doubles at |x|: 2^(e−52) for |x| in [2^e, 2^(e+1)), and 2^-1074 for subnormals
 * and zero (the spacing they share). ulp(1) = 2^-52. Infinity and NaN give NaN.
 */
export function ulp(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const a = Math.abs(x);
  if (a < 2 ** -1022) return 2 ** -1074;
  view.setFloat64(0, a);
  const biasedExponent = view.getUint16(0) >>> 4; // the top 12 bits are sign (0 here) + exponent
  return 2 ** (biasedExponent - 1075);
}

/** Kind of double, for failure messages. */
export function classify(x: number): 'NaN' | '+Infinity' | '-Infinity' | 'zero' | 'subnormal' | 'normal' {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return 'zero';
  return Math.abs(x) < 2 ** -1022 ? 'subnormal' : 'normal';
}

/** Shortest round-trip text with the sign of zero kept: "-0", "5e-324", "Infinity". */
export function show(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}
