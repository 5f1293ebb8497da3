// The logistic family: sigmoid, logsigmoid, softplus, SiLU/swish and mish. Each splits by sign so that
// exp never overflows, carries β·x as a double-double (its rounding error is amplified by |βx| in e^(βx)),
// and goes through scaledExp where the result is subnormal.
import { dd, scaledExp, twoProduct } from '../numeric/float';

/** β·x as hi (returned) + lo (in `dd.lo`): exact for β = 1 and for powers of two. */
function scaled(beta: number, x: number): number {
  const p = beta * x;
  // Past |βx| = 1e4 every exp below is 0 or ∞ and the low part would only overflow.
  if (beta === 1 || !(Math.abs(p) < 1e4)) {
    dd.lo = 0;
    return p;
  }
  return twoProduct(beta, x);
}

/** σ(h + l), split by sign. */
function sigmoidDD(h: number, l: number): number {
  if (h >= 0) return 1 / (1 + Math.exp(-h) * (1 - l));
  if (h < -708) return scaledExp(1 + l, h);
  const e = Math.exp(h) * (1 + l);
  return e / (1 + e);
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  if (x < -708) return scaledExp(1, x);
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ'(x) = e^(−|x|)/(1 + e^(−|x|))². */
export function sigmoidDerivative(x: number): number {
  const a = -Math.abs(x);
  if (a < -708) return scaledExp(1, a);
  const e = Math.exp(a);
  const d = 1 + e;
  return e / (d * d);
}

/** x·σ(βx) at ±∞ (and NaN): x where σ(βx) → 1, a signed zero where it decays exponentially. */
function siluLimit(x: number, beta: number): number {
  if (x !== x || beta === 0) return x / 2;
  if (x > 0 === beta > 0) return x;
  return x > 0 ? 0 : -0;
}

/** SiLU with TensorFlow's β: x·σ(βx). */
export function silu(x: number, beta: number): number {
  if (!Number.isFinite(x)) return siluLimit(x, beta);
  const h = scaled(beta, x);
  const l = dd.lo;
  if (h >= 0) return x / (1 + Math.exp(-h) * (1 - l));
  if (h < -708) return scaledExp(x * (1 + l), h);
  const e = Math.exp(h) * (1 + l);
  return (x * e) / (1 + e);
}

/** d/dx x·σ(βx) = σ(βx)·(1 + βx·(1 − σ(βx))). */
export function siluDerivative(x: number, beta: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : beta === 0 ? 0.5 : (x > 0) === beta > 0 ? 1 : -0;
  const h = scaled(beta, x);
  const l = dd.lo;
  if (h >= 0) {
    const e = Math.exp(-h) * (1 - l); // 1 − σ = e/(1+e)
    const d = 1 + e;
    return (1 + (h + l) * (e / d)) / d;
  }
  if (h < -708) return scaledExp((1 + h) * (1 + l), h);
  const e = Math.exp(h) * (1 + l);
  const d = 1 + e;
  return (e / d) * (1 + (h + l) / d);
}

/** PyTorch's softplus: log(1 + e^(βx))/β, and x itself once βx > threshold. */
export function softplus(x: number, beta: number, threshold: number): number {
  const h = scaled(beta, x);
  const l = dd.lo;
  if (h > threshold) return x;
  if (h >= 0) return (h + (l + Math.log1p(Math.exp(-h) * (1 - l)))) / beta;
  if (h < -708) return scaledExp((1 + l) / beta, h);
  return Math.log1p(Math.exp(h) * (1 + l)) / beta;
}

export function softplusDerivative(x: number, beta: number, threshold: number): number {
  const h = scaled(beta, x);
  if (h > threshold) return 1;
  return sigmoidDD(h, dd.lo);
}

/** log σ(x) = −softplus(−x). */
export function logsigmoid(x: number): number {
  if (x >= 0) return -Math.log1p(Math.exp(-x));
  return x - Math.log1p(Math.exp(x));
}

export function logsigmoidDerivative(x: number): number {
  return sigmoid(-x);
}

/**
 * mish(x) = x·tanh(softplus(x)). With u = e^x, tanh(log(1+u)) = n/(n+2), n = u(u+2); for x > 0 the
 * same with v = e^−x: 1 − 2v²/(1 + 2v + 2v²), so nothing overflows and nothing cancels.
 */
export function mish(x: number): number {
  if (x === -Infinity) return -0;
  if (x > 0) {
    const v = Math.exp(-x);
    return x * (1 - (2 * v * v) / (1 + 2 * v + 2 * v * v));
  }
  if (x < -40) return scaledExp(x, x); // tanh(softplus(x)) = e^x(1 + O(e^x))
  const u = Math.exp(x);
  const n = u * (u + 2);
  return (x * n) / (n + 2);
}

/** mish'(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x), with sech²·σ = 4u(u+1)/(n+2)². */
export function mishDerivative(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : x > 0 ? 1 : -0;
  if (x > 0) {
    const v = Math.exp(-x);
    const q = 1 + 2 * v + 2 * v * v;
    return 1 - (2 * v * v) / q + (x * 4 * v * v * (1 + v)) / (q * q);
  }
  if (x < -40) return scaledExp(1 + x, x);
  const u = Math.exp(x);
  const n = u * (u + 2);
  const q = n + 2;
  return n / q + (x * 4 * u * (u + 1)) / (q * q);
}
