// Weight initialisations by name, as the mean-field σw² they amount to and as samplers of a layer's
// weight matrix (row-major, fanOut × fanIn, so that a row is one unit's incoming weights).
// Glorot & Bengio 2010; He et al. 2015 (fan-in); LeCun 1998; Saxe et al. 2014 (orthogonal).
import { JS_FILLS } from './kernels';
import type { Fills } from './kernels';
import { Random } from './random';

/** A weight matrix: float32 in the runs, float64 where a test wants the exact values. */
type Floats = Float32Array | Float64Array;

export const INITIALISATIONS = [
  'glorot_normal', 'glorot_uniform', 'xavier_normal', 'xavier_uniform', 'he_normal', 'he_uniform',
  'kaiming_normal', 'kaiming_uniform', 'lecun_normal', 'lecun_uniform', 'orthogonal', 'custom',
] as const;
export type Initialisation = (typeof INITIALISATIONS)[number];

const CANONICAL: Readonly<Record<Initialisation, string>> = {
  glorot_normal: 'glorot_normal', xavier_normal: 'glorot_normal', glorot_uniform: 'glorot_uniform', xavier_uniform: 'glorot_uniform',
  he_normal: 'he_normal', kaiming_normal: 'he_normal', he_uniform: 'he_uniform', kaiming_uniform: 'he_uniform',
  lecun_normal: 'lecun_normal', lecun_uniform: 'lecun_uniform', orthogonal: 'orthogonal', custom: 'custom',
};

export function isInitialisation(name: unknown): name is Initialisation {
  return typeof name === 'string' && (INITIALISATIONS as readonly string[]).includes(name);
}

/**
 * Var(W)·fanIn, the mean-field σw², of an initialisation: Glorot 2·fanIn/(fanIn + fanOut), He 2,
 * LeCun 1; orthogonal and custom take it from `weightVariance` (orthogonal: gain²).
 */
export function weightVarianceOf(init: Initialisation, fanIn: number, fanOut: number, weightVariance = 1): number {
  switch (CANONICAL[init]) {
    case 'glorot_normal':
    case 'glorot_uniform':
      return (2 * fanIn) / (fanIn + fanOut);
    case 'he_normal':
    case 'he_uniform':
      return 2;
    case 'lecun_normal':
    case 'lecun_uniform':
      return 1;
    default:
      return weightVariance;
  }
}

/** Fills a fanOut × fanIn matrix with i.i.d. weights of variance σw²/fanIn (normal or uniform), by `fills`. */
export function sampleDense(init: Initialisation, w: Float32Array, fanIn: number, fanOut: number, sw2: number, rng: Random, fills: Fills = JS_FILLS): void {
  const variance = sw2 / fanIn;
  const weights = w.subarray(0, fanIn * fanOut);
  if (CANONICAL[init].endsWith('uniform')) fills.fillUniform(rng, weights, Math.sqrt(3 * variance));
  else fills.fillNormal(rng, weights, 0, Math.sqrt(variance));
}

/**
 * A Haar-random n × n orthogonal matrix: Householder QR of a Gaussian matrix, with the signs of R's
 * diagonal folded into Q (Mezzadri 2007). O(n³): made once per run, see `sampleOrthogonal`.
 */
export function haarOrthogonal(n: number, rng: Random): Float64Array {
  const a = new Float64Array(n * n);
  rng.fillNormal(a);
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  const v = new Float64Array(n);
  for (let k = 0; k < n - 1; k++) {
    // Column k of the Gaussian matrix is stored as a's row k (contiguous); its Householder vector.
    const ck = k * n;
    let norm = 0;
    for (let i = k; i < n; i++) norm += a[ck + i] * a[ck + i];
    norm = Math.sqrt(norm);
    const alpha = a[ck + k] > 0 ? -norm : norm;
    let vnorm = 0;
    for (let i = k; i < n; i++) {
      v[i] = a[ck + i] - (i === k ? alpha : 0);
      vnorm += v[i] * v[i];
    }
    if (vnorm === 0) continue;
    reflectRows(a, v, k, n, vnorm);
    reflectColumns(q, v, k, n, vnorm);
  }
  // Q·diag(sign(R_kk)) makes the distribution exactly Haar.
  for (let k = 0; k < n; k++) {
    if (a[k * n + k] < 0) for (let i = 0; i < n; i++) q[i * n + k] = -q[i * n + k];
  }
  return q;
}

/** Each column j ≥ k (stored as row j) ← (I − 2vvᵀ/‖v‖²)·column. */
function reflectRows(a: Float64Array, v: Float64Array, k: number, n: number, vnorm: number): void {
  for (let j = k; j < n; j++) {
    const cj = j * n;
    let dot = 0;
    for (let i = k; i < n; i++) dot += v[i] * a[cj + i];
    const f = (2 * dot) / vnorm;
    for (let i = k; i < n; i++) a[cj + i] -= f * v[i];
  }
}

/** q ← q·(I − 2vvᵀ/‖v‖²): accumulates Q = H₀H₁…, row by row. */
function reflectColumns(q: Float64Array, v: Float64Array, k: number, n: number, vnorm: number): void {
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let dot = 0;
    for (let j = k; j < n; j++) dot += q[row + j] * v[j];
    const f = (2 * dot) / vnorm;
    for (let j = k; j < n; j++) q[row + j] -= f * v[j];
  }
}

/**
 * An orthogonal layer gain·P·Q·S from one Haar matrix Q per run: a random row permutation P and
 * random column signs S per layer. Exactly orthogonal (so norms are kept, which is what the
 * initialisation is for) at O(n²) per layer instead of a QR each; layers are not independent Haar.
 */
export function sampleOrthogonal(w: Floats, base: Float64Array, n: number, sw2: number, rng: Random): void {
  const gain = Math.sqrt(sw2);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  const sign = Float64Array.from({ length: n }, () => (rng.uint32() & 1 ? gain : -gain));
  for (let i = 0; i < n; i++) {
    const src = perm[i] * n;
    const dst = i * n;
    for (let j = 0; j < n; j++) w[dst + j] = base[src + j] * sign[j];
  }
}

/** A fanOut × fanIn layer with orthonormal rows or columns (the top-left block of a Haar matrix), times gain. */
export function sampleOrthogonalRect(w: Floats, fanIn: number, fanOut: number, sw2: number, rng: Random): void {
  const k = Math.max(fanIn, fanOut);
  const q = haarOrthogonal(k, rng);
  const gain = Math.sqrt(sw2);
  for (let i = 0; i < fanOut; i++) for (let j = 0; j < fanIn; j++) w[i * fanIn + j] = gain * q[i * k + j];
}

/** A fanOut × fanIn weight matrix of any initialisation (orthogonal by its own QR). */
export function sampleWeights(init: Initialisation, w: Float32Array, fanIn: number, fanOut: number, sw2: number, rng: Random): void {
  if (init === 'orthogonal') sampleOrthogonalRect(w, fanIn, fanOut, sw2, rng);
  else sampleDense(init, w, fanIn, fanOut, sw2, rng);
}
