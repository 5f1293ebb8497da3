// Where the real-VS Code test infrastructure keeps things. Everything it writes lives inside the repo:
// the code-server install in .vscode-host/ (kept between runs), per-run state in .tmp/vscode/ (removed after).
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
/** @vscode/ripgrep version that code-server 4.100.3's VS Code depends on (its postinstall cache folder name). */
export const RIPGREP_PACKAGE_VERSIONS = ['1.15.11'];
export const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const hostRoot = path.join(repoRoot, '.vscode-host');
export const codeServerDir = path.join(hostRoot, `code-server-${CODE_SERVER_VERSION}`);
export const tmpRoot = path.join(repoRoot, '.tmp');
export const runsRoot = path.join(tmpRoot, 'vscode');
export const examplesDir = path.join(repoRoot, 'examples');
export const resultsDir = path.join(repoRoot, 'test-results');
export const integrationOutDir = path.join(repoRoot, 'out', 'test', 'integration');
export const integrationIndex = path.join(integrationOutDir, 'index.js');
