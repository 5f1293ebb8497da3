// Inline values: off by default; when enabled, `= value` after every literal activation call in view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activation, formatNumber } from '../../src/core';
import { activateExtension, openExample } from './support/vscode';

async function hints(doc: vscode.TextDocument): Promise<vscode.InlayHint[]> {
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  return (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
}
const label = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

describe('inline values', () => {
  const config = () => vscode.workspace.getConfiguration('activationPlayground');
  afterEach(async () => {
    await config().update('inlineValues.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('shows nothing by default', async () => {
    await activateExtension();
    const doc = (await openExample('pytorch_model.py')).document;
    assert.deepEqual((await hints(doc)).filter((h) => label(h).startsWith(' = ')).map(label), []);
  });

  it('when enabled, puts the value after each literal call and none after calls on variables', async () => {
    await config().update('inlineValues.enabled', true, vscode.ConfigurationTarget.Global);
    const doc = (await openExample('pytorch_model.py')).document;
    const ours = (await hints(doc)).filter((h) => label(h).startsWith(' = '));
    const gelu = activation('gelu');
    if (gelu?.kind !== 'elementwise') throw new Error('gelu');
    const line = doc.getText().split('\n').findIndex((l) => l.includes('print(F.gelu(torch.tensor(0.3)))'));
    const onGeluLine = ours.filter((h) => h.position.line === line).map(label);
    assert.deepEqual(onGeluLine, [` = ${formatNumber(gelu.value(0.3), 4)}`]);
    const forwardLine = doc.getText().split('\n').findIndex((l) => l.includes('F.softplus(x, beta=2)'));
    assert.equal(ours.filter((h) => h.position.line === forwardLine).length, 0, 'no value for a call on a variable');
    assert.ok(ours.length >= 10, `expected a hint per literal call, got ${ours.length}`);
  });
});
