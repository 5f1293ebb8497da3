// Mocha root hooks for the e2e suite (loaded with --require): one code-server + Chromium for all tests,
// a screenshot in test-results/e2e/ for every failed test or hook, teardown however the run ends.
import * as fs from 'node:fs';
import type { Context } from 'mocha';
import { runCleanups } from '../../../scripts/vscode/cleanup';
import { Workbench, e2eResultsDir } from './workbench';

let shared: Workbench | undefined;
let starting: Promise<Workbench> | undefined;

/** The workbench shared by every e2e test (started by the root beforeAll hook). */
export function workbench(): Workbench {
  if (!shared) throw new Error('the shared workbench is not running (root hook beforeAll failed?)');
  return shared;
}

const pending: Promise<unknown>[] = [];

/** Screenshot + recent console errors for a failure (tests: root afterEach; hooks: the reporter calls this). */
export function captureFailure(title: string): Promise<void> {
  const wb = shared;
  if (!wb) return Promise.resolve();
  const done = (async () => {
    const file = await wb.screenshot(`failed-${title}`).catch(() => undefined);
    if (file) console.log(`      screenshot: ${file}`);
    const errors = wb.consoleErrors();
    if (errors.length > 0) console.log(`      console errors:\n${errors.slice(-10).map((e) => `        ${e.text.split('\n')[0]}`).join('\n')}`);
  })();
  pending.push(done);
  return done;
}

export const mochaHooks = {
  async beforeAll(this: Context) {
    this.timeout(240_000); // first run installs code-server (~1 min)
    fs.rmSync(e2eResultsDir, { recursive: true, force: true });
    starting ??= Workbench.start();
    shared = await starting;
  },
  async afterEach(this: Context) {
    const test = this.currentTest;
    if (test?.state === 'failed') await captureFailure(test.fullTitle());
  },
  async afterAll(this: Context) {
    this.timeout(30_000);
    if (shared && process.env.E2E_DUMP_CONSOLE === '1') {
      for (const e of shared.console) console.log(`[${e.type}] ${e.source ? `(${e.source}) ` : ''}${e.text.split('\n')[0]}`);
    }
    await Promise.allSettled(pending); // screenshots of failed hooks
    await shared?.close();
    shared = undefined;
    await runCleanups();
  },
};
