// Starts code-server (VS Code's server + web workbench) on loopback with all its state in a per-run temp dir
// inside the repo, in its own process group, and builds workbench URLs that load the extension under
// development (and optionally an extension test suite) through the URL payload.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { isShuttingDown, killGroup, trackProcessGroup, untrackProcessGroup } from './cleanup';
import { ensureCodeServer } from './install';
import { examplesDir, repoRoot, runsRoot } from './paths';

export interface RunDir {
  root: string;
  /** Removes the folder (keep it with `keep: true`, e.g. to look at logs after a failure). */
  dispose(opts?: { keep?: boolean }): void;
}

/**
 * A fresh folder for one run's state: .tmp/vscode/<id>/ in the repo. Unix sockets (VS Code's IPC) must
 * have paths under ~107 bytes, so when the repo lives too deep it falls back to a folder in the system temp
 * dir (still removed afterwards).
 */
export function createRunDir(label: string): RunDir {
  fs.mkdirSync(runsRoot, { recursive: true });
  pruneStaleRuns();
  let root = fs.mkdtempSync(path.join(runsRoot, `${label}-`));
  // Longest socket path: <root>/tmp/vscode-ipc-<uuid>.sock = root + 57 bytes; the limit is 107.
  if (root.length > 48) {
    fs.rmSync(root, { recursive: true, force: true });
    root = fs.mkdtempSync(path.join(os.tmpdir(), `ap-${label}-`));
  }
  fs.writeFileSync(path.join(root, 'owner.pid'), String(process.pid));
  return {
    root,
    dispose(opts) {
      if (!opts?.keep) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Removes run folders left by runs whose process is gone (a run killed with SIGKILL cannot clean up). */
function pruneStaleRuns(): void {
  for (const name of fs.readdirSync(runsRoot)) {
    const dir = path.join(runsRoot, name);
    let pid = NaN;
    try {
      pid = Number(fs.readFileSync(path.join(dir, 'owner.pid'), 'utf8'));
    } catch {
      // no owner file: a kept failure folder or debris; keep kept ones for a day
    }
    let alive = false;
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    const ageMs = Date.now() - fs.statSync(dir).mtimeMs;
    if (!alive && (Number.isInteger(pid) || ageMs > 24 * 3600_000)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves with `port` when it can be bound on 127.0.0.1 right now. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** `preferred` if free, else the next free ones up to +50; without `preferred`, one the OS picks. */
export async function findFreePort(preferred?: number): Promise<number> {
  if (preferred !== undefined) {
    for (let p = preferred; p < preferred + 50; p++) if (await canListen(p)) return p;
  }
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function healthz(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

export interface CodeServerOptions {
  /** Folder the workbench opens (default: examples/). */
  folder?: string;
  /** Port to try first; the next free one is used when taken (default: any free port). */
  port?: number;
  /** Per-run state folder (from createRunDir). */
  runDir: string;
  /** User settings written before start (merged over quiet defaults). */
  settings?: Record<string, unknown>;
  /** Extra environment for the server and its extension host (e.g. INTEGRATION_GREP). */
  env?: Record<string, string>;
  /** Milliseconds to wait for /healthz (default 60 s). */
  startTimeoutMs?: number;
  /** .vsix files installed into this run's extensions folder before the server starts. */
  installExtensions?: string[];
}

export interface CodeServer {
  port: number;
  origin: string;
  pid: number;
  folder: string;
  logFile: string;
  /** Workbench URL for `folder` with the extension under development and, optionally, a test suite. */
  workbenchUrl(opts?: { extensionDevelopmentPath?: string | false; extensionTestsPath?: string }): string;
  log(): string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic for tests. */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'files.autoSave': 'off',
  'notebook.experimental.showNotebookOutline': false,
};

/** Starts code-server and waits until it answers /healthz. Throws (with its log) when it does not. */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const entry = await ensureCodeServer();
  const folder = path.resolve(opts.folder ?? examplesDir);
  const state = opts.runDir;
  const dirs = {
    userData: path.join(state, 'user-data'),
    extensions: path.join(state, 'extensions'),
    home: path.join(state, 'home'),
    tmp: path.join(state, 'tmp'),
    xdgData: path.join(state, 'xdg', 'data'),
    xdgConfig: path.join(state, 'xdg', 'config'),
    xdgCache: path.join(state, 'xdg', 'cache'),
    xdgState: path.join(state, 'xdg', 'state'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...opts.settings }, null, 2),
  );
  const configFile = path.join(state, 'code-server.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    XDG_RUNTIME_DIR: dirs.tmp,
    VSCODE_AGENT_FOLDER: path.join(state, 'agent'),
    ...opts.env,
  };
  for (const key of ['PASSWORD', 'HASHED_PASSWORD', 'VSCODE_PROXY_URI', 'CODE_SERVER_CONFIG', 'ELECTRON_RUN_AS_NODE']) delete env[key];

  for (const vsix of opts.installExtensions ?? []) {
    const r = spawnSync(process.execPath, [entry, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', path.resolve(vsix)], {
      cwd: repoRoot, env, encoding: 'utf8', timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }

  const deadlineMs = opts.startTimeoutMs ?? 60_000;
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = attempt === 0 ? await findFreePort(opts.port) : await findFreePort(opts.port === undefined ? undefined : opts.port + attempt);
    const logFile = path.join(state, `code-server-${port}.log`);
    const logFd = fs.openSync(logFile, 'a');
    const args = [
      entry,
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
      '--ignore-last-opened',
      folder,
    ];
    // detached => setsid: the server leads its own process group, and Ctrl+C in the terminal does not reach it.
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, detached: true, stdio: ['ignore', logFd, logFd] });
    fs.closeSync(logFd);
    const pid = child.pid;
    if (pid === undefined) throw new Error('could not spawn code-server');
    trackProcessGroup(pid);
    let exited: string | undefined;
    child.on('exit', (code, signal) => {
      exited = `exited with ${signal ?? code}`;
    });
    const readLog = () => {
      try {
        return fs.readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    };
    const started = Date.now();
    let ready = false;
    while (!exited && Date.now() - started < deadlineMs) {
      if (await healthz(port)) {
        ready = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    if (ready) {
      const origin = `http://127.0.0.1:${port}`;
      const server: CodeServer = {
        port,
        origin,
        pid,
        folder,
        logFile,
        log: readLog,
        workbenchUrl: (o = {}) => workbenchUrl(origin, port, folder, o),
        async stop() {
          await killGroup(pid);
          untrackProcessGroup(pid);
        },
      };
      return server;
    }
    const exitedByItself = exited;
    await killGroup(pid);
    untrackProcessGroup(pid);
    if (isShuttingDown()) throw new Error('interrupted while code-server was starting');
    const log = readLog();
    if (/EADDRINUSE/.test(log)) {
      lastError = new Error(`port ${port} was taken before code-server could bind it`);
      continue; // someone took the port between our probe and the bind: pick another
    }
    throw new Error(
      `code-server did not come up on 127.0.0.1:${port} within ${deadlineMs / 1000} s` +
        (exitedByItself ? ` (it ${exitedByItself})` : '') +
        `; its log (${logFile}):\n${log}`,
    );
  }
  throw lastError ?? new Error('code-server could not be started');
}

function workbenchUrl(
  origin: string,
  port: number,
  folder: string,
  opts: { extensionDevelopmentPath?: string | false; extensionTestsPath?: string },
): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  const payload: [string, string][] = [];
  const dev = opts.extensionDevelopmentPath === undefined ? repoRoot : opts.extensionDevelopmentPath;
  if (dev) payload.push(['extensionDevelopmentPath', remote(dev)]);
  if (opts.extensionTestsPath) payload.push(['extensionTestsPath', remote(opts.extensionTestsPath)]);
  const params = new URLSearchParams({ folder });
  if (payload.length > 0) params.set('payload', JSON.stringify(payload));
  return `${origin}/?${params.toString()}`;
}
