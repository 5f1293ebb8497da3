// Jobs for the Depth worker, cut into units for the runner. The phase diagram's critical lines are real work
// here (one edgeOfChaos root-finding per unit). The random-network simulation and the training run are the
// depth core's (helper `depth`, src/core/depth); until they are merged into this branch such a job fails with
// a message saying so, which the tab shows in its progress row instead of measured values.
import type { Task } from './runner';
import { criticalWeightVariance, PHASE_BIAS_GRID } from './theory';
import type { CriticalLine, Job, PhaseRequest } from './workerProtocol';

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

export function makeTask(job: Job): Task {
  if (job.kind === 'phase') return phaseTask(job.request);
  const what = job.kind === 'simulate' ? 'the random-network simulation' : 'the training run';
  throw new Error(`${what} is not in this build yet (src/core/depth has the theory only)`);
}
