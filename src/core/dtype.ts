// What a value becomes in a lower precision, so a view can show what `torch.float16` would print.

export type DType = 'float64' | 'float32' | 'float16' | 'bfloat16';
export const DTYPES: readonly DType[] = ['float64', 'float32', 'float16', 'bfloat16'];

interface Format {
  /** significand bits including the implicit one */
  readonly precision: number;
  /** exponent of the smallest normal */
  readonly emin: number;
  readonly max: number;
}

const HALF: Format = { precision: 11, emin: -14, max: 65504 };
const BF16: Format = { precision: 8, emin: -126, max: 3.3895313892515355e38 };

/** Exponent e with 2^e ≤ a < 2^(e+1), for finite a > 0. */
function exponentOf(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return e;
}

/** Round half to even. */
function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function roundTo(x: number, fmt: Format): number {
  if (x !== x || x === 0 || !Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const e = Math.max(exponentOf(a), fmt.emin);
  const quantum = 2 ** (e - fmt.precision + 1);
  const r = roundEven(a / quantum) * quantum;
  const v = r > fmt.max ? Infinity : r;
  return x < 0 ? -v : v;
}

/**
 * x rounded to the dtype, to nearest with ties to even; overflow goes to ±Infinity, subnormals are kept.
 * float16 and bfloat16 go through float32 first, as PyTorch converts a Python float.
 */
export function toDType(x: number, dtype: DType): number {
  switch (dtype) {
    case 'float64': return x;
    case 'float32': return Math.fround(x);
    case 'float16': return roundTo(Math.fround(x), HALF);
    case 'bfloat16': return roundTo(Math.fround(x), BF16);
  }
}

/** Normalises the spellings code uses: torch.float16, jnp.bfloat16, 'half', tf.float32, np.float64, float. */
export function parseDType(name: string): DType | undefined {
  const n = name.trim().replace(/^["']|["']$/g, '').split('.').pop()?.toLowerCase() ?? '';
  switch (n) {
    case 'float64': case 'double': case 'f64': case 'float': return 'float64';
    case 'float32': case 'single': case 'f32': return 'float32';
    case 'float16': case 'half': case 'f16': return 'float16';
    case 'bfloat16': case 'bf16': return 'bfloat16';
    default: return undefined;
  }
}
