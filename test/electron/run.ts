// `npm run test:electron`: the standard @vscode/test-electron runner, for machines that can download VS Code.
// Runs the same extension-host suite as `npm run test:integration` (out/test/integration/index.js) in desktop
// VS Code (VSCODE_TEST_VERSION, default "stable"), on the sample workspace examples/, with other extensions
// disabled and every piece of state in .tmp/. Where VS Code cannot be downloaded (as on the CI machines, which
// reach only the npm registry and Debian), it fails at the download: use `npm run test:integration` there.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildIntegrationSuite } from '../../scripts/vscode/build-integration';
import { examplesDir, repoRoot, tmpRoot } from '../../scripts/vscode/paths';

async function main(): Promise<number> {
  const extensionTestsPath = await buildIntegrationSuite();
  const state = path.join(tmpRoot, 'electron');
  fs.rmSync(path.join(state, 'user-data'), { recursive: true, force: true });
  fs.mkdirSync(state, { recursive: true });
  try {
    return await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      cachePath: path.join(repoRoot, '.vscode-test'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv: {
        ...(process.env.INTEGRATION_GREP ? { INTEGRATION_GREP: process.env.INTEGRATION_GREP } : {}),
        ...(process.env.INTEGRATION_GREP_INVERT ? { INTEGRATION_GREP_INVERT: process.env.INTEGRATION_GREP_INVERT } : {}),
      },
      launchArgs: [
        examplesDir,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(state, 'user-data')}`,
        `--extensions-dir=${path.join(state, 'extensions')}`,
      ],
    });
  } catch (err) {
    console.error(`[electron] could not run the tests in desktop VS Code: ${err instanceof Error ? err.message : String(err)}`);
    console.error('[electron] (VS Code is downloaded from its update servers; where that is impossible use `npm run test:integration`.)');
    return 1;
  }
}

main().then((code) => process.exit(code));
