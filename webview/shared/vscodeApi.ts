// The webview side of the VS Code API, in one place: acquireVsCodeApi once, post, and the saved state
// (setState coalesced: sliders move fast; flushed when the page hides). The message listener lives in
// ./boot.ts, the only one.

interface RawApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): RawApi;

let raw: RawApi | undefined;
function api(): RawApi {
  // acquireVsCodeApi may be called only once per document.
  raw ??= acquireVsCodeApi();
  return raw;
}

export interface HostApi<Out, S> {
  post(msg: Out): void;
  /** the state VS Code kept for this webview (unvalidated) */
  readState(): unknown;
  /** saves state, coalescing calls within the delay */
  saveState(state: S): void;
  /** saves now (before an export, say, or when the page hides) */
  flushState(): void;
}

export function hostApi<Out, S>(delayMs = 200): HostApi<Out, S> {
  let pending: S | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flushState = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending !== undefined) api().setState(pending);
    pending = undefined;
  };
  window.addEventListener('pagehide', flushState);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushState();
  });
  return {
    post: (msg) => api().postMessage(msg),
    readState: () => api().getState(),
    saveState(state) {
      pending = state;
      timer ??= setTimeout(flushState, delayMs);
    },
    flushState,
  };
}

/** Reports uncaught errors to the host's output channel (once per distinct message, at most 20). */
export function reportErrors(post: (text: string) => void): (text: string) => void {
  const seen = new Set<string>();
  const report = (text: string) => {
    if (seen.size >= 20 || seen.has(text)) return;
    seen.add(text);
    post(text.slice(0, 1000));
  };
  window.addEventListener('error', (e) => report(`${e.message} (${e.filename?.split('/').pop() ?? ''}:${e.lineno})`));
  window.addEventListener('unhandledrejection', (e) => report(`unhandled rejection: ${String(e.reason)}`));
  return report;
}

export interface Throttled<T> {
  (v: T): void;
  /** a trailing call is waiting */
  pending(): boolean;
  /** makes the waiting call now */
  flush(): void;
}

/**
 * `fn` with the latest argument, at most once per `ms` (a throttle with a trailing call: the host's copy of
 * the state need not be live, but the last change must arrive; `flush` sends it when the page hides).
 */
export function throttled<T>(fn: (v: T) => void, ms: number): Throttled<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: T | undefined;
  let has = false;
  const run = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (has) fn(latest as T);
    has = false;
  };
  const call = (v: T) => {
    latest = v;
    has = true;
    timer ??= setTimeout(run, ms);
  };
  return Object.assign(call, { pending: () => has, flush: run });
}
