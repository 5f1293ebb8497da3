// The quick input: choosing and running palette commands, accepting quick picks, clicking a row.
import type { Workbench } from './workbench';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Chooses a command in the command palette (F1) by its title and returns at once: a command that opens a
 * quick pick of its own reuses the same widget (see acceptQuickPick).
 */
export async function chooseCommand(wb: Workbench, title: string, timeoutMs = 10_000): Promise<void> {
  await wb.focusWorkbench();
  const input = wb.page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; ; attempt++) {
    await wb.page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch (err) {
      if (attempt >= 4) throw err;
    }
  }
  await input.fill(`>${title}`);
  // A click that timed out may still have run the command (its own quick pick then replaces the palette).
  const moved = async () => (await input.inputValue().catch(() => '')) !== `>${title}`;
  await clickQuickInputRow(wb, (label) => label === title || label.endsWith(`: ${title}`), `command "${title}"`, timeoutMs, moved);
}

/**
 * Runs a command from the command palette (F1) by its title: "Plot Activation" or the full
 * "Activation Playground: Plot Activation". Picks the row whose label matches exactly.
 */
export async function runCommand(wb: Workbench, title: string, timeoutMs = 10_000): Promise<void> {
  await chooseCommand(wb, title, timeoutMs);
  const input = wb.page.locator('.quick-input-widget .quick-input-box input');
  // The palette closes, or the command reuses the widget for a quick pick of its own (see acceptQuickPick).
  const deadline = Date.now() + timeoutMs;
  while ((await input.isVisible()) && (await input.inputValue().catch(() => '')) === `>${title}`) {
    if (Date.now() > deadline) throw new Error(`the command palette stayed open after choosing "${title}"`);
    await sleep(50);
  }
}

/**
 * Waits for a quick pick (optionally the one whose title contains `title`), optionally types `value` into
 * it, and accepts it with Enter (the focused item, or the checked items of a multi-select).
 */
export async function acceptQuickPick(wb: Workbench, opts: { title?: string; value?: string; timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const widget = wb.page.locator('.quick-input-widget');
  if (opts.title) {
    await widget.locator('.quick-input-title', { hasText: opts.title }).waitFor({ state: 'visible', timeout: timeoutMs });
  } else {
    await widget.waitFor({ state: 'visible', timeout: timeoutMs });
  }
  if (opts.value !== undefined) await widget.locator('.quick-input-box input').fill(opts.value);
  await wb.page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * Clicks the first row of the open quick input (Quick Open, command palette, a quick pick) whose label (and
 * description) satisfy `matches`, waiting up to `timeoutMs` for the list to show it.
 */
export async function clickQuickInputRow(
  wb: Workbench, matches: (label: string, description: string) => boolean, what: string, timeoutMs = 10_000,
  done: () => Promise<boolean> = async () => false,
): Promise<void> {
  const rows = wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entries = await rows.evaluateAll((els) =>
      els.map((el) => ({
        label: ((el.querySelector('.label-name') as HTMLElement | null)?.innerText ?? (el as HTMLElement).innerText).trim(),
        description: ((el.querySelector('.label-description') as HTMLElement | null)?.innerText ?? '').trim(),
      })),
    );
    const index = entries.findIndex((e) => matches(e.label, e.description));
    if (index >= 0) {
      try {
        await rows.nth(index).click({ timeout: 2000 });
        return;
      } catch {
        // the list re-rendered under the pointer: look again, unless the click got through after all
        if (await done()) return;
      }
    }
    if (Date.now() > deadline) throw new Error(`${what} not in the quick input; rows: ${entries.map((e) => e.label).join(' | ')}`);
    await sleep(100);
  }
}

