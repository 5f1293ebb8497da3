// Mean-field signal propagation through a wide random network (Poole et al. 2016; Schoenholz et
// al. 2017): the per-layer pre-activation variance q and gradient growth factor χ, and the edge of
// chaos, the weight variance at which χ = 1 at the variance map's fixed point.
import type { Params } from '../types';
import { checkFinite, checkInteger } from './checks';
import { bindActivation, expectationsAt } from './expectations';
import type { BoundActivation } from './expectations';

/** Layers a theory curve may have: far past any chart, small enough to bound the work. */
export const MAX_THEORY_DEPTH = 10_000;

export interface PropagationSettings {
  /** σw²: the variance of a weight times the fan-in. */
  readonly weightVariance: number;
  /** σb²: the variance of a bias. */
  readonly biasVariance: number;
  /** q⁰: the variance of the network's input pre-activations. */
  readonly inputVariance: number;
  /** Number of layers (an integer in [0, 10,000]). */
  readonly depth: number;
}

export interface Propagation {
  /** q[0] = inputVariance, q[l+1] = σw²·E_{z∼N(0,q[l])}[f(z)²] + σb² (length depth + 1). */
  readonly q: number[];
  /** χ[l] = σw²·E_{z∼N(0,q[l])}[f′(z)²] (length depth); NaN once q has overflowed to ∞. */
  readonly chi: number[];
}

function checkSettings(s: PropagationSettings): PropagationSettings {
  const owner = 'signalPropagation';
  const depth = checkInteger(owner, 'depth', s?.depth, 0, MAX_THEORY_DEPTH);
  return {
    weightVariance: checkFinite(owner, 'weightVariance', s.weightVariance, true),
    biasVariance: checkFinite(owner, 'biasVariance', s.biasVariance, true),
    inputVariance: checkFinite(owner, 'inputVariance', s.inputVariance, true),
    depth,
  };
}

/** The q and χ recursions for a bound activation (no checking). */
export function propagate(b: BoundActivation, w: number, bias: number, q0: number, depth: number): Propagation {
  const q = [q0];
  const chi: number[] = [];
  let last = { q: NaN, f2: NaN, df2: NaN };
  for (let l = 0; l < depth; l++) {
    const ql = q[l];
    if (!Number.isFinite(ql)) {
      q.push(Infinity);
      chi.push(NaN);
      continue;
    }
    // Once q has reached its fixed point to the last bit, every later layer is the same integral.
    if (ql !== last.q) {
      const e = expectationsAt(b, 0, Math.sqrt(ql));
      last = { q: ql, f2: e.f2, df2: e.df2 };
    }
    q.push(w * last.f2 + bias);
    chi.push(w * last.df2);
  }
  return { q, chi };
}

/**
 * Per-layer pre-activation variance q and gradient growth factor χ of a wide random MLP with
 * activation `id` and `params`, weights of variance σw²/fan-in and biases of variance σb².
 * The product of χ over layers is how the gradient's squared norm grows from the output back.
 */
export function signalPropagation(id: string, params: Params | undefined, settings: PropagationSettings): Propagation {
  const b = bindActivation(id, params);
  const s = checkSettings(settings);
  return propagate(b, s.weightVariance, s.biasVariance, s.inputVariance, s.depth);
}
