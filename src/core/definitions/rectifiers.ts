// Definitions of the piecewise-linear rectifiers, clips and shrinks (exact, PyTorch's autograd at kinks).
import { elementwise } from '../define';
import { num } from '../params';
import * as pw from '../functions/piecewise';
import type { Properties } from '../types';

const relu0 = "Derivative at the kink is 0, as PyTorch's autograd gives.";

const rectifier = (range: string, negText: string, side: 'dead' | 'leaky'): Properties => ({
  range, monotonic: true, smooth: false, zeroCentered: false, saturates: 'none', gradient: { text: negText },
  ...(side === 'dead' ? { deadRegion: true } : { leaky: true }),
});

export const relu = elementwise({
  id: 'relu',
  name: 'ReLU',
  aliases: ['ReLU', 'rectifier'],
  formula: { text: 'relu(x) = max(0, x)' },
  derivativeFormula: { text: "relu'(x) = 1 if x > 0 else 0" },
  description: 'Passes positives, zeroes negatives: cheap, sparse, and dead wherever x ≤ 0.',
  properties: rectifier('[0, ∞)', 'exactly 0 for x ≤ 0 (a unit stuck there is a dead ReLU)', 'dead'),
  kinkNote: relu0,
  kernels: () => ({ f: pw.relu, df: pw.reluDerivative }),
});

export const leaky_relu = elementwise({
  id: 'leaky_relu',
  name: 'Leaky ReLU',
  aliases: ['leakyrelu', 'leakyRelu', 'LeakyReLU', 'lrelu'],
  params: [num('negative_slope', 0.01, 'Slope for x < 0 (PyTorch 0.01, tf.nn 0.2, Keras layer 0.3).', { slider: [0, 1] })],
  formula: { text: 'leaky_relu(x) = x if x > 0 else a·x  (a = negative_slope)' },
  derivativeFormula: { text: "1 if x > 0 else a" },
  description: 'ReLU with a small slope for negatives, so no unit dies.',
  properties: rectifier('(−∞, ∞)', 'never zero for a ≠ 0: a small constant a for x ≤ 0', 'leaky'),
  kinkNote: 'Derivative at 0 is negative_slope, as PyTorch gives.',
  kernels: (p) => {
    const a = p.negative_slope as number;
    return { f: (x) => pw.leaky(x, a), df: (x) => pw.leakyDerivative(x, a) };
  },
});

export const prelu = elementwise({
  id: 'prelu',
  name: 'PReLU',
  aliases: ['PReLU'],
  params: [num('weight', 0.25, 'The learned negative slope (PyTorch initialises it to 0.25).', { slider: [0, 1] })],
  formula: { text: 'prelu(x) = max(0, x) + w·min(0, x)' },
  derivativeFormula: { text: "1 if x > 0 else w" },
  description: 'Leaky ReLU whose negative slope is a learned parameter.',
  properties: rectifier('(−∞, ∞)', 'w for x ≤ 0; zero only if w = 0', 'leaky'),
  kinkNote: 'Derivative at 0 is the weight, as PyTorch gives.',
  kernels: (p) => {
    const w = p.weight as number;
    return { f: (x) => pw.leaky(x, w), df: (x) => pw.leakyDerivative(x, w) };
  },
});

export const rrelu = elementwise({
  id: 'rrelu',
  name: 'RReLU (eval)',
  aliases: ['RReLU'],
  params: [
    num('lower', 1 / 8, 'Lower bound of the random slope in training.', { slider: [0, 1] }),
    num('upper', 1 / 3, 'Upper bound of the random slope in training.', { slider: [0, 1] }),
  ],
  check: (p) => ((p.lower as number) > (p.upper as number) ? `lower must be ≤ upper, got lower=${p.lower}, upper=${p.upper}` : undefined),
  formula: { text: 'rrelu(x) = x if x > 0 else ((lower + upper)/2)·x  (evaluation mode)' },
  derivativeFormula: { text: "1 if x > 0 else (lower + upper)/2" },
  description: 'Randomized leaky ReLU: a random slope in training; in evaluation the mean slope (l + u)/2.',
  properties: rectifier('(−∞, ∞)', 'the mean slope (l + u)/2 for x ≤ 0', 'leaky'),
  kinkNote: 'Evaluation mode (deterministic); derivative at 0 is the slope, as PyTorch gives.',
  kernels: (p) => {
    const a = ((p.lower as number) + (p.upper as number)) / 2;
    return { f: (x) => pw.leaky(x, a), df: (x) => pw.leakyDerivative(x, a) };
  },
});

