// Definitions of the smooth squashing functions and their relatives.
import { elementwise } from '../define';
import { num } from '../params';
import * as s from '../functions/sigmoid';
import * as t from '../functions/tanh';

export const sigmoid = elementwise({
  id: 'sigmoid',
  name: 'Sigmoid',
  aliases: ['σ', 'expit', 'logistic', 'sigmoid_fast', 'logistic_sigmoid'],
  formula: { text: 'σ(x) = 1 / (1 + e^(−x))' },
  derivativeFormula: { text: "σ'(x) = σ(x)·(1 − σ(x))" },
  description: 'Squashes any input into (0, 1); the classic gate and binary-probability output.',
  properties: {
    range: '(0, 1)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'both',
    gradient: { text: "vanishes for |x| ≳ 5: σ'(x) ≤ 0.25 everywhere, σ'(8) ≈ 3.4e-4" },
  },
  kernels: () => ({ f: s.sigmoid, df: s.sigmoidDerivative }),
});

export const tanh = elementwise({
  id: 'tanh',
  name: 'Tanh',
  aliases: ['tanh_fast', 'hyperbolic_tangent'],
  formula: { text: 'tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)' },
  derivativeFormula: { text: "tanh'(x) = 1 − tanh²(x)" },
  description: 'A zero-centred sigmoid with range (−1, 1), steeper at the origin (slope 1).',
  properties: {
    range: '(−1, 1)', monotonic: true, smooth: true, zeroCentered: true, saturates: 'both',
    gradient: { text: "vanishes for |x| ≳ 3: tanh'(3) ≈ 0.0099" },
  },
  kernels: () => ({ f: t.tanh, df: t.tanhDerivative }),
});

export const logsigmoid = elementwise({
  id: 'logsigmoid',
  name: 'LogSigmoid',
  aliases: ['log_sigmoid', 'logσ', 'LogSigmoid'],
  formula: { text: 'log σ(x) = −log(1 + e^(−x))' },
  derivativeFormula: { text: "(log σ)'(x) = σ(−x)" },
  description: 'The log of the sigmoid, computed without overflow; the building block of binary cross-entropy.',
  properties: {
    range: '(−∞, 0)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'above',
    gradient: { text: 'vanishes for large positive x; tends to 1 for negative x' },
  },
  kernels: () => ({ f: s.logsigmoid, df: s.logsigmoidDerivative }),
});

export const softplus = elementwise({
  id: 'softplus',
  name: 'Softplus',
  aliases: ['Softplus', 'soft_plus'],
  params: [
    num('beta', 1, 'Sharpness β: larger β approaches ReLU.', { min: 0, minExclusive: true, slider: [0.1, 10] }),
    num('threshold', 20, 'Above β·x > threshold PyTorch returns x itself.', { slider: [1, 40] }),
  ],
  formula: { text: 'softplus(x) = (1/β)·log(1 + e^(βx)), x when βx > threshold' },
  derivativeFormula: { text: "softplus'(x) = σ(βx)" },
  description: 'A smooth ReLU: log(1 + eˣ), always positive, with a gradient that never dies.',
  properties: {
    range: '(0, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'below',
    gradient: { text: 'vanishes for very negative x (σ(βx) → 0); exactly 1 past the threshold' },
  },
  kernels: (p) => {
    const beta = p.beta as number;
    const th = p.threshold as number;
    return { f: (x) => s.softplus(x, beta, th), df: (x) => s.softplusDerivative(x, beta, th) };
  },
});

export const silu = elementwise({
  id: 'silu',
  name: 'SiLU / Swish',
  aliases: ['swish', 'SiLU', 'Swish', 'swish1'],
  params: [num('beta', 1, "Swish's β (TensorFlow's silu(features, beta)); β = 1 is SiLU.", { slider: [0.1, 10] })],
  formula: { text: 'silu(x) = x·σ(βx)' },
  derivativeFormula: { text: "silu'(x) = σ(βx)·(1 + βx·(1 − σ(βx)))" },
  description: 'x gated by its own sigmoid: smooth, non-monotonic, with a small negative dip near x ≈ −1.28.',
  properties: {
    range: '[≈ −0.278, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'below',
    gradient: { text: 'vanishes for very negative x; zero at x ≈ −1.278 (the minimum)' },
    minimum: { x: -1.2785, when: { beta: 1 } },
  },
  kernels: (p) => {
    const beta = p.beta as number;
    return { f: (x) => s.silu(x, beta), df: (x) => s.siluDerivative(x, beta) };
  },
});

export const mish = elementwise({
  id: 'mish',
  name: 'Mish',
  aliases: ['Mish'],
  formula: { text: 'mish(x) = x·tanh(softplus(x))' },
  derivativeFormula: { text: "mish'(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x)" },
  description: 'A self-gated smooth activation like SiLU, with a slightly deeper negative dip (≈ −0.309).',
  properties: {
    range: '[≈ −0.309, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'below',
    gradient: { text: 'vanishes for very negative x; zero at x ≈ −1.19 (the minimum)' },
    minimum: { x: -1.1924 },
  },
  kernels: () => ({ f: s.mish, df: s.mishDerivative }),
});

