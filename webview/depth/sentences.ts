// One plain sentence under each Depth chart, tying what is on screen to the seed's claim. Pure (no DOM):
// built from the theory curves and, once they arrive, the simulation's and the training run's numbers.
import { formatNumber } from '../../src/core';
import { INIT_LABELS, type DepthState } from '../../src/protocol';
import type { Phase, TheoryCurve } from './theory';
import type { SimulatedNetwork, TrainedNetwork } from './workerProtocol';

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A ratio people can read: 0.42, 17, 3·10⁻⁷, 2·10¹². */
export function formatRatio(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '−∞' : 'undefined';
  if (x === 0) return '0';
  if (Math.abs(x) >= 0.01 && Math.abs(x) < 1000) return formatNumber(x, 2);
  const [mantissa, exp] = x.toExponential(0).split('e');
  const power = String(Number(exp)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${mantissa.replace('-', '−')}·10${power}`;
}

export const percent = (f: number) => `${formatNumber(100 * f, 2)} %`;

const PHASE_WORDS: Record<Phase, string> = {
  ordered: 'ordered: gradients vanish',
  critical: 'on the edge of chaos: gradients keep their size',
  chaotic: 'chaotic: gradients explode',
};

/** "Glorot/Xavier normal (σw² = 1, σb² = 0)": the network as the user set it. */
export function networkWords(s: DepthState, weightVariance: number): string {
  return `${INIT_LABELS[s.init]} (σw² = ${formatNumber(weightVariance, 3)}, σb² = ${formatNumber(s.biasVariance, 3)})`;
}

/** Under the q/χ chart: where the variance goes and what χ does per layer. */
export function signalSentence(curves: readonly TheoryCurve[], s: DepthState, weightVariance: number): string {
  const clauses = curves.map((c) => {
    const last = c.chi[c.chi.length - 1] ?? NaN;
    return `${c.name}'s q goes from ${formatNumber(c.q[0], 3)} to ${formatNumber(c.q[c.q.length - 1], 3)} with χ = ${formatNumber(last, 3)} per layer (${PHASE_WORDS[c.phase]})`;
  });
  return `With ${networkWords(s, weightVariance)} over ${s.depth} layers, ${clauses.join('; ')}.`;
}

/** Under the χ chart: what the factor does to the gradient, layer after layer. */
export function chiSentence(curves: readonly TheoryCurve[]): string {
  const clauses = curves.map((c) => `${c.name}'s χ runs from ${formatNumber(c.chi[0] ?? NaN, 3)} to ${formatNumber(c.chi[c.chi.length - 1] ?? NaN, 3)}`);
  return `The squared gradient is multiplied by χ at every layer: below 1 it vanishes, above 1 it explodes; ${clauses.join('; ')}.`;
}

/** The gradient at layer 1 relative to the output's: measured when the simulation of this state is in, else theory. */
export function firstLayerGradient(c: TheoryCurve, sim: SimulatedNetwork | undefined): { value: number; measured: boolean } {
  const layers = sim?.layers;
  if (layers && layers.length > 0) {
    const out = layers[layers.length - 1].gradNorm;
    return { value: out > 0 ? layers[0].gradNorm / out : NaN, measured: true };
  }
  return { value: c.gradient[0], measured: false };
}

/** Under the gradient chart: the seed's "reduces its usefulness, especially as more layers are added". */
export function gradientSentence(curves: readonly TheoryCurve[], sims: readonly (SimulatedNetwork | undefined)[], s: DepthState): string {
  const clauses = curves.map((c, i) => {
    const g = firstLayerGradient(c, sims[i]);
    return `${c.name} with ${INIT_LABELS[s.init]}: the gradient reaching layer 1 is ${formatRatio(g.value)} of the output's${g.measured ? ' (measured)' : ' (theory)'}`;
  });
  return `${clauses.join('; ')}.`;
}

/** Under the distributions chart: where each activation's outputs sit at the layer shown. */
export function distributionSentence(names: readonly string[], sims: readonly (SimulatedNetwork | undefined)[], layer: number): string {
  const clauses: string[] = [];
  sims.forEach((sim, i) => {
    const l = sim?.layers[layer - 1];
    if (!l) return;
    const span = occupied(l.histogram);
    clauses.push(`${names[i]}'s outputs lie in [${formatNumber(span.min, 3)}, ${formatNumber(span.max, 3)}]`);
  });
  if (clauses.length === 0) return 'The distributions appear when the simulation has run.';
  return `At layer ${layer}, ${clauses.join('; ')}.`;
}

/** The range of the histogram's non-empty bins. */
export function occupied(h: { min: number; max: number; counts: readonly number[] }): { min: number; max: number } {
  const n = h.counts.length;
  const first = h.counts.findIndex((c) => c > 0);
  let last = n - 1;
  while (last > 0 && h.counts[last] === 0) last--;
  if (first < 0 || n === 0) return { min: h.min, max: h.max };
  const w = (h.max - h.min) / n;
  return { min: h.min + first * w, max: h.min + (last + 1) * w };
}

/** Under the dead/saturated chart: the seed's "always inactive" units, and saturation. */
export function deadSentence(names: readonly string[], sims: readonly (SimulatedNetwork | undefined)[]): string {
  const clauses: string[] = [];
  sims.forEach((sim, i) => {
    if (!sim || sim.layers.length === 0) return;
    const dead = Math.max(...sim.layers.map((l) => l.dead));
    const sat = sim.layers.reduce((a, l) => a + l.saturated, 0) / sim.layers.length;
    clauses.push(`${names[i]}: at most ${percent(dead)} of a layer's units dead, ${percent(sat)} of unit-inputs saturated on average`);
  });
  if (clauses.length === 0) return 'Dead and saturated fractions appear when the simulation has run.';
  return `${clauses.join('; ')} (dead = zero for every input of the batch, the seed's "always inactive").`;
}

/** Under the phase diagram: which side of each critical line the user's point is on. */
export function phaseSentence(curves: readonly TheoryCurve[], s: DepthState, weightVariance: number): string {
  const clauses = curves.map((c) => {
    const crit = Number.isFinite(c.critical) ? `critical σw² = ${formatNumber(c.critical, 3)}` : 'no edge of chaos found';
    return `${c.phase === 'critical' ? 'on the edge of chaos' : `in the ${c.phase} phase`} for ${c.name} (${crit})`;
  });
  return `Your point (σb² = ${formatNumber(s.biasVariance, 3)}, σw² = ${formatNumber(weightVariance, 3)}) is ${clauses.join(', ')}.`;
}

/** Under the training curves: the seed's dying ReLU. */
export function trainingSentence(names: readonly string[], runs: readonly TrainedNetwork[] | undefined, s: DepthState): string {
  if (!runs || runs.length === 0) return 'The training curves appear when the run has finished.';
  const t = s.training;
  const clauses = runs.map((r, i) => {
    const loss = r.loss[r.loss.length - 1] ?? NaN;
    const dead = r.dead[r.dead.length - 1] ?? NaN;
    return `${names[i] ?? r.id} ends at loss ${formatNumber(loss, 3)} with ${percent(dead)} of its units dead`;
  });
  return `After ${t.steps} steps of ${t.optimizer === 'adam' ? 'Adam' : 'SGD'} at learning rate ${formatNumber(t.learningRate, 3)} on ${t.dataset}, ${clauses.join('; ')}.`;
}
