// A random deep MLP, forward and back, deterministic by seed: what the mean-field theory predicts,
// measured. Pre-activations h⁰ ~ N(inputMean, inputVariance) i.i.d. (batch × width), then for each of
// `depth` layers h^(l+1) = W^(l+1)·f(h^l) + b^(l+1), so h^l is what q[l] of `signalPropagation`
// describes. The backward pass sends a standard normal gradient into h^depth and carries
// δ^l = f′(h^l) ⊙ W^(l+1)ᵀ·δ^(l+1) down; its squared norm shrinks or grows by χ[l] per layer.
//
// The work is split into steps (one layer forward or back each) so that a Web Worker can check for
// a cancel between them and report progress; `simulate` runs all steps at once (Node, tests). Values
// are float32, on kernels.ts's kernels (WebAssembly SIMD or JS: the same bits); statistics are summed
// in double.
import { activate } from './activate';
import { bindActivation } from './expectations';
import type { BoundActivation } from './expectations';
import type { Summary } from './histogram';
import { haarOrthogonal, sampleDense, sampleOrthogonal, weightVarianceOf } from './init';
import { Random, deriveSeed } from './random';
import { allocateBuffers, keptWeights } from './simulationBuffers';
import type { SimulationBuffers, SimulationOptions } from './simulationBuffers';
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
  private readonly options: SimulationOptions;
  private readonly act: BoundActivation;
  private readonly sw2: number;
  private readonly layers: LayerStats[] = [];
  private readonly gradientNorm: number[];
  /** Allocated at the first step, dropped after the last. */
  private buffers: SimulationBuffers | undefined;
  private orthogonal: Float64Array | undefined;
  private stepIndex = 0;

  constructor(settings: SimulationSettings, options: SimulationOptions = {}) {
    this.s = checkSimulationSettings(settings);
    this.options = options;
    this.act = bindActivation(this.s.activation, this.s.params);
    this.sw2 = weightVarianceOf(this.s.init, this.s.width, this.s.width, this.s.weightVariance);
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
    const b = (this.buffers ??= allocateBuffers(this.s, this.options));
    if (i === 0) this.input(b);
    else if (i <= d) this.forward(b, i);
    else if (i === d + 1) this.topGradient(b);
    else this.backward(b, 2 * d + 1 - i);
    if (this.done) this.buffers = undefined;
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

  private input(b: SimulationBuffers): void {
    const rng = new Random(deriveSeed(this.s.seed, SEED_INPUT));
    b.kernels.fillNormal(rng, b.h, this.s.inputMean, Math.sqrt(this.s.inputVariance));
    this.observe(b);
  }

  /** Weights of layer l (1-based) into w, its biases into b.bias, from the layer's own seed (the same whenever drawn). */
  private sampleLayer(b: SimulationBuffers, l: number, w: Float32Array): void {
    const n = this.s.width;
    const rng = new Random(deriveSeed(this.s.seed, SEED_LAYER, l));
    if (this.s.init === 'orthogonal') {
      this.orthogonal ??= haarOrthogonal(n, new Random(deriveSeed(this.s.seed, SEED_ORTHOGONAL)));
      sampleOrthogonal(w, this.orthogonal, n, this.sw2, rng);
    } else {
      sampleDense(this.s.init, w, n, n, this.sw2, rng, b.kernels);
    }
    b.kernels.fillNormal(rng, b.bias, this.s.biasMean, Math.sqrt(this.s.biasVariance));
  }

  private forward(b: SimulationBuffers, l: number): void {
    const n = this.s.width;
    const w = keptWeights(b, l, this.s.depth, n) ?? b.w;
    this.sampleLayer(b, l, w);
    b.kernels.forward(b.a, this.s.batch, n, w, n, b.bias, b.h);
    this.observe(b);
  }

  /** Statistics of the current h, its activation, and the slopes kept for the backward pass. */
  private observe(b: SimulationBuffers): void {
    const { batch, width: n, bins, vanishingThreshold } = this.s;
    const alive = new Uint8Array(n);
    const saturated = activate(this.act.kernels, b.h, b.a, batch, n, this.slopesOf(b, this.layers.length), alive, vanishingThreshold);
    let dead = 0;
    for (let j = 0; j < n; j++) if (!alive[j]) dead++;
    this.layers.push({
      preActivation: b.kernels.summarise(b.h, batch * n, bins),
      activation: b.kernels.summarise(b.a, batch * n, bins),
      deadFraction: dead / n,
      saturatedFraction: saturated / (batch * n),
    });
  }

  private topGradient(b: SimulationBuffers): void {
    b.kernels.fillNormal(new Random(deriveSeed(this.s.seed, SEED_GRADIENT)), b.g, 0, 1);
    this.gradientNorm[this.s.depth] = this.rms(b.g);
  }

  /** δ^l = f′(h^l) ⊙ W^(l+1)ᵀ·δ^(l+1), with W^(l+1) as kept from the forward pass or drawn again. */
  private backward(b: SimulationBuffers, l: number): void {
    const n = this.s.width;
    const gb = this.s.gradientBatch;
    let w = keptWeights(b, l + 1, this.s.depth, n);
    if (!w) this.sampleLayer(b, l + 1, (w = b.w));
    b.kernels.backward(b.g, gb, n, w, n, b.gNext);
    b.kernels.multiply(b.gNext, this.slopesOf(b, l), gb * n);
    [b.g, b.gNext] = [b.gNext, b.g];
    this.gradientNorm[l] = this.rms(b.g);
  }

  /** f′(h^l) for the gradient batch (empty without the backward pass). */
  private slopesOf(b: SimulationBuffers, l: number): Float32Array {
    const size = this.s.gradients ? this.s.gradientBatch * this.s.width : 0;
    return b.slopes.subarray(l * size, (l + 1) * size);
  }

  private rms(g: Float32Array): number {
    let ss = 0;
    for (let i = 0; i < g.length; i++) ss += g[i] * g[i];
    return Math.sqrt(ss / this.s.gradientBatch);
  }
}

/** Runs a whole simulation at once (Node, tests); a worker steps a `Simulation` instead. */
export function simulate(settings: SimulationSettings, options?: SimulationOptions): SimulationResult {
  const sim = new Simulation(settings, options);
  while (!sim.step()) { /* all steps */ }
  return sim.result();
}

export type { SimulationSettings } from './simulationSettings';
export type { SimulationOptions } from './simulationBuffers';
