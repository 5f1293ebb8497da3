// The settings of a training run, checked with a message naming the bad one; bounded work.
import type { Params } from '../types';
import { checkFinite } from './expectations';
import { INITIALISATIONS, isInitialisation } from './init';
import type { Initialisation } from './init';
import { TOY_DATASETS } from './toyData';
import type { ToyDataset } from './toyData';

export const TRAINING_LIMITS = { points: 2048, hiddenLayers: 8, width: 256, steps: 20_000 } as const;
export const OPTIMIZERS = ['sgd', 'adam'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

export interface TrainingSettings {
  readonly activation: string;
  readonly params?: Params;
  /** Default 'moons'. */
  readonly dataset?: ToyDataset;
  /** Points, 2 … 2,048 (default 256), and their noise (default 0.1). */
  readonly points?: number;
  readonly noise?: number;
  /** Hidden layer widths, default [32, 32, 32, 32]: up to 8 layers of 1 … 256 units. */
  readonly hidden?: readonly number[];
  /** Default 'he_normal'; σw² from `weightVariance` for 'custom' (gain² for 'orthogonal'). */
  readonly init?: Initialisation;
  readonly weightVariance?: number;
  /** Every bias starts here (default 0); negative values start ReLUs near death. */
  readonly biasMean?: number;
  /** Default 'sgd' (full batch). */
  readonly optimizer?: Optimizer;
  /** Default 0.1. */
  readonly learningRate?: number;
  /** Steps, 1 … 20,000 (default 1,000). */
  readonly steps?: number;
  readonly seed?: number;
}

function integer(name: string, v: unknown, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
    throw new RangeError(`training: ${name} must be an integer in [${lo}, ${hi}], got ${String(v)}`);
  }
  return v;
}

function oneOf<T extends string>(name: string, v: unknown, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
    throw new RangeError(`training: ${name} must be one of ${options.join(', ')}, got ${String(v)}`);
  }
  return v as T;
}

export function checkTrainingSettings(s: TrainingSettings): Required<TrainingSettings> {
  const hidden = s?.hidden ?? [32, 32, 32, 32];
  if (!Array.isArray(hidden) || hidden.length < 1 || hidden.length > TRAINING_LIMITS.hiddenLayers) {
    throw new RangeError(`training: hidden must list 1 … ${TRAINING_LIMITS.hiddenLayers} layer widths`);
  }
  const init = s.init ?? 'he_normal';
  if (!isInitialisation(init)) throw new RangeError(`training: init must be one of ${INITIALISATIONS.join(', ')}, got ${String(init)}`);
  if (init === 'custom' && s.weightVariance === undefined) throw new RangeError("training: init 'custom' needs a weightVariance");
  return {
    activation: s.activation,
    params: s.params ?? {},
    dataset: oneOf('dataset', s.dataset ?? 'moons', TOY_DATASETS),
    points: integer('points', s.points ?? 256, 2, TRAINING_LIMITS.points),
    noise: checkFinite('training', 'noise', s.noise ?? 0.1, true),
    hidden: hidden.map((w, i) => integer(`hidden[${i}]`, w, 1, TRAINING_LIMITS.width)),
    init,
    weightVariance: checkFinite('training', 'weightVariance', s.weightVariance ?? 1, true),
    biasMean: checkFinite('training', 'biasMean', s.biasMean ?? 0),
    optimizer: oneOf('optimizer', s.optimizer ?? 'sgd', OPTIMIZERS),
    learningRate: checkFinite('training', 'learningRate', s.learningRate ?? 0.1, true),
    steps: integer('steps', s.steps ?? 1000, 1, TRAINING_LIMITS.steps),
    seed: integer('seed', s.seed ?? 1, 0, 2 ** 32 - 1),
  };
}