export const tanhshrink = elementwise({
  id: 'tanhshrink',
  name: 'Tanhshrink',
  aliases: ['tanh_shrink', 'Tanhshrink'],
  formula: { text: 'tanhshrink(x) = x − tanh(x)' },
  derivativeFormula: { text: "tanhshrink'(x) = tanh²(x)" },
  description: 'What tanh leaves of x: flat (≈ x³/3) near zero, x ∓ 1 far out.',
  properties: {
    range: '(−∞, ∞)', monotonic: true, smooth: true, zeroCentered: true, saturates: 'none',
    gradient: { text: 'vanishes near x = 0 (tanh²(x) ≈ x²)' },
  },
  kernels: () => ({ f: t.tanhshrink, df: t.tanhshrinkDerivative }),
});

export const softsign = elementwise({
  id: 'softsign',
  name: 'Softsign',
  aliases: ['soft_sign', 'Softsign'],
  formula: { text: 'softsign(x) = x / (1 + |x|)' },
  derivativeFormula: { text: "softsign'(x) = 1 / (1 + |x|)²" },
  description: 'A tanh-like squash that approaches ±1 polynomially, not exponentially.',
  properties: {
    range: '(−1, 1)', monotonic: true, smooth: false, zeroCentered: true, saturates: 'both',
    gradient: { text: 'decays like 1/x² for large |x| (slower than tanh)' },
  },
  kernels: () => ({ f: t.softsign, df: t.softsignDerivative }),
});

export const squareplus = elementwise({
  id: 'squareplus',
  name: 'Squareplus',
  aliases: ['square_plus'],
  params: [num('b', 4, 'Curvature b ≥ 0 near the origin; b = 0 is ReLU.', { min: 0, slider: [0, 10] })],
  formula: { text: 'squareplus(x) = (x + √(x² + b)) / 2' },
  derivativeFormula: { text: "squareplus'(x) = (1 + x/√(x² + b)) / 2" },
  description: 'A softplus-like smooth ReLU made only of a square root: cheap and algebraic.',
  properties: {
    range: '(0, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'below',
    gradient: { text: 'decays like b/(4x²) for very negative x' },
  },
  kernels: (p) => {
    const b = p.b as number;
    return { f: (x) => t.squareplus(x, b), df: (x) => t.squareplusDerivative(x, b) };
  },
});

// transformers QuickGELUActivation (src/transformers/activations.py @00e12e7) and timm quick_gelu
// (timm/layers/activations.py @a2e4a4c): x * torch.sigmoid(1.702 * x).
export const quick_gelu = elementwise({
  id: 'quick_gelu',
  name: 'QuickGELU',
  // Not NNlib's gelu_sigmoid: that is x·σ(√(8/π)(x + 0.044715x³)), the tanh form (NNlib src/activations.jl).
  aliases: ['QuickGELU', 'QuickGELUActivation', 'quickgelu'],
  formula: { text: 'quick_gelu(x) = x·σ(1.702x)' },
  derivativeFormula: { text: "quick_gelu'(x) = σ(1.702x)·(1 + 1.702x·(1 − σ(1.702x)))" },
  description: "GELU's sigmoid approximation (CLIP, timm): SiLU with β = 1.702, close to x·Φ(x) and cheaper.",
  properties: {
    range: '[≈ −0.164, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'below',
    gradient: { text: 'vanishes for very negative x; zero at x ≈ −0.751 (the minimum)' },
    minimum: { x: -0.7512 },
  },
  kernels: () => ({ f: (x) => s.silu(x, 1.702), df: (x) => s.siluDerivative(x, 1.702) }),
});

export const lisht = elementwise({
  id: 'lisht',
  name: 'LiSHT',
  aliases: ['LiSHT', 'linearly_scaled_tanh'],
  formula: { text: 'lisht(x) = x·tanh(x)' },
  derivativeFormula: { text: "lisht'(x) = tanh(x) + x·sech²(x)" },
  description: 'Linearly scaled tanh (Roy et al. 2019): even and non-negative, ≈ x² near 0 and |x| far out.',
  properties: {
    range: '[0, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'none',
    gradient: { text: 'zero only at x = 0 (the minimum); tends to ±1 far out' },
    minimum: { x: 0 },
  },
  kernels: () => ({ f: t.lisht, df: t.lishtDerivative }),
});

export const logcosh = elementwise({
  id: 'logcosh',
  name: 'Log-cosh',
  aliases: ['log_cosh', 'logCosh'],
  formula: { text: 'logcosh(x) = log(cosh(x))' },
  derivativeFormula: { text: "logcosh'(x) = tanh(x)" },
  description: 'log(cosh x): ≈ x²/2 near 0 and |x| − log 2 far out, computed without overflow (cosh overflows past 710).',
  properties: {
    range: '[0, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'none',
    gradient: { text: 'tanh(x): zero only at x = 0 (the minimum), ±1 far out' },
    minimum: { x: 0 },
  },
  kernels: () => ({ f: t.logcosh, df: t.logcoshDerivative }),
});
