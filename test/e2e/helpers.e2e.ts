// Self-tests of the e2e helpers against VS Code's built-in features, so the helpers that the feature tests
// use are known to work before those features land (and when code-server is upgraded).
import * as assert from 'node:assert/strict';
import { Workbench, workbench } from './support';

describe('e2e helpers (against built-in VS Code features)', () => {
  afterEach(async () => {
    await workbench().reset();
  });

  it('placeCursor + showHoverUntil read a hover (TypeScript hover in tfjs_demo.ts)', async () => {
    const wb = workbench();
    await wb.openFile('tfjs_demo.ts');
    const pos = await wb.placeCursor('tfjs_demo.ts', 'temperatureSoftmax', 3);
    assert.deepEqual(pos, { line: 13, column: 20 });
    // The TypeScript server starts with the first .ts file: the first hovers may come late or empty.
    const hover = await wb.showHoverUntil(/temperatureSoftmax/, 90_000);
    assert.match(hover.text, /function temperatureSoftmax\(/);
  });

  it('runCommand + findFrame reach a webview (Markdown preview), canvasPaintedPixels reads a canvas', async () => {
    const wb = workbench();
    const since = Date.now();
    await wb.openFile('README.md');
    await wb.runCommand('Markdown: Open Preview');
    const frame = await wb.findFrame('.markdown-body h1', { extensionId: 'vscode.markdown-language-features', kind: 'panel', timeoutMs: 30_000 });
    assert.match(await frame.locator('.markdown-body h1').innerText(), /Sample workspace/);
    await frame.evaluate(() => {
      for (const [id, paint] of [['blank', false], ['painted', true]] as const) {
        const c = document.createElement('canvas');
        c.id = id;
        c.width = 20;
        c.height = 10;
        if (paint) c.getContext('2d')!.fillRect(0, 0, 10, 10);
        document.body.appendChild(c);
      }
    });
    assert.equal(await Workbench.canvasPaintedPixels(frame, '#blank'), 0);
    assert.equal(await Workbench.waitForCanvasPixels(frame, '#painted', 100), 100);
    await wb.screenshot('markdown-preview');
    assert.deepEqual(wb.cspViolations(since).map((e) => e.text), [], 'CSP violations');
  });

  it('openViewContainer shows the Activation Playground side bar', async () => {
    const wb = workbench();
    await wb.openViewContainer('Activation Playground');
    const title = await wb.page.locator('.part.sidebar .composite.title h2').first().innerText();
    assert.match(title, /Activation Playground/i);
    await wb.screenshot('sidebar-activation-playground');
    await wb.openViewContainer('Explorer');
  });
});
