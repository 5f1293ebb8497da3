// A short training run of a small MLP on a 2-D toy set, to watch ReLUs die: full-batch SGD or Adam
// on the binary cross-entropy of one output logit. Per step: the loss and accuracy, the fraction of
// hidden units dead on the whole data set (f′ = 0 at every point), the first layer's weight-gradient
// norm. Data and initial weights depend only on the seed, so runs of different activations with
// the same settings start from the same weights on the same points.
import { accumulateWeightGradient, backwardDense, forwardDense } from './dense';
import { bindActivation } from './expectations';
import type { BoundActivation } from './expectations';
import { sampleWeights, weightVarianceOf } from './init';
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

interface Layer {
  readonly fanIn: number;
  readonly fanOut: number;
  readonly w: Float64Array;
  readonly b: Float64Array;
  readonly dw: Float64Array;
  readonly db: Float64Array;
  /** Adam's moment estimates (weights then biases), allocated for Adam only. */
  readonly m?: Float64Array;
  readonly v?: Float64Array;
  /** Pre-activation, activation and f′ (hidden layers) per point. */
  readonly h: Float64Array;
  readonly a: Float64Array;
  readonly slope: Float64Array;
}

const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

export class Training {
  private readonly s: Required<TrainingSettings>;
  private readonly act: BoundActivation;
  private readonly data: ToyData;
  private readonly layers: Layer[];
  private readonly out: TrainingResult = { loss: [], accuracy: [], deadFraction: [], firstLayerGradientNorm: [] };
  private t = 0;

  constructor(settings: TrainingSettings) {
    this.s = checkTrainingSettings(settings);
    this.act = bindActivation(this.s.activation, this.s.params);
    this.data = toyData(this.s.dataset, this.s.points, this.s.noise, this.s.seed);
    const sizes = [2, ...this.s.hidden, 1];
    const rng = new Random(deriveSeed(this.s.seed, 0x7a1));
    this.layers = sizes.slice(1).map((fanOut, i) => this.makeLayer(sizes[i], fanOut, rng));
  }

  private makeLayer(fanIn: number, fanOut: number, rng: Random): Layer {
    const P = this.s.points;
    const adam = this.s.optimizer === 'adam';
    const w = new Float64Array(fanIn * fanOut);
    sampleWeights(this.s.init, w, fanIn, fanOut, weightVarianceOf(this.s.init, fanIn, fanOut, this.s.weightVariance), rng);
    const size = fanIn * fanOut + fanOut;
    return {
      fanIn, fanOut, w, b: new Float64Array(fanOut).fill(this.s.biasMean),
      dw: new Float64Array(fanIn * fanOut), db: new Float64Array(fanOut),
      m: adam ? new Float64Array(size) : undefined, v: adam ? new Float64Array(size) : undefined,
      h: new Float64Array(P * fanOut), a: new Float64Array(P * fanOut), slope: new Float64Array(P * fanOut),
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
    const { f, df } = this.act.kernels;
    let input = this.data.x;
    let dead = 0;
    let hidden = 0;
    this.layers.forEach((L, l) => {
      forwardDense(input, P, L.fanIn, L.w, L.fanOut, L.b, L.h);
      if (l === this.layers.length - 1) return;
      const alive = new Uint8Array(L.fanOut);
      for (let i = 0; i < P * L.fanOut; i++) {
        L.a[i] = f(L.h[i]);
        const d = (L.slope[i] = df(L.h[i]));
        if (d !== 0) alive[i % L.fanOut] = 1;
      }
      for (const x of alive) if (!x) dead++;
      hidden += L.fanOut;
      input = L.a;
    });
    return dead / hidden;
  }

  /** Loss and accuracy at the output, and every gradient (mean over points). */
  private backward(): { loss: number; accuracy: number } {
    const P = this.s.points;
    const y = this.data.y;
    const top = this.layers[this.layers.length - 1];
    let delta = new Float64Array(P);
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
      const input = l === 0 ? this.data.x : this.layers[l - 1].a;
      L.dw.fill(0);
      accumulateWeightGradient(delta, input, P, L.fanOut, L.fanIn, L.dw);
      L.db.fill(0);
      for (let p = 0; p < P; p++) for (let i = 0; i < L.fanOut; i++) L.db[i] += delta[p * L.fanOut + i];
      if (l === 0) break;
      const below = this.layers[l - 1];
      const next = new Float64Array(P * L.fanIn);
      backwardDense(delta, P, L.fanOut, L.w, L.fanIn, next);
      for (let i = 0; i < next.length; i++) next[i] *= below.slope[i];
      delta = next;
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

/** A whole run at once (Node, tests); a worker steps a `Training` in chunks instead. */
export function train(settings: TrainingSettings): TrainingResult {
  const run = new Training(settings);
  while (!run.step(50)) { /* all steps */ }
  return run.result();
}

export type { TrainingSettings } from './trainingSettings';
