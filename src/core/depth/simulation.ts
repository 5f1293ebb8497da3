// A random deep MLP, forward and back, deterministic by seed: what the mean-field theory predicts,
// measured. Pre-activations h⁰ ~ N(inputMean, inputVariance) i.i.d. (batch × width), then for each of
// `depth` layers h^(l+1) = W^(l+1)·f(h^l) + b^(l+1), so h^l is what q[l] of `signalPropagation`
// describes. The backward pass sends a standard normal gradient into h^depth and carries
// δ^l = f′(h^l) ⊙ W^(l+1)ᵀ·δ^(l+1) down; its squared norm shrinks or grows by χ[l] per layer.
//
// The work is split into steps (one layer forward or back each) so that a Web Worker can check for
// a cancel between them and report progress; `simulate` runs all steps at once (Node, tests).
import { backwardDense, forwardDense } from './dense';
import { bindActivation } from './expectations';
import type { BoundActivation } from './expectations';
import { summarise } from './histogram';
import type { Summary } from './histogram';
import { haarOrthogonal, sampleDense, sampleOrthogonal, weightVarianceOf } from './init';
import { Random, deriveSeed } from './random';
import { checkSimulationSettings } from './simulationSettings';
import type { SimulationSettings } from './simulationSettings';

export interface LayerStats {
  /** h^l over the batch and the units. */
  readonly preActivation: Summary;
  /** f(h^l). */
  readonly activation: Summary;
  /** Units whose f′(h^l) is 0 for every input of the batch (a dead ReLU: no gradient ever flows). */
  readonly deadFraction: number;
  /** (input, unit) pairs with |f′(h^l)| below the vanishing threshold. */
  readonly saturatedFraction: number;
}

export interface SimulationResult {
  /** depth + 1 entries: h⁰ … h^depth. */
  readonly layers: LayerStats[];
  /** √(mean over the gradient batch of ‖δ^l‖²), l = 0 … depth; δ^depth is N(0, 1) per unit. */
  readonly gradientNorm: number[];
  /** The mean-field σw² and σb² the initialisation amounts to: feed them to `signalPropagation`. */
  readonly weightVariance: number;
  readonly biasVariance: number;
  /** Inputs the gradient norms are averaged over (the first of the batch). */
  readonly gradientBatch: number;
}

const SEED_INPUT = 0x1;
const SEED_LAYER = 0x2;
const SEED_GRADIENT = 0x3;
const SEED_ORTHOGONAL = 0x4;

export class Simulation {
  private readonly s: Required<SimulationSettings>;
  private readonly act: BoundActivation;
  private readonly sw2: number;
  private readonly layers: LayerStats[] = [];
  private readonly gradientNorm: number[];
  /** f′(h^l) for the gradient batch, per layer: all the backward pass needs of the forward one. */
  private readonly slopes: Float32Array[] = [];
  private readonly w: Float64Array;
  private readonly bias: Float64Array;
  private h: Float64Array;
  private a: Float64Array;
  private g: Float64Array;
  private gNext: Float64Array;
  private orthogonal: Float64Array | undefined;
  private stepIndex = 0;

  constructor(settings: SimulationSettings) {
    this.s = checkSimulationSettings(settings);
    this.act = bindActivation(this.s.activation, this.s.params);
    const n = this.s.width;
    this.sw2 = weightVarianceOf(this.s.init, n, n, this.s.weightVariance);
    this.w = new Float64Array(n * n);
    this.bias = new Float64Array(n);
    this.h = new Float64Array(this.s.batch * n);
    this.a = new Float64Array(this.s.batch * n);
    this.g = new Float64Array(this.s.gradientBatch * n);
    this.gNext = new Float64Array(this.s.gradientBatch * n);
    this.gradientNorm = new Array<number>(this.s.depth + 1).fill(NaN);
  }

  /** Steps in all: depth + 1 forward (the input, then each layer) and depth + 1 backward. */
  get totalSteps(): number {
    return (this.s.gradients ? 2 : 1) * (this.s.depth + 1);
  }

  /** Fraction of the steps done, in [0, 1]. */
  get progress(): number {
    return this.stepIndex / this.totalSteps;
  }

  get done(): boolean {
    return this.stepIndex >= this.totalSteps;
  }

