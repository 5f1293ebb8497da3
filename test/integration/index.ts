// Entry point of the extension-host integration suite, in the shape @vscode/test-electron expects: VS Code
// loads this file (compiled to out/test/integration/index.js) in the extension host and awaits `run()`.
// The same file runs in code-server (npm run test:integration) and in desktop VS Code (npm run test:electron).
//
// Environment (read in the extension host): INTEGRATION_GREP=<regexp> runs only matching tests,
// INTEGRATION_GREP_INVERT=1 runs the others.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.INTEGRATION_GREP;
  if (grep) {
    mocha.grep(new RegExp(grep));
    if (process.env.INTEGRATION_GREP_INVERT === '1') mocha.invert();
  }
  for (const file of findTests(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        // The plain closing line CI reads: "N passed, N failed, N skipped".
        console.log(`integration: ${s?.passes ?? 0} passed, ${failures} failed, ${s?.pending ?? 0} skipped`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
