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

  it('activate() resolves and the extension is active', async () => {
    const ext = extension();
    await ext.activate();
    assert.equal(ext.isActive, true);
  });
});