export const relu6 = elementwise({
  id: 'relu6',
  name: 'ReLU6',
  aliases: ['ReLU6', 'relu_6'],
  formula: { text: 'relu6(x) = min(max(0, x), 6)' },
  derivativeFormula: { text: "1 if 0 < x < 6 else 0" },
  description: 'ReLU capped at 6, friendly to low-precision (mobile) inference.',
  properties: { range: '[0, 6]', monotonic: true, smooth: false, zeroCentered: false, saturates: 'both', gradient: { text: 'exactly 0 for x ≤ 0 and x ≥ 6' }, deadRegion: true },
  kinkNote: 'Derivative is 0 at both kinks, as PyTorch gives.',
  kernels: () => ({ f: (x) => pw.clip(x, 0, 6), df: (x) => pw.clipDerivative(x, 0, 6) }),
});

export const hardtanh = elementwise({
  id: 'hardtanh',
  name: 'Hardtanh',
  aliases: ['hard_tanh', 'Hardtanh', 'hardTanh'],
  params: [
    num('min_val', -1, 'Lower clip.', { slider: [-5, 0] }),
    num('max_val', 1, 'Upper clip.', { slider: [0, 5] }),
  ],
  check: (p) => ((p.min_val as number) > (p.max_val as number) ? `min_val must be ≤ max_val, got min_val=${p.min_val}, max_val=${p.max_val}` : undefined),
  formula: { text: 'hardtanh(x) = min(max(x, min_val), max_val)' },
  derivativeFormula: { text: "1 if min_val < x < max_val else 0" },
  description: 'A piecewise-linear tanh: identity in [min_val, max_val], clipped outside.',
  properties: { range: '[min_val, max_val]', monotonic: true, smooth: false, zeroCentered: true, saturates: 'both', gradient: { text: 'exactly 0 outside (min_val, max_val)' }, deadRegion: true },
  kinkNote: 'Derivative is 0 at the clip points, as PyTorch gives.',
  kernels: (p) => {
    const lo = p.min_val as number;
    const hi = p.max_val as number;
    return { f: (x) => pw.clip(x, lo, hi), df: (x) => pw.clipDerivative(x, lo, hi) };
  },
});

export const threshold = elementwise({
  id: 'threshold',
  name: 'Threshold',
  aliases: ['Threshold', 'thresholded_relu', 'trelu'],
  params: [
    num('threshold', 0, 'Inputs at or below this are replaced.', { slider: [-5, 5] }),
    num('value', 0, 'What replaces them.', { slider: [-5, 5] }),
  ],
  formula: { text: 'threshold(x) = x if x > threshold else value' },
  derivativeFormula: { text: "1 if x > threshold else 0" },
  description: 'Keeps x above a threshold and replaces the rest by a constant (ReLU when both are 0).',
  properties: { range: '{value} ∪ (threshold, ∞)', monotonic: false, smooth: false, zeroCentered: false, saturates: 'none', gradient: { text: 'exactly 0 for x ≤ threshold' }, deadRegion: true },
  kinkNote: 'Derivative at the threshold is 0, as PyTorch gives.',
  kernels: (p) => {
    const th = p.threshold as number;
    const v = p.value as number;
    return { f: (x) => pw.threshold(x, th, v), df: (x) => pw.thresholdDerivative(x, th) };
  },
});

const lambd = num('lambd', 0.5, 'Half-width λ ≥ 0 of the zeroed band.', { min: 0, slider: [0, 3] });

