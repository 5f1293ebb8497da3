// Headless Chromium (Debian's, or CHROME_PATH, or an installed Chrome) driven by playwright-core, with its
// profile in the run's temp folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ensureChromium } from './system';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--password-store=basic',
  '--use-mock-keychain',
];

export interface BrowserOptions {
  runDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export async function launchChromium(opts: BrowserOptions): Promise<BrowserContext> {
  const executablePath = ensureChromium();
  const profile = path.join(opts.runDir, 'chromium-profile');
  const home = path.join(opts.runDir, 'home');
  const xdg = path.join(opts.runDir, 'xdg');
  fs.mkdirSync(profile, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(path.join(opts.runDir, 'tmp'), { recursive: true });
  // Playwright makes its artifacts folder in os.tmpdir() at launch: point that into the run folder too.
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = path.join(opts.runDir, 'tmp');
  try {
    return await launch(profile, executablePath, home, xdg, opts);
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
}

function launch(profile: string, executablePath: string, home: string, xdg: string, opts: BrowserOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: opts.headless ?? true,
    args: chromiumArgs,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    // Our own handlers (scripts/vscode/cleanup.ts) tear everything down in order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      TMPDIR: path.join(opts.runDir, 'tmp'),
    },
  });
}
