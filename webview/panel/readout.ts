// The numbers beside the plot: the crosshair's readout (follows the pointer) and the marked point's values,
// both to the significant-digits setting.
import { formatNumber, type ElementwiseActivation, type ScalarKernels } from '../../src/core';
import type { PanelState } from '../../src/protocol';
import { h } from '../shared/dom';
import type { Theme } from '../shared/theme';
import { valueAt } from './model';

export interface Curve {
  readonly def: ElementwiseActivation;
  readonly kernels: ScalarKernels;
  readonly label: string;
}

export class Readouts {
  readonly crosshair = h('div', { class: 'readout', 'aria-hidden': 'true' });
  readonly point = h('div', { class: 'point-info', 'aria-live': 'polite' });

  constructor(private readonly digits: () => number) {
    this.crosshair.hidden = true;
  }

  /** The values at the marked point (each item carries the exact numbers in data-*). */
  showPoint(s: PanelState, curves: readonly Curve[]): void {
    if (s.point === undefined || curves.length === 0) {
      this.point.replaceChildren();
      return;
    }
    const digits = this.digits();
    const x = s.point;
    const items = curves.map((c) => {
      const v = valueAt(c.kernels, x, s.transform, s.dtype);
      return h('li', { 'data-id': c.def.id, 'data-value': String(v.y), 'data-derivative': String(v.dy) },
        h('strong', { text: c.label }), ` = ${formatNumber(v.y, digits)},  f′ = ${formatNumber(v.dy, digits)}`);
    });
    this.point.replaceChildren(h('span', { text: `At x = ${formatNumber(x, digits)}:` }), h('ul', {}, ...items));
  }

  /** The crosshair readout at data x, placed beside the pointer inside `box`. */
  showCrosshair(s: PanelState, curves: readonly Curve[], theme: Theme, x: number): void {
    const digits = this.digits();
    const lines = [h('div', { class: 'readout-x', text: `x = ${formatNumber(x, digits)}` })];
    curves.forEach((c, i) => {
      const v = valueAt(c.kernels, x, s.transform, s.dtype);
      const row = h('div', { class: 'readout-row' },
        h('span', { class: 'key', text: c.label }),
        h('span', { text: ` ${formatNumber(v.y, digits)}` }),
        s.showDerivative ? h('span', { class: 'muted', text: `  f′ ${formatNumber(v.dy, digits)}` }) : undefined);
      row.style.setProperty('--series', theme.series[i % theme.series.length]);
      lines.push(row);
    });
    this.crosshair.replaceChildren(...lines);
    this.crosshair.hidden = false;
  }

  place(box: DOMRect, px: number, py: number): void {
    const w = this.crosshair.offsetWidth;
    this.crosshair.style.left = `${Math.max(0, Math.min(box.width - w - 4, px + 14))}px`;
    this.crosshair.style.top = `${Math.max(0, py - 10)}px`;
  }

  hideCrosshair(): void {
    this.crosshair.hidden = true;
  }
}
