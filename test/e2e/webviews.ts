// Helpers for driving our two webviews in the e2e tests (on top of ./support): running a palette command
// that opens a quick pick, finding a webview's frame, waiting on a condition in it, reading figures.
import type { Frame } from 'playwright-core';
import type { Workbench } from './support';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chooses a palette command without waiting for the quick input to close (our command opens its own quick pick). */
export async function startCommand(wb: Workbench, title: string, timeoutMs = 10_000): Promise<void> {
  await wb.chooseCommand(title, timeoutMs);
}

/** Waits for the quick pick titled `title` and accepts it (Enter: the checked items of a multi-select). */
export async function acceptQuickPick(wb: Workbench, title: string, timeoutMs = 10_000): Promise<void> {
  await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: timeoutMs });
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

export const EXTENSION_ID = 'activation-playground.activation-playground';

/** Our webview's content frame that contains `selector` (the plot panel, or the side bar view). */
export async function webviewFrame(wb: Workbench, selector: string, kind: 'panel' | 'view' = 'panel', timeoutMs = 20_000): Promise<Frame> {
  return wb.findFrame(selector, { extensionId: EXTENSION_ID, kind, timeoutMs });
}

const shimmed = new WeakSet<Frame>();

/**
 * Functions sent to a frame are transpiled by tsx with esbuild's keepNames, which wraps inner named
 * functions in `__name(…)`: define it in the frame once (a no-op there).
 */
export async function allowInnerFunctions(frame: Frame): Promise<void> {
  if (shimmed.has(frame)) return;
  await frame.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
  shimmed.add(frame);
}

/**
 * Waits until `fn` (run in the frame, with `arg`) returns something truthy; returns it. Polls (a condition
 * can fail: it times out with the last value), never sleeps a fixed time.
 */
export async function waitInFrame<T, A = undefined>(frame: Frame, fn: (arg: A) => T, what: string, arg?: A, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      await allowInnerFunctions(frame);
      last = await frame.evaluate(fn as (a: unknown) => T, arg as unknown);
      if (last) return last as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
    await sleep(100);
  }
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
