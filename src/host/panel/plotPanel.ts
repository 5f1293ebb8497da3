// The plot panel: one webview panel (revealed if it exists), restored after a reload by its serializer.
// The webview owns its state (getState/setState); the host sends `init` (settings, its own copy of the state
// and whatever a command asked for) as soon as the document is set, without waiting for the webview's
// `ready` (the workbench holds it until the document has loaded, which saves a round trip before the first
// chart), and again on `ready` in case the early one arrived before the script listened (the webview takes
// the first init only). It carries out exports. Messages go through one
// WebviewChannel (validated, rate-limited, drops counted); every listener is disposed with the panel.
import * as vscode from 'vscode';
import {
  FROM_PANEL, parsePanelState, WebviewChannel, type HostToPanel, type PanelState, type PanelTab, type PanelToHost, type RateLimit, type Selection,
} from '../../protocol';
import { formulaImages } from '../formulas';
import { buildWebviewHtml, webviewOptions } from '../webviewHtml';
import { onSettingsChanged, readWebviewSettings, themeKind } from '../webviewSettings';
import { copyCode, exportCsv, exportPng, type ExportOutcome } from './exports';

/** workspaceState key of the last panel state (a new panel starts from it). */
const STATE_KEY = 'activationPlayground.plot.state';

/** What a command asks the panel to show. */
export interface PanelRequest {
  readonly selection?: Selection;
  readonly pick?: readonly string[];
  /** the tab to open on ("Simulate depth": 'depth') */
  readonly tab?: PanelTab;
}

/** A webview asks for these rarely; a flood of them is dropped (and counted) before any work is done. */
const LIMITS: { readonly [K in PanelToHost['type']]?: RateLimit } = {
  ready: { burst: 3, perSecond: 0.5 },
  formulas: { burst: 10, perSecond: 5 },
  state: { burst: 10, perSecond: 4 },
  exportPng: { burst: 3, perSecond: 0.5 },
  exportCsv: { burst: 3, perSecond: 0.5 },
  copyCode: { burst: 3, perSecond: 0.5 },
  error: { burst: 20, perSecond: 2 },
};

const EXPORT_KIND = { exportPng: 'png', exportCsv: 'csv', copyCode: 'code' } as const;

export class PlotPanel implements vscode.Disposable {
  static readonly viewType = 'activationPlayground.plot';
  static readonly title = 'Activation Plot';
  private static current: PlotPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private readonly channel: WebviewChannel<PanelToHost, HostToPanel>;
  private ready = false;
  /** a request that arrived before the webview said `ready` */
  private pending: PanelRequest | undefined;
  /** set while the first document's early init is unanswered: the request it carried (a newer one goes as a `select`) */
  private early: { readonly request: PanelRequest | undefined } | undefined;
  /** formula keys this document already has: a repeated request is answered not at all */
  private sentFormulas = new Set<string>();
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
    return new PlotPanel(panel, extensionUri, memento, log, request);
  }

  /** Called by the serializer after a reload or restart (the webview reads its own saved state itself). */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, memento: vscode.Memento, log: vscode.LogOutputChannel): PlotPanel {
    PlotPanel.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    return new PlotPanel(panel, extensionUri, memento, log, {});
  }

  static get instance(): PlotPanel | undefined {
    return PlotPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    request: PanelRequest,
  ) {
    PlotPanel.current = this;
    this.pending = request.selection || request.pick || request.tab ? request : undefined;
    this.channel = new WebviewChannel<PanelToHost, HostToPanel>({
      name: 'plot panel', table: FROM_PANEL, limits: LIMITS, log,
      handlers: {
        ready: () => this.onReady(),
        state: async (msg) => {
          await this.memento.update(STATE_KEY, msg.state);
        },
        formulas: (msg) => this.sendFormulas(msg.ids),
        exportPng: async (msg) => this.report('png', await exportPng(msg)),
        exportCsv: async (msg) => this.report('csv', await exportCsv(msg)),
        copyCode: async (msg) => this.report('code', await copyCode(msg)),
        error: (msg) => log.warn(`plot panel (webview): ${msg.message}`),
      },
      onError: (msg) => {
        if (msg.type in EXPORT_KIND) {
          const kind = EXPORT_KIND[msg.type as keyof typeof EXPORT_KIND];
          this.channel.post({ type: 'exportResult', kind, ok: false, message: 'Failed; see the Activation Playground output.' });
        }
      },
    });
    this.channel.connect(panel.webview);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'activity-icon.svg');
    panel.webview.html = buildWebviewHtml(panel.webview, extensionUri, { title: PlotPanel.title, bundle: 'panel' });
    this.postInit();
    this.early = { request: this.pending };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((msg: unknown) => this.channel.receive(msg)),
      // Without retainContextWhenHidden the document is rebuilt when the panel shows again: wait for `ready`.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      onSettingsChanged((settings) => this.channel.post({ type: 'settings', settings })),
      vscode.window.onDidChangeActiveColorTheme((t) => this.channel.post({ type: 'theme', kind: themeKind(t.kind) })),
    );
  }

  /** Applies a request now if the webview is listening, else with the next `init`. */
  request(request: PanelRequest): void {
    if (!request.selection && !request.pick && !request.tab) return;
    if (this.ready) this.channel.post({ type: 'select', ...request });
    else this.pending = request;
  }

  /** The host's copy of the state: the webview falls back to it when its own is damaged. */
  private storedState(): PanelState | undefined {
    const stored = this.memento.get<unknown>(STATE_KEY);
    return stored === undefined ? undefined : parsePanelState(stored, readWebviewSettings().defaultFramework);
  }

  private onReady(): void {
    this.ready = true;
    this.sentFormulas = new Set(); // a new document has none
    const request = this.pending;
    this.postInit();
    if (this.early && request && request !== this.early.request) this.channel.post({ type: 'select', ...request });
    this.pending = undefined;
    this.early = undefined;
    this.channel.post({ type: 'theme', kind: themeKind() });
  }

  /** Settings, the host's copy of the state and the waiting request: what a new document starts from. */
  private postInit(): void {
    const request = this.pending;
    const state = this.storedState();
    this.channel.post({
      type: 'init',
      settings: readWebviewSettings(),
      ...(state ? { state } : {}),
      ...(request?.selection ? { selection: request.selection } : {}),
      ...(request?.pick ? { pick: request.pick } : {}),
      ...(request?.tab ? { tab: request.tab } : {}),
    });
  }

  private async sendFormulas(ids: readonly string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.sentFormulas.has(id));
    if (wanted.length === 0) return;
    for (const id of wanted) this.sentFormulas.add(id);
    const svgs = await formulaImages(this.extensionUri, this.log, wanted);
    if (Object.keys(svgs).length > 0) this.channel.post({ type: 'formulas', svgs });
  }

  private report(kind: 'png' | 'csv' | 'code', outcome: ExportOutcome): void {
    if (outcome.ok) this.log.info(`plot panel: ${outcome.message}`);
    this.channel.post({ type: 'exportResult', kind, ok: outcome.ok, message: outcome.message });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (PlotPanel.current === this) PlotPanel.current = undefined;
    this.channel.dispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
