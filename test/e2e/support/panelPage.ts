// Page object of the plot panel: opening it (with the command → chart figures), its known starting state,
// and the controls the specs drive. Specs talk to it, not to selectors.
import type { Frame } from 'playwright-core';
import { acceptQuickPick, allowInnerFunctions, startCommand, waitInFrame, webviewFrame } from '../webviews';
import { Workbench } from './workbench';

const PANEL = '.plot-tab';
const CHART = '.chart-box canvas';

/** Where the time from command to first chart went (wall clock, ms). */
export interface OpenTimings {
  /** command accepted → the webview's frame exists (extension host + workbench) */
  readonly host: number;
  /**
   * frame → our HTML written into it: the workbench's wait for its service worker. In code-server every
   * webview registers its own worker on one origin, and Chromium activates a replacing worker 1 s late, so
   * every webview after the first in a session waits about 1 s here (none of it the extension's).
   */
  readonly frame: number;
  /** HTML written → bundle running (fetching and evaluating the scripts), and init received → first chart drawn */
  readonly webview: number;
  /** the two parts of `webview` */
  readonly load: number;
  readonly start: number;
  /** ready posted → init received (the host answering the handshake; less when the early init was in time) */
  readonly handshake: number;
  readonly total: number;
}

export class PanelPage {
  constructor(readonly wb: Workbench, public frame: Frame) {}

  /** Runs "Plot Activation", accepts the quick pick as is, and waits for a drawn chart. */
  static async openFromPalette(wb: Workbench): Promise<{ panel: PanelPage; timings: OpenTimings }> {
    await startCommand(wb, 'Plot Activation');
    const t0 = Date.now();
    await acceptQuickPick(wb, 'Plot Activation');
    const panel = await PanelPage.find(wb);
    return { panel, timings: await panel.timings(t0) };
  }

  /** The open panel's frame once its chart is drawn. */
  static async find(wb: Workbench, timeoutMs = 20_000): Promise<PanelPage> {
    const frame = await webviewFrame(wb, `${PANEL} ${CHART}`, 'panel', timeoutMs);
    await Workbench.waitForCanvasPixels(frame, CHART, 500, 15_000);
    await allowInnerFunctions(frame);
    return new PanelPage(wb, frame);
  }

  private async timings(t0: number): Promise<OpenTimings> {
    const b = await waitInFrame(this.frame, () => {
      const boot = window.__apBoot;
      // Our HTML is written into the workbench's placeholder document: its first request (the stylesheet) says when.
      const first = Math.min(...performance.getEntriesByType('resource').map((e) => e.startTime));
      const html = performance.timeOrigin + (Number.isFinite(first) ? first : 0);
      return boot && window.__apFirstDrawAt ? ({ ...boot, html, drawn: window.__apFirstDrawAt } as Record<string, number>) : undefined;
    }, 'the start-up stamps');
    const load = b.script - b.html;
    const start = b.drawn - b.init;
    return {
      host: b.document - t0,
      frame: b.html - b.document,
      webview: load + start,
      load,
      start,
      handshake: b.init - b.ready,
      total: b.drawn - t0,
    };
  }

  /** Finds the frame again when the panel's document was rebuilt (hidden behind another editor, reloaded). */
  async refresh(): Promise<void> {
    if (this.frame.isDetached()) this.frame = (await PanelPage.find(this.wb)).frame;
  }

  /** Back to the default state (one gelu, float64, [−6, 6], chart view, plot tab), redrawn, nothing focused. */
  async reset(): Promise<void> {
    await this.refresh();
    await this.frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const n = await this.redraws();
    await this.frame.evaluate(() => window.__apReset?.());
    await this.waitForRedraw(n);
    await this.frame.evaluate(() => window.scrollTo(0, 0));
  }

  redraws(): Promise<number> {
    return this.frame.evaluate(() => window.__apRedraws ?? 0);
  }

  /** Waits for a redraw after the `before`-th (a counter that already moved does not count twice). */
  async waitForRedraw(before: number): Promise<void> {
    await waitInFrame(this.frame, (n) => (window.__apRedraws ?? 0) > n, `a redraw after #${before}`, before);
  }

  async range(): Promise<{ min: number; max: number }> {
    const v = (label: string) => this.frame.$eval(`input[aria-label="${label}"]`, (el) => Number((el as HTMLInputElement).value));
    return { min: await v('x-range minimum'), max: await v('x-range maximum') };
  }

  async setRange(min: string, max: string): Promise<void> {
    await this.frame.locator('input[aria-label="x-range minimum"]').fill(min);
    const box = this.frame.locator('input[aria-label="x-range maximum"]');
    await box.fill(max);
    await box.press('Enter');
  }

  dtype(): Promise<string> {
    return this.frame.$eval('select[aria-label="Data type of inputs and values"]', (el) => (el as HTMLSelectElement).value);
  }

  async setDtype(dtype: string): Promise<void> {
    await this.frame.selectOption('select[aria-label="Data type of inputs and values"]', dtype);
  }

  cardIds(): Promise<string[]> {
    return this.frame.$$eval('.card', (els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));
  }

  async addFunction(id: string): Promise<void> {
    await this.frame.selectOption('select[aria-label="Function to add"]', id);
    await this.frame.click('button:has-text("Add")');
    await this.frame.locator(`.card[data-id="${id}"]`).waitFor();
  }

  async tab(name: 'Plot' | 'Softmax'): Promise<void> {
    await this.frame.click(`button[role="tab"]:has-text("${name}")`);
    await this.frame.locator(name === 'Plot' ? CHART : '.softmax-tab .bar-box canvas').first().waitFor({ state: 'visible' });
  }

  /** A cheap fingerprint of the chart's pixels. */
  chartHash(): Promise<string> {
    return this.frame.$eval(CHART, (c) => {
      const url = (c as HTMLCanvasElement).toDataURL();
      let h = 0;
      for (let i = 0; i < url.length; i += 7) h = (h * 31 + url.charCodeAt(i)) | 0;
      return `${url.length}:${h}`;
    });
  }

  /** The table view's header and each row's exact values (data-value). */
  async table(): Promise<{ head: string[]; rows: string[][] }> {
    return waitInFrame(this.frame, () => {
      const rows = Array.from(document.querySelectorAll('.plot-tab .data-table tbody tr'));
      if (rows.length === 0) return undefined;
      const head = Array.from(document.querySelectorAll('.plot-tab .data-table thead th')).map((th) => th.textContent ?? '');
      return { head, rows: rows.map((tr) => Array.from(tr.children).map((c) => (c as HTMLElement).dataset.value ?? '')) };
    }, 'the table');
  }

  logits(): Promise<number[]> {
    return this.frame.$eval('.softmax-tab textarea.logits', (el) => (el as HTMLTextAreaElement).value.split(',').map(Number));
  }
}
