// The web extension (the `browser` entry, as vscode.dev and github.dev run it): the same workbench, with the
// extension forced into code-server's web worker extension host.
import * as assert from 'node:assert/strict';
import { Workbench } from './support';
import { acceptQuickPick, startCommand } from './webviews';

describe('web extension host (e2e)', function () {
  this.timeout(180_000);
  let wb: Workbench | undefined;

  before(async () => {
    // Preferring the "web" kind puts the extension under development into the web worker extension host.
    wb = await Workbench.start({ settings: { 'remote.extensionKind': { 'activation-playground.activation-playground': ['web'] }, 'extensions.webWorker': true } });
  });

  after(async () => {
    await wb?.close();
  });

  it('runs the browser entry in the web worker and shows the hover', async () => {
    const hover = await wb!.hoverAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', { offset: 3, until: /derivative/, timeoutMs: 60_000 });
    assert.match(hover.text, /torch\.nn\.functional\.gelu/);
    assert.ok(Workbench.imagesLoaded(hover), 'hover images loaded');
    const lines = wb!.console.filter((e) => /\[activation-playground\] activated/.test(e.text)).map((e) => e.text);
    assert.ok(lines.some((t) => t.includes('(ui extension host)')), `activated in the web worker host: ${JSON.stringify(lines)}`);
  });

  it('opens the panel from the web worker host and draws the chart', async () => {
    await startCommand(wb!, 'Plot Activation');
    await acceptQuickPick(wb!, 'Plot Activation');
    const frame = await wb!.findFrame('canvas', { kind: 'panel', timeoutMs: 30_000 });
    const painted = await Workbench.waitForCanvasPixels(frame, 'canvas', 500, 20_000);
    assert.ok(painted >= 500, `only ${painted} painted pixels`);
  });
});
