// Definitions of the ELU family, GELU, and the plain functions (exponential, linear, erf).
import { elementwise } from '../define';
import { choice, num } from '../params';
import * as e from '../functions/exponential';
import * as g from '../functions/gelu';
import * as lp from '../functions/laplace';

const alpha = (d: string) => num('alpha', 1, d, { slider: [0, 3] });

export const elu = elementwise({
  id: 'elu',
  name: 'ELU',
  aliases: ['ELU'],
  params: [alpha('Negative saturation value −α.')],
  formula: { text: 'elu(x) = x if x > 0 else α·(eˣ − 1)' },
  derivativeFormula: { text: "1 if x > 0 else α·eˣ" },
  description: 'Identity for positives, a smooth exponential approach to −α for negatives: mean activations nearer zero.',
  properties: { range: '(−α, ∞)', monotonic: true, smooth: false, zeroCentered: false, saturates: 'below', gradient: { text: 'vanishes for very negative x (α·eˣ)' } },
  kinkNote: "Derivative at 0 is α (PyTorch's backward uses α·eˣ for x ≤ 0).",
  kernels: (p) => {
    const a = p.alpha as number;
    return { f: (x) => e.elu(x, a), df: (x) => e.eluDerivative(x, a) };
  },
});

export const celu = elementwise({
  id: 'celu',
  name: 'CELU',
  aliases: ['CELU'],
  params: [num('alpha', 1, 'Scale α > 0; continuously differentiable for every α.', { min: 0, minExclusive: true, slider: [0.1, 3] })],
  formula: { text: 'celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1))' },
  derivativeFormula: { text: "1 if x > 0 else e^(x/α)" },
  description: 'ELU reparametrised so that its slope is 1 at zero for every α.',
  properties: { range: '(−α, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'below', gradient: { text: 'vanishes for very negative x (e^(x/α))' } },
  kernels: (p) => {
    const a = p.alpha as number;
    return { f: (x) => e.celu(x, a), df: (x) => e.celuDerivative(x, a) };
  },
});

export const selu = elementwise({
  id: 'selu',
  name: 'SELU',
  aliases: ['SELU'],
  formula: { text: 'selu(x) = λ·x if x > 0 else λ·α·(eˣ − 1)  (λ ≈ 1.0507, α ≈ 1.6733)' },
  derivativeFormula: { text: "λ if x > 0 else λ·α·eˣ" },
  description: 'Scaled ELU with constants chosen so activations self-normalise to mean 0 and variance 1.',
  properties: { range: '(−λα, ∞) ≈ (−1.758, ∞)', monotonic: true, smooth: false, zeroCentered: false, saturates: 'below', gradient: { text: 'vanishes for very negative x' } },
  kinkNote: 'Derivative at 0 is λ·α ≈ 1.758, as PyTorch gives.',
  kernels: () => ({ f: e.selu, df: e.seluDerivative }),
});

export const gelu = elementwise({
  id: 'gelu',
  name: 'GELU',
  // Not gelu_new or gelu_tanh: those are the tanh form (transformers activations.py, timm create_act.py); the library tables map them.
  aliases: ['GELU', 'gelu_erf'],
  params: [choice('approximate', 'none', ['none', 'tanh'], "'none' is the exact x·Φ(x); 'tanh' the tanh approximation (JAX's and NNlib's default).")],
  formula: { text: "gelu(x) = x·Φ(x) = (x/2)·(1 + erf(x/√2));  tanh form: (x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))" },
  derivativeFormula: { text: "gelu'(x) = Φ(x) + x·φ(x)" },
  formulaVariants: [{
    key: 'tanh',
    when: { approximate: 'tanh' },
    formula: { text: 'gelu(x) ≈ (x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))' },
    derivativeFormula: { text: "gelu'(x) ≈ σ(2u)·(1 + 2x·u'·(1 − σ(2u))), u = √(2/π)·(x + 0.044715x³)" },
  }],
  description: 'x weighted by the probability that a standard normal is below it: a smooth ReLU used by BERT and GPT.',
  properties: {
    range: '[≈ −0.170, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'below',
    gradient: { text: 'vanishes for very negative x; zero at x ≈ −0.752 (the minimum)' },
    minimum: { x: -0.7518 },
  },
  kernels: (p) =>
    p.approximate === 'tanh' ? { f: g.geluTanh, df: g.geluTanhDerivative } : { f: g.gelu, df: g.geluDerivative },
});

export const exponential = elementwise({
  id: 'exponential',
  name: 'Exponential',
  aliases: ['exp'],
  formula: { text: 'exp(x) = eˣ' },
  derivativeFormula: { text: "exp'(x) = eˣ" },
  description: 'eˣ (Keras’s "exponential" activation): positive, unbounded, overflows past x ≈ 709.78.',
  properties: { range: '(0, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'below', gradient: { text: 'vanishes for very negative x' } },
  kernels: () => ({ f: e.exponential, df: e.exponential }),
});

export const linear = elementwise({
  id: 'linear',
  name: 'Linear (identity)',
  aliases: ['identity', 'Identity', 'none'],
  formula: { text: 'linear(x) = x' },
  derivativeFormula: { text: "linear'(x) = 1" },
  description: 'No activation: the identity, used for regression outputs and as a baseline.',
  properties: { range: '(−∞, ∞)', monotonic: true, smooth: true, zeroCentered: true, saturates: 'none', gradient: { text: 'constant 1' } },
  kernels: () => ({ f: e.identity, df: e.one }),
});

export const erf = elementwise({
  id: 'erf',
  name: 'erf',
  aliases: ['error_function'],
  formula: { text: 'erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt' },
  derivativeFormula: { text: "erf'(x) = (2/√π)·e^(−x²)" },
  description: 'The Gauss error function, the heart of exact GELU: odd, range (−1, 1), saturating fast.',
  properties: { range: '(−1, 1)', monotonic: true, smooth: true, zeroCentered: true, saturates: 'both', gradient: { text: 'vanishes for |x| ≳ 3 (e^(−x²))' } },
  kernels: () => ({ f: e.erf, df: e.erfDerivative }),
});

// transformers ClippedGELUActivation, ACT2FN["gelu_10"] = (ClippedGELUActivation, {min: -10, max: 10})
// (src/transformers/activations.py @00e12e7): torch.clip(gelu(x), min, max) with the exact (erf) GELU.
export const gelu_10 = elementwise({
  id: 'gelu_10',
  name: 'Clipped GELU',
  aliases: ['clipped_gelu', 'ClippedGELU', 'ClippedGELUActivation'],
  params: [
    num('min', -10, 'Lower clip of the output (transformers: −10).', { slider: [-10, 0] }),
    num('max', 10, 'Upper clip of the output (transformers: 10, for int8 quantization ranges).', { slider: [0, 10] }),
  ],
  check: (p) => ((p.min as number) > (p.max as number) ? `min must be ≤ max, got min=${p.min}, max=${p.max}` : undefined),
  formula: { text: 'gelu_10(x) = clip(x·Φ(x), min, max)' },
  derivativeFormula: { text: "gelu'(x) where min ≤ gelu(x) ≤ max, else 0" },
  description: 'GELU clipped to [min, max] (Q8BERT-style quantization): the exact GELU, flat at max above x ≈ max.',
  properties: {
    range: '[max(min, −0.170), max]', monotonic: false, smooth: false, zeroCentered: false, saturates: 'both',
    gradient: { text: 'exactly 0 where GELU passes max (x > 10 by default); vanishes for very negative x' },
    deadRegion: true, minimum: { x: -0.7518 },
  },
  kinkNote: "torch.clip passes the gradient where min ≤ gelu(x) ≤ max, ends included, as PyTorch's autograd gives.",
  kernels: (p) => {
    const lo = p.min as number;
    const hi = p.max as number;
    return {
      f: (x) => { const y = g.gelu(x); return y < lo ? lo : y > hi ? hi : y; },
      df: (x) => { const y = g.gelu(x); return y >= lo && y <= hi ? g.geluDerivative(x) : y !== y ? y : 0; },
    };
  },
});

// transformers LaplaceActivation (src/transformers/activations.py @v4.57, ACT2CLS "laplace"), MEGA's attention
// activation: 0.5 * (1 + erf((x - mu) / (sigma * sqrt(2)))), mu = 0.707107, sigma = 0.282095.
export const laplace = elementwise({
  id: 'laplace',
  name: 'Laplace',
  aliases: ['LaplaceActivation', 'laplace_attention'],
  params: [
    num('mu', 0.707107, 'Centre μ (≈ √½ in MEGA, fitted to relu²).', { slider: [-3, 3] }),
    num('sigma', 0.282095, 'Width σ > 0 (≈ 1/√(4π) in MEGA).', { min: 0, minExclusive: true, slider: [0.05, 3] }),
  ],
  formula: { text: 'laplace(x) = ½·(1 + erf((x − μ)/(σ√2)))' },
  derivativeFormula: { text: "laplace'(x) = e^(−(x − μ)²/(2σ²)) / (σ√(2π))" },
  description: "The normal CDF at (x − μ)/σ (MEGA's attention activation): a bounded stand-in for relu² with a bounded gradient.",
  properties: {
    range: '(0, 1)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'both',
    gradient: { text: 'peaks at 1/(σ√(2π)) ≈ 1.414 at x = μ; vanishes a few σ away' },
  },
  kernels: (p) => lp.laplaceKernels(p.mu as number, p.sigma as number),
});

// transformers XIELUActivation (src/transformers/activations.py @v4.57, ACT2CLS "xielu"; Huang et al.,
// arXiv:2411.13010) at its initial values: α_p = α_n = 0.8, β = 0.5, ε = −1e−6 (α_p, α_n are learned).
export const xielu = elementwise({
  id: 'xielu',
  name: 'xIELU',
  aliases: ['XIELU', 'XIELUActivation', 'xIELU'],
  params: [
    num('alpha_p', 0.8, 'Curvature α_p of the positive side α_p·x² + β·x (learned; 0.8 at init).', { min: 0, slider: [0, 3] }),
    num('alpha_n', 0.8, 'Weight α_n of the negative side α_n·(expm1(x) − x) (learned, > β; 0.8 at init).', { min: 0, slider: [0, 3] }),
    num('beta', 0.5, 'Slope β at 0 on both sides.', { slider: [0, 2] }),
    num('eps', -1e-6, 'The negative side uses expm1(min(x, ε)).', { max: 0, slider: [-0.1, 0] }),
  ],
  formula: { text: 'xielu(x) = α_p·x² + β·x if x > 0 else α_n·(expm1(min(x, ε)) − x) + β·x' },
  derivativeFormula: { text: "2α_p·x + β if x > 0, β − α_n if ε < x ≤ 0, α_n·(eˣ − 1) + β if x < ε" },
  description: 'Expanded integral of ELU (Apertus): quadratic for positives, an ELU-like integral with a slope for negatives.',
  properties: {
    range: '[≈ −0.206, ∞) at the initial values', monotonic: false, smooth: false, zeroCentered: false, saturates: 'none',
    gradient: { text: 'never vanishes far out (β − α_n below, growing above); zero at x ≈ −0.98 (the minimum)' },
  },
  kinkNote: "torch.where takes the negative branch at x = 0 (slope β − α_n), and torch.min splits the gradient at x = ε, as PyTorch's autograd gives.",
  kernels: (p) => {
    const ap = p.alpha_p as number;
    const an = p.alpha_n as number;
    const b = p.beta as number;
    const eps = p.eps as number;
    return { f: (x) => e.xielu(x, ap, an, b, eps), df: (x) => e.xieluDerivative(x, ap, an, b, eps) };
  },
});
