// What a user of the plot panel sees and types (issue 12): exports (CSV = the table's 101 rows, PNG at 2×
// with title and legend, code), select-all then typing in every box, text contrast ≥ 4.5:1 and screenshots in
// light, dark and both high-contrast themes, and a 500 px wide panel where the chart and the dragged control
// are visible together. Each test starts from the default state.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { lowContrastText, PanelPage, workbench, type Workbench } from './support';
import { startCommand, waitInFrame } from './webviews';

const THEMES = [['Light Modern', 'light'], ['Dark Modern', 'dark'], ['Dark High Contrast', 'hc-dark'], ['Light High Contrast', 'hc-light']] as const;

async function pickTheme(wb: Workbench, name: string): Promise<void> {
  await startCommand(wb, 'Preferences: Color Theme');
  await wb.page.locator('.quick-input-widget .quick-input-box input').fill(name);
  await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Width × height from a PNG's IHDR. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('plot panel: what a user sees and types (e2e)', function () {
  this.timeout(180_000);
  let panel: PanelPage;

  before(async () => {
    const wb = workbench();
    panel = await PanelPage.find(wb, 3000).catch(async () => (await PanelPage.openFromPalette(wb)).panel);
  });
  beforeEach(async () => panel.reset());

  it('select-all then typing keeps every character, in every box', async () => {
    const f = panel.frame;
    const boxes = ['input[aria-label="x-range minimum"]', 'input[aria-label="Marked point x (empty for none)"]', 'input[aria-label="scale m value"]'];
    for (const selector of boxes) {
      const box = f.locator(selector);
      await box.click();
      await box.press('Control+A');
      await f.page().keyboard.type('2.5', { delay: 15 });
      assert.equal(await box.inputValue(), '2.5', selector);
      await box.press('Escape');
    }
    await panel.tab('Softmax');
    const logits = f.locator('.softmax-tab textarea.logits');
    await logits.click();
    await logits.press('Control+A');
    await f.page().keyboard.type('4, 1, 2', { delay: 15 });
    assert.equal(await logits.inputValue(), '4, 1, 2');
  });

  it('exports the table as CSV (101 round rows), the chart as a 2× PNG with title and legend, and code', async () => {
    const wb = workbench();
    const examples = path.join(__dirname, '..', '..', 'examples');
    const ours = () => fs.readdirSync(examples).filter((f) => /^activation-[\w-]+\.(csv|png)$/.test(f));
    assert.deepEqual(ours(), [], 'no leftovers from an earlier run');
    const save = async (button: string): Promise<string> => {
      await panel.frame.click(`button:has-text("${button}")`);
      const input = wb.page.locator('.quick-input-widget .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      // The simple file dialog fills in the proposed path after it opens: wait for it, not for a time.
      for (let i = 0; !/activation-[\w-]+\.(csv|png)$/.test(await input.inputValue()); i++) assert.ok(i < 100, 'the proposed file name');
      await wb.page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).click();
      const status = await waitInFrame(panel.frame, () => {
        const t = document.querySelector('.export-status')?.textContent ?? '';
        return t.startsWith('Saved') ? t : undefined;
      }, `${button} saved`);
      return path.join(examples, status.replace(/^Saved /, '').trim());
    };
    try {
      const csv = fs.readFileSync(await save('Export CSV…'), 'utf8').trim().split('\n');
      assert.equal(csv.length, 102, 'header + the table’s 101 rows');
      assert.equal(csv[2].split(',')[0], '-5.88');
      const pngFile = await save('Export PNG…');
      const png = fs.readFileSync(pngFile);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const css = await panel.frame.$eval('.chart-box canvas', (c) => ({ w: c.clientWidth, dpr: window.devicePixelRatio }));
      assert.ok(Math.abs(pngSize(png).width - css.w * 2) <= 2, `${pngSize(png).width} px: 2× the chart's ${css.w} px`);
      await panel.frame.click('button:has-text("Copy as code")');
      const status = await waitInFrame(panel.frame, () => {
        const t = document.querySelector('.export-status')?.textContent ?? '';
        return /Copied|Failed/.test(t) ? t : undefined;
      }, 'copy result');
      assert.match(status, /Copied \d+ lines of PyTorch code/);
    } finally {
      for (const f of ours()) fs.rmSync(path.join(examples, f), { force: true });
    }
  });

  it('text contrast ≥ 4.5:1 and a screenshot in light, dark and both high-contrast themes', async () => {
    const wb = workbench();
    const failures: string[] = [];
    try {
      for (const [name, tag] of THEMES) {
        const n0 = await panel.redraws();
        const kind = { light: 'vscode-light', dark: 'vscode-dark', 'hc-dark': 'vscode-high-contrast', 'hc-light': 'vscode-high-contrast-light' }[tag];
        const already = await panel.frame.evaluate((k) => document.body.classList.contains(k), kind);
        await pickTheme(wb, name);
        // hc-light bodies carry vscode-high-contrast too: the one wanted, and not the other high-contrast one
        await waitInFrame(panel.frame, (k) => document.body.classList.contains(k) && (k !== 'vscode-high-contrast' || !document.body.classList.contains('vscode-high-contrast-light')), `${name} applied`, kind);
        if (!already) await panel.waitForRedraw(n0);
        for (const tab of ['Plot', 'Softmax'] as const) {
          await panel.tab(tab);
          for (const low of await lowContrastText(panel.frame)) failures.push(`${name}/${tab}: "${low.text}" ${low.ratio}:1 (${low.color} on ${low.background})`);
          await wb.screenshot(`panel-${tab.toLowerCase()}-${tag}`);
        }
        await panel.tab('Plot');
        const outline = await panel.frame.evaluate(() => {
          const b = document.querySelector('.chart-box canvas') as HTMLCanvasElement;
          b.focus();
          return { style: getComputedStyle(b).outlineStyle, width: getComputedStyle(b).outlineWidth };
        });
        assert.notEqual(outline.style, 'none', `${name}: the focused chart shows a ring`);
        assert.equal(outline.width, '2px');
      }
    } finally {
      await pickTheme(wb, 'Light Modern');
    }
    assert.deepEqual(failures, [], 'text below 4.5:1');
  });

  it('at 500 px wide, the chart and the slider being dragged are on screen together', async () => {
    const wb = workbench();
    const original = wb.page.viewportSize();
    assert.ok(original);
    await panel.addFunction('leaky_relu');
    await panel.addFunction('elu');
    try {
      // The panel shares the editor area with the file beside it: aim its own width at 500 px.
      for (let i = 0; i < 3; i++) {
        const w = await panel.frame.evaluate(() => window.innerWidth);
        const size = wb.page.viewportSize() ?? original;
        if (Math.abs(w - 500) < 20) break;
        await wb.page.setViewportSize({ width: Math.max(600, Math.round(size.width + (500 - w) * 2)), height: size.height });
        await waitInFrame(panel.frame, (old) => window.innerWidth !== old, 'the panel resized', w).catch(() => undefined);
      }
      const slider = panel.frame.locator('.card[data-id="elu"] input[type="range"]');
      await slider.scrollIntoViewIfNeeded();
      await slider.focus();
      await panel.frame.page().keyboard.press('ArrowRight');
      const seen = await panel.frame.evaluate(() => {
        const inView = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return !!r && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        };
        return { width: window.innerWidth, chart: inView(document.querySelector('.chart-box canvas')), slider: inView(document.querySelector('.card[data-id="elu"] input[type="range"]')) };
      });
      await wb.screenshot('panel-500px');
      assert.ok(seen.width < 560, `panel ${seen.width} px wide`);
      assert.ok(seen.chart && seen.slider, `chart visible: ${seen.chart}, slider visible: ${seen.slider}`);
    } finally {
      await wb.page.setViewportSize(original);
    }
  });

  it('[bench:ui] webview bundle sizes', () => {
    const dir = path.join(__dirname, '..', '..', 'dist', 'webview');
    for (const f of fs.readdirSync(dir).filter((n) => /\.(js|css)$/.test(n)).sort()) {
      const bytes = fs.readFileSync(path.join(dir, f));
      console.log(`      [bench:ui] dist/webview/${f}: ${(bytes.length / 1024).toFixed(1)} KiB (${(zlib.gzipSync(bytes).length / 1024).toFixed(1)} KiB gzip)`);
    }
  });
});
