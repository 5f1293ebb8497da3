import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, extension, openExample, waitFor } from './support/vscode';

describe('activation', () => {
  after(closeAllEditors);

  it('is loaded as the extension under development', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
  });

  it('activates when a Python file is opened (onLanguage:python)', async () => {
    const editor = await openExample('pytorch_model.py');
    assert.equal(editor.document.languageId, 'python');
    await waitFor(() => extension().isActive, 'the extension to activate after opening a .py file', 20_000);
  });

  it('activate() resolves, the extension is active, and it reports what activation cost', async () => {
    const ext = extension();
    const api = (await ext.activate()) as { activationMs?: unknown } | undefined;
    assert.equal(ext.isActive, true);
    assert.equal(typeof api?.activationMs, 'number');
    // Measured, not asserted: speed is reported by benchmarks, never bounded in tests.
    console.log(`      [bench] activate(): ${(api!.activationMs as number).toFixed(2)} ms`);
  });
});
