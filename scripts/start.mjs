#!/usr/bin/env node
// `npm start`: builds the extension, then opens it on the sample workspace examples/ — in desktop VS Code when
// the `code` command is on PATH, otherwise in code-server on 127.0.0.1:8080 (or the next free port), printing
// the URL. Ctrl+C stops everything it started. Flags: --web (code-server even if `code` exists), --port N.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The launcher is TypeScript (shared with the test runners): load it through tsx's CommonJS hook.
const { require: tsxRequire } = await import('tsx/cjs/api');
tsxRequire('./vscode/start.ts', import.meta.url);
