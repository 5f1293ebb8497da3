// The user's path through the features. Skipped until each feature lands; remove `.skip` then.
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, Workbench, workbench } from './support';

describe('features (user path)', () => {
  afterEach(async () => {
    await workbench().reset();
  });

  // enabled when the hover lands
  it.skip('hover on gelu(0.3) in a .py file shows "gelu" and a value', async () => {
    const wb = workbench();
    const hover = await wb.hoverAt('jax_model.py', 'jax.nn.gelu(0.3)', { offset: 'jax.nn.'.length + 1, until: /gelu/i });
    await wb.screenshot('hover-gelu');
    assert.match(hover.text, /gelu/i);
    assert.match(hover.text, /0\.18537/); // jax.nn.gelu(0.3) (tanh approximation) = 0.185371
    if (hover.images.length > 0) assert.ok(Workbench.imagesLoaded(hover), `hover images not loaded: ${JSON.stringify(hover.images)}`);
  });

  // enabled when the plot panel lands
  it.skip('"Plot Activation" opens a panel whose canvas has drawn pixels', async () => {
    const wb = workbench();
    const since = Date.now();
    await wb.openFile('pytorch_model.py');
    await wb.runCommand('Plot Activation');
    // If the command asks which functions to plot first, take its defaults.
    if (await wb.page.locator('.quick-input-widget').isVisible()) await wb.acceptQuickPick();
    const frame = await wb.findFrame('canvas', { extensionId: EXTENSION_ID, kind: 'panel', timeoutMs: 20_000 });
    const painted = await Workbench.waitForCanvasPixels(frame, 'canvas', 500);
    await wb.screenshot('plot-panel');
    assert.ok(painted >= 500, `only ${painted} painted pixels`);
    assert.deepEqual(wb.cspViolations(since).map((e) => e.text), [], 'CSP violations');
  });

  // enabled when the sidebar playground lands
  it.skip('the sidebar playground renders', async () => {
    const wb = workbench();
    const since = Date.now();
    await wb.openViewContainer('Activation Playground');
    const frame = await wb.findFrame('canvas', { extensionId: EXTENSION_ID, kind: 'view', timeoutMs: 20_000 });
    await Workbench.waitForCanvasPixels(frame, 'canvas', 500);
    await wb.screenshot('sidebar-playground');
    assert.deepEqual(wb.cspViolations(since).map((e) => e.text), [], 'CSP violations');
    assert.deepEqual(wb.consoleErrors({ since }).map((e) => e.text), [], 'console errors');
  });
});
