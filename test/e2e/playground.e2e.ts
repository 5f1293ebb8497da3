// The sidebar playground in a real workbench: renders, follows its x input with the core's values, selects
// a row, shows vector bars, opens the panel, no CSP violation.
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { activation, activations, softmax1d } from '../../src/core';
import { Workbench, workbench } from './support';
import { median, waitInFrame, webviewFrame } from './webviews';

const VIEW = '.live-table';

describe('sidebar playground (e2e)', function () {
  this.timeout(120_000);
  let since = 0;
  let frame: Frame;

  before(() => {
    since = Date.now();
  });

  it('renders the table and the chart of the selected function', async () => {
    const wb = workbench();
    await wb.openViewContainer('Activation Playground');
    frame = await webviewFrame(wb, VIEW, 'view', 30_000);
    await Workbench.waitForCanvasPixels(frame, '.mini-box canvas', 300, 15_000);
    const rows = await frame.$$eval(`${VIEW} tbody tr`, (els) => els.length);
    assert.ok(rows >= 25, `${rows} rows`);
    await wb.screenshot('playground');
  });

  it('follows its x input with the core values', async () => {
    const box = frame.locator('.x-row input.num');
    await box.fill('1.5');
    await box.press('Enter');
    const gelu = activation('gelu');
    assert.ok(gelu && gelu.kind === 'elementwise');
    const want = gelu.value(1.5);
    const shown = await waitInFrame(frame, () => (document.querySelector('tr[data-id="gelu"] td') as HTMLElement | null)?.dataset.value, 'gelu row');
    await waitInFrame(frame, () => (document.querySelector('tr[data-id="relu"] td') as HTMLElement | null)?.dataset.value === '1.5', 'relu(1.5) = 1.5');
    const got = Number(await frame.$eval('tr[data-id="gelu"] td', (el) => (el as HTMLElement).dataset.value));
    assert.ok(Math.abs(got - want) <= 2 * Number.EPSILON * want, `gelu(1.5): ${shown} vs ${want}`);
    // and the slider moves the table
    const durations = await frame.evaluate(async () => {
      const range = document.querySelector('.x-row input[type="range"]') as HTMLInputElement;
      const start = window.__apPerf?.length ?? 0;
      for (let i = 0; i < 30; i++) {
        range.value = String(-3 + i * 0.2);
        range.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
      }
      return (window.__apPerf ?? []).slice(start);
    });
    console.log(`      [bench:ui] playground x slider redraw (table of every activation + chart): median ${median(durations).toFixed(2)} ms over ${durations.length} updates`);
    const x = Number(await frame.$eval('.x-row input[type="range"]', (el) => (el as HTMLInputElement).value));
    await waitInFrame(frame, () => (document.querySelector('tr[data-id="relu"] td') as HTMLElement | null)?.dataset.value !== '1.5', 'the table follows the slider');
    assert.ok(Math.abs(x - 2.8) < 1e-9);
  });

  it('selects a row, filters and sorts', async () => {
    await frame.click('tr[data-id="elu"]');
    await waitInFrame(frame, () => document.querySelector('.selected-name')?.textContent === 'ELU', 'ELU selected');
    await frame.fill('input[type="search"]', 'relu');
    // id, name or alias containing "relu", as the core spells them
    const expected = activations()
      .filter((d) => d.kind === 'elementwise' && [d.id, d.name, ...d.aliases].some((n) => n.toLowerCase().includes('relu')))
      .map((d) => d.id)
      .sort();
    await waitInFrame(frame, () => document.querySelectorAll('.live-table tbody tr').length < 10, 'filtered');
    const ids = await frame.$$eval('.live-table tbody tr', (els) => els.map((e) => (e as HTMLElement).dataset.id ?? '').sort());
    assert.deepEqual(ids, expected);
    await frame.click('button.sort:has-text("f(x)")');
    const values = await frame.$$eval('.live-table tbody tr td:nth-of-type(1)', (els) => els.map((e) => Number((e as HTMLElement).dataset.value)));
    assert.deepEqual(values, [...values].sort((a, b) => b - a), 'sorted by value, descending first');
    await frame.fill('input[type="search"]', '');
  });

  it('shows live bars for a typed vector', async () => {
    const text = frame.locator('.vector textarea');
    await text.fill('1, 3, 2');
    await waitInFrame(frame, () => document.querySelectorAll('.bars li').length === 3, 'three bars');
    const p = await frame.$$eval('.bars li', (els) => els.map((e) => Number((e as HTMLElement).dataset.value)));
    const want = softmax1d([1, 3, 2], 1);
    p.forEach((v, i) => assert.ok(Math.abs(v - want[i]) <= 2 * Number.EPSILON, `p[${i}]`));
    assert.equal(await frame.$eval('.bars li.top', (el) => el.querySelector('.idx')?.textContent), '1');
  });

  it('"Open in panel" plots the selected function', async () => {
    const wb = workbench();
    await frame.click('.selected button:has-text("Open in panel")');
    const panel = await webviewFrame(wb, '.plot-tab .card[data-id="elu"]', 'panel', 20_000);
    await Workbench.waitForCanvasPixels(panel, '.chart-box canvas', 500);
    await wb.screenshot('playground-open-in-panel');
    await wb.reset();
  });

  it('no CSP violations or console errors', async () => {
    const wb = workbench();
    assert.deepEqual(wb.cspViolations(since).map((e) => e.text), [], 'CSP violations');
    const errors = wb.consoleErrors({ since }).filter((e) => /webview|activation/i.test(`${e.source} ${e.text}`));
    assert.deepEqual(errors.map((e) => e.text), [], 'console errors');
    await wb.openViewContainer('Explorer');
  });
});
