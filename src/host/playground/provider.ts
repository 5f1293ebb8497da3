// The sidebar playground (a webview view). It evaluates everything in the webview; the host only hands over
// settings and selections and remembers the view's last state. As in vscode-hexeditor's data inspector, the
// host keeps the last selection it posted and posts it again whenever the view becomes visible (the view's
// document is rebuilt after being hidden); a sequence number lets the view ignore one it already applied.
import * as vscode from 'vscode';
import {
  parseFromPlayground, parsePlaygroundState, type HostToPlayground, type PlaygroundState, type PlaygroundToHost, type Selection,
} from '../../protocol';
import { describeDropped, onWebviewSettingsChanged, themeKind, webviewSettings } from '../webviews';
import { buildWebviewHtml, webviewOptions } from '../webviewHtml';

const STATE_KEY = 'activationPlayground.playground.state';

export class PlaygroundViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'activationPlayground.playground';

  private view: vscode.WebviewView | undefined;
  private ready = false;
  private seq = 0;
  private lastSelect: { selection: Selection; seq: number } | undefined;
  private lastState: PlaygroundState | undefined;
  private readonly viewDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const stored = memento.get<unknown>(STATE_KEY);
    this.lastState = stored === undefined ? undefined : parsePlaygroundState(stored);
    this.disposables.push(
      onWebviewSettingsChanged((settings) => this.post({ type: 'settings', settings })),
      vscode.window.onDidChangeActiveColorTheme((t) => this.post({ type: 'theme', kind: themeKind(t.kind) })),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    this.ready = false;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = buildWebviewHtml(view.webview, this.extensionUri, { title: 'Activation Playground', bundle: 'playground' });
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((msg: unknown) => this.receive(msg)),
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
    const view = this.view;
    if (!view || !this.ready) return;
    void view.webview.postMessage(msg).then(undefined, (err: unknown) => this.log.warn(`playground: postMessage failed: ${String(err)}`));
  }

  private receive(raw: unknown): void {
    const msg = parseFromPlayground(raw);
    if (!msg) {
      this.log.warn(`playground: dropped a malformed message (${describeDropped(raw)})`);
      return;
    }
    this.handle(msg);
  }

  private handle(msg: PlaygroundToHost): void {
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        this.post({
          type: 'init',
          settings: webviewSettings(),
          seq: this.seq,
          ...(this.lastState ? { state: this.lastState } : {}),
          ...(this.lastSelect ? { selection: this.lastSelect.selection, seq: this.lastSelect.seq } : {}),
        });
        this.post({ type: 'theme', kind: themeKind() });
        return;
      case 'state':
        this.lastState = msg.state;
        void this.memento.update(STATE_KEY, msg.state);
        return;
      case 'openInPanel':
        void vscode.commands.executeCommand('activationPlayground.plot', msg.selection);
        return;
      case 'error':
        this.log.warn(`playground (webview): ${msg.message}`);
        return;
    }
  }

  private disposeView(): void {
    for (const d of this.viewDisposables.splice(0)) d.dispose();
    this.view = undefined;
    this.ready = false;
  }

  dispose(): void {
    this.disposeView();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
