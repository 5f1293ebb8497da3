// A real VS Code workbench (code-server) in headless Chromium, with the extension under development loaded,
// and the user actions the e2e tests need. One Workbench is shared by all e2e tests (see hooks.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { canvasPaintedPixels, findFrame, waitForCanvasPixels } from './frames';
import * as hover from './hover';
import * as qi from './quickInput';
import {
  ACTIVATION_LINE, CSP_PREFIX, cspReporter, e2eResultsDir, KNOWN_NOISE,
  type ConsoleEntry, type FindFrameOptions, type HoverContent, type WorkbenchOptions,
} from './types';
import { launchChromium } from '../../../scripts/vscode/browser';
import { onCleanup } from '../../../scripts/vscode/cleanup';
import { examplesDir } from '../../../scripts/vscode/paths';

import { type CodeServer, type RunDir, createRunDir, startCodeServer } from '../../../scripts/vscode/server';

export * from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Workbench {
  readonly console: ConsoleEntry[] = [];
  private stopped = false;
  private readonly unregister: () => void;

  private constructor(
    readonly server: CodeServer,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly run: RunDir,
    readonly url: string,
  ) {
    this.unregister = onCleanup(() => this.close());
  }

  /** Starts code-server + Chromium, opens the workbench with the extension and waits until it is ready. */
  static async start(opts: WorkbenchOptions = {}): Promise<Workbench> {
    const run = createRunDir('e2e');
    let server: CodeServer | undefined;
    let context: BrowserContext | undefined;
    try {
      server = await startCodeServer({ runDir: run.root, folder: opts.folder ?? examplesDir, settings: opts.settings, installExtensions: opts.installExtensions });
      context = await launchChromium({ runDir: run.root, viewport: opts.viewport });
      const page = context.pages()[0] ?? (await context.newPage());
      const url = server.workbenchUrl({ extensionDevelopmentPath: opts.extensionDevelopmentPath });
      const wb = new Workbench(server, context, page, run, url);
      await context.addInitScript(cspReporter);
      page.on('console', (msg) => wb.console.push({ type: msg.type(), text: msg.text(), source: sourceOf(msg), time: Date.now() }));
      page.on('requestfailed', (req) => wb.console.push({ type: 'requestfailed', text: `${req.failure()?.errorText ?? 'failed'} ${req.url()}`, source: req.url(), time: Date.now() }));
      page.on('response', (res) => {
        if (res.status() >= 400) wb.console.push({ type: 'http', text: `${res.status()} ${res.url()}`, source: res.url(), time: Date.now() });
      });
      page.on('pageerror', (err) => wb.console.push({ type: 'pageerror', text: err.stack ?? err.message, source: '', time: Date.now() }));
      await page.goto(url);
      await wb.waitForWorkbench();
      return wb;
    } catch (err) {
      await context?.close().catch(() => undefined);
      await server?.stop();
      run.dispose({ keep: true });
      throw err;
    }
  }

  /** Waits for the workbench to be interactive: activity bar, status bar and an editor area. */
  async waitForWorkbench(timeoutMs = 60_000): Promise<void> {
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: timeoutMs });
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
    await this.page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout: timeoutMs });
    // The explorer has resolved the folder once its tree shows rows.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** The window title (document.title), e.g. "[Extension Development Host] examples - code-server". */
  title(): Promise<string> {
    return this.page.title();
  }

  /** First console entry (from the start) whose text matches, waiting for it up to `timeoutMs`. */
  async waitForConsole(pattern: string | RegExp, timeoutMs = 30_000): Promise<ConsoleEntry> {
    const matches = (e: ConsoleEntry) => (typeof pattern === 'string' ? e.text.includes(pattern) : pattern.test(e.text));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.console.find(matches);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no console message matching ${String(pattern)} within ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  /** Waits for the extension's activation line in the console. */
  waitForActivation(timeoutMs = 30_000): Promise<ConsoleEntry> {
    return this.waitForConsole(ACTIVATION_LINE, timeoutMs);
  }

  isActivated(): boolean {
    return this.console.some((e) => e.text.includes(ACTIVATION_LINE));
  }

  /** Focuses the workbench (not a quick input, hover or webview) so keyboard shortcuts reach it. */
  async focusWorkbench(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }

  /** Opens a file of the workspace with Quick Open (Ctrl+P) and waits for its editor tab to be active. */
  async openFile(relPath: string, timeoutMs = 20_000): Promise<void> {
    const name = path.basename(relPath);
    await this.focusWorkbench();
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    // The first Ctrl+P can come before the workbench listens to keys; retry until the quick input shows.
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('Control+P');
      try {
        await input.waitFor({ state: 'visible', timeout: 3000 });
        break;
      } catch (err) {
        if (attempt >= 4) throw err;
      }
    }
    // Click the row of that file. (Enter would take the first row, which can still be the unfiltered
    // "recently opened" list right after typing.) A file written during the run can be missing from the
    // file search's first answer, which typing the same text again does not renew: retype until it shows.
    const dir = path.dirname(relPath);
    const isFile = (label: string, description: string) => label === name && (dir === '.' || description.includes(dir));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await input.fill('');
      await input.fill(relPath);
      try {
        await this.clickQuickInputRow(isFile, `file ${relPath}`, Math.min(5000, Math.max(1000, deadline - Date.now())));
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
    }
    await this.activeTab(name).waitFor({ state: 'visible', timeout: timeoutMs });
    // A notebook editor lives in an overlay above its group (not inside .editor-group-container).
    const editor = name.endsWith('.ipynb') ? this.page.locator('.notebook-editor').filter({ visible: true }).first() : this.activeEditor();
    await editor.waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** The active editor tab with this file name. */
  activeTab(fileName: string): Locator {
    return this.page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`);
  }

  /** The text editor of the active editor group. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /**
   * Puts the cursor `offset` characters into the `occurrence`-th `text` of the file `relPath` (relative to the
   * opened folder; the file must be the active editor) with Go to Line/Column (Ctrl+G). Returns 1-based line/col.
   */
  async placeCursor(relPath: string, text: string, offset = 1, occurrence = 1): Promise<{ line: number; column: number }> {
    const content = fs.readFileSync(path.join(this.server.folder, relPath), 'utf8');
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
      index = content.indexOf(text, index + 1);
      if (index < 0) throw new Error(`"${text}" (occurrence ${occurrence}) not found in ${relPath}`);
    }
    const before = content.slice(0, index + offset).split('\n');
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    // Focus the editor without clicking: a reopened file keeps its scroll position, and the top of its
    // scrolled .view-lines can lie above the viewport (the click then lands on the page).
    await this.activeEditor().locator('textarea').first().focus();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`:${line}:${column}`); // the Go to Line quick access ("append : to go to line")
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 5000 });
    // Wait until the status bar shows the new position ("Ln 12, Col 5").
    await this.page
      .locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` })
      .first()
      .waitFor({ state: 'visible', timeout: 5000 });
    return { line, column };
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its content (see ./hover.ts). */
  showHover(timeoutMs = 10_000): Promise<HoverContent> {
    return hover.showHover(this, timeoutMs);
  }

  showHoverUntil(until: RegExp | ((content: HoverContent) => boolean), timeoutMs = 30_000): Promise<HoverContent> {
    return hover.showHoverUntil(this, until, timeoutMs);
  }

  hoverAt(relPath: string, text: string, opts: Parameters<typeof hover.hoverAt>[3] = {}): Promise<HoverContent> {
    return hover.hoverAt(this, relPath, text, opts);
  }

  editorHover(): Locator {
    return hover.editorHover(this);
  }

  readHover(): Promise<HoverContent> {
    return hover.readHover(this);
  }

  static imagesLoaded(content: HoverContent): boolean {
    return hover.imagesLoaded(content);
  }

  /** Chooses a palette command by title and returns at once (see ./quickInput.ts). */
  chooseCommand(title: string, timeoutMs = 10_000): Promise<void> {
    return qi.chooseCommand(this, title, timeoutMs);
  }

  /** Runs a palette command by title ("Plot Activation" or "Activation Playground: Plot Activation"). */
  runCommand(title: string, timeoutMs = 10_000): Promise<void> {
    return qi.runCommand(this, title, timeoutMs);
  }

  acceptQuickPick(opts: { title?: string; value?: string; timeoutMs?: number } = {}): Promise<void> {
    return qi.acceptQuickPick(this, opts);
  }

  clickQuickInputRow(matches: (label: string, description: string) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    return qi.clickQuickInputRow(this, matches, what, timeoutMs);
  }

  /** Our frame (of any depth) that contains `selector` (see ./frames.ts). */
  findFrame(selector: string, opts: FindFrameOptions | number = {}): Promise<Frame> {
    return findFrame(this.page, selector, opts);
  }

  static canvasPaintedPixels(frame: Frame, selector = 'canvas'): Promise<number> {
    return canvasPaintedPixels(frame, selector);
  }

  static waitForCanvasPixels(frame: Frame, selector = 'canvas', minPixels = 100, timeoutMs = 10_000): Promise<number> {
    return waitForCanvasPixels(frame, selector, minPixels, timeoutMs);
  }

  /** The activity bar entry of a view container, by its title (e.g. "Activation Playground"). */
  activityBarItem(title: string): Locator {
    return this.page.locator(`.part.activitybar .action-item a.action-label[aria-label^="${title}"]`).first();
  }

  /** Opens a view container from the activity bar (no-op when it is already shown) and waits for its side bar. */
  async openViewContainer(title: string, timeoutMs = 10_000): Promise<void> {
    // A container with a single view is titled "CONTAINER: VIEW".
    const sideBarTitle = this.page
      .locator('.part.sidebar .composite.title h2', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*(:|$)`, 'i') })
      .first();
    if (await sideBarTitle.isVisible()) return; // clicking the active entry would close the side bar
    const item = this.activityBarItem(title);
    await item.waitFor({ state: 'visible', timeout: timeoutMs });
    await item.click();
    await sideBarTitle.waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Console errors (page errors, console.error, CSP violations from any frame) minus known harmless noise. */
  consoleErrors(opts: { since?: number; ignore?: RegExp[] } = {}): ConsoleEntry[] {
    const ignore = [...KNOWN_NOISE, ...(opts.ignore ?? [])];
    return this.console.filter(
      (e) => (e.type === 'error' || e.type === 'pageerror') &&
        e.time >= (opts.since ?? 0) &&
        !ignore.some((re) => re.test(e.text) || re.test(e.source)),
    );
  }

  /** CSP violations seen in any frame (the workbench's and webviews'). */
  cspViolations(since = 0): ConsoleEntry[] {
    return this.console.filter(
      (e) => e.time >= since && (e.text.startsWith(CSP_PREFIX) || /Content Security Policy|Refused to (load|execute|apply|connect|frame)/.test(e.text)),
    );
  }

  /** Saves a screenshot (of the page, or of `part` only) to test-results/e2e/<name>.png and returns its path. */
  async screenshot(name: string, part?: Locator): Promise<string> {
    fs.mkdirSync(e2eResultsDir, { recursive: true });
    const file = path.join(e2eResultsDir, `${name.replace(/[^\w.-]+/g, '_').slice(0, 120)}.png`);
    if (part) await part.screenshot({ path: file });
    else await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes editors, hovers, quick inputs and notifications so the next test starts from a clean workbench. */
  async reset(): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+W'); // workbench.action.closeAllEditors
    await this.page.locator('.editor-group-container .tab').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unregister();
    await this.context.close().catch(() => undefined);
    await this.server.stop();
    this.run.dispose({ keep: process.env.KEEP_TMP === '1' });
  }
}

function sourceOf(msg: { location(): { url: string } }): string {
  try {
    return msg.location().url ?? '';
  } catch {
    return '';
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

