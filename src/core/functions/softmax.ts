// Softmax and its relatives on one 1-D vector. x − max is carried as a double-double and divided by the
// temperature with its remainder, because e^(x − max) multiplies that rounding by |x − max| (peers lose
// ~500 ULP on wide vectors); the sum is compensated (Neumaier).
import { dd, twoQuotient, twoSum } from '../numeric/float';

/** Shifted, scaled logits (x − max)/T as hi/lo pairs, and the facts the callers need. */
interface Shifted {
  readonly hi: Float64Array;
  readonly lo: Float64Array;
  /** index of the first maximum */
  readonly top: number;
  /** 'finite', or the special cases: a NaN, a +∞ entry, all −∞ */
  readonly kind: 'finite' | 'nan' | 'posinf' | 'allneginf';
}

function shift(xs: ArrayLike<number>, temperature: number): Shifted {
  const n = xs.length;
  const hi = new Float64Array(n);
  const lo = new Float64Array(n);
  let m = -Infinity;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    if (x !== x) return { hi, lo, top: i, kind: 'nan' };
    if (x > m) { m = x; top = i; }
  }
  if (m === Infinity) return { hi, lo, top, kind: 'posinf' };
  if (m === -Infinity) return { hi, lo, top, kind: 'allneginf' };
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    if (x === -Infinity) { hi[i] = -Infinity; continue; }
    let h = twoSum(x, -m);
    let l = dd.lo;
    if (h === -Infinity) l = 0; // x − max overflowed: the entry is e^(−huge) = 0 anyway
    if (temperature !== 1) {
      const q = twoQuotient(h, temperature);
      l = dd.lo + l / temperature;
      h = q;
    }
    hi[i] = h;
    lo[i] = l;
  }
  return { hi, lo, top, kind: 'finite' };
}

/** e^(h + l) for each entry, and the compensated sum of all but `top` (whose term is exactly 1). */
function exps(s: Shifted): { e: Float64Array; rest: number } {
  const n = s.hi.length;
  const e = new Float64Array(n);
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const h = s.hi[i];
    const v = h === -Infinity ? 0 : Math.exp(h) * (1 + s.lo[i]);
    e[i] = v;
    if (i === s.top) continue;
    const t = sum + v;
    comp += Math.abs(sum) >= v ? sum - t + v : v - t + sum;
    sum = t;
  }
  return { e, rest: sum + comp };
}

/** NaN anywhere, or every entry −∞ (0/0 in the math): NaN throughout, as PyTorch gives. */
function special(n: number): number[] {
  return new Array<number>(n).fill(NaN);
}

export function softmax1d(xs: ArrayLike<number>, temperature: number): number[] {
  const n = xs.length;
  if (n === 0) return [];
  const s = shift(xs, temperature);
  if (s.kind === 'posinf') return shareInfinite(xs, false);
  if (s.kind !== 'finite') return special(n);
  const { e, rest } = exps(s);
  const total = 1 + rest;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = e[i] / total;
  return out;
}

export function logSoftmax1d(xs: ArrayLike<number>, temperature: number): number[] {
  const n = xs.length;
  if (n === 0) return [];
  const s = shift(xs, temperature);
  if (s.kind === 'posinf') return shareInfinite(xs, true);
  if (s.kind !== 'finite') return special(n);
  const { rest } = exps(s);
  // log Σ e = log1p(Σ of the others): keeps the largest entry's digits when the others are small.
  const lse = Math.log1p(rest);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const h = s.hi[i];
    if (h === -Infinity) { out[i] = -Infinity; continue; }
    const t = twoSum(h, -lse);
    out[i] = t + (dd.lo + s.lo[i]);
  }
  return out;
}

/** Entries equal to +∞ share probability 1 equally; the rest get 0 (log: −∞). */
function shareInfinite(xs: ArrayLike<number>, log: boolean): number[] {
  let count = 0;
  for (let i = 0; i < xs.length; i++) if (xs[i] === Infinity) count++;
  const out = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const p = xs[i] === Infinity ? 1 / count : 0;
    out[i] = log ? Math.log(p) : p;
  }
  return out;
}

export function negate(xs: ArrayLike<number>): number[] {
  return Array.from(xs, (x) => -x);
}

/** Index of the first maximum; a NaN wins, as in PyTorch. −1 for an empty vector. */
export function argmax1d(xs: ArrayLike<number>): number {
  let best = -1;
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (x !== x) return i;
    if (best < 0 || x > m) { m = x; best = i; }
  }
  return best;
}

export function oneHot(index: number, n: number): number[] {
  const out = new Array<number>(n).fill(0);
  if (index >= 0 && index < n) out[index] = 1;
  return out;
}

/** Sparsemax (Martins & Astudillo 2016): the Euclidean projection onto the simplex. */
export function sparsemax1d(xs: ArrayLike<number>): number[] {
  const n = xs.length;
  if (n === 0) return [];
  for (let i = 0; i < n; i++) if (xs[i] !== xs[i]) return new Array<number>(n).fill(NaN);
  const z = Float64Array.from(xs).sort().reverse();
  let sum = 0;
  let k = 0;
  let kSum = 0;
  for (let j = 0; j < n; j++) {
    sum += z[j];
    if (1 + (j + 1) * z[j] > sum) { k = j + 1; kSum = sum; }
  }
  const tau = (kSum - 1) / k;
  return Array.from(xs, (x) => (x > tau ? x - tau : 0));
}

/** ∂softmax(x/T)_i/∂x_j = p_i(δ_ij − p_j)/T. */
export function softmaxJacobian(p: readonly number[], temperature: number): number[][] {
  return p.map((pi, i) => p.map((pj, j) => (pi * ((i === j ? 1 : 0) - pj)) / temperature));
}

/** ∂log_softmax(x/T)_i/∂x_j = (δ_ij − p_j)/T. */
export function logSoftmaxJacobian(p: readonly number[], temperature: number): number[][] {
  return p.map((_, i) => p.map((pj, j) => ((i === j ? 1 : 0) - pj) / temperature));
}

/** diag(s) − s·sᵀ/|S| on the support S of the sparsemax output. */
export function sparsemaxJacobian(p: readonly number[]): number[][] {
  const s = p.map((v) => (v > 0 ? 1 : 0));
  const k = s.reduce((a: number, b) => a + b, 0);
  return s.map((si, i) => s.map((sj, j) => (i === j ? si : 0) - (si * sj) / k));
}
