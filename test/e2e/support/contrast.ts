// WCAG contrast of the text a webview shows: every visible element with its own text, its colour against the
// first opaque background behind it. Runs inside the frame (no closures).
import type { Frame } from 'playwright-core';
import { allowInnerFunctions } from '../webviews';

export interface ContrastFailure {
  readonly text: string;
  readonly ratio: number;
  readonly color: string;
  readonly background: string;
}

/** Text below `min`:1 (4.5 for body text, WCAG AA); disabled controls are exempt, as WCAG says. */
export async function lowContrastText(frame: Frame, min = 4.5): Promise<ContrastFailure[]> {
  await allowInnerFunctions(frame);
  return frame.evaluate((minRatio) => {
    const rgba = (c: string): number[] => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      return m ? m[1].split(/[ ,/]+/).filter(Boolean).map(Number).concat(1).slice(0, 4) : [0, 0, 0, 0];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const backgroundOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c[3] > 0.5) return c;
      }
      return rgba(getComputedStyle(document.body).backgroundColor);
    };
    const out: { text: string; ratio: number; color: string; background: string }[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || (el as HTMLElement).closest('[hidden], :disabled, option') || !(el as HTMLElement).offsetParent) continue;
      const style = getComputedStyle(el);
      if (Number(style.opacity) < 0.6) continue;
      const fg = rgba(style.color);
      const bg = backgroundOf(el);
      // colour with alpha over the background
      const mixed = [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3]));
      const [a, b] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < minRatio) out.push({ text: (el.textContent ?? '').trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${bg.slice(0, 3).join(', ')})` });
    }
    return out;
  }, min);
}
