// Performance marks around every redraw (`ap:redraw` and friends); the last durations are kept on
// window.__apPerf so the e2e test can read them.

declare global {
  interface Window {
    __apPerf?: number[];
    /** durations per measure name */
    __apPerfByName?: Record<string, number[]>;
    /** how many redraws have completed (the e2e test waits on it) */
    __apRedraws?: number;
    /** wall-clock time (ms since the epoch) when the first redraw finished: command → first chart */
    __apFirstDrawAt?: number;
    /** wall-clock times of the start-up steps (document created, script running, ready posted, init received) */
    __apBoot?: Record<string, number>;
  }
}

const KEEP = 500;

const wallClock = () => performance.timeOrigin + performance.now();

/** Records the wall-clock time of a start-up step (the e2e suite splits command → chart into host and webview time). */
export function stamp(step: 'script' | 'ready' | 'init'): void {
  const boot = (window.__apBoot ??= { document: performance.timeOrigin });
  boot[step] ??= wallClock();
}
let seq = 0;

function push(list: number[], ms: number): void {
  list.push(ms);
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
}

function remember(name: string, ms: number): void {
  if (name === 'ap:redraw') {
    push((window.__apPerf ??= []), ms);
    window.__apRedraws = (window.__apRedraws ?? 0) + 1;
    window.__apFirstDrawAt ??= wallClock();
  }
  const byName = (window.__apPerfByName ??= {});
  push((byName[name] ??= []), ms);
}

/** Runs `fn` between two marks and records the measure `name`. Only `ap:redraw` goes into window.__apPerf. */
export function measure<T>(name: string, fn: () => T): T {
  const id = ++seq;
  const start = `${name}:start:${id}`;
  const end = `${name}:end:${id}`;
  performance.mark(start);
  try {
    return fn();
  } finally {
    performance.mark(end);
    const m = performance.measure(name, start, end);
    performance.clearMarks(start);
    performance.clearMarks(end);
    performance.clearMeasures(name);
    remember(name, m.duration);
  }
}

export interface FrameTask {
  (): void;
  /** Runs now if a run is waiting (the first chart need not wait a frame); the frame then does nothing. */
  now(): void;
}

/** Calls `fn` at most once per animation frame, with the latest arguments. */
export function perFrame(fn: () => void): FrameTask {
  let scheduled = false;
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    fn();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(run);
  };
  return Object.assign(schedule, { now: run });
}
