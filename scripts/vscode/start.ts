// `npm start` (via scripts/start.mjs, after `npm run compile`): opens the extension under development on the
// sample workspace examples/. With the `code` command on PATH, desktop VS Code with --extensionDevelopmentPath;
// otherwise code-server on 127.0.0.1 (port 8080 or the next free one), printing the workbench URL.
// Ctrl+C stops everything it started.
//
// Flags: --web (use code-server even when `code` exists), --port N (first port to try, default 8080).
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { onCleanup, runMain } from './cleanup';
import { CODE_SERVER_VERSION, examplesDir, repoRoot } from './paths';
import { createRunDir, startCodeServer } from './server';
import { which } from './system';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function desktop(code: string): Promise<number> {
  console.log(`[start] opening ${path.relative(process.cwd(), examplesDir) || examplesDir} in VS Code (${code}) with the extension under development`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, examplesDir], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
}

async function web(port: number): Promise<number> {
  const run = createRunDir('start');
  onCleanup(() => run.dispose());
  const server = await startCodeServer({ runDir: run.root, folder: examplesDir, port });
  onCleanup(() => server.stop());
  const url = server.workbenchUrl();
  console.log(`\nActivation Playground (extension under development) in code-server ${CODE_SERVER_VERSION} on ${server.origin}`);
  console.log(`\n  ${url}\n`);
  console.log('Open that URL in a browser on this machine; reload the window (Developer: Reload Window) after `npm run compile`.');
  console.log(`code-server log: ${path.relative(process.cwd(), server.logFile)}. Press Ctrl+C to stop.`);
  // Run until Ctrl+C (handled by cleanup.ts) or until code-server stops on its own.
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    try {
      process.kill(server.pid, 0);
    } catch {
      console.error('[start] code-server exited; its log:\n' + server.log().split('\n').slice(-30).join('\n'));
      return 1;
    }
  }
}

async function main(): Promise<number> {
  const code = which('code');
  if (code && !process.argv.includes('--web')) return desktop(code);
  return web(Number(argValue('--port') ?? process.env.PORT ?? 8080));
}

runMain(main);