export const softshrink = elementwise({
  id: 'softshrink',
  name: 'Softshrink',
  aliases: ['soft_shrink', 'Softshrink'],
  params: [lambd],
  formula: { text: 'softshrink(x) = x − λ if x > λ, x + λ if x < −λ, else 0' },
  derivativeFormula: { text: "1 if |x| > λ else 0" },
  description: 'Soft thresholding: shrinks x toward 0 by λ and zeroes the band [−λ, λ] (the lasso proximal step).',
  properties: { range: '(−∞, ∞)', monotonic: true, smooth: false, zeroCentered: true, saturates: 'none', gradient: { text: 'exactly 0 on [−λ, λ]' }, deadRegion: true },
  kinkNote: 'Derivative at ±λ is 0, as PyTorch gives.',
  kernels: (p) => {
    const l = p.lambd as number;
    return { f: (x) => pw.softshrink(x, l), df: (x) => pw.shrinkDerivative(x, l) };
  },
});

export const hardshrink = elementwise({
  id: 'hardshrink',
  name: 'Hardshrink',
  aliases: ['hard_shrink', 'Hardshrink'],
  params: [lambd],
  formula: { text: 'hardshrink(x) = x if |x| > λ else 0' },
  derivativeFormula: { text: "1 if |x| > λ else 0" },
  description: 'Hard thresholding: keeps x unchanged outside [−λ, λ] and zeroes it inside.',
  properties: { range: '(−∞, −λ) ∪ {0} ∪ (λ, ∞)', monotonic: true, smooth: false, zeroCentered: true, saturates: 'none', gradient: { text: 'exactly 0 on [−λ, λ]' }, deadRegion: true },
  kinkNote: 'Derivative at ±λ is 0, as PyTorch gives.',
  kernels: (p) => {
    const l = p.lambd as number;
    return { f: (x) => pw.hardshrink(x, l), df: (x) => pw.shrinkDerivative(x, l) };
  },
});

export const hardsigmoid = elementwise({
  id: 'hardsigmoid',
  name: 'Hardsigmoid',
  aliases: ['hard_sigmoid', 'Hardsigmoid', 'hardσ', 'hardSigmoid'],
  params: [num('slope', 1 / 6, "Slope of the ramp: 1/6 in PyTorch, JAX and Keras 3; 0.2 in Keras 2 (tf.keras).", { min: 0, minExclusive: true, slider: [0.05, 1] })],
  formula: { text: 'hardsigmoid(x) = clip(s·x + 1/2, 0, 1)  (s = 1/6: relu6(x + 3)/6)' },
  derivativeFormula: { text: "s if |x| < 1/(2s) else 0" },
  description: 'A piecewise-linear sigmoid: a ramp from 0 to 1 over [−3, 3] (PyTorch) or [−2.5, 2.5] (Keras 2).',
  properties: { range: '[0, 1]', monotonic: true, smooth: false, zeroCentered: false, saturates: 'both', gradient: { text: 'exactly 0 outside the ramp (|x| ≥ 3 for PyTorch)' }, deadRegion: true },
  kinkNote: 'Derivative is 0 at the ramp ends, as PyTorch gives.',
  kernels: (p) => {
    const sl = p.slope as number;
    return { f: (x) => pw.hardsigmoid(x, sl), df: (x) => pw.hardsigmoidDerivative(x, sl) };
  },
});

export const hardswish = elementwise({
  id: 'hardswish',
  name: 'Hardswish',
  aliases: ['hard_swish', 'hard_silu', 'Hardswish', 'hardSwish'],
  formula: { text: 'hardswish(x) = x·relu6(x + 3)/6' },
  derivativeFormula: { text: "0 if x < −3, x/3 + 1/2 if −3 ≤ x ≤ 3, 1 if x > 3" },
  description: 'A piecewise-quadratic SiLU (MobileNetV3): cheap, with the same dip-then-identity shape.',
  properties: { range: '[−0.375, ∞)', monotonic: false, smooth: false, zeroCentered: false, saturates: 'below', gradient: { text: 'exactly 0 for x < −3; zero at x = −1.5 (the minimum)' }, deadRegion: true },
  kinkNote: "At x = −3 the derivative is −0.5 and at x = 3 it is 1.5, as PyTorch's backward gives.",
  kernels: () => ({ f: pw.hardswish, df: pw.hardswishDerivative }),
});

