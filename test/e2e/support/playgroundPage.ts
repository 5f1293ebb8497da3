// Page object of the sidebar playground: finding it, its known starting state, and the values it shows.
import type { Frame } from 'playwright-core';
import { allowInnerFunctions, waitInFrame, webviewFrame } from '../webviews';
import { Workbench } from './workbench';

export class PlaygroundPage {
  constructor(readonly wb: Workbench, readonly frame: Frame) {}

  static async open(wb: Workbench): Promise<PlaygroundPage> {
    await wb.openViewContainer('Activation Playground');
    const frame = await webviewFrame(wb, '.live-table', 'view', 30_000);
    await Workbench.waitForCanvasPixels(frame, '.mini-box canvas', 300, 15_000);
    await allowInnerFunctions(frame);
    return new PlaygroundPage(wb, frame);
  }

  /** Back to the defaults (x = 0.5, gelu selected, no filter), redrawn. */
  async reset(): Promise<void> {
    await this.frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.frame.evaluate(() => window.__apReset?.());
    await waitInFrame(this.frame, () => (document.querySelector('.x-row input.num') as HTMLInputElement | null)?.value === '0.5', 'the default x');
  }

  /** The exact value shown in a function's row (data-value of its f(x) cell). */
  async rowValue(id: string): Promise<number> {
    return Number(await waitInFrame(this.frame, (i) => (document.querySelector(`tr[data-id="${i}"] td`) as HTMLElement | null)?.dataset.value, `${id}'s row`, id));
  }

  async setX(text: string): Promise<void> {
    const box = this.frame.locator('.x-row input.num');
    await box.fill(text);
    await box.press('Enter');
  }
}
