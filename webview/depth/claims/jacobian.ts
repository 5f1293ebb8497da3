// The softmax tab's Jacobian beside argmax's gradient, with no DOM: ∂pᵢ/∂xⱼ from the core's Jacobian kernels
// (softmax, softmin, sparsemax), cut to the first cells that fit a heatmap, and argmax's zero matrix, the
// seed's "we can't backpropagate a network with an ArgMax". Unit-tested in plain Node.
import { formatNumber } from '../../../src/core';
import { softmaxJacobian, sparsemaxJacobian } from '../../../src/core/functions/softmax';
import type { VectorFunction } from '../../../src/protocol';

/** cells per side the heatmap shows (a 1,000-logit Jacobian is a million cells) */
export const HEATMAP_MAX = 24;

export interface JacobianView {
  /** rows i, columns j, over the first n logits */
  readonly cells: readonly (readonly number[])[];
  /** how many logits there are in all (n may be fewer) */
  readonly total: number;
  /** max |∂pᵢ/∂xⱼ| over the cells shown (the colour scale's end) */
  readonly scale: number;
}

/**
 * The Jacobian of `fn` at the distribution `p` it produced (temperature T; sparsemax has none), first
 * HEATMAP_MAX rows and columns. Softmax's cell (i, j) depends only on pᵢ and pⱼ, so the block comes from the
 * first entries of p; sparsemax's depends on the whole support, so it is computed whole (at most 1,000²).
 */
export function jacobianOf(fn: VectorFunction, p: readonly number[], temperature: number): JacobianView {
  const n = Math.min(HEATMAP_MAX, p.length);
  let cells: number[][];
  if (fn === 'sparsemax') cells = sparsemaxJacobian([...p]).slice(0, n).map((row) => row.slice(0, n));
  else {
    cells = softmaxJacobian(p.slice(0, n), temperature);
    // softmin(x) = softmax(−x): the chain rule flips every sign (as the core's softmin definition does)
    if (fn === 'softmin') cells = cells.map((row) => row.map((v) => -v));
  }
  let scale = 0;
  for (const row of cells) for (const v of row) scale = Math.max(scale, Math.abs(v));
  return { cells, total: p.length, scale };
}

/** argmax's Jacobian: zero wherever it is defined (it is piecewise constant). */
export function argmaxJacobian(n: number): number[][] {
  const k = Math.min(HEATMAP_MAX, n);
  return Array.from({ length: k }, () => new Array<number>(k).fill(0));
}

/** The sentence under the pair. */
export function jacobianSentence(fn: VectorFunction, j: JacobianView, temperature: number): string {
  const t = fn === 'sparsemax' ? '' : ` at T = ${formatNumber(temperature, 3)}`;
  const cut = j.total > j.cells.length ? ` (first ${j.cells.length} of ${j.total} logits)` : '';
  return `${fn}${t}: the largest |∂pᵢ/∂xⱼ| is ${formatNumber(j.scale, 3)}${cut}, so a gradient flows back to every logit; ` +
    `argmax's is 0 everywhere — "we can't backpropagate a network with an ArgMax".`;
}
