// Definitions of the vector functions over two halves of `dim` (glu and the gated MLP family of modern LLMs)
// and crelu's concatenation. Each names, as its view, the element-wise function it applies.
import { vector } from '../define';
import { choice, dimParam } from '../params';
import * as gf from '../functions/gated';
import * as g from '../functions/gelu';
import * as pw from '../functions/piecewise';
import * as s from '../functions/sigmoid';
import { alongDim } from '../tensor';
import type { Properties, ResolvedParams, ScalarKernels } from '../types';

const half = dimParam('Axis split in half (x = [a, b]); negative counts from the end.');
const D = (p: ResolvedParams) => p.dim as number;

const SIGMOID: ScalarKernels = { f: s.sigmoid, df: s.sigmoidDerivative };
const SILU: ScalarKernels = { f: (x) => s.silu(x, 1), df: (x) => s.siluDerivative(x, 1) };
const RELU: ScalarKernels = { f: pw.relu, df: pw.reluDerivative };
const geluKernels = (p: ResolvedParams): ScalarKernels =>
  p.approximate === 'tanh' ? { f: g.geluTanh, df: g.geluTanhDerivative } : { f: g.gelu, df: g.geluDerivative };

const gatedProps = (gradient: string): Properties => ({
  range: '(−∞, ∞)', monotonic: false, smooth: true, zeroCentered: false, saturates: 'none', gradient: { text: gradient },
});

/** value and Jacobian of g(a)·b (or a·g(b)) along dim, halving that axis. */
function gatedParts(id: string, kernels: (p: ResolvedParams) => ScalarKernels, gate: gf.GatedHalf) {
  return {
    value: (xs: Parameters<typeof alongDim>[0], p: ResolvedParams) =>
      alongDim(xs, D(p), (v) => gf.gated1d(id, v, kernels(p).f, gate), (n) => n / 2),
    jacobian: (xs: readonly number[], p: ResolvedParams) => gf.gatedJacobian(id, xs, kernels(p), gate),
  };
}

export const glu = vector({
  id: 'glu',
  name: 'GLU',
  aliases: ['GLU', 'gated_linear_unit'],
  params: [half],
  formula: { text: 'glu(x) = a ⊗ σ(b), where x = [a, b] split in half along dim' },
  derivativeFormula: { text: '∂/∂a = σ(b), ∂/∂b = a·σ(b)·(1 − σ(b))' },
  description: 'Gated linear unit: the first half of the input, gated by the sigmoid of the second half.',
  view: { kind: 'curve', id: 'sigmoid', note: 'glu(a, b) = a·σ(b): the gate σ applied to the second half' },
  properties: gatedProps('vanishes where the gate σ(b) saturates'),
  ...gatedParts('glu', () => SIGMOID, 'second'),
});

// The gated MLPs of Shazeer, "GLU Variants Improve Transformer" (2020): x.chunk(2, dim) then act(a)·b, as
// LLaMA's and PaLM's SwiGLU, T5 v1.1's GeGLU.
export const swiglu = vector({
  id: 'swiglu',
  name: 'SwiGLU',
  aliases: ['SwiGLU', 'swi_glu', 'silu_glu'],
  params: [half],
  formula: { text: 'swiglu(x) = silu(a) ⊗ b, where x = [a, b] split in half along dim' },
  derivativeFormula: { text: "∂/∂a = silu'(a)·b, ∂/∂b = silu(a)" },
  description: 'The LLaMA/PaLM MLP gate: the SiLU of the first half times the second half.',
  view: { kind: 'curve', id: 'silu', note: 'swiglu(a, b) = silu(a)·b: the gate silu applied to the first half' },
  properties: gatedProps('through b wherever silu(a) ≠ 0; through a as silu′(a)·b, vanishing for very negative a'),
  ...gatedParts('swiglu', () => SILU, 'first'),
});

export const geglu = vector({
  id: 'geglu',
  name: 'GeGLU',
  aliases: ['GeGLU', 'ge_glu', 'gelu_glu'],
  params: [half, choice('approximate', 'none', ['none', 'tanh'], "GELU's form: 'none' is x·Φ(x), 'tanh' the tanh approximation.")],
  formula: { text: 'geglu(x) = gelu(a) ⊗ b, where x = [a, b] split in half along dim' },
  derivativeFormula: { text: "∂/∂a = gelu'(a)·b, ∂/∂b = gelu(a)" },
  formulaVariants: [{
    key: 'tanh',
    when: { approximate: 'tanh' },
    formula: { text: 'geglu(x) ≈ (a/2)·(1 + tanh(√(2/π)·(a + 0.044715a³))) ⊗ b' },
    derivativeFormula: { text: "∂/∂a = gelu_tanh'(a)·b, ∂/∂b = gelu_tanh(a)" },
  }],
  description: 'The T5 v1.1 MLP gate: the GELU (exact or tanh form) of the first half times the second half.',
  view: { kind: 'curve', id: 'gelu', note: 'geglu(a, b) = gelu(a)·b: the gate gelu applied to the first half' },
  properties: gatedProps('through b wherever gelu(a) ≠ 0; through a as gelu′(a)·b, vanishing for very negative a'),
  ...gatedParts('geglu', geluKernels, 'first'),
});

export const reglu = vector({
  id: 'reglu',
  name: 'ReGLU',
  aliases: ['ReGLU', 're_glu', 'relu_glu'],
  params: [half],
  formula: { text: 'reglu(x) = relu(a) ⊗ b, where x = [a, b] split in half along dim' },
  derivativeFormula: { text: '∂/∂a = b if a > 0 else 0, ∂/∂b = relu(a)' },
  description: 'A ReLU-gated linear unit: the ReLU of the first half times the second half.',
  view: { kind: 'curve', id: 'relu', note: 'reglu(a, b) = relu(a)·b: the gate relu applied to the first half' },
  properties: { ...gatedProps('exactly 0 through both halves wherever a ≤ 0'), smooth: false },
  ...gatedParts('reglu', () => RELU, 'first'),
});

// tf.nn.crelu(features, axis=-1) = relu(concat([x, −x], axis)): tensorflow tensorflow/python/ops/nn_ops.py @58f2479.
export const crelu = vector({
  id: 'crelu',
  name: 'CReLU',
  aliases: ['CReLU', 'concatenated_relu'],
  params: [dimParam('Axis to concatenate along (it doubles in size); negative counts from the end.')],
  formula: { text: 'crelu(x) = [relu(x), relu(−x)], concatenated along dim' },
  derivativeFormula: { text: '∂/∂x = [diag(x > 0); −diag(x < 0)]' },
  description: 'Concatenated ReLU: keeps the positive and the negative part as separate channels, so nothing is zeroed away.',
  view: { kind: 'curve', id: 'relu', note: 'crelu(x) = [relu(x), relu(−x)]: relu applied to x and to −x' },
  properties: {
    range: '[0, ∞), twice as many entries', monotonic: false, smooth: false, zeroCentered: false, saturates: 'none',
    gradient: { text: 'every input reaches one half: never dead (0 only at x = 0)' },
  },
  value: (xs, p) => alongDim(xs, D(p), (v) => gf.crelu1d(v, pw.relu), (n) => 2 * n),
  jacobian: (xs) => gf.creluJacobian(xs, pw.reluDerivative),
});
