// A short training run of a small MLP on a 2-D toy set, to watch ReLUs die: full-batch SGD or Adam
// on the binary cross-entropy of one output logit. Per step: the loss and accuracy, the fraction of
// hidden units dead on the whole data set (f′ = 0 at every point), the first layer's weight-gradient
// norm. Data and initial weights depend only on the seed, so runs of different activations with
// the same settings start from the same weights on the same points. Weights and activations are
// float32 on kernels.ts's kernels; the loss, the optimiser's moments and the updates are in double.
import { activate } from './activate';
import { bindActivation } from './expectations';
import type { BoundActivation } from './expectations';
import { sampleWeights, weightVarianceOf } from './init';
import { createKernels } from './kernels';
import type { KernelOptions, Kernels } from './kernels';
import { Random, deriveSeed } from './random';
import { toyData } from './toyData';
import type { ToyData } from './toyData';
import { checkTrainingSettings } from './trainingSettings';
import type { TrainingSettings } from './trainingSettings';

export interface TrainingResult {
  /** Per step done, measured before that step's update. */
  readonly loss: number[];
  readonly accuracy: number[];
  readonly deadFraction: number[];
  readonly firstLayerGradientNorm: number[];
}

/** A layer's float32 buffers, in the order `buffersOf` sizes them. */
interface Layer {
  readonly fanIn: number;
  readonly fanOut: number;
  readonly w: Float32Array;
  readonly b: Float32Array;
  readonly dw: Float32Array;
  readonly db: Float32Array;
  /** Pre-activation, activation, f′ (hidden layers) and ∂loss/∂h per point. */
  readonly h: Float32Array;
  readonly a: Float32Array;
  readonly slope: Float32Array;
  readonly delta: Float32Array;
  /** Adam's moment estimates (weights then biases), allocated for Adam only. */
  readonly m?: Float64Array;
  readonly v?: Float64Array;
}

/** Sizes of a layer's buffers (w, b, dw, db, h, a, slope, delta) for `points` inputs. */
function buffersOf(fanIn: number, fanOut: number, points: number): number[] {
  const perPoint = points * fanOut;
  return [fanIn * fanOut, fanOut, fanIn * fanOut, fanOut, perPoint, perPoint, perPoint, perPoint];
}

const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

export class Training {
  private readonly s: Required<TrainingSettings>;
  private readonly act: BoundActivation;
  private readonly data: ToyData;
  private readonly kernels: Kernels;
  /** The data's points as float32, the first layer's input. */
  private readonly x: Float32Array;
  private readonly layers: Layer[];
  private readonly out: TrainingResult = { loss: [], accuracy: [], deadFraction: [], firstLayerGradientNorm: [] };
  private t = 0;

  constructor(settings: TrainingSettings, options: KernelOptions = {}) {
    this.s = checkTrainingSettings(settings);
    this.act = bindActivation(this.s.activation, this.s.params);
    this.data = toyData(this.s.dataset, this.s.points, this.s.noise, this.s.seed);
    const sizes = [2, ...this.s.hidden, 1];
    const shapes = sizes.slice(1).map((fanOut, i) => [sizes[i], fanOut] as const);
    const layerBuffers = shapes.flatMap(([fanIn, fanOut]) => buffersOf(fanIn, fanOut, this.s.points));
    const largest = Math.max(...shapes.map(([fanIn, fanOut]) => fanIn * fanOut));
    this.kernels = createKernels([this.data.x.length, ...layerBuffers], largest, options.path);
    const [x, ...buffers] = this.kernels.buffers;
    this.x = x;
    this.x.set(this.data.x);
    const rng = new Random(deriveSeed(this.s.seed, 0x7a1));
    this.layers = shapes.map(([fanIn, fanOut], i) => this.makeLayer(fanIn, fanOut, buffers.slice(8 * i, 8 * i + 8), rng));
  }

  private makeLayer(fanIn: number, fanOut: number, buffers: Float32Array[], rng: Random): Layer {
    const [w, b, dw, db, h, a, slope, delta] = buffers;
    sampleWeights(this.s.init, w, fanIn, fanOut, weightVarianceOf(this.s.init, fanIn, fanOut, this.s.weightVariance), rng);
    b.fill(this.s.biasMean);
    const adam = this.s.optimizer === 'adam';
    const size = fanIn * fanOut + fanOut;
    return {
      fanIn, fanOut, w, b, dw, db, h, a, slope, delta,
      m: adam ? new Float64Array(size) : undefined, v: adam ? new Float64Array(size) : undefined,
    };
  }

  get progress(): number {
    return this.t / this.s.steps;
  }

  get done(): boolean {
    return this.t >= this.s.steps;
  }

