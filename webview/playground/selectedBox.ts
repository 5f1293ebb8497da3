// The selected function: its name, formula, value and derivative at x, a mini chart, "Open in panel" and
// "Simulate depth".
import { type ElementwiseActivation } from '../../src/core';
import type { PlaygroundState } from '../../src/protocol';
import { h } from '../shared/dom';
import { displayNumber } from '../shared/numbers';
import type { Theme } from '../shared/theme';
import { MiniChart } from './miniChart';
import { rowParams } from './model';

export class SelectedBox {
  readonly el: HTMLElement;
  private readonly canvas = h('canvas', { role: 'img', 'aria-label': 'Chart of the selected function (solid) and its derivative (dashed)' });
  private readonly title = h('h2', { class: 'selected-name' });
  private readonly formula = h('code', { class: 'formula' });
  private readonly values = h('p', { class: 'selected-values', 'aria-live': 'polite' });
  private chart: MiniChart | undefined;

  constructor(open: () => void, simulate: () => void) {
    const button = h('button', { type: 'button', text: 'Open in panel', title: 'Plot the selected function in the Activation Plot panel' });
    button.addEventListener('click', open);
    const depth = h('button', { type: 'button', text: 'Simulate depth', title: 'Open the Depth tab: this function in a deep random network' });
    depth.addEventListener('click', simulate);
    this.el = h('section', { class: 'selected', 'aria-label': 'Selected function' },
      h('div', { class: 'row' }, this.title, button, depth), this.formula, this.values, h('div', { class: 'mini-box' }, this.canvas));
  }

  /** The chart is created once the canvas is in the document (chart.js measures its box). */
  attach(theme: Theme): void {
    this.chart ??= new MiniChart(this.canvas, theme);
  }

  setTheme(theme: Theme): void {
    this.chart?.setTheme(theme);
  }

  render(s: PlaygroundState, def: ElementwiseActivation, digits: number): void {
    this.title.textContent = def.name;
    this.formula.textContent = def.formula.text;
    try {
      const k = def.bind(rowParams(s, def.id));
      this.values.textContent = `f(${displayNumber(s.x, digits)}) = ${displayNumber(k.f(s.x), digits)},  f′ = ${displayNumber(k.df(s.x), digits)}`;
      this.chart?.update(k, s.x);
    } catch (err) {
      this.values.textContent = err instanceof Error ? err.message : String(err);
    }
  }
}
