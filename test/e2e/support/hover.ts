// Reading the editor hover (the hover specs and helpers' self-tests use these through Workbench's methods).
import type { Locator } from 'playwright-core';
import type { HoverContent } from './types';
import type { Workbench } from './workbench';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Shows the hover at the cursor (editor.action.showHover, Ctrl+K Ctrl+I) and returns its content. */
export async function showHover(wb: Workbench, timeoutMs = 10_000): Promise<HoverContent> {
  await wb.page.keyboard.press('Control+K');
  await wb.page.keyboard.press('Control+I');
  const hover = editorHover(wb);
  await hover.first().waitFor({ state: 'visible', timeout: timeoutMs });
  // Hover providers answer asynchronously: wait until the "Loading..." placeholder is gone.
  const deadline = Date.now() + timeoutMs;
  let content = await readHover(wb);
  while (/^\s*Loading\.\.\.\s*$/.test(content.text) && Date.now() < deadline) {
    await sleep(100);
    content = await readHover(wb);
  }
  return content;
}

/**
 * Shows the hover at the cursor again and again (up to `timeoutMs`) until its content satisfies `until`:
 * language servers and freshly activated extensions answer the first requests late or not at all.
 */
export async function showHoverUntil(wb: Workbench, until: RegExp | ((content: HoverContent) => boolean), timeoutMs = 30_000): Promise<HoverContent> {
  const ok = (c: HoverContent) => (typeof until === 'function' ? until(c) : until.test(c.text));
  const deadline = Date.now() + timeoutMs;
  let last: HoverContent = { text: '', html: '', images: [] };
  for (;;) {
    try {
      last = await showHover(wb, Math.min(5000, Math.max(1000, deadline - Date.now())));
      if (ok(last)) return last;
    } catch {
      // no hover this time
    }
    if (Date.now() > deadline) {
      throw new Error(`no hover matching ${String(until)} within ${timeoutMs} ms; last hover: ${JSON.stringify(last.text)}`);
    }
    await wb.page.keyboard.press('Escape'); // hide the hover; the cursor stays
    await sleep(300);
  }
}

/**
 * Opens `relPath` (Quick Open), places the cursor `offset` characters into `text` and shows the hover there.
 * With `until`, repeats the hover until its text matches (see showHoverUntil).
 */
export async function hoverAt(
wb: Workbench,
  relPath: string,
  text: string,
  opts: { offset?: number; occurrence?: number; until?: RegExp | ((content: HoverContent) => boolean); timeoutMs?: number } = {},
): Promise<HoverContent> {
  await wb.openFile(relPath);
  await wb.placeCursor(relPath, text, opts.offset ?? 1, opts.occurrence ?? 1);
  return opts.until ? showHoverUntil(wb, opts.until, opts.timeoutMs ?? 30_000) : showHover(wb, opts.timeoutMs ?? 10_000);
}

/** The visible editor hover. */
export function editorHover(wb: Workbench): Locator {
  return wb.page.locator('.monaco-hover:not(.hidden)').filter({ visible: true });
}

/** Text, HTML and images of the visible hover(s); waits for images to finish loading (up to 5 s). */
export async function readHover(wb: Workbench): Promise<HoverContent> {
  const hovers = editorHover(wb);
  const count = await hovers.count();
  const parts: HoverContent = { text: '', html: '', images: [] };
  for (let i = 0; i < count; i++) {
    const h = hovers.nth(i);
    const one = await h.evaluate(async (el: Element) => {
      const imgs = Array.from(el.querySelectorAll('img'));
      const deadline = Date.now() + 5000;
      while (imgs.some((img) => !img.complete) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return {
        text: (el as HTMLElement).innerText,
        html: el.innerHTML,
        images: imgs.map((img) => ({ src: img.src, complete: img.complete, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight })),
      };
    });
    parts.text += (parts.text ? '\n' : '') + one.text;
    parts.html += one.html;
    parts.images.push(...one.images);
  }
  return parts;
}

/** True when the hover has images and every one loaded (naturalWidth > 0). */
export function imagesLoaded(content: HoverContent): boolean {
  return content.images.length > 0 && content.images.every((i) => i.complete && i.naturalWidth > 0);
}

