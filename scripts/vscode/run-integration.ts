// `npm run test:integration`: runs the extension-host integration suite (test/integration) inside code-server.
// Starts code-server on a free loopback port (own process group, state in .tmp/vscode/), opens the workbench in
// headless Chromium with extensionDevelopmentPath + extensionTestsPath in the URL payload, relays the suite's
// output (window.codeAutomationLog) and exits with its code (window.codeAutomationExit). Everything started is
// torn down however the run ends.
//
// Options (environment): INTEGRATION_GREP / INTEGRATION_GREP_INVERT=1 (filter tests), INTEGRATION_TIMEOUT_MS
// (whole suite, default 300000), KEEP_TMP=1 (keep .tmp/vscode/<run> for inspection).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './browser';
import { buildIntegrationSuite } from './build-integration';
import { isShuttingDown, onCleanup, runMain } from './cleanup';
import { examplesDir, repoRoot } from './paths';
import { createRunDir, startCodeServer } from './server';

// Workbench chatter that codeAutomationLog relays along with the suite's output: kept in browser-console.log only.
const noise = [
  /open-vsx\.org|ENOTFOUND|marketplace/i,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore/,
];

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const t0 = Date.now();
  const distExtension = path.join(repoRoot, 'dist', 'extension.js');
  if (!fs.existsSync(distExtension)) throw new Error('dist/extension.js is missing: run `npm run compile` first');
  const testsIndex = await buildIntegrationSuite();

  const run = createRunDir('it');
  let failed = true;
  // Kept after a failure (for its logs; the next run removes it), or always with KEEP_TMP=1.
  onCleanup(() => run.dispose({ keep: process.env.KEEP_TMP === '1' || (failed && !isShuttingDown()) }));

  const env: Record<string, string> = {};
  for (const key of ['INTEGRATION_GREP', 'INTEGRATION_GREP_INVERT']) if (process.env[key]) env[key] = process.env[key]!;
  const server = await startCodeServer({ runDir: run.root, folder: examplesDir, env });
  onCleanup(() => server.stop());
  console.log(`[integration] code-server ${server.origin} ready (${elapsed(t0)})`);

  const context = await launchChromium({ runDir: run.root });
  onCleanup(() => context.close().catch(() => undefined));
  const page = context.pages()[0] ?? (await context.newPage());

  const browserLog = path.join(run.root, 'browser-console.log');
  page.on('console', (msg) => fs.appendFileSync(browserLog, `[${msg.type()}] ${msg.text()}\n`));
  page.on('pageerror', (err) => fs.appendFileSync(browserLog, `[pageerror] ${err.stack ?? err.message}\n`));

  let exitCode: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exitCode = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
    const parts = Array.isArray(args) ? args : [args];
    const line = format(...parts);
    fs.appendFileSync(browserLog, `[automation:${type}] ${line}\n`);
    if (noise.some((re) => re.test(line))) return;
    (type === 'error' ? process.stderr : process.stdout).write(line.endsWith('\n') ? line : line + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => exitCode(Number(code)));

  const timeoutMs = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 300_000);
  await page.goto(server.workbenchUrl({ extensionTestsPath: testsIndex }));
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    exited,
    new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`[integration] the suite did not finish within ${timeoutMs / 1000} s`);
        resolve(1);
      }, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (code !== 0) {
    console.error(`[integration] exit code ${code}; state kept in ${path.relative(repoRoot, run.root)} (code-server log, browser-console.log)`);
    const tail = server
      .log()
      .split('\n')
      .filter((l) => /error/i.test(l) && !noise.some((re) => re.test(l)))
      .slice(-20)
      .join('\n');
    if (tail) console.error(`[integration] code-server log errors:\n${tail}`);
  }
  failed = code !== 0;
  console.log(`[integration] finished with code ${code} in ${elapsed(t0)}`);
  return code;
}

runMain(main);
