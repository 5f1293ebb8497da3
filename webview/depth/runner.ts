// The worker's message handling, with no worker API: one job per kind at a time, run in slices of a few
// milliseconds so that a newer `run` or a `cancel` arriving between slices stops the old job (its result is
// never posted). Progress after every slice. The same code runs in the worker, in the page (fallback) and in
// the Node unit tests, with the scheduler and clock passed in.
import { parseToWorker, type FromWorker, type Job, type JobResult } from './workerProtocol';

/** A job cut into units: `step` does at least one and returns how many are done so far. */
export interface Task {
  readonly total: number;
  step(): number;
  result(): JobResult;
}

/**
 * Runs each function in a task of its own, after the messages already queued, so that a newer `run` or a
 * `cancel` gets in before the next slice. Not setTimeout 0: nested timers wait at least 4 ms (HTML), once per
 * layer of a simulation (~0.4 s for 100 steps). The page may still paint between two such tasks.
 */
export function messageScheduler(): (fn: () => void) => void {
  const channel = new MessageChannel();
  const next: (() => void)[] = [];
  channel.port1.onmessage = () => next.shift()?.();
  return (fn) => {
    next.push(fn);
    channel.port2.postMessage(null);
  };
}

export interface RunnerDeps {
  post(message: FromWorker): void;
  makeTask(job: Job): Task;
  /** runs `fn` later, letting messages in between (messageScheduler in the worker and the page) */
  schedule(fn: () => void): void;
  now(): number;
  /** work per slice, ms */
  sliceMs?: number;
}

export interface Runner {
  /** one raw message from the page; malformed ones are dropped */
  handle(raw: unknown): void;
  /** the seq of the job of this kind running, if any */
  running(kind: Job['kind']): number | undefined;
}

export function createRunner(deps: RunnerDeps): Runner {
  const sliceMs = deps.sliceMs ?? 8;
  // One job per kind: a new simulation replaces the old simulation, not the training run.
  const current = new Map<Job['kind'], { seq: number; task: Task }>();
  const drop = (seq: number) => {
    for (const [kind, job] of current) if (job.seq === seq) current.delete(kind);
  };

  const fail = (seq: number, e: unknown) => {
    drop(seq);
    deps.post({ type: 'error', seq, message: e instanceof Error ? e.message : String(e) });
  };

  const pump = (kind: Job['kind'], seq: number) => {
    const job = current.get(kind);
    if (!job || job.seq !== seq) return; // cancelled or replaced: stop quietly
    try {
      const start = deps.now();
      let done = job.task.step();
      while (done < job.task.total && deps.now() - start < sliceMs) done = job.task.step();
      deps.post({ type: 'progress', seq, kind, done, total: job.task.total });
      if (done >= job.task.total) {
        current.delete(kind);
        deps.post({ type: 'result', seq, result: job.task.result() });
        return;
      }
      deps.schedule(() => pump(kind, seq));
    } catch (e) {
      fail(seq, e);
    }
  };

  return {
    handle(raw) {
      const msg = parseToWorker(raw);
      if (!msg) return;
      if (msg.type === 'cancel') {
        drop(msg.seq);
        return;
      }
      const kind = msg.job.kind;
      try {
        current.set(kind, { seq: msg.seq, task: deps.makeTask(msg.job) });
      } catch (e) {
        fail(msg.seq, e);
        return;
      }
      deps.schedule(() => pump(kind, msg.seq));
    },
    running: (kind) => current.get(kind)?.seq,
  };
}
