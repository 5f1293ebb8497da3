// The packaged extension, as a user installs it: `npm run package` builds the .vsix, a fresh code-server
// installs it with --install-extension (no development path), and the hover and the panel work from it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbench } from './support';
import { acceptQuickPick, startCommand } from './webviews';

const root = path.resolve(__dirname, '..', '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const vsix = path.join(root, `${name}-${version}.vsix`);

describe('installed .vsix (e2e)', function () {
  this.timeout(240_000);
  let wb: Workbench | undefined;

  before(async () => {
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    wb = await Workbench.start({ extensionDevelopmentPath: false, installExtensions: [vsix] });
  });

  after(async () => {
    await wb?.close();
    // The dev build comes back for the suites that run after this one.
    spawnSync('node', ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  });

  it('is under 1 MB', () => {
    const size = fs.statSync(vsix).size;
    console.log(`      [bench:ui] ${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KiB`);
    assert.ok(size < 1024 * 1024, `${size} bytes`);
  });

  it('shows the hover from the installed package', async () => {
    const hover = await wb!.hoverAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', { offset: 3, until: /derivative/, timeoutMs: 60_000 });
    assert.match(hover.text, /torch\.nn\.functional\.gelu/);
    assert.ok(Workbench.imagesLoaded(hover), 'hover images loaded');
  });

  it('opens the panel from the installed package and draws the chart', async () => {
    await startCommand(wb!, 'Plot Activation');
    await acceptQuickPick(wb!, 'Plot Activation');
    const frame = await wb!.findFrame('canvas', { kind: 'panel', timeoutMs: 30_000 });
    const painted = await Workbench.waitForCanvasPixels(frame, 'canvas', 500, 20_000);
    await wb!.screenshot('vsix-panel');
    assert.ok(painted >= 500, `only ${painted} painted pixels`);
  });
});
