// A real VS Code workbench (code-server) in headless Chromium, with the extension under development loaded,
// and the user actions the e2e tests need. One Workbench is shared by all e2e tests (see hooks.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/vscode/browser';
import { onCleanup } from '../../../scripts/vscode/cleanup';
import { examplesDir, resultsDir } from '../../../scripts/vscode/paths';
import { type CodeServer, type RunDir, createRunDir, startCodeServer } from '../../../scripts/vscode/server';

/** Identifier of the extension under development (publisher.name). */
export const EXTENSION_ID = 'activation-playground.activation-playground';

/** The line src/extension.ts logs from activate(); the extension host forwards it to the page console. */
export const ACTIVATION_LINE = '[activation-playground] activated';

export interface ConsoleEntry {
  type: string;
  text: string;
  /** URL of the script or resource the message is about ('' when unknown). */
  source: string;
  time: number;
}

export interface HoverImage {
  src: string;
  complete: boolean;
  naturalWidth: number;
  naturalHeight: number;
}

export interface HoverContent {
  /** innerText of the visible hover(s). */
  text: string;
  html: string;
  images: HoverImage[];
}

export interface FindFrameOptions {
  timeoutMs?: number;
  /** Only frames inside a webview of this extension (e.g. EXTENSION_ID). */
  extensionId?: string;
  /** 'panel': an editor webview (createWebviewPanel); 'view': a webview view (side bar / panel view). */
  kind?: 'panel' | 'view';
}

export interface WorkbenchOptions {
  /** Folder to open (default examples/). */
  folder?: string;
  /** Extension to load under development (default the repo; false for none). */
  extensionDevelopmentPath?: string | false;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  viewport?: { width: number; height: number };
  /** .vsix files installed into the fresh code-server before it starts. */
  installExtensions?: string[];
}

/** Messages that are harmless in this offline environment. */
export const KNOWN_NOISE: RegExp[] = [
  /open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED|marketplace/i,
  /Failed to load resource: net::ERR_/, // offline look-ups (gallery, update, product icons)
  /\/vsda\//, // VS Code's signing module, not shipped with code-server (404)
  /\[Service Worker\]/,
];

const CSP_PREFIX = '[csp-violation]';

/** Runs in every frame, webviews included: turns CSP violations into console errors we can collect. */
const cspReporter = `(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(${JSON.stringify(CSP_PREFIX)} + ' ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      ' in ' + (e.sourceFile || location.href) + ':' + e.lineNumber);
  });
})();`;

