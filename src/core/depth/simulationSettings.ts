// The settings of a random-network simulation, checked with a message naming the bad one, and the
// bounds that keep a run's work and memory bounded by construction.
import type { Params } from '../types';
import { checkFinite } from './expectations';
import { INITIALISATIONS, isInitialisation } from './init';
import type { Initialisation } from './init';
import { DEFAULT_VANISHING_THRESHOLD } from './through';

export const SIMULATION_LIMITS = { width: 1024, depth: 100, batch: 512, bins: 200 } as const;
/** Slopes kept for the backward pass, at most (floats): bounds the memory at 32 MiB. */
const MAX_STORED_SLOPES = 2 ** 23;

export interface SimulationSettings {
  readonly activation: string;
  readonly params?: Params;
  /** Units per layer, 1 … 1,024. */
  readonly width: number;
  /** Layers, 1 … 100. */
  readonly depth: number;
  /** Inputs, 1 … 512. */
  readonly batch: number;
  readonly init: Initialisation;
  /** σw² for 'custom'; gain² for 'orthogonal' (default 1); ignored by the named i.i.d. ones. */
  readonly weightVariance?: number;
  /** σb², default 0. */
  readonly biasVariance?: number;
  /** Mean of the biases, default 0 (negative means kill ReLUs). */
  readonly biasMean?: number;
  /** Mean and variance of the input pre-activations h⁰, default 0 and 1. */
  readonly inputMean?: number;
  readonly inputVariance?: number;
  /** Seed of every random number of the run, default 1. */
  readonly seed?: number;
  /** Histogram bins, default 40. */
  readonly bins?: number;
  /** |f′| below it counts as saturated, default 0.01. */
  readonly vanishingThreshold?: number;
  /** Inputs the backward pass averages the gradient norm over, default min(batch, 64); capped so depth × width × gradientBatch ≤ 2²³. */
  readonly gradientBatch?: number;
  /** Run the backward pass (default true); without it the run is about half the work. */
  readonly gradients?: boolean;
}

function integer(name: string, v: unknown, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
    throw new RangeError(`simulation: ${name} must be an integer in [${lo}, ${hi}], got ${String(v)}`);
  }
  return v;
}

export function checkSimulationSettings(s: SimulationSettings): Required<SimulationSettings> {
  if (!isInitialisation(s?.init)) throw new RangeError(`simulation: init must be one of ${INITIALISATIONS.join(', ')}, got ${String(s?.init)}`);
  const width = integer('width', s.width, 1, SIMULATION_LIMITS.width);
  const depth = integer('depth', s.depth, 1, SIMULATION_LIMITS.depth);
  const batch = integer('batch', s.batch, 1, SIMULATION_LIMITS.batch);
  if (s.init === 'custom' && s.weightVariance === undefined) throw new RangeError("simulation: init 'custom' needs a weightVariance");
  const cap = Math.max(1, Math.floor(MAX_STORED_SLOPES / ((depth + 1) * width)));
  const gradientBatch = Math.min(integer('gradientBatch', s.gradientBatch ?? Math.min(batch, 64), 1, batch), cap);
  return {
    activation: s.activation,
    params: s.params ?? {},
    width, depth, batch, gradientBatch,
    init: s.init,
    weightVariance: checkFinite('simulation', 'weightVariance', s.weightVariance ?? 1, true),
    biasVariance: checkFinite('simulation', 'biasVariance', s.biasVariance ?? 0, true),
    biasMean: checkFinite('simulation', 'biasMean', s.biasMean ?? 0),
    inputMean: checkFinite('simulation', 'inputMean', s.inputMean ?? 0),
    inputVariance: checkFinite('simulation', 'inputVariance', s.inputVariance ?? 1, true),
    seed: integer('seed', s.seed ?? 1, 0, 2 ** 32 - 1),
    bins: integer('bins', s.bins ?? 40, 1, SIMULATION_LIMITS.bins),
    gradients: s.gradients ?? true,
    vanishingThreshold: checkFinite('simulation', 'vanishingThreshold', s.vanishingThreshold ?? DEFAULT_VANISHING_THRESHOLD, true),
  };
}
