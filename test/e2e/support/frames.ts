// Finding a webview's frame and reading its canvases.
import type { Frame, Page } from 'playwright-core';
import type { FindFrameOptions } from './types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The frame (of any depth, e.g. a webview's content frame) that contains `selector`, waiting up to
 * `timeoutMs`. Webviews are two nested iframes (…/webview/browser/pre/index.html?…&extensionId=… → the active
 * frame); `extensionId` keeps only frames of that extension's webviews, `kind` only those shown in the editor
 * area ('panel') or in the side bar / secondary side bar / panel area ('view'). A number as second argument
 * is the timeout.
 */
export async function findFrame(page: Page, selector: string, opts: FindFrameOptions | number = {}): Promise<Frame> {
  const { timeoutMs = 15_000, extensionId, kind } = typeof opts === 'number' ? { timeoutMs: opts } : opts;
  const wanted = async (frame: Frame): Promise<boolean> => {
    if (!extensionId && !kind) return true;
    let host: Frame | undefined;
    for (let f: Frame | null = frame; f && f !== page.mainFrame(); f = f.parentFrame()) {
      if (f.url().includes('/webview/browser/pre/index.html')) host = f;
    }
    if (!host) return false;
    const params = new URL(host.url()).searchParams;
    if (extensionId && params.get('extensionId')?.toLowerCase() !== extensionId.toLowerCase()) return false;
    if (!kind) return true;
    // Where the webview sits tells a view from a panel (the URL's purpose=webviewView is not always there).
    const box = await (await host.frameElement()).boundingBox();
    if (!box || box.width === 0 || box.height === 0) return false;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const parts = kind === 'panel' ? ['.part.editor'] : ['.part.sidebar', '.part.auxiliarybar', '.part.panel'];
    for (const part of parts) {
      const r = await page.locator(part).first().boundingBox().catch(() => null);
      if (r && x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height) return true;
    }
    return false;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if ((await wanted(frame)) && (await frame.$(selector))) return frame;
      } catch {
        // frame navigated or detached meanwhile
      }
    }
    if (Date.now() > deadline) {
      const urls = page.frames().map((f) => f.url());
      throw new Error(`no frame contains ${selector} within ${timeoutMs} ms; frames: ${urls.join(', ')}`);
    }
    await sleep(150);
  }
}

/** How many pixels of the canvas are not fully transparent (works for 2d and WebGL canvases). */
export async function canvasPaintedPixels(frame: Frame, selector = 'canvas'): Promise<number> {
  return frame.$eval(selector, (el: Element) => {
    const canvas = el as HTMLCanvasElement;
    if (canvas.width === 0 || canvas.height === 0) return 0;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
    return painted;
  });
}

/** Waits until the canvas has at least `minPixels` non-transparent pixels; returns the count. */
export async function waitForCanvasPixels(frame: Frame, selector = 'canvas', minPixels = 100, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  for (;;) {
    try {
      last = await canvasPaintedPixels(frame, selector);
      if (last >= minPixels) return last;
    } catch {
      // canvas not there yet
    }
    if (Date.now() > deadline) throw new Error(`canvas ${selector} has ${last} painted pixels after ${timeoutMs} ms (wanted ${minPixels})`);
    await sleep(150);
  }
}

