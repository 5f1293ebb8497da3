// Seeded randomness for the simulations: xoshiro128** (Blackman & Vigna) seeded through splitmix32,
// uniform doubles with 53 random bits, and standard normals by the Marsaglia–Tsang ziggurat (with
// the layer index and the sample drawn from separate words, which avoids the correlation Doornik
// (2005) found in the original). Same seed, same numbers, in Node and in a Web Worker alike.

/** A 32-bit seed from a seed and labels (a layer index, a purpose): streams that do not overlap. */
export function deriveSeed(seed: number, ...labels: number[]): number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  for (const l of labels) {
    h = Math.imul(h ^ (l >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

const ZIG_LAYERS = 128;
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
/** The ziggurat's tables (Marsaglia & Tsang 2000): layer edges kn, widths wn, densities fn. */
function ziggurat(): { KN: Uint32Array; WN: Float64Array; FN: Float64Array } {
  const KN = new Uint32Array(ZIG_LAYERS);
  const WN = new Float64Array(ZIG_LAYERS);
  const FN = new Float64Array(ZIG_LAYERS);
  const m = 2 ** 31;
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * m);
  KN[1] = 0;
  WN[0] = q / m;
  WN[ZIG_LAYERS - 1] = dn / m;
  FN[0] = 1;
  FN[ZIG_LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = ZIG_LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * m);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m;
  }
  return { KN, WN, FN };
}
/** The ziggurat's tables, shared with the WebAssembly fills (kernels.wat), which must draw the same numbers. */
export const ZIGGURAT = /* @__PURE__ */ ziggurat();

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() | 1; // never the all-zero state
  }

  /** 32 random bits as an unsigned integer. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number {
    return ((this.uint32() >>> 5) * 67108864 + (this.uint32() >>> 6)) / 9007199254740992;
  }

  /** Uniform in (0, 1]: safe under a logarithm. */
  private open(): number {
    return 1 - this.uniform();
  }

  /** A standard normal. */
  normal(): number {
    const { KN, WN, FN } = ZIGGURAT;
    for (;;) {
      const iz = this.uint32() & (ZIG_LAYERS - 1);
      const hz = this.uint32() | 0;
      const mag = hz < 0 ? -hz : hz;
      if (mag < KN[iz]) return hz * WN[iz];
      const x = hz * WN[iz];
      if (iz === 0) return this.tail(hz > 0);
      if (FN[iz] + this.uniform() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) return x;
    }
  }

  /** The base strip's tail beyond R (Marsaglia's method). */
  private tail(positive: boolean): number {
    for (;;) {
      const x = -Math.log(this.open()) / ZIG_R;
      const y = -Math.log(this.open());
      if (y + y >= x * x) return positive ? ZIG_R + x : -ZIG_R - x;
    }
  }

  /** Fills `out` with N(mean, std²) samples. */
  fillNormal(out: Float32Array | Float64Array, mean = 0, std = 1): void {
    for (let i = 0; i < out.length; i++) out[i] = mean + std * this.normal();
  }

  /** Fills `out` with U(−limit, limit) samples. */
  fillUniform(out: Float32Array | Float64Array, limit: number): void {
    for (let i = 0; i < out.length; i++) out[i] = (2 * this.uniform() - 1) * limit;
  }

  /** The state's four words into `into[0 … 4)`, for a fill elsewhere that continues this stream. */
  saveState(into: Int32Array): void {
    into[0] = this.a;
    into[1] = this.b;
    into[2] = this.c;
    into[3] = this.d;
  }

  /** The state back from `from[0 … 4)` (every step is 32-bit integer arithmetic: signed words are the same state). */
  loadState(from: Int32Array): void {
    this.a = from[0];
    this.b = from[1];
    this.c = from[2];
    this.d = from[3];
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
