// Piecewise-linear and piecewise-quadratic functions: exact (one rounding of the true value). Derivatives at the kinks follow
// PyTorch's autograd: the comparison each backward kernel uses is copied here, so relu'(0) = 0,
// leaky_relu'(0) = slope, hardtanh'(±1) = 0, hardswish'(−3) = −0.5.
import { dd, divAddExact, mulAddExact, twoProduct } from '../numeric/float';

export function relu(x: number): number {
  return x > 0 ? x : x !== x ? x : 0;
}
export function reluDerivative(x: number): number {
  return x > 0 ? 1 : x !== x ? x : 0;
}

/** leaky_relu, prelu and rrelu (eval) share this: x for x > 0, slope·x otherwise. */
export function leaky(x: number, slope: number): number {
  return x > 0 ? x : slope * x;
}
export function leakyDerivative(x: number, slope: number): number {
  return x > 0 ? 1 : x !== x ? x : slope;
}

/** hardtanh clip; relu6 is hardtanh(0, 6). */
export function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
export function clipDerivative(x: number, lo: number, hi: number): number {
  return x > lo && x < hi ? 1 : x !== x ? x : 0;
}

export function softshrink(x: number, lambd: number): number {
  return x > lambd ? x - lambd : x < -lambd ? x + lambd : x !== x ? x : 0;
}
export function hardshrink(x: number, lambd: number): number {
  return x > lambd || x < -lambd ? x : x !== x ? x : 0;
}
/** softshrink and hardshrink share it: 1 outside [−λ, λ]. */
export function shrinkDerivative(x: number, lambd: number): number {
  return x > lambd || x < -lambd ? 1 : x !== x ? x : 0;
}

export function threshold(x: number, th: number, value: number): number {
  return x > th ? x : x !== x ? x : value;
}
export function thresholdDerivative(x: number, th: number): number {
  return x > th ? 1 : x !== x ? x : 0;
}

/** PyTorch's hardsigmoid relu6(x+3)/6 = clip(x/6 + 1/2); slope ≠ 1/6 gives Keras 2's clip(slope·x + 1/2). */
export function hardsigmoid(x: number, slope: number): number {
  if (x !== x) return x;
  const edge = 0.5 / slope;
  if (x >= edge) return 1;
  if (x <= -edge) return 0;
  const v = slope === 1 / 6 ? divAddExact(x, 6, 0.5) : mulAddExact(slope, x, 0.5);
  return v <= 0 ? 0 : v >= 1 ? 1 : v;
}
export function hardsigmoidDerivative(x: number, slope: number): number {
  if (x !== x) return x;
  const edge = 0.5 / slope;
  return x > -edge && x < edge ? slope : 0;
}

/** x·relu6(x+3)/6. */
export function hardswish(x: number): number {
  if (x <= -3) return 0;
  if (x >= 3) return x;
  return (x * (x + 3)) / 6;
}
/** PyTorch: 0 below −3, x/3 + 1/2 on [−3, 3], 1 above. */
export function hardswishDerivative(x: number): number {
  if (x < -3) return 0;
  if (x <= 3) return divAddExact(x, 3, 0.5);
  return x !== x ? x : 1;
}

/** JAX/Keras sparse_plus: 0, (x+1)²/4, x. */
export function sparsePlus(x: number): number {
  if (x <= -1) return 0;
  if (x >= 1) return x;
  if (x !== x) return x;
  const t = x + 1;
  return (t * t) / 4;
}
export function sparsePlusDerivative(x: number): number {
  if (x <= -1) return 0;
  if (x >= 1) return 1;
  return (x + 1) / 2;
}

/** JAX sparse_sigmoid: ½·clip(x + 1, 0, 2). */
export function sparseSigmoid(x: number): number {
  if (x <= -1) return 0;
  if (x >= 1) return 1;
  return (x + 1) / 2;
}
export function sparseSigmoidDerivative(x: number): number {
  return x > -1 && x < 1 ? 0.5 : x !== x ? x : 0;
}

/** Squared ReLU relu(x)²: one rounding of x², so exact. */
export function relu2(x: number): number {
  return x > 0 ? x * x : x !== x ? x : 0;
}
export function relu2Derivative(x: number): number {
  return x > 0 ? 2 * x : x !== x ? x : 0;
}

/**
 * timm's hard_mish ½x·clamp(x + 2, 0, 2): 0, x(x + 2)/2, x. The parabola as one rounding of x·(x + 2)
 * with x + 2 carried exactly (a Knuth sum), then halved.
 */
export function hardMish(x: number): number {
  if (x <= -2) return 0;
  if (x >= 0) return x;
  const s = x + 2;
  const bb = s - x;
  const sl = x - (s - bb) + (2 - bb);
  const p = twoProduct(x, s);
  return (p + (dd.lo + x * sl)) / 2;
}
/**
 * PyTorch's autograd of ½x·clamp(x + 2, 0, 2): clamp passes the gradient on the closed [0, 2], so the
 * derivative is −1 at x = −2 (½·0 + ½·(−2)) and 1 at x = 0; x + 1 between, 0 below, 1 above.
 */
export function hardMishDerivative(x: number): number {
  if (x < -2) return 0;
  if (x <= 0) return x + 1;
  return x !== x ? x : 1;
}
