// The user's path through the hover in the real UI: a .py file and a notebook cell, text and images.
// (The panel and the sidebar playground have their own files: panel.e2e.ts, playground.e2e.ts.)
import * as assert from 'node:assert/strict';
import { activation, formatNumber } from '../../src/core';
import { Workbench, workbench } from './support';

const gelu = (x: number, approximate: 'none' | 'tanh') => {
  const def = activation('gelu');
  if (def?.kind !== 'elementwise') throw new Error('gelu');
  return formatNumber(def.value(x, { approximate }), 6);
};

describe('hover (user path)', () => {
  afterEach(async () => {
    await workbench().reset();
  });

  it('hover on jax.nn.gelu(0.3) in a .py file shows the tanh-form value, images loaded', async () => {
    const wb = workbench();
    const hover = await wb.hoverAt('jax_model.py', 'jax.nn.gelu(0.3)', { offset: 'jax.nn.'.length + 1, until: /derivative/ });
    await wb.screenshot('hover-gelu');
    assert.match(hover.text, /jax\.nn\.gelu/);
    assert.ok(hover.text.includes(gelu(0.3, 'tanh')), hover.text);
    assert.ok(hover.text.includes(`would give ${gelu(0.3, 'none').slice(0, 6)}`), 'names the exact GELU value');
    assert.equal(hover.images.length, 1, `one image of curve and formulas expected: ${hover.images.length}`);
    assert.ok(Workbench.imagesLoaded(hover), `hover images not loaded: ${JSON.stringify(hover.images.map((i) => i.naturalWidth))}`);
  });

  it('hover in a notebook cell evaluates the call with the imports of another cell', async () => {
    const wb = workbench();
    await wb.openFile('notebook.ipynb');
    const line = wb.page.locator('.notebook-editor .view-line', { hasText: 'F.gelu(torch.tensor(0.3))' }).first();
    await line.waitFor({ state: 'visible', timeout: 30_000 });
    await line.click();
    await wb.page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await wb.page.keyboard.press('ArrowRight');
    const hover = await wb.showHoverUntil(/derivative/, 30_000);
    await wb.screenshot('hover-notebook');
    assert.match(hover.text, /torch\.nn\.functional\.gelu/);
    assert.ok(hover.text.includes(gelu(0.3, 'none')), hover.text);
    assert.ok(Workbench.imagesLoaded(hover), 'hover images loaded');
  });
});
