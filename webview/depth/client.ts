// The page side of the Depth worker: starts the worker from our own bundle (dist/webview/depthWorker.js, next
// to panel.js), numbers every job, drops answers to jobs that were replaced, and cancels the old job of a kind
// when a new one starts. Webviews load resources from another origin than the document's, where `new
// Worker(url)` is refused; the bundle is then fetched (connect-src: our resources only) and started from a
// blob: URL of that same text. If no worker can start, the same runner runs in the page, in slices.
import { createRunner, messageScheduler } from './runner';
import { makeTask } from './tasks';
import { parseFromWorker, type FromWorker, type Job, type JobResult } from './workerProtocol';

/** The script URL of the bundle that is running now, read once at load (classic scripts set currentScript). */
const SCRIPT_SRC = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;

export function workerUrl(scriptSrc: string | undefined): string | undefined {
  if (!scriptSrc) return undefined;
  const u = new URL(scriptSrc);
  u.pathname = u.pathname.replace(/[^/]*$/, 'depthWorker.js');
  return u.toString();
}

interface Port {
  post(m: unknown): void;
}

export interface JobCallbacks {
  progress(kind: Job['kind'], done: number, total: number): void;
  result(result: JobResult): void;
  error(kind: Job['kind'], message: string): void;
}

export class DepthJobs {
  private seq = 0;
  private readonly latest = new Map<Job['kind'], number>();
  private readonly kinds = new Map<number, Job['kind']>();
  private port: Promise<Port>;
  /** 'worker' or 'page' once started (the e2e test reads it from the tab's data-runner) */
  where: 'worker' | 'page' | 'starting' = 'starting';

  constructor(private readonly cb: JobCallbacks) {
    this.port = this.start();
  }

  /** Starts `job`, replacing (and cancelling) the previous one of its kind. */
  run(job: Job): number {
    const seq = ++this.seq;
    const old = this.latest.get(job.kind);
    this.latest.set(job.kind, seq);
    this.kinds.set(seq, job.kind);
    void this.port.then((p) => {
      if (old !== undefined) p.post({ type: 'cancel', seq: old });
      p.post({ type: 'run', seq, job });
    });
    return seq;
  }

  private receive(raw: unknown): void {
    const m: FromWorker | undefined = parseFromWorker(raw);
    if (!m) return;
    const kind = this.kinds.get(m.seq);
    if (kind === undefined || this.latest.get(kind) !== m.seq) return; // an answer to a replaced job
    if (m.type === 'progress') this.cb.progress(kind, m.done, m.total);
    else if (m.type === 'result') this.cb.result(m.result);
    else this.cb.error(kind, m.message);
    if (m.type !== 'progress') this.kinds.delete(m.seq);
  }

  private async start(): Promise<Port> {
    const url = workerUrl(SCRIPT_SRC);
    const worker = url ? ((await this.spawn(url)) ?? (await this.spawnFromText(url))) : undefined;
    if (worker) {
      this.where = 'worker';
      worker.addEventListener('message', (e: MessageEvent<unknown>) => this.receive(e.data));
      return { post: (m) => worker.postMessage(m) };
    }
    this.where = 'page';
    const runner = createRunner({
      post: (m) => this.receive(m),
      makeTask,
      schedule: messageScheduler(),
      now: () => performance.now(),
    });
    // Structured-clone semantics as with a worker: the runner never sees the page's own objects.
    return { post: (m) => runner.handle(structuredClone(m)) };
  }

  private async spawn(url: string): Promise<Worker | undefined> {
    try {
      return new Worker(url, { name: 'depth' });
    } catch {
      return undefined;
    }
  }

  private async spawnFromText(url: string): Promise<Worker | undefined> {
    try {
      const res = await fetch(url);
      if (!res.ok) return undefined;
      const blob = new Blob([await res.text()], { type: 'text/javascript' });
      return new Worker(URL.createObjectURL(blob), { name: 'depth' });
    } catch {
      return undefined;
    }
  }
}
