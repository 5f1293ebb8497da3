// Definitions of the distribution-valued vector functions: softmax, log_softmax, softmin, argmax, sparsemax.
import { vector } from '../define';
import { dimParam, num } from '../params';
import * as sm from '../functions/softmax';
import { alongDim, someEntry } from '../tensor';
import type { Properties, ResolvedParams, Tensor } from '../types';

const dim = dimParam('Axis to normalise along; negative counts from the end.');
const temperature = num('temperature', 1, 'Divides the logits: T < 1 sharpens, T > 1 flattens.', { min: 0, minExclusive: true, slider: [0.05, 20] });
const posInfNote = (xs: Tensor) => (someEntry(xs, (x) => x === Infinity) ? 'PyTorch gives NaN for a +inf logit; shown here is the limit (the +inf entries share the mass).' : undefined);

const distribution: Properties = {
  range: '(0, 1), summing to 1', monotonic: true, smooth: true, zeroCentered: false, saturates: 'both',
  gradient: { text: 'vanishes when one logit dominates (p ≈ one-hot)' },
};

const T = (p: ResolvedParams) => p.temperature as number;
const D = (p: ResolvedParams) => p.dim as number;

export const softmax = vector({
  id: 'softmax',
  name: 'Softmax',
  aliases: ['Softmax', 'soft_max'],
  params: [dim, temperature],
  formula: { text: 'softmax(x)_i = e^(x_i/T) / Σ_j e^(x_j/T)' },
  derivativeFormula: { text: '∂p_i/∂x_j = p_i·(δ_ij − p_j)/T' },
  description: 'Turns logits into a probability distribution; temperature T sharpens (T < 1) or flattens (T > 1) it.',
  view: { kind: 'distribution', fn: 'softmax', log: false },
  properties: distribution,
  caveat: posInfNote,
  value: (xs, p) => alongDim(xs, D(p), (v) => sm.softmax1d(v, T(p))),
  jacobian: (xs, p) => sm.softmaxJacobian(sm.softmax1d(xs, T(p)), T(p)),
});

export const log_softmax = vector({
  id: 'log_softmax',
  name: 'Log-softmax',
  aliases: ['logsoftmax', 'logSoftmax', 'LogSoftmax'],
  params: [dim, temperature],
  formula: { text: 'log_softmax(x)_i = x_i/T − log Σ_j e^(x_j/T)' },
  derivativeFormula: { text: '∂ℓ_i/∂x_j = (δ_ij − p_j)/T' },
  description: 'The log of softmax computed directly (no log(0)): what cross-entropy losses consume.',
  view: { kind: 'distribution', fn: 'softmax', log: true },
  properties: { ...distribution, range: '(−∞, 0]', gradient: { text: 'never vanishes for the non-maximal entries' } },
  caveat: posInfNote,
  value: (xs, p) => alongDim(xs, D(p), (v) => sm.logSoftmax1d(v, T(p))),
  jacobian: (xs, p) => sm.logSoftmaxJacobian(sm.softmax1d(xs, T(p)), T(p)),
});

export const softmin = vector({
  id: 'softmin',
  name: 'Softmin',
  aliases: ['Softmin', 'soft_min'],
  params: [dim, temperature],
  formula: { text: 'softmin(x)_i = e^(−x_i/T) / Σ_j e^(−x_j/T)' },
  derivativeFormula: { text: '∂p_i/∂x_j = −p_i·(δ_ij − p_j)/T' },
  description: 'Softmax of the negated inputs: the smallest entry gets the most mass.',
  view: { kind: 'distribution', fn: 'softmin' },
  properties: distribution,
  value: (xs, p) => alongDim(xs, D(p), (v) => sm.softmax1d(sm.negate(v), T(p))),
  jacobian: (xs, p) => sm.softmaxJacobian(sm.softmax1d(sm.negate(xs), T(p)), T(p)).map((r) => r.map((v) => -v)),
});

export const argmax = vector({
  id: 'argmax',
  name: 'Argmax',
  aliases: ['arg_max', 'hardmax'],
  params: [dim],
  formula: { text: 'argmax(x) = the index i of the largest x_i (one-hot: e_i)' },
  derivativeFormula: { text: 'zero almost everywhere: no gradient flows' },
  description: 'The index of the largest entry (the first one on ties, NaN wins as in PyTorch); as a one-hot vector it is softmax at T → 0.',
  view: { kind: 'distribution', fn: 'softmax' },
  properties: { range: '{0, …, n − 1}', monotonic: false, smooth: false, zeroCentered: false, saturates: 'none', gradient: { text: 'zero everywhere it is defined' } },
  value: (xs, p) => alongDim(xs, D(p), (v) => [sm.argmax1d(v)], undefined, true),
});

export const sparsemax = vector({
  id: 'sparsemax',
  name: 'Sparsemax',
  aliases: ['sparse_max', 'Sparsemax'],
  params: [dim],
  formula: { text: 'sparsemax(x)_i = max(x_i − τ, 0), τ chosen so the entries sum to 1' },
  derivativeFormula: { text: '∂p/∂x = diag(s) − s·sᵀ/|S| on the support S' },
  description: 'Like softmax but returns exact zeros: the projection of the logits onto the probability simplex.',
  view: { kind: 'distribution', fn: 'sparsemax', log: false },
  properties: { ...distribution, range: '[0, 1], summing to 1', smooth: false, gradient: { text: 'exactly 0 for entries outside the support' } },
  value: (xs, p) => alongDim(xs, D(p), (v) => sm.sparsemax1d(v)),
  jacobian: (xs) => sm.sparsemaxJacobian(sm.sparsemax1d(xs)),
});
