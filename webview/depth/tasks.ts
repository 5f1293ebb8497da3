// Jobs for the Depth worker, cut into units for the runner: the phase diagram's critical lines (one
// edgeOfChaos root finding per unit), the core's random-network simulation (one layer forward or back per
// unit) and its training run (one step per unit), for each compared activation in turn.
import { Simulation, Training, type SimulationResult } from '../../src/core';
import type { Task } from './runner';
import { criticalWeightVariance, PHASE_BIAS_GRID } from './theory';
import type { CriticalLine, Job, LayerMeasure, PhaseRequest, SimulateRequest, SimulatedNetwork, TrainRequest, TrainedNetwork } from './workerProtocol';

/** The training network: 4 hidden layers of 32 units, on 256 points. */
const TRAINING_HIDDEN = [32, 32, 32, 32];

/** One unit per (activation, σb²) point of the grid, plus the user's σb² per activation. */
export function phaseTask(r: PhaseRequest): Task {
  const per = PHASE_BIAS_GRID.length + 1;
  const total = r.activations.length * per;
  const lines: { id: string; points: { x: number; y: number }[]; critical: number }[] = r.activations.map((f) => ({ id: f.id, points: [], critical: NaN }));
  let done = 0;
  return {
    total,
    step() {
      const a = Math.floor(done / per);
      const k = done % per;
      const fn = r.activations[a];
      if (k < PHASE_BIAS_GRID.length) lines[a].points.push({ x: PHASE_BIAS_GRID[k], y: criticalWeightVariance(fn, PHASE_BIAS_GRID[k]) });
      else lines[a].critical = criticalWeightVariance(fn, r.biasVariance);
      return ++done;
    },
    result: () => ({ kind: 'phase', lines: lines as CriticalLine[] }),
  };
}

/** The core's result as the tab's per-layer measures, layer 0 (the input) to depth. */
export function measures(id: string, r: SimulationResult): SimulatedNetwork {
  const layers: LayerMeasure[] = r.layers.map((l, i) => ({
    variance: l.preActivation.variance,
    dead: l.deadFraction,
    saturated: l.saturatedFraction,
    gradNorm: r.gradientNorm[i],
    histogram: { min: l.activation.histogram.lo, max: l.activation.histogram.hi, counts: l.activation.histogram.counts },
  }));
  return { id, layers };
}

/** Each item's run in turn, one unit per step. */
function sequence<T, R>(items: readonly T[], start: (item: T) => { units: number; step(): void; result(): R }): { total: number; step(): number; results(): R[] } {
  const runs = items.map(start);
  const total = runs.reduce((a, r) => a + r.units, 0);
  let done = 0;
  let i = 0;
  let inRun = 0;
  return {
    total,
    step() {
      while (i < runs.length && inRun >= runs[i].units) { i++; inRun = 0; }
      if (i >= runs.length) return done;
      runs[i].step();
      inRun++;
      return ++done;
    },
    results: () => runs.map((r) => r.result()),
  };
}

export function simulateTask(r: SimulateRequest): Task {
  const seq = sequence(r.activations, (fn) => {
    const sim = new Simulation({
      activation: fn.id, params: fn.params, width: r.width, depth: r.depth, batch: r.batch, init: r.init,
      weightVariance: r.weightVariance, biasVariance: r.biasVariance, inputMean: r.transform.b,
      inputVariance: r.transform.m * r.transform.m, seed: r.seed,
    });
    return { units: sim.totalSteps, step: () => sim.step(), result: () => measures(fn.id, sim.result()) };
  });
  return { total: seq.total, step: seq.step, result: () => ({ kind: 'simulate', networks: seq.results() }) };
}

export function trainTask(r: TrainRequest): Task {
  const seq = sequence(r.activations, (fn) => {
    const run = new Training({
      activation: fn.id, params: fn.params, dataset: r.dataset, hidden: TRAINING_HIDDEN, optimizer: r.optimizer,
      learningRate: r.learningRate, steps: r.steps, seed: r.seed,
    });
    return {
      units: r.steps,
      step: () => run.step(1),
      result: (): TrainedNetwork => {
        const o = run.result();
        return { id: fn.id, loss: o.loss, dead: o.deadFraction, gradNorm: o.firstLayerGradientNorm };
      },
    };
  });
  return { total: seq.total, step: seq.step, result: () => ({ kind: 'train', networks: seq.results() }) };
}

export function makeTask(job: Job): Task {
  switch (job.kind) {
    case 'phase': return phaseTask(job.request);
    case 'simulate': return simulateTask(job.request);
    case 'train': return trainTask(job.request);
  }
}
