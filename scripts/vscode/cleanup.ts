// Teardown that happens whatever way the run ends: normal end, a failed test, an uncaught error, Ctrl+C
// (SIGINT), SIGTERM or SIGHUP. Child servers run in their own process groups (setsid); they are killed as
// groups (`kill -- -pgid`) so extension hosts, watchers and pty hosts go too.

type Cleanup = () => void | Promise<void>;

const cleanups: Cleanup[] = [];
const processGroups = new Set<number>();
let handlersInstalled = false;
let shuttingDown = false;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function killGroupNow(pgid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the group, then SIGKILL if it is still there after `graceMs`. Resolves when the group is gone. */
export async function killGroup(pgid: number, graceMs = 3000): Promise<void> {
  killGroupNow(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) {
    killGroupNow(pgid, 'SIGKILL');
    const hard = Date.now() + 2000;
    while (groupAlive(pgid) && Date.now() < hard) await new Promise((r) => setTimeout(r, 50));
  }
  processGroups.delete(pgid);
}

/** Remembers a process group so that it is killed even on a hard exit. */
export function trackProcessGroup(pgid: number): void {
  processGroups.add(pgid);
  installHandlers();
}

export function untrackProcessGroup(pgid: number): void {
  processGroups.delete(pgid);
}

/** Registers an async cleanup (run last-in first-out by runCleanups and on signals). Returns an unregister. */
export function onCleanup(fn: Cleanup): () => void {
  cleanups.push(fn);
  installHandlers();
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** True once a signal has started the teardown (errors after that are consequences, not causes). */
export function isShuttingDown(): boolean {
  return shuttingDown;
}

/**
 * Runs a CLI's main: prints an error (one line for a missing prerequisite), runs every cleanup and exits with
 * main's code. When a signal interrupted the run, the signal handler owns the exit.
 */
export function runMain(main: () => Promise<number>): void {
  main()
    .catch((err: unknown) => {
      if (!shuttingDown) {
        const prerequisite = err instanceof Error && err.name === 'PrerequisiteError';
        console.error(prerequisite ? `error: ${err.message}` : err instanceof Error ? (err.stack ?? err.message) : err);
      }
      return 1;
    })
    .then(async (code) => {
      if (shuttingDown) return;
      await runCleanups();
      process.exit(code);
    });
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      console.error('[vscode-host] cleanup failed:', err);
    }
  }
  for (const pgid of [...processGroups]) await killGroup(pgid);
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    if (shuttingDown) {
      // Second Ctrl+C: stop waiting for graceful cleanup.
      for (const pgid of processGroups) killGroupNow(pgid);
      process.exit(code);
    }
    shuttingDown = true;
    console.error(`\n[vscode-host] ${signal}: stopping everything that was started`);
    const hardStop = setTimeout(() => process.exit(code), 10_000);
    hardStop.unref();
    void runCleanups().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => onSignal('SIGINT', 130));
  process.on('SIGTERM', () => onSignal('SIGTERM', 143));
  process.on('SIGHUP', () => onSignal('SIGHUP', 129));
  // Last resort, synchronous: whatever path ends the process, no group outlives it.
  process.on('exit', () => {
    for (const pgid of processGroups) killGroupNow(pgid);
  });
}
