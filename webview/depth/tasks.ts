// Jobs for the Depth worker, cut into units for the runner. The random-network simulation and the training
// run are the depth core's (helper `depth`, src/core/depth); until they are merged into this branch a job
// fails with a message saying so, which the tab shows in its progress row instead of measured values.
import type { Task } from './runner';
import type { Job } from './workerProtocol';

export function makeTask(job: Job): Task {
  const what = job.kind === 'simulate' ? 'the random-network simulation' : 'the training run';
  throw new Error(`${what} is not in this build yet (src/core/depth has the theory only)`);
}
