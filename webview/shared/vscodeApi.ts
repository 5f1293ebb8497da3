// The webview side of the VS Code bridge, typed: post only our messages, read state as `unknown` (it is
// validated by the caller), receive only messages that pass the validator (others are reported and dropped).

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

export interface Bridge<In, Out extends { type: string }, S> {
  post(msg: Out): void;
  /** the state VS Code kept for this webview (unvalidated) */
  readState(): unknown;
  /** saves state, coalescing calls within `delayMs` (sliders move fast) */
  saveState(state: S): void;
  /** saves now (before an export, say, or when the page hides) */
  flushState(): void;
  onMessage(handler: (msg: In) => void): void;
}

export function bridge<In, Out extends { type: string }, S>(
  parse: (msg: unknown) => In | undefined,
  errorMessage: (text: string) => Out,
  delayMs = 200,
): Bridge<In, Out, S> {
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
  const post = (msg: Out) => api().postMessage(msg);
  return {
    post,
    readState: () => api().getState(),
    saveState(state: S) {
      pending = state;
      timer ??= setTimeout(flushState, delayMs);
    },
    flushState,
    onMessage(handler) {
      window.addEventListener('message', (e: MessageEvent<unknown>) => {
        const msg = parse(e.data);
        if (msg === undefined) {
          post(errorMessage(`dropped a malformed message from the host (${describe(e.data)})`));
          return;
        }
        handler(msg);
      });
    },
  };
}

function describe(v: unknown): string {
  if (typeof v !== 'object' || v === null) return typeof v;
  const t = (v as { type?: unknown }).type;
  return `type ${typeof t === 'string' ? JSON.stringify(t.slice(0, 40)) : typeof t}`;
}

/** Reports uncaught errors to the host's output channel (once per distinct message, at most 20). */
export function reportErrors(post: (text: string) => void): void {
  const seen = new Set<string>();
  const report = (text: string) => {
    if (seen.size >= 20 || seen.has(text)) return;
    seen.add(text);
    post(text.slice(0, 1000));
  };
  window.addEventListener('error', (e) => report(`${e.message} (${e.filename?.split('/').pop() ?? ''}:${e.lineno})`));
  window.addEventListener('unhandledrejection', (e) => report(`unhandled rejection: ${String(e.reason)}`));
}

/** `fn` with the latest argument, at most once per `ms` (the host's copy of the state need not be live). */
export function debounced<T>(fn: (v: T) => void, ms: number): (v: T) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: T | undefined;
  let has = false;
  return (v) => {
    latest = v;
    has = true;
    timer ??= setTimeout(() => {
      timer = undefined;
      if (has) fn(latest as T);
      has = false;
    }, ms);
  };
}