  /** Does one step (a layer forward or back); true once everything is done. */
  step(): boolean {
    if (this.done) return true;
    const d = this.s.depth;
    const i = this.stepIndex++;
    if (i === 0) this.input();
    else if (i <= d) this.forward(i);
    else if (i === d + 1) this.topGradient();
    else this.backward(2 * d + 1 - i);
    return this.done;
  }

  /** The result so far (gradient norms NaN until the backward pass reaches them). */
  result(): SimulationResult {
    return {
      layers: this.layers.slice(),
      gradientNorm: this.gradientNorm.slice(),
      weightVariance: this.sw2,
      biasVariance: this.s.biasVariance,
      gradientBatch: this.s.gradientBatch,
    };
  }

  private input(): void {
    const rng = new Random(deriveSeed(this.s.seed, SEED_INPUT));
    rng.fillNormal(this.h, this.s.inputMean, Math.sqrt(this.s.inputVariance));
    this.observe();
  }

  /** Weights and biases of layer l (1-based), regenerated from their own seed when needed again. */
  private sampleLayer(l: number): void {
    const n = this.s.width;
    const rng = new Random(deriveSeed(this.s.seed, SEED_LAYER, l));
    if (this.s.init === 'orthogonal') {
      this.orthogonal ??= haarOrthogonal(n, new Random(deriveSeed(this.s.seed, SEED_ORTHOGONAL)));
      sampleOrthogonal(this.w, this.orthogonal, n, this.sw2, rng);
    } else {
      sampleDense(this.s.init, this.w, n, n, this.sw2, rng);
    }
    rng.fillNormal(this.bias, this.s.biasMean, Math.sqrt(this.s.biasVariance));
  }

  private forward(l: number): void {
    this.sampleLayer(l);
    forwardDense(this.a, this.s.batch, this.s.width, this.w, this.s.width, this.bias, this.h);
    this.observe();
  }

  /** Statistics of the current h, its activation, and the slopes kept for the backward pass. */
  private observe(): void {
    const { batch, width: n, gradientBatch, bins, vanishingThreshold } = this.s;
    const { f, df } = this.act.kernels;
    const alive = new Uint8Array(n);
    const slopes = new Float32Array(this.s.gradients ? gradientBatch * n : 0);
    let saturated = 0;
    for (let b = 0; b < batch; b++) {
      const o = b * n;
      for (let j = 0; j < n; j++) {
        const x = this.h[o + j];
        this.a[o + j] = f(x);
        const d = df(x);
        if (d !== 0) alive[j] = 1;
        if (Math.abs(d) < vanishingThreshold) saturated++;
        if (b < gradientBatch && this.s.gradients) slopes[o + j] = d;
      }
    }
    let dead = 0;
    for (let j = 0; j < n; j++) if (!alive[j]) dead++;
    this.slopes.push(slopes);
    this.layers.push({
      preActivation: summarise(this.h, batch * n, bins),
      activation: summarise(this.a, batch * n, bins),
      deadFraction: dead / n,
      saturatedFraction: saturated / (batch * n),
    });
  }

  private topGradient(): void {
    new Random(deriveSeed(this.s.seed, SEED_GRADIENT)).fillNormal(this.g);
    this.gradientNorm[this.s.depth] = this.rms(this.g);
  }

  /** δ^l = f′(h^l) ⊙ W^(l+1)ᵀ·δ^(l+1). */
  private backward(l: number): void {
    const n = this.s.width;
    const gb = this.s.gradientBatch;
    this.sampleLayer(l + 1);
    backwardDense(this.g, gb, n, this.w, n, this.gNext);
    const slopes = this.slopes[l];
    for (let i = 0; i < gb * n; i++) this.gNext[i] *= slopes[i];
    [this.g, this.gNext] = [this.gNext, this.g];
    this.gradientNorm[l] = this.rms(this.g);
    this.slopes[l] = new Float32Array(0); // no longer needed
  }

  private rms(g: Float64Array): number {
    let ss = 0;
    for (let i = 0; i < g.length; i++) ss += g[i] * g[i];
    return Math.sqrt(ss / this.s.gradientBatch);
  }
}

/** Runs a whole simulation at once (Node, tests); a worker steps a `Simulation` instead. */
export function simulate(settings: SimulationSettings): SimulationResult {
  const sim = new Simulation(settings);
  while (!sim.step()) { /* all steps */ }
  return sim.result();
}

export type { SimulationSettings } from './simulationSettings';
