// The one start-up of every webview: one message listener and one parse (the view's validator table), the
// ready/init handshake, the saved state (own copy, else the host's, else repaired, with a notice saying
// which), the store saved to VS Code and told to the host, theme and settings updates. A view supplies its
// table, its state check and a `start` that builds the DOM and returns handlers for the other messages.
import {
  dispatch, parseWith,
  type Checked, type Framework, type Handlers, type ValidatorTable, type WebviewSettings,
} from '../../src/protocol';
import { h } from './dom';
import { keepSelectAllLocal } from './keyboard';
import { stamp } from './perf';
import { Store } from './store';
import { readTheme, sameTheme, watchTheme, type Theme } from './theme';
import { hostApi, reportErrors, throttled } from './vscodeApi';

declare global {
  interface Window {
    /** Back to the default state: each e2e test starts from it (the suite shares one panel). */
    __apReset?: () => void;
    /** how many states were posted to the host, and whether one is still waiting (the e2e suite waits on these) */
    __apStatePosts?: number;
    __apStatePending?: () => boolean;
  }
}

/** Messages every host sends; the shell handles them. */
type ShellMessage = 'init' | 'theme' | 'settings';
type InitOf<In> = Extract<In, { type: 'init' }>;

export interface ViewContext<S extends object, Out> {
  readonly store: Store<S>;
  readonly app: HTMLElement;
  /** the state as restored, before the command's choice was applied (for an undo) */
  readonly restored: S;
  settings(): WebviewSettings;
  theme(): Theme;
  post(msg: Out): void;
  /** saves the state now (before an export, say) */
  flush(): void;
}

export interface ViewHooks<In extends { type: string }> {
  /** every message type other than init/theme/settings: a view cannot forget one */
  readonly handlers: Handlers<Exclude<In, { type: ShellMessage }>>;
  onTheme?(theme: Theme): void;
  onSettings?(settings: WebviewSettings): void;
}

export interface ViewDefinition<In extends { type: string }, Out extends { type: string }, S extends object> {
  readonly table: ValidatorTable<In>;
  readonly check: (raw: unknown, framework: Framework) => Checked<S>;
  /** the command's choice (selection, pick) applied over the chosen state */
  readonly apply?: (state: S, init: InitOf<In>) => S;
  readonly start: (ctx: ViewContext<S, Out>, init: InitOf<In>) => ViewHooks<In>;
}

interface InitFields<S> { readonly settings: WebviewSettings; readonly state?: S }

/** The state to start from, and a sentence when the saved one was damaged. */
export function chooseState<S>(saved: unknown, hostCopy: S | undefined, check: (raw: unknown) => Checked<S>): { state: S; notice?: string } {
  if (saved === undefined || saved === null) return { state: hostCopy ?? check(undefined).state };
  const own = check(saved);
  if (own.damaged.length === 0) return { state: own.state };
  const what = own.damaged.slice(0, 4).join(', ');
  return hostCopy !== undefined
    ? { state: hostCopy, notice: `The saved view was damaged (${what}); restored the copy the extension kept.` }
    : { state: own.state, notice: `The saved view was damaged (${what}); those parts were reset to defaults.` };
}

function showNotice(app: HTMLElement, text: string): void {
  const close = h('button', { type: 'button', class: 'icon', 'aria-label': 'Dismiss', text: '✕' });
  const note = h('p', { class: 'notice', role: 'status' }, h('span', { text }), close);
  close.addEventListener('click', () => note.remove());
  app.prepend(note);
}

/** The host's copy of the state: posted at most every 500 ms, and the last one when the page hides. */
function hostCopy<S>(post: (msg: unknown) => void): (s: S) => void {
  const tellHost = throttled((s: S) => {
    post({ type: 'state', state: s });
    window.__apStatePosts = (window.__apStatePosts ?? 0) + 1;
  }, 500);
  window.__apStatePending = tellHost.pending;
  window.addEventListener('pagehide', tellHost.flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tellHost.flush();
  });
  return tellHost;
}

export function boot<In extends { type: string }, Out extends { type: string }, S extends object>(view: ViewDefinition<In, Out, S>): void {
  stamp('script');
  const api = hostApi<Out, S>();
  const post = (msg: unknown) => api.post(msg as Out);
  const report = reportErrors((message) => post({ type: 'error', message }));
  keepSelectAllLocal();
  let hooks: ViewHooks<In> | undefined;
  let settings: WebviewSettings | undefined;
  let theme = readTheme();
  const retheme = () => {
    const next = readTheme();
    if (sameTheme(next, theme)) return; // the host's theme message after init usually changes nothing
    theme = next;
    hooks?.onTheme?.(theme);
  };

  /** After init: theme and settings to the shell, the rest to the view's handlers. */
  const route = (msg: In, h: ViewHooks<In>) => {
    if (msg.type === 'theme') return retheme();
    if (msg.type === 'settings') {
      settings = (msg as unknown as { settings: WebviewSettings }).settings;
      return h.onSettings?.(settings);
    }
    void dispatch(h.handlers, msg as Exclude<In, { type: ShellMessage }>);
  };

  const start = (init: InitOf<In>) => {
    stamp('init');
    const fields = init as unknown as InitFields<S>;
    settings = fields.settings;
    const framework = settings.defaultFramework;
    const chosen = chooseState(api.readState(), fields.state, (raw) => view.check(raw, framework));
    const state = view.apply ? view.apply(chosen.state, init) : chosen.state;
    const tellHost = hostCopy<S>(post);
    const store = new Store<S>(state, (s) => {
      api.saveState(s);
      tellHost(s);
    });
    const app = document.getElementById('app') ?? document.body;
    const current = settings;
    hooks = view.start({ store, app, restored: chosen.state, settings: () => settings ?? current, theme: () => theme, post: api.post, flush: api.flushState }, init);
    app.removeAttribute('aria-busy');
    if (chosen.notice) showNotice(app, chosen.notice);
    api.saveState(store.get());
    tellHost(store.get());
    api.flushState();
    watchTheme(retheme);
    window.__apReset = () => store.replace(view.check(undefined, framework).state);
  };

  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    const msg = parseWith(view.table, e.data);
    if (msg === undefined) return report('dropped a malformed message from the host');
    if (msg.type === 'init') return void (hooks ? undefined : start(msg as InitOf<In>));
    if (hooks) route(msg, hooks);
  });
  stamp('ready');
  post({ type: 'ready' });
}
