// Definitions of the ELU family, GELU, and the plain functions (exponential, linear, erf).
import { elementwise } from '../define';
import { choice, num } from '../params';
import * as e from '../functions/exponential';
import * as g from '../functions/gelu';

const alpha = (d: string) => num('alpha', 1, d, { slider: [0, 3] });

export const elu = elementwise({
  id: 'elu',
  name: 'ELU',
  aliases: ['ELU'],
  params: [alpha('Negative saturation value −α.')],
  formula: { tex: '\\operatorname{elu}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}', text: 'elu(x) = x if x > 0 else α·(eˣ − 1)' },
  derivativeFormula: { tex: "\\operatorname{elu}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}", text: "1 if x > 0 else α·eˣ" },
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
  formula: { tex: '\\operatorname{celu}(x) = \\max(0, x) + \\min\\left(0, \\alpha\\,(e^{x/\\alpha} - 1)\\right)', text: 'celu(x) = max(0, x) + min(0, α·(e^(x/α) − 1))' },
  derivativeFormula: { tex: "\\operatorname{celu}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}", text: "1 if x > 0 else e^(x/α)" },
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
  formula: {
    tex: '\\operatorname{selu}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    text: 'selu(x) = λ·x if x > 0 else λ·α·(eˣ − 1)  (λ ≈ 1.0507, α ≈ 1.6733)',
  },
  derivativeFormula: { tex: "\\operatorname{selu}'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}", text: "λ if x > 0 else λ·α·eˣ" },
  description: 'Scaled ELU with constants chosen so activations self-normalise to mean 0 and variance 1.',
  properties: { range: '(−λα, ∞) ≈ (−1.758, ∞)', monotonic: true, smooth: false, zeroCentered: false, saturates: 'below', gradient: { text: 'vanishes for very negative x' } },
  kinkNote: 'Derivative at 0 is λ·α ≈ 1.758, as PyTorch gives.',
  kernels: () => ({ f: e.selu, df: e.seluDerivative }),
});

export const gelu = elementwise({
  id: 'gelu',
  name: 'GELU',
  aliases: ['GELU', 'gelu_new', 'gelu_tanh', 'gelu_erf'],
  params: [choice('approximate', 'none', ['none', 'tanh'], "'none' is the exact x·Φ(x); 'tanh' the tanh approximation (JAX's and NNlib's default).")],
  formula: {
    tex: '\\operatorname{gelu}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt2}\\right)',
    text: "gelu(x) = x·Φ(x) = (x/2)·(1 + erf(x/√2));  tanh form: (x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))",
  },
  derivativeFormula: { tex: "\\operatorname{gelu}'(x) = \\Phi(x) + x\\,\\varphi(x)", text: "gelu'(x) = Φ(x) + x·φ(x)" },
  formulaVariants: [{
    key: 'tanh',
    when: { approximate: 'tanh' },
    formula: {
      tex: '\\operatorname{gelu}(x) \\approx \\frac{x}{2}\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)\\right)\\right)',
      text: 'gelu(x) ≈ (x/2)·(1 + tanh(√(2/π)·(x + 0.044715x³)))',
    },
    derivativeFormula: {
      tex: "\\operatorname{gelu}'(x) \\approx \\sigma(2u)\\left(1 + 2x\\,u'\\,(1 - \\sigma(2u))\\right),\\; u = \\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)",
      text: "gelu'(x) ≈ σ(2u)·(1 + 2x·u'·(1 − σ(2u))), u = √(2/π)·(x + 0.044715x³)",
    },
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
  formula: { tex: '\\exp(x) = e^{x}', text: 'exp(x) = eˣ' },
  derivativeFormula: { tex: "\\exp'(x) = e^{x}", text: "exp'(x) = eˣ" },
  description: 'eˣ (Keras’s "exponential" activation): positive, unbounded, overflows past x ≈ 709.78.',
  properties: { range: '(0, ∞)', monotonic: true, smooth: true, zeroCentered: false, saturates: 'below', gradient: { text: 'vanishes for very negative x' } },
  kernels: () => ({ f: e.exponential, df: e.exponential }),
});

export const linear = elementwise({
  id: 'linear',
  name: 'Linear (identity)',
  aliases: ['identity', 'Identity', 'none'],
  formula: { tex: '\\operatorname{linear}(x) = x', text: 'linear(x) = x' },
  derivativeFormula: { tex: "\\operatorname{linear}'(x) = 1", text: "linear'(x) = 1" },
  description: 'No activation: the identity, used for regression outputs and as a baseline.',
  properties: { range: '(−∞, ∞)', monotonic: true, smooth: true, zeroCentered: true, saturates: 'none', gradient: { text: 'constant 1' } },
  kernels: () => ({ f: e.identity, df: e.one }),
});

export const erf = elementwise({
  id: 'erf',
  name: 'erf',
  aliases: ['error_function'],
  formula: { tex: '\\operatorname{erf}(x) = \\frac{2}{\\sqrt\\pi}\\int_0^x e^{-t^2}\\,dt', text: 'erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt' },
  derivativeFormula: { tex: "\\operatorname{erf}'(x) = \\frac{2}{\\sqrt\\pi}\\,e^{-x^2}", text: "erf'(x) = (2/√π)·e^(−x²)" },
  description: 'The Gauss error function, the heart of exact GELU: odd, range (−1, 1), saturating fast.',
  properties: { range: '(−1, 1)', monotonic: true, smooth: true, zeroCentered: true, saturates: 'both', gradient: { text: 'vanishes for |x| ≳ 3 (e^(−x²))' } },
  kernels: () => ({ f: e.erf, df: e.erfDerivative }),
});
