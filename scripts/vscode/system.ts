// System prerequisites: Debian packages and a Chromium. Installs what is missing when we are root on a
// Debian-like machine (one `apt-get update`, only if something is missing); otherwise stops with one line
// that says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Something the machine lacks; reported as one line saying what to install. */
export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function which(command: string): string | undefined {
  return onPath(command);
}

function debInstalled(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

let aptUpdated = false;

/**
 * Makes sure the Debian packages are installed. `check` may say a package is present by other means (for
 * example a command on PATH). `why` goes into the error line.
 */
export function ensureDebianPackages(
  packages: { name: string; present?: () => boolean }[],
  why: string,
): void {
  const missing = packages.filter((p) => !(p.present?.() ?? false) && !debInstalled(p.name)).map((p) => p.name);
  if (missing.length === 0) return;
  if (!isRoot() || !onPath('apt-get')) {
    throw new PrerequisiteError(
      `${why} needs these Debian packages: ${missing.join(' ')} (install them: sudo apt-get install -y ${missing.join(' ')})`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  console.log(`[vscode-host] installing Debian packages for ${why}: ${missing.join(' ')}`);
  if (!aptUpdated) {
    execFileSync('apt-get', [...lock, 'update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}

/** Packages code-server's install needs on Debian to build its native modules offline. */
export function ensureCodeServerBuildPackages(): void {
  ensureDebianPackages(
    [
      { name: 'build-essential', present: () => !!(onPath('make') && onPath('g++')) && debInstalled('libc6-dev') },
      { name: 'python3', present: () => !!onPath('python3') },
      { name: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') || fs.existsSync('/usr/include/krb5.h') },
      { name: 'ripgrep', present: () => !!onPath('rg') },
    ],
    'installing code-server',
  );
}

const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** CHROME_PATH, /usr/bin/chromium or an installed Chrome; undefined when none exists. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new PrerequisiteError(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return chromeCandidates.find((c) => fs.existsSync(c));
}

/** Finds a Chromium, installing Debian's `chromium` when none exists and we can. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (!isRoot() || !onPath('apt-get')) {
    throw new PrerequisiteError(
      'No Chromium found: install Debian\'s "chromium" (sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary',
    );
  }
  ensureDebianPackages([{ name: 'chromium' }, { name: 'fonts-liberation' }], 'the browser tests');
  const after = findChromium();
  if (!after) throw new PrerequisiteError('apt-get installed chromium but /usr/bin/chromium is still missing');
  return after;
}