/** Screenshots of the e2e suite: test-results/e2e/ (emptied when the shared workbench starts). */
export const e2eResultsDir = path.join(resultsDir, 'e2e');

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
    await input.fill(relPath);
    // Click the row of that file. (Enter would take the first row, which can still be the unfiltered
    // "recently opened" list right after typing.)
    const dir = path.dirname(relPath);
    await this.clickQuickInputRow((label, description) => label === name && (dir === '.' || description.includes(dir)), `file ${relPath}`, timeoutMs);
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

  /** Shows the hover at the cursor (editor.action.showHover, Ctrl+K Ctrl+I) and returns its content. */
  async showHover(timeoutMs = 10_000): Promise<HoverContent> {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const hover = this.editorHover();
    await hover.first().waitFor({ state: 'visible', timeout: timeoutMs });
    // Hover providers answer asynchronously: wait until the "Loading..." placeholder is gone.
    const deadline = Date.now() + timeoutMs;
    let content = await this.readHover();
    while (/^\s*Loading\.\.\.\s*$/.test(content.text) && Date.now() < deadline) {
      await sleep(100);
      content = await this.readHover();
    }
    return content;
  }

  /**
   * Shows the hover at the cursor again and again (up to `timeoutMs`) until its content satisfies `until`:
   * language servers and freshly activated extensions answer the first requests late or not at all.
   */
  async showHoverUntil(until: RegExp | ((content: HoverContent) => boolean), timeoutMs = 30_000): Promise<HoverContent> {
    const ok = (c: HoverContent) => (typeof until === 'function' ? until(c) : until.test(c.text));
    const deadline = Date.now() + timeoutMs;
    let last: HoverContent = { text: '', html: '', images: [] };
    for (;;) {
      try {
        last = await this.showHover(Math.min(5000, Math.max(1000, deadline - Date.now())));
        if (ok(last)) return last;
      } catch {
        // no hover this time
      }
      if (Date.now() > deadline) {
        throw new Error(`no hover matching ${String(until)} within ${timeoutMs} ms; last hover: ${JSON.stringify(last.text)}`);
      }
      await this.page.keyboard.press('Escape'); // hide the hover; the cursor stays
      await sleep(300);
    }
  }

  /**
   * Opens `relPath` (Quick Open), places the cursor `offset` characters into `text` and shows the hover there.
   * With `until`, repeats the hover until its text matches (see showHoverUntil).
   */
  async hoverAt(
    relPath: string,
    text: string,
    opts: { offset?: number; occurrence?: number; until?: RegExp | ((content: HoverContent) => boolean); timeoutMs?: number } = {},
  ): Promise<HoverContent> {
    await this.openFile(relPath);
    await this.placeCursor(relPath, text, opts.offset ?? 1, opts.occurrence ?? 1);
    return opts.until ? this.showHoverUntil(opts.until, opts.timeoutMs ?? 30_000) : this.showHover(opts.timeoutMs ?? 10_000);
  }

  /** The visible editor hover. */
  editorHover(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden)').filter({ visible: true });
  }

  /** Text, HTML and images of the visible hover(s); waits for images to finish loading (up to 5 s). */
  async readHover(): Promise<HoverContent> {
    const hovers = this.editorHover();
    const count = await hovers.count();
    const parts: HoverContent = { text: '', html: '', images: [] };
    for (let i = 0; i < count; i++) {
      const h = hovers.nth(i);
      const one = await h.evaluate(async (el: Element) => {
        const imgs = Array.from(el.querySelectorAll('img'));
        const deadline = Date.now() + 5000;
        while (imgs.some((img) => !img.complete) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        return {
          text: (el as HTMLElement).innerText,
          html: el.innerHTML,
          images: imgs.map((img) => ({ src: img.src, complete: img.complete, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight })),
        };
      });
      parts.text += (parts.text ? '\n' : '') + one.text;
      parts.html += one.html;
      parts.images.push(...one.images);
    }
    return parts;
  }

  /** True when the hover has images and every one loaded (naturalWidth > 0). */
  static imagesLoaded(content: HoverContent): boolean {
    return content.images.length > 0 && content.images.every((i) => i.complete && i.naturalWidth > 0);
  }

  /**
   * Chooses a command in the command palette (F1) by its title and returns at once: a command that opens a
   * quick pick of its own reuses the same widget (see acceptQuickPick).
   */
  async chooseCommand(title: string, timeoutMs = 10_000): Promise<void> {
    await this.focusWorkbench();
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 3000 });
        break;
      } catch (err) {
        if (attempt >= 4) throw err;
      }
    }
    await input.fill(`>${title}`);
    await this.clickQuickInputRow((label) => label === title || label.endsWith(`: ${title}`), `command "${title}"`, timeoutMs);
  }

  /**
   * Runs a command from the command palette (F1) by its title: "Plot Activation" or the full
   * "Activation Playground: Plot Activation". Picks the row whose label matches exactly.
   */
  async runCommand(title: string, timeoutMs = 10_000): Promise<void> {
    await this.chooseCommand(title, timeoutMs);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    // The palette closes, or the command reuses the widget for a quick pick of its own (see acceptQuickPick).
    const deadline = Date.now() + timeoutMs;
    while ((await input.isVisible()) && (await input.inputValue().catch(() => '')) === `>${title}`) {
      if (Date.now() > deadline) throw new Error(`the command palette stayed open after choosing "${title}"`);
      await sleep(50);
    }
  }

  /**
   * Waits for a quick pick (optionally the one whose title contains `title`), optionally types `value` into
   * it, and accepts it with Enter (the focused item, or the checked items of a multi-select).
   */
  async acceptQuickPick(opts: { title?: string; value?: string; timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const widget = this.page.locator('.quick-input-widget');
    if (opts.title) {
      await widget.locator('.quick-input-title', { hasText: opts.title }).waitFor({ state: 'visible', timeout: timeoutMs });
    } else {
      await widget.waitFor({ state: 'visible', timeout: timeoutMs });
    }
    if (opts.value !== undefined) await widget.locator('.quick-input-box input').fill(opts.value);
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  /**
   * Clicks the first row of the open quick input (Quick Open, command palette, a quick pick) whose label (and
   * description) satisfy `matches`, waiting up to `timeoutMs` for the list to show it.
   */
  async clickQuickInputRow(matches: (label: string, description: string) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const entries = await rows.evaluateAll((els) =>
        els.map((el) => ({
          label: ((el.querySelector('.label-name') as HTMLElement | null)?.innerText ?? (el as HTMLElement).innerText).trim(),
          description: ((el.querySelector('.label-description') as HTMLElement | null)?.innerText ?? '').trim(),
        })),
      );
      const index = entries.findIndex((e) => matches(e.label, e.description));
      if (index >= 0) {
        try {
          await rows.nth(index).click({ timeout: 2000 });
          return;
        } catch {
          // the list re-rendered under the pointer: look again
        }
      }
      if (Date.now() > deadline) throw new Error(`${what} not in the quick input; rows: ${entries.map((e) => e.label).join(' | ')}`);
      await sleep(100);
    }
  }

  /**
   * The frame (of any depth, e.g. a webview's content frame) that contains `selector`, waiting up to
   * `timeoutMs`. Webviews are two nested iframes (…/webview/browser/pre/index.html?…&extensionId=… → the active
   * frame); `extensionId` keeps only frames of that extension's webviews, `kind` only those shown in the editor
   * area ('panel') or in the side bar / secondary side bar / panel area ('view'). A number as second argument
   * is the timeout.
   */
  async findFrame(selector: string, opts: FindFrameOptions | number = {}): Promise<Frame> {
    const { timeoutMs = 15_000, extensionId, kind } = typeof opts === 'number' ? { timeoutMs: opts } : opts;
    const wanted = async (frame: Frame): Promise<boolean> => {
      if (!extensionId && !kind) return true;
      let host: Frame | undefined;
      for (let f: Frame | null = frame; f && f !== this.page.mainFrame(); f = f.parentFrame()) {
        if (f.url().includes('/webview/browser/pre/index.html')) host = f;
      }
      if (!host) return false;
      const params = new URL(host.url()).searchParams;
      if (extensionId && params.get('extensionId')?.toLowerCase() !== extensionId.toLowerCase()) return false;
      if (!kind) return true;
      // Where the webview sits tells a view from a panel (the URL's purpose=webviewView is not always there).
      const box = await (await host.frameElement()).boundingBox();
      if (!box || box.width === 0 || box.height === 0) return false;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const parts = kind === 'panel' ? ['.part.editor'] : ['.part.sidebar', '.part.auxiliarybar', '.part.panel'];
      for (const part of parts) {
        const r = await this.page.locator(part).first().boundingBox().catch(() => null);
        if (r && x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height) return true;
      }
      return false;
    };
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        try {
          if ((await wanted(frame)) && (await frame.$(selector))) return frame;
        } catch {
          // frame navigated or detached meanwhile
        }
      }
      if (Date.now() > deadline) {
        const urls = this.page.frames().map((f) => f.url());
        throw new Error(`no frame contains ${selector} within ${timeoutMs} ms; frames: ${urls.join(', ')}`);
      }
      await sleep(150);
    }
  }

  /** How many pixels of the canvas are not fully transparent (works for 2d and WebGL canvases). */
  static async canvasPaintedPixels(frame: Frame, selector = 'canvas'): Promise<number> {
    return frame.$eval(selector, (el: Element) => {
      const canvas = el as HTMLCanvasElement;
      if (canvas.width === 0 || canvas.height === 0) return 0;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(canvas, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      return painted;
    });
  }

  /** Waits until the canvas has at least `minPixels` non-transparent pixels; returns the count. */
  static async waitForCanvasPixels(frame: Frame, selector = 'canvas', minPixels = 100, timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let last = 0;
    for (;;) {
      try {
        last = await Workbench.canvasPaintedPixels(frame, selector);
        if (last >= minPixels) return last;
      } catch {
        // canvas not there yet
      }
      if (Date.now() > deadline) throw new Error(`canvas ${selector} has ${last} painted pixels after ${timeoutMs} ms (wanted ${minPixels})`);
      await sleep(150);
    }
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

