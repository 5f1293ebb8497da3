// The sidebar playground (a webview view). It evaluates everything in the webview; the host only hands over
// settings and selections and remembers the view's last state. As in vscode-hexeditor's data inspector, the
// host keeps the last selection it posted and posts it again whenever the view becomes visible (the view's
// document is rebuilt after being hidden); a sequence number lets the view ignore one it already applied.
import * as vscode from 'vscode';
import {
  FROM_PLAYGROUND, parsePlaygroundState, WebviewChannel,
  type HostToPlayground, type PlaygroundState, type PlaygroundToHost, type RateLimit, type Selection,
} from '../../protocol';
import { buildWebviewHtml, webviewOptions } from '../webviewHtml';
import { onSettingsChanged, readWebviewSettings, themeKind } from '../webviewSettings';

const STATE_KEY = 'activationPlayground.playground.state';

const LIMITS: { readonly [K in PlaygroundToHost['type']]?: RateLimit } = {
  ready: { burst: 3, perSecond: 0.5 },
  state: { burst: 10, perSecond: 4 },
  openInPanel: { burst: 3, perSecond: 1 },
  error: { burst: 20, perSecond: 2 },
};

export class PlaygroundViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'activationPlayground.playground';

  private view: vscode.WebviewView | undefined;
  private ready = false;
  private seq = 0;
  private lastSelect: { selection: Selection; seq: number } | undefined;
  private lastState: PlaygroundState | undefined;
  private readonly channel: WebviewChannel<PlaygroundToHost, HostToPlayground>;
  private readonly viewDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    log: vscode.LogOutputChannel,
  ) {
    const stored = memento.get<unknown>(STATE_KEY);
    this.lastState = stored === undefined ? undefined : parsePlaygroundState(stored);
    this.channel = new WebviewChannel<PlaygroundToHost, HostToPlayground>({
      name: 'playground', table: FROM_PLAYGROUND, limits: LIMITS, log,
      handlers: {
        ready: () => this.onReady(),
        state: async (msg) => {
          this.lastState = msg.state;
          await this.memento.update(STATE_KEY, msg.state);
        },
        openInPanel: async (msg) => {
          await vscode.commands.executeCommand(msg.tab === 'depth' ? 'activationPlayground.simulateDepth' : 'activationPlayground.plot', msg.selection);
        },
        error: (msg) => log.warn(`playground (webview): ${msg.message}`),
      },
    });
    this.disposables.push(
      onSettingsChanged((settings) => this.post({ type: 'settings', settings })),
      vscode.window.onDidChangeActiveColorTheme((t) => this.post({ type: 'theme', kind: themeKind(t.kind) })),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    this.ready = false;
    this.channel.connect(view.webview);
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = buildWebviewHtml(view.webview, this.extensionUri, { title: 'Activation Playground', bundle: 'playground' });
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((msg: unknown) => this.channel.receive(msg)),
      view.onDidChangeVisibility(() => {
        // Hidden: VS Code drops the document (no retainContextWhenHidden); the new one says `ready` and gets
        // `init` with the last selection. Still alive (another view kept it): post the last selection again.
        if (!view.visible) this.ready = false;
        else if (this.ready && this.lastSelect) this.post({ type: 'select', ...this.lastSelect });
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.disposeView();
      }),
    );
  }

  /** Selects a function (and x) in the view, now or as soon as it is listening. */
  select(selection: Selection): void {
    this.lastSelect = { selection, seq: ++this.seq };
    if (this.ready && this.view?.visible) this.post({ type: 'select', ...this.lastSelect });
  }

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  private post(msg: HostToPlayground): void {
    if (this.view && this.ready) this.channel.post(msg);
  }

  private onReady(): void {
    this.ready = true;
    this.post({
      type: 'init',
      settings: readWebviewSettings(),
      seq: this.seq,
      ...(this.lastState ? { state: this.lastState } : {}),
      ...(this.lastSelect ? { selection: this.lastSelect.selection, seq: this.lastSelect.seq } : {}),
    });
    this.post({ type: 'theme', kind: themeKind() });
  }

  private disposeView(): void {
    for (const d of this.viewDisposables.splice(0)) d.dispose();
    this.view = undefined;
    this.ready = false;
    this.channel.connect(undefined);
  }

  dispose(): void {
    this.disposeView();
    this.channel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
