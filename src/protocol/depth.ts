// The Depth tab's part of the panel state: which activations to compare, the random network's initialisation
// and size, σw², σb², the input transform x = m·x′ + b, and the training run's settings. Restored state is
// repaired field by field (a bad depth keeps the chosen activations), like the other tabs.
import { OPTIMIZERS, SIMULATION_LIMITS, TOY_DATASETS, type Initialisation, type Optimizer, type ToyDataset } from '../core';
import { isFiniteIn, isIntIn, isObj, isOneOf } from './guards';
import { LIMITS, type PlottedFunction } from './messages';
import { lookupElementwise, repairParams } from './params';

/** The initialisations the tab offers, by the core's names (src/core/depth/init.ts holds them all). */
export const INITS = ['xavier_normal', 'xavier_uniform', 'he_normal', 'lecun_normal', 'orthogonal', 'custom'] as const satisfies readonly Initialisation[];
export type InitName = (typeof INITS)[number];
export const INIT_LABELS: Readonly<Record<InitName, string>> = {
  xavier_normal: 'Glorot/Xavier normal',
  xavier_uniform: 'Glorot/Xavier uniform',
  he_normal: 'He/Kaiming (fan-in)',
  lecun_normal: 'LeCun normal',
  orthogonal: 'Orthogonal',
  custom: 'σw² by hand',
};
/** Names an earlier version stored, read back as today's (a restored panel keeps its choice). */
const STORED_INIT_NAMES: Readonly<Record<string, InitName>> = { he: 'he_normal', lecun: 'lecun_normal' };


/** Bounds of every Depth-tab number (the issue's: width ≤ 1,024, depth ≤ 100, batch ≤ 512). */
export const DEPTH_LIMITS = {
  activations: 4,
  depth: [1, SIMULATION_LIMITS.depth] as const,
  width: [4, SIMULATION_LIMITS.width] as const,
  batch: [8, SIMULATION_LIMITS.batch] as const,
  weightVariance: [0.01, 10] as const,
  biasVariance: [0, 2] as const,
  learningRate: [1e-4, 10] as const,
  steps: [10, 2000] as const,
  seed: [0, 2 ** 31 - 1] as const,
} as const;

export interface TrainingSettings {
  readonly activations: readonly PlottedFunction[];
  readonly dataset: ToyDataset;
  readonly optimizer: Optimizer;
  readonly learningRate: number;
  readonly steps: number;
}

export interface DepthState {
  readonly activations: readonly PlottedFunction[];
  readonly init: InitName;
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  /** σw² used when init is 'custom'; the named inits derive theirs (see depth model) */
  readonly weightVariance: number;
  readonly biasVariance: number;
  /** x = m·x′ + b with x′ ∼ N(0, 1): the network's input */
  readonly transform: { readonly m: number; readonly b: number };
  readonly seed: number;
  readonly training: TrainingSettings;
}

const ids = (...list: string[]): PlottedFunction[] => list.map((id) => ({ id, params: {} }));

export function defaultDepthState(): DepthState {
  return {
    activations: ids('sigmoid', 'tanh', 'relu', 'gelu'),
    init: 'xavier_normal',
    depth: 30,
    width: 256,
    batch: 64,
    weightVariance: 1,
    biasVariance: 0,
    transform: { m: 1, b: 0 },
    seed: 1,
    training: { activations: ids('relu', 'leaky_relu', 'gelu'), dataset: 'moons', optimizer: 'sgd', learningRate: 1, steps: 300 },
  };
}

/** Known element-wise activations with repaired parameters, without repeats; undefined when none is usable. */
function parseActivations(v: unknown): PlottedFunction[] | undefined {
  if (!Array.isArray(v) || v.length > 64) return undefined;
  const out: PlottedFunction[] = [];
  for (const item of v as unknown[]) {
    const def = isObj(item) ? lookupElementwise(item.id) : undefined;
    if (!def || !isObj(item) || out.length >= DEPTH_LIMITS.activations) continue;
    out.push({ id: def.id, params: repairParams(def, item.params) });
  }
  return out.length > 0 ? out : undefined;
}

const int = (v: unknown, [lo, hi]: readonly [number, number], d: number) => (isIntIn(v, lo, hi) ? v : d);
const num = (v: unknown, [lo, hi]: readonly [number, number], d: number) => (isFiniteIn(v, lo, hi) ? v : d);

function parseTraining(v: unknown, d: TrainingSettings): TrainingSettings {
  if (!isObj(v)) return d;
  return {
    activations: parseActivations(v.activations) ?? d.activations,
    dataset: isOneOf(v.dataset, TOY_DATASETS) ? v.dataset : d.dataset,
    optimizer: isOneOf(v.optimizer, OPTIMIZERS) ? v.optimizer : d.optimizer,
    learningRate: num(v.learningRate, DEPTH_LIMITS.learningRate, d.learningRate),
    steps: int(v.steps, DEPTH_LIMITS.steps, d.steps),
  };
}

function parseInit(v: unknown): InitName | undefined {
  if (isOneOf(v, INITS)) return v;
  return typeof v === 'string' && Object.hasOwn(STORED_INIT_NAMES, v) ? STORED_INIT_NAMES[v] : undefined;
}

/** A usable Depth state from whatever was stored: every field checked, a bad one replaced by its default. */
export function parseDepthState(v: unknown): DepthState {
  const d = defaultDepthState();
  if (!isObj(v)) return d;
  const t = isObj(v.transform) ? v.transform : {};
  return {
    activations: parseActivations(v.activations) ?? d.activations,
    init: parseInit(v.init) ?? d.init,
    depth: int(v.depth, DEPTH_LIMITS.depth, d.depth),
    width: int(v.width, DEPTH_LIMITS.width, d.width),
    batch: int(v.batch, DEPTH_LIMITS.batch, d.batch),
    weightVariance: num(v.weightVariance, DEPTH_LIMITS.weightVariance, d.weightVariance),
    biasVariance: num(v.biasVariance, DEPTH_LIMITS.biasVariance, d.biasVariance),
    transform: {
      m: num(t.m, LIMITS.scale, d.transform.m),
      b: num(t.b, LIMITS.shift, d.transform.b),
    },
    seed: int(v.seed, DEPTH_LIMITS.seed, d.seed),
    training: parseTraining(v.training, d.training),
  };
}

/** The Depth state with `fn` first among the compared activations (a "Simulate depth" link), others kept. */
export function withDepthActivation(s: DepthState, fn: PlottedFunction): DepthState {
  const rest = s.activations.filter((a) => a.id !== fn.id);
  return { ...s, activations: [fn, ...rest].slice(0, DEPTH_LIMITS.activations) };
}