export const sparse_plus = elementwise({
  id: 'sparse_plus',
  name: 'Sparse plus',
  aliases: ['sparseplus', 'sparsePlus'],
  formula: { text: 'sparse_plus(x) = 0 if x ≤ −1, (x + 1)²/4 if −1 < x < 1, x if x ≥ 1' },
  derivativeFormula: { text: "clip((x + 1)/2, 0, 1)" },
  description: 'A softplus made of a parabola between two lines (JAX, Keras): smooth once, exactly zero below −1.',
  properties: { range: '[0, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'below', gradient: { text: 'exactly 0 for x ≤ −1' }, deadRegion: true },
  kernels: () => ({ f: pw.sparsePlus, df: pw.sparsePlusDerivative }),
});

export const sparse_sigmoid = elementwise({
  id: 'sparse_sigmoid',
  name: 'Sparse sigmoid',
  aliases: ['sparsesigmoid', 'sparseSigmoid'],
  formula: { text: 'sparse_sigmoid(x) = clip(x + 1, 0, 2)/2' },
  derivativeFormula: { text: "1/2 if |x| < 1 else 0" },
  description: 'The derivative of sparse_plus (JAX): a linear ramp from 0 to 1 over [−1, 1].',
  properties: { range: '[0, 1]', monotonic: true, smooth: false, zeroCentered: false, saturates: 'both', gradient: { text: 'exactly 0 for |x| ≥ 1' }, deadRegion: true },
  kinkNote: 'Derivative at ±1 is 0.',
  kernels: () => ({ f: pw.sparseSigmoid, df: pw.sparseSigmoidDerivative }),
});

// transformers ReLUSquaredActivation ("relu2", src/transformers/activations.py @v4.57, ACT2CLS): square(relu(x)).
export const relu2 = elementwise({
  id: 'relu2',
  name: 'Squared ReLU',
  aliases: ['ReluSquared', 'relu_squared', 'squared_relu', 'ReLUSquaredActivation', 'relu_sq'],
  formula: { text: 'relu2(x) = max(0, x)²' },
  derivativeFormula: { text: "relu2'(x) = 2·max(0, x)" },
  description: 'Squared ReLU (So et al., Primer): zero for negatives, x² for positives; once differentiable.',
  properties: { range: '[0, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'none', gradient: { text: 'exactly 0 for x ≤ 0; 2x above' }, deadRegion: true },
  kernels: () => ({ f: pw.relu2, df: pw.relu2Derivative }),
});

// timm hard_mish (timm/layers/activations.py @a2e4a4c, in create_act's tables): 0.5 * x * (x + 2).clamp(min=0, max=2).
export const hard_mish = elementwise({
  id: 'hard_mish',
  name: 'Hard Mish',
  aliases: ['HardMish', 'hardmish', 'hardMish'],
  formula: { text: 'hard_mish(x) = ½·x·clamp(x + 2, 0, 2)' },
  derivativeFormula: { text: "0 if x < −2, x + 1 if −2 ≤ x ≤ 0, 1 if x > 0" },
  description: "A piecewise-quadratic Mish (timm): 0 below −2, the parabola x(x + 2)/2 with its dip to −½ at −1, then x.",
  properties: { range: '[−0.5, ∞)', monotonic: false, smooth: false, zeroCentered: false, saturates: 'below', gradient: { text: 'exactly 0 for x < −2; zero at x = −1 (the minimum)' }, deadRegion: true },
  kinkNote: "At x = −2 the derivative is −1 (clamp passes the gradient at its ends), as PyTorch's autograd of timm's formula gives.",
  kernels: () => ({ f: pw.hardMish, df: pw.hardMishDerivative }),
});
