import * as assert from 'node:assert/strict';
import { workbench } from './support';

describe('workbench with the extension under development', () => {
  it('loads as "[Extension Development Host]" on the examples folder', async () => {
    const wb = workbench();
    assert.match(await wb.title(), /\[Extension Development Host\]/);
    assert.match(await wb.title(), /examples/);
    await wb.screenshot('workbench');
  });

  it('activates the extension when a Python file from examples/ is opened', async () => {
    const wb = workbench();
    assert.equal(wb.isActivated(), false, 'the extension activated before any Python file was opened (activationEvents changed?)');
    await wb.openFile('pytorch_model.py');
    await wb.waitForActivation(30_000);
    await wb.screenshot('pytorch_model-open');
    const errors = wb.consoleErrors().filter((e) => /activation-playground/i.test(e.text));
    assert.deepEqual(errors.map((e) => e.text), [], 'console errors from the extension');
  });

  it('shows the Activation Playground icon in the activity bar', async () => {
    const wb = workbench();
    const item = wb.activityBarItem('Activation Playground');
    await item.waitFor({ state: 'visible', timeout: 10_000 });
    await wb.screenshot('activity-bar', wb.page.locator('.part.activitybar'));
  });
});
