// The sidebar playground in a real workbench: renders, follows its x input with the core's values (any
// finite number, never "−0", a kept value spelled as typed), keeps typed characters after select-all, reads
// in both high-contrast themes, and "Open in panel" adds to the panel's comparison with an undo.
import * as assert from 'node:assert/strict';
import { activation, activations, softmax1d } from '../../src/core';
import { lowContrastText, PanelPage, PlaygroundPage, workbench } from './support';
import { median, startCommand, waitInFrame } from './webviews';

describe('sidebar playground (e2e)', function () {
  this.timeout(120_000);
  let since = 0;
  let pg: PlaygroundPage;

  before(async () => {
    since = Date.now();
    pg = await PlaygroundPage.open(workbench());
  });
  beforeEach(async () => pg.reset());

  it('renders the table and the chart of the selected function', async () => {
    const rows = await pg.frame.$$eval('.live-table tbody tr', (els) => els.length);
    assert.ok(rows >= 25, `${rows} rows`);
    await workbench().screenshot('playground');
  });

  it('follows its x input with the core values, for any finite x', async () => {
    const gelu = activation('gelu');
    assert.ok(gelu && gelu.kind === 'elementwise');
    await pg.setX('1.5');
    await waitInFrame(pg.frame, () => (document.querySelector('tr[data-id="relu"] td') as HTMLElement | null)?.dataset.value === '1.5', 'relu(1.5) = 1.5');
    const got = await pg.rowValue('gelu');
    assert.ok(Math.abs(got - gelu.value(1.5)) <= 2 * Number.EPSILON * gelu.value(1.5), `gelu(1.5): ${got}`);
    await pg.setX('1e307');
    await waitInFrame(pg.frame, () => (document.querySelector('tr[data-id="relu"] td') as HTMLElement | null)?.dataset.value === '1e+307', 'relu(1e307)');
    assert.equal(await pg.frame.locator('.x-row .message').innerText(), '', 'no "too large"');
    const durations = await pg.frame.evaluate(async () => {
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
  });

  it('never shows −0, and says "kept 1e-320" for a kept 1e-320', async () => {
    await pg.setX('-0');
    await waitInFrame(pg.frame, () => (document.querySelector('tr[data-id="tanh"] td') as HTMLElement | null)?.textContent === '0', 'tanh(−0) shown as 0');
    const text = await pg.frame.locator('.live-table').innerText();
    assert.doesNotMatch(text, /(^|\s)[−-]0(?![.\d])/m, 'no −0 in the table');
    await pg.setX('1e-320');
    await waitInFrame(pg.frame, () => (document.querySelector('.x-row input.num') as HTMLInputElement).value === '1e-320', 'the box keeps 1e-320');
    await pg.setX('1e999');
    await waitInFrame(pg.frame, () => document.querySelector('.x-row .message')?.textContent?.includes('kept 1e-320'), 'the kept value as typed');
  });

  it('select-all then typing keeps every character (x box, filter, vector)', async () => {
    for (const selector of ['.x-row input.num', 'input[type="search"]', '.vector textarea']) {
      const box = pg.frame.locator(selector);
      await box.click();
      await box.press('Control+A');
      await pg.frame.page().keyboard.type('2.5', { delay: 15 });
      assert.equal(await box.inputValue(), '2.5', selector);
    }
  });

  it('selects a row, filters and sorts', async () => {
    await pg.frame.click('tr[data-id="elu"]');
    await waitInFrame(pg.frame, () => document.querySelector('.selected-name')?.textContent === 'ELU', 'ELU selected');
    await pg.frame.fill('input[type="search"]', 'relu');
    const expected = activations()
      .filter((d) => d.kind === 'elementwise' && [d.id, d.name, ...d.aliases].some((n) => n.toLowerCase().includes('relu')))
      .map((d) => d.id)
      .sort();
    await waitInFrame(pg.frame, (n) => document.querySelectorAll('.live-table tbody tr').length === n, 'filtered', expected.length);
    const ids = await pg.frame.$$eval('.live-table tbody tr', (els) => els.map((e) => (e as HTMLElement).dataset.id ?? '').sort());
    assert.deepEqual(ids, expected);
    await pg.frame.click('button.sort:has-text("f(x)")');
    const values = await pg.frame.$$eval('.live-table tbody tr td:nth-of-type(1)', (els) => els.map((e) => Number((e as HTMLElement).dataset.value)));
    assert.deepEqual(values, [...values].sort((a, b) => b - a), 'sorted by value, descending first');
  });

  it('shows live bars for a typed vector', async () => {
    await pg.frame.locator('.vector textarea').fill('1, 3, 2');
    await waitInFrame(pg.frame, () => document.querySelectorAll('.bars li').length === 3, 'three bars');
    const p = await pg.frame.$$eval('.bars li', (els) => els.map((e) => Number((e as HTMLElement).dataset.value)));
    const want = softmax1d([1, 3, 2], 1);
    p.forEach((v, i) => assert.ok(Math.abs(v - want[i]) <= 2 * Number.EPSILON, `p[${i}]`));
    assert.equal(await pg.frame.$eval('.bars li.top', (el) => el.querySelector('.idx')?.textContent), '1');
  });

  it('text contrast ≥ 4.5:1 in both high-contrast themes (the formula box too)', async () => {
    const wb = workbench();
    const failures: string[] = [];
    try {
      for (const name of ['Dark High Contrast', 'Light High Contrast']) {
        await startCommand(wb, 'Preferences: Color Theme');
        await wb.page.locator('.quick-input-widget .quick-input-box input').fill(name);
        await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
        await wb.page.keyboard.press('Enter');
        await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        const light = name.startsWith('Light');
        await waitInFrame(pg.frame, (l) => document.body.classList.contains('vscode-high-contrast-light') === l && /vscode-high-contrast/.test(document.body.className), `${name} applied`, light);
        for (const low of await lowContrastText(pg.frame)) failures.push(`${name}: "${low.text}" ${low.ratio}:1 (${low.color} on ${low.background})`);
        await wb.screenshot(`playground-${name.toLowerCase().replace(/ /g, '-')}`);
      }
    } finally {
      await startCommand(wb, 'Preferences: Color Theme');
      await wb.page.locator('.quick-input-widget .quick-input-box input').fill('Light Modern');
      await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor({ state: 'visible' });
      await wb.page.keyboard.press('Enter');
    }
    assert.deepEqual(failures, [], 'text below 4.5:1');
  });

  it('"Open in panel" adds the selected function to the comparison, with an undo', async () => {
    const wb = workbench();
    await pg.frame.click('tr[data-id="elu"]');
    await waitInFrame(pg.frame, () => document.querySelector('.selected-name')?.textContent === 'ELU', 'ELU selected');
    await pg.frame.click('.selected button:has-text("Open in panel")');
    const panel = await PanelPage.find(wb);
    await waitInFrame(panel.frame, () => document.querySelector('.card[data-id="elu"]') !== null, 'elu added');
    const before = (await panel.cardIds()).filter((id) => id !== 'elu');
    assert.ok(before.length >= 1, 'the earlier functions stay');
    await wb.screenshot('playground-open-in-panel');
    await panel.frame.click('.command-note button:has-text("Undo")');
    await waitInFrame(panel.frame, () => document.querySelector('.card[data-id="elu"]') === null, 'undone');
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
