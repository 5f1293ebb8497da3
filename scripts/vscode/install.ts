// Installs code-server (the real VS Code workbench + server, from npm) on first use into
// .vscode-host/code-server-<version>/, a folder with its own package.json so the project's `npm install` never
// touches it, and reuses it afterwards (a marker file holds the version).
//
// What its install needs here (see shared notes "real-vscode-testing"): Debian build packages, running its
// postinstall as root (npm_config_unsafe_perm), `npx node-gyp` without a prompt (npm_config_yes), local
// Node headers (npm_config_nodedir=/usr) and the ripgrep archive pre-seeded in @vscode/ripgrep's cache (it
// would download it from GitHub otherwise). npm 11's "allowScripts" policy only warns about unreviewed
// install scripts (they still run unless --strict-allow-scripts), but the folder's package.json lists the
// packages whose scripts we expect anyway, so the install is quiet and explicit.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, RIPGREP_ARCHIVE, RIPGREP_PACKAGE_VERSIONS, codeServerDir, hostRoot, tmpRoot } from './paths';
import { runMain } from './cleanup';
import { PrerequisiteError, ensureCodeServerBuildPackages, which } from './system';

const markerFile = path.join(codeServerDir, '.installed');
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export function codeServerInstalled(): boolean {
  try {
    return fs.readFileSync(markerFile, 'utf8').trim() === CODE_SERVER_VERSION && fs.existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

/** Packages of code-server's tree with install scripts that must run (native modules, downloads, setup). */
const allowScripts: Record<string, boolean> = {
  'code-server': true,
  argon2: true,
  '@vscode/ripgrep': true,
  '@vscode/spdlog': true,
  '@vscode/sqlite3': true,
  '@vscode/windows-registry': true,
  'native-watchdog': true,
  'node-pty': true,
  kerberos: true,
  '@parcel/watcher': true,
  esbuild: true,
};

function seedRipgrepCache(npmTmp: string): void {
  const rg = which('rg');
  if (!rg) throw new PrerequisiteError('ripgrep (rg) is needed to install code-server offline: apt-get install -y ripgrep');
  const staging = fs.mkdtempSync(path.join(npmTmp, 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  for (const version of RIPGREP_PACKAGE_VERSIONS) {
    const cache = path.join(npmTmp, `vscode-ripgrep-cache-${version}`);
    fs.mkdirSync(cache, { recursive: true });
    execFileSync('tar', ['-czf', path.join(cache, RIPGREP_ARCHIVE), '-C', staging, 'rg']);
  }
  fs.rmSync(staging, { recursive: true, force: true });
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(logFile, 'a');
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      fs.closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}); log: ${logFile}`));
    });
  });
}

/** Installs code-server if needed; returns the path of its entry script (run it with `node`). */
export async function ensureCodeServer(): Promise<string> {
  if (codeServerInstalled()) return codeServerEntry;
  ensureCodeServerBuildPackages();

  const started = Date.now();
  console.log(`[vscode-host] installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), codeServerDir) || codeServerDir} (once, ~2 min)`);
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerDir, { recursive: true });
  const npmTmp = path.join(tmpRoot, 'code-server-install');
  fs.rmSync(npmTmp, { recursive: true, force: true });
  fs.mkdirSync(npmTmp, { recursive: true });
  seedRipgrepCache(npmTmp);

  fs.writeFileSync(
    path.join(codeServerDir, 'package.json'),
    JSON.stringify(
      {
        name: 'activation-playground-vscode-host',
        private: true,
        description: 'code-server for the Activation Playground integration and e2e tests (installed by scripts/vscode/install.ts)',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        allowScripts,
      },
      null,
      2,
    ) + '\n',
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: npmTmp,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_cache: process.env.npm_config_cache ?? path.join(process.env.HOME ?? npmTmp, '.npm'),
  };
  // Variables that npm sets for the scripts it runs would point the nested install at the project.
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_/.test(key) || key === 'npm_config_local_prefix' || key === 'INIT_CWD') delete env[key];
  }
  const logFile = path.join(hostRoot, `install-code-server-${CODE_SERVER_VERSION}.log`);
  fs.writeFileSync(logFile, '');
  try {
    await run('npm', ['install', '--no-package-lock', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=warn'], codeServerDir, env, logFile);
  } catch (err) {
    process.stderr.write(tail(logFile, 60));
    throw err;
  }
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server install finished but ${codeServerEntry} is missing; log: ${logFile}`);
  fs.writeFileSync(markerFile, CODE_SERVER_VERSION + '\n');
  fs.rmSync(npmTmp, { recursive: true, force: true });
  console.log(`[vscode-host] code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerEntry;
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') + '\n';
  } catch {
    return '';
  }
}

if (require.main === module) {
  runMain(async () => {
    console.log(await ensureCodeServer());
    return 0;
  });
}
