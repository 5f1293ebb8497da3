// A setting of the wrong type falls back to its default for that setting alone and the user is told once
// (a warning naming the setting and the value used; the same line in the output channel). The messages
// shown are read through activate()'s API, since a test cannot read another extension's notifications.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hoverTextAt, waitFor } from './support/vscode';

interface Api {
  readonly settingWarnings: readonly string[];
}

const config = () => vscode.workspace.getConfiguration('activationPlayground');
const api = async () => (await activateExtension()).exports as Api;
const warningsAbout = async (key: string) => (await api()).settingWarnings.filter((m) => m.includes(`activationPlayground.${key} `));

describe('settings of the wrong type', () => {
  afterEach(async () => {
    for (const key of ['languages', 'significantDigits', 'hover.enabled']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('"languages": "python" keeps every hover (the default list) and says so once', async () => {
    await config().update('languages', 'python', vscode.ConfigurationTarget.Global);
    const [message] = await waitFor(() => warningsAbout('languages').then((w) => w.length > 0 && w), 'a warning about languages');
    assert.match(message, /should be a list of language ids/);
    const fallback = JSON.stringify(config().inspect('languages')?.defaultValue);
    assert.ok(message.includes(`got "python"; using ${fallback} instead`), message);
    assert.match(await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3), /derivative/, 'Python hovers stay on');
    assert.match(await hoverTextAt('tfjs_demo.ts', 'tf.leakyRelu(tf.scalar(-2), 0.2)', 4), /derivative/, 'so do TypeScript hovers');
    // Another change (a good one) does not repeat the warning about the bad value that is still there.
    await config().update('significantDigits', 4, vscode.ConfigurationTarget.Global);
    await waitFor(async () => /`0\.1854`/.test(await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3)), 'the 4-digit hover');
    assert.equal((await warningsAbout('languages')).length, 1, 'told once');
  });

  it('a bad value of one setting leaves the others as the user set them', async () => {
    await config().update('languages', [123], vscode.ConfigurationTarget.Global);
    await config().update('significantDigits', 3, vscode.ConfigurationTarget.Global);
    await waitFor(() => warningsAbout('languages').then((w) => w.some((m) => m.includes('got [123]'))), 'a warning about [123]');
    await waitFor(async () => /`0\.185`/.test(await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3)), 'the 3-digit hover');
  });

  it('"significantDigits": "6" (a string) falls back to 6 and names the setting', async () => {
    await config().update('significantDigits', '6', vscode.ConfigurationTarget.Global);
    const [message] = await waitFor(() => warningsAbout('significantDigits').then((w) => w.length > 0 && w), 'a warning about significantDigits');
    assert.match(message, /should be a whole number from 1 to 17, got "6"; using 6 instead/);
    assert.match(await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3), /`0\.185373`/);
  });
});
