// The plot panel: one webview panel (revealed if it exists), restored after a reload by its serializer.
// The webview owns its state (getState/setState); the host answers its `ready` with settings and whatever a
// command asked for, and carries out exports. Every listener is disposed with the panel.
import * as vscode from 'vscode';
import {
  parseFromPanel, parsePanelState, type HostToPanel, type PanelState, type PanelToHost, type Selection,
} from '../../protocol';
import { buildWebviewHtml, webviewOptions } from '../webviewHtml';
import { copyCode, exportCsv, exportPng, type ExportOutcome } from './exports';
import { formulaImages } from '../formulas';
import { describeDropped, onWebviewSettingsChanged, themeKind, webviewSettings } from '../webviews';

/** workspaceState key of the last panel state (a new panel starts from it). */
const STATE_KEY = 'activationPlayground.plot.state';

/** What a command asks the panel to show. */
export interface PanelRequest {
  readonly selection?: Selection;
  readonly pick?: readonly string[];
}

export class PlotPanel implements vscode.Disposable {
  static readonly viewType = 'activationPlayground.plot';
  static readonly title = 'Activation Plot';
  private static current: PlotPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  /** a request that arrived before the webview said `ready` */
  private pending: PanelRequest | undefined;
  private disposed = false;

  /** Shows the panel (creating it if needed) and applies the request; a new panel starts from the last state. */
  static createOrShow(extensionUri: vscode.Uri, memento: vscode.Memento, log: vscode.LogOutputChannel, request: PanelRequest = {}): PlotPanel {
    const existing = PlotPanel.current;
    if (existing) {
      existing.panel.reveal(undefined, false);
      existing.request(request);
      return existing;
    }
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(PlotPanel.viewType, PlotPanel.title, column, webviewOptions(extensionUri));
    const stored = memento.get<unknown>(STATE_KEY);
    const last = stored === undefined ? undefined : parsePanelState(stored, webviewSettings().defaultFramework);
    return new PlotPanel(panel, extensionUri, memento, log, last, request);
  }

  /** Called by the serializer after a reload or restart, with the state the webview last saved. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, memento: vscode.Memento, log: vscode.LogOutputChannel, state: unknown): PlotPanel {
    PlotPanel.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    const saved = state === undefined || state === null ? memento.get<unknown>(STATE_KEY) : state;
    const restored = saved === undefined ? undefined : parsePanelState(saved, webviewSettings().defaultFramework);
    return new PlotPanel(panel, extensionUri, memento, log, restored, {});
  }

  static get instance(): PlotPanel | undefined {
    return PlotPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly restored: PanelState | undefined,
    request: PanelRequest,
  ) {
    PlotPanel.current = this;
    this.pending = request.selection || request.pick ? request : undefined;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity-icon.svg');
    panel.webview.html = buildWebviewHtml(panel.webview, extensionUri, { title: PlotPanel.title, bundle: 'panel' });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((msg: unknown) => this.receive(msg)),
      // Without retainContextWhenHidden the document is rebuilt when the panel shows again: wait for `ready`.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      onWebviewSettingsChanged((settings) => this.post({ type: 'settings', settings })),
      vscode.window.onDidChangeActiveColorTheme((t) => this.post({ type: 'theme', kind: themeKind(t.kind) })),
    );
  }

  /** Applies a request now if the webview is listening, else with the next `init`. */
  request(request: PanelRequest): void {
    if (!request.selection && !request.pick) return;
    if (this.ready) this.post({ type: 'select', ...request });
    else this.pending = request;
  }

  private post(msg: HostToPanel): void {
    if (this.disposed) return;
    void this.panel.webview.postMessage(msg).then(undefined, (err: unknown) => this.log.warn(`plot panel: postMessage failed: ${String(err)}`));
  }

  private receive(raw: unknown): void {
    const msg = parseFromPanel(raw);
    if (!msg) {
      this.log.warn(`plot panel: dropped a malformed message (${describeDropped(raw)})`);
      return;
    }
    void this.handle(msg).catch((err: unknown) => {
      this.log.error(`plot panel: ${msg.type} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (msg.type === 'exportPng' || msg.type === 'exportCsv' || msg.type === 'copyCode') {
        this.post({ type: 'exportResult', kind: msg.type === 'exportPng' ? 'png' : msg.type === 'exportCsv' ? 'csv' : 'code', ok: false, message: 'Failed; see the Activation Playground output.' });
      }
    });
  }

  private async handle(msg: PanelToHost): Promise<void> {
    switch (msg.type) {
      case 'ready': {
        this.ready = true;
        const request = this.pending;
        this.pending = undefined;
        this.post({
          type: 'init',
          settings: webviewSettings(),
          ...(this.restored ? { state: this.restored } : {}),
          ...(request?.selection ? { selection: request.selection } : {}),
          ...(request?.pick ? { pick: request.pick } : {}),
        });
        this.post({ type: 'theme', kind: themeKind() });
        return;
      }
      case 'exportPng':
        return this.report('png', await exportPng(msg));
      case 'exportCsv':
        return this.report('csv', await exportCsv(msg));
      case 'copyCode':
        return this.report('code', await copyCode(msg));
      case 'state':
        await this.memento.update(STATE_KEY, msg.state);
        return;
      case 'formulas': {
        const svgs = await formulaImages(this.extensionUri, this.log, msg.ids);
        if (Object.keys(svgs).length > 0) this.post({ type: 'formulas', svgs });
        return;
      }
      case 'error':
        this.log.warn(`plot panel (webview): ${msg.message}`);
        return;
    }
  }

  private report(kind: 'png' | 'csv' | 'code', outcome: ExportOutcome): void {
    if (outcome.ok) this.log.info(`plot panel: ${outcome.message}`);
    this.post({ type: 'exportResult', kind, ok: outcome.ok, message: outcome.message });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (PlotPanel.current === this) PlotPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