  /** Up to `count` steps; true once all are done. */
  step(count = 1): boolean {
    for (let i = 0; i < count && !this.done; i++) this.once();
    return this.done;
  }

  result(): TrainingResult {
    const o = this.out;
    return { loss: o.loss.slice(), accuracy: o.accuracy.slice(), deadFraction: o.deadFraction.slice(), firstLayerGradientNorm: o.firstLayerGradientNorm.slice() };
  }

  private once(): void {
    const dead = this.forward();
    const { loss, accuracy } = this.backward();
    let g = 0;
    for (const v of this.layers[0].dw) g += v * v;
    this.out.loss.push(loss);
    this.out.accuracy.push(accuracy);
    this.out.deadFraction.push(dead);
    this.out.firstLayerGradientNorm.push(Math.sqrt(g));
    this.t++;
    this.update();
  }

  /** The forward pass over every point; returns the dead fraction of the hidden units. */
  private forward(): number {
    const P = this.s.points;
    let input = this.x;
    let dead = 0;
    let hidden = 0;
    for (let l = 0; l < this.layers.length; l++) {
      const L = this.layers[l];
      this.kernels.forward(input, P, L.fanIn, L.w, L.fanOut, L.b, L.h);
      if (l === this.layers.length - 1) break;
      const alive = new Uint8Array(L.fanOut);
      activate(this.act.kernels, L.h, L.a, P, L.fanOut, L.slope, alive, 0);
      for (let j = 0; j < L.fanOut; j++) if (!alive[j]) dead++;
      hidden += L.fanOut;
      input = L.a;
    }
    return dead / hidden;
  }

  /** Loss and accuracy at the output, and every gradient (mean over points). */
  private backward(): { loss: number; accuracy: number } {
    const P = this.s.points;
    const y = this.data.y;
    const top = this.layers[this.layers.length - 1];
    const delta = top.delta;
    let loss = 0;
    let correct = 0;
    for (let p = 0; p < P; p++) {
      const z = top.h[p];
      // BCE with logits, stably: softplus(z) − y·z; its gradient σ(z) − y.
      loss += Math.max(z, 0) - y[p] * z + Math.log1p(Math.exp(-Math.abs(z)));
      delta[p] = (1 / (1 + Math.exp(-z)) - y[p]) / P;
      if ((z > 0 ? 1 : 0) === y[p]) correct++;
    }
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const L = this.layers[l];
      const input = l === 0 ? this.x : this.layers[l - 1].a;
      this.kernels.weightGradient(L.delta, input, P, L.fanOut, L.fanIn, L.dw);
      biasGradient(L.delta, P, L.fanOut, L.db);
      if (l === 0) break;
      const below = this.layers[l - 1];
      this.kernels.backward(L.delta, P, L.fanOut, L.w, L.fanIn, below.delta);
      this.kernels.multiply(below.delta, below.slope, P * L.fanIn);
    }
    return { loss: loss / P, accuracy: correct / P };
  }

  private update(): void {
    const lr = this.s.learningRate;
    if (this.s.optimizer === 'sgd') {
      for (const L of this.layers) {
        for (let i = 0; i < L.w.length; i++) L.w[i] -= lr * L.dw[i];
        for (let i = 0; i < L.b.length; i++) L.b[i] -= lr * L.db[i];
      }
      return;
    }
    const c1 = 1 - ADAM.beta1 ** this.t;
    const c2 = 1 - ADAM.beta2 ** this.t;
    for (const L of this.layers) {
      const nw = L.w.length;
      const m = L.m as Float64Array;
      const v = L.v as Float64Array;
      for (let i = 0; i < m.length; i++) {
        const g = i < nw ? L.dw[i] : L.db[i - nw];
        m[i] = ADAM.beta1 * m[i] + (1 - ADAM.beta1) * g;
        v[i] = ADAM.beta2 * v[i] + (1 - ADAM.beta2) * g * g;
        const step = (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + ADAM.epsilon);
        if (i < nw) L.w[i] -= step;
        else L.b[i - nw] -= step;
      }
    }
  }
}

/** db[i] = Σ_p delta[p, i], summed in double, p in order. */
function biasGradient(delta: Float32Array, points: number, m: number, db: Float32Array): void {
  const sums = new Float64Array(m);
  for (let p = 0; p < points; p++) for (let i = 0; i < m; i++) sums[i] += delta[p * m + i];
  db.set(sums);
}

/** A whole run at once (Node, tests); a worker steps a `Training` in chunks instead. */
export function train(settings: TrainingSettings, options?: KernelOptions): TrainingResult {
  const run = new Training(settings, options);
  while (!run.step(50)) { /* all steps */ }
  return run.result();
}

export type { TrainingSettings } from './trainingSettings';
