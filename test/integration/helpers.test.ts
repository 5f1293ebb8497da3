// Self-tests of the integration helpers against VS Code's built-in features, so they are known to work
// before the extension's own hover lands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, hoverTextAt, openExampleNotebook, waitFor } from './support/vscode';

describe('integration helpers (against built-in VS Code features)', () => {
  afterEach(closeAllEditors);

  it('hoverTextAt returns hover markdown (TypeScript hover in tfjs_demo.ts)', async () => {
    // The TypeScript server starts with the first .ts file; its first answers may be empty.
    const text = await waitFor(
      async () => {
        const t = await hoverTextAt('tfjs_demo.ts', 'temperatureSoftmax', 3);
        return /temperatureSoftmax/.test(t) && t;
      },
      'a TypeScript hover',
      60_000,
      500,
    );
    assert.match(text, /function temperatureSoftmax\(/);
  });

  it('openExampleNotebook opens examples/notebook.ipynb with Python code cells', async () => {
    const editor = await openExampleNotebook('notebook.ipynb');
    const code = editor.notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.ok(code.length >= 3, `only ${code.length} code cells`);
    assert.ok(code.every((c) => c.document.languageId === 'python'), code.map((c) => c.document.languageId).join(','));
    assert.ok(code.some((c) => c.document.getText().includes('F.gelu(torch.tensor(0.3))')));
  });
});
