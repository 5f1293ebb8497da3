// Messages between the Depth tab and its Web Worker. The worker checks what it receives like any other
// boundary: a job's numbers are re-checked against the Depth limits (parseDepthState repairs them), so a
// forged message cannot ask for a width-10⁹ network.
import { isIntIn, isObj, isOneOf } from '../../src/protocol/guards';
import { OPTIMIZERS, TOY_DATASETS } from '../../src/core';
import { parseDepthState, type DepthState, type TrainingSettings } from '../../src/protocol';

/** The random network to simulate: the Depth state's network fields. */
export type SimulateRequest = Pick<DepthState, 'activations' | 'init' | 'depth' | 'width' | 'batch' | 'weightVariance' | 'biasVariance' | 'transform' | 'seed'>;
export type TrainRequest = TrainingSettings & { readonly seed: number };

/** The phase diagram's critical lines (seconds of root finding for smooth activations: off the UI thread). */
export type PhaseRequest = Pick<DepthState, 'activations' | 'biasVariance'>;

export type Job =
  | { readonly kind: 'simulate'; readonly request: SimulateRequest }
  | { readonly kind: 'train'; readonly request: TrainRequest }
  | { readonly kind: 'phase'; readonly request: PhaseRequest };

export const JOB_KINDS = ['simulate', 'train', 'phase'] as const;

export interface Histogram {
  readonly min: number;
  readonly max: number;
  readonly counts: readonly number[];
}

export interface LayerMeasure {
  /** measured variance of the pre-activations (compare with q) */
  readonly variance: number;
  /** fraction of units zero for every input of the batch */
  readonly dead: number;
  /** fraction of unit-inputs with |f′| below the vanishing threshold */
  readonly saturated: number;
  /** ‖∂L/∂h‖ at this layer */
  readonly gradNorm: number;
  /** post-activation values of this layer */
  readonly histogram: Histogram;
}

export interface SimulatedNetwork {
  readonly id: string;
  /** layers 0 (the input h⁰) … depth, as theory's q[l] */
  readonly layers: readonly LayerMeasure[];
}

export interface TrainedNetwork {
  readonly id: string;
  readonly loss: readonly number[];
  readonly dead: readonly number[];
  readonly gradNorm: readonly number[];
}

export interface CriticalLine {
  readonly id: string;
  /** σw² at the edge of chaos for each σb² of the grid (NaN: none) */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** σw² at the edge of chaos at the request's σb² */
  readonly critical: number;
}

export type JobResult =
  | { readonly kind: 'simulate'; readonly networks: readonly SimulatedNetwork[] }
  | { readonly kind: 'train'; readonly networks: readonly TrainedNetwork[] }
  | { readonly kind: 'phase'; readonly lines: readonly CriticalLine[] };

export type ToWorker =
  | { readonly type: 'run'; readonly seq: number; readonly job: Job }
  | { readonly type: 'cancel'; readonly seq: number };

export type FromWorker =
  | { readonly type: 'progress'; readonly seq: number; readonly kind: Job['kind']; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly seq: number; readonly result: JobResult }
  | { readonly type: 'error'; readonly seq: number; readonly message: string };

const SEQ_MAX = Number.MAX_SAFE_INTEGER;

/** The network part of a Depth state, repaired to the limits. */
export function simulateRequest(s: DepthState): SimulateRequest {
  const { activations, init, depth, width, batch, weightVariance, biasVariance, transform, seed } = s;
  return { activations, init, depth, width, batch, weightVariance, biasVariance, transform, seed };
}

export function trainRequest(s: DepthState): TrainRequest {
  return { ...s.training, seed: s.seed };
}

export function phaseRequest(s: DepthState): PhaseRequest {
  return { activations: s.activations, biasVariance: s.biasVariance };
}

function parseJob(v: unknown): Job | undefined {
  if (!isObj(v) || !isObj(v.request)) return undefined;
  if (v.kind === 'simulate') return { kind: 'simulate', request: simulateRequest(parseDepthState(v.request)) };
  if (v.kind === 'phase') return { kind: 'phase', request: phaseRequest(parseDepthState(v.request)) };
  if (v.kind === 'train') {
    const r = v.request;
    // Repaired through the state parser: a bad field falls back to its default, never past the limits.
    const s = parseDepthState({ training: r, seed: r.seed });
    if (!isOneOf(r.dataset, TOY_DATASETS) || !isOneOf(r.optimizer, OPTIMIZERS)) return undefined;
    return { kind: 'train', request: trainRequest(s) };
  }
  return undefined;
}

/** Page → worker; undefined (dropped) when malformed. */
export function parseToWorker(v: unknown): ToWorker | undefined {
  if (!isObj(v) || !isIntIn(v.seq, 0, SEQ_MAX)) return undefined;
  if (v.type === 'cancel') return { type: 'cancel', seq: v.seq };
  if (v.type !== 'run') return undefined;
  const job = parseJob(v.job);
  return job ? { type: 'run', seq: v.seq, job } : undefined;
}

/** Worker → page: only the envelope is checked (the worker runs our own bundle); stale seqs are ignored by the client. */
export function parseFromWorker(v: unknown): FromWorker | undefined {
  if (!isObj(v) || !isIntIn(v.seq, 0, SEQ_MAX)) return undefined;
  if (v.type === 'progress' && isOneOf(v.kind, JOB_KINDS) && isIntIn(v.done, 0, SEQ_MAX) && isIntIn(v.total, 0, SEQ_MAX)) {
    return { type: 'progress', seq: v.seq, kind: v.kind, done: v.done, total: v.total };
  }
  if (v.type === 'result' && isObj(v.result) && isOneOf(v.result.kind, JOB_KINDS) && (Array.isArray(v.result.networks) || Array.isArray(v.result.lines))) {
    return { type: 'result', seq: v.seq, result: v.result as unknown as JobResult };
  }
  if (v.type === 'error' && typeof v.message === 'string') return { type: 'error', seq: v.seq, message: v.message.slice(0, 500) };
  return undefined;
}
