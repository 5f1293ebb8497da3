// The softmax view's two bar charts: the logits (drag a bar, or use the arrow keys) and the resulting
// probabilities with the argmax highlighted, each bar labelled with its number (and a tooltip).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { formatNumber } from '../../src/core';
import { LIMITS } from '../../src/protocol';
import { chartPng } from '../shared/chartExport';
import { applyChartTheme } from '../shared/chartTheme';
import { displayNumber } from '../shared/numbers';
import type { Theme } from '../shared/theme';
import { barKey } from './softmaxModel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

type Bars = Chart<'bar', number[], string>;

/** Bars with more than this many entries get no number above each (they would overlap). */
const MAX_LABELLED = 24;

/** Each bar's value above (or below, for negatives) it, to `digits()` significant digits. */
function valueLabels(theme: () => Theme, digits: () => number): Plugin<'bar'> {
  return {
    id: 'apBarValues',
    afterDatasetsDraw: (chart) => {
      const meta = chart.getDatasetMeta(0);
      const data = chart.data.datasets[0].data as number[];
      if (data.length > MAX_LABELLED) return;
      const { ctx } = chart;
      const t = theme();
      ctx.save();
      ctx.fillStyle = t.foreground;
      ctx.font = `${Math.max(9, t.fontSize - 2)}px ${t.fontFamily}`;
      ctx.textAlign = 'center';
      meta.data.forEach((bar, i) => {
        const v = data[i];
        if (!Number.isFinite(v)) return;
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        ctx.textBaseline = v >= 0 ? 'bottom' : 'top';
        ctx.fillText(displayNumber(v, Math.min(digits(), 4)), x, v >= 0 ? y - 2 : y + 2);
      });
      ctx.restore();
    },
  };
}

function barChart(canvas: HTMLCanvasElement, yTitle: string, plugin: Plugin<'bar'>, digits: () => number, tooltips: boolean): Bars {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], borderWidth: 0, label: yTitle }] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: tooltips ? ['mousemove', 'mouseout'] : [],
      scales: {
        x: { type: 'category', title: { display: true, text: 'i' }, ticks: { autoSkip: true, maxRotation: 0 } },
        // Headroom above and below, so the top bar and its number are not cut by the frame.
        y: { type: 'linear', grace: '18%', title: { display: true, text: yTitle }, ticks: { callback: (v) => formatNumber(Number(v), 4) } },
      },
      plugins: {
        title: { display: false },
        legend: { display: false },
        tooltip: { enabled: tooltips, callbacks: { label: (item) => `${yTitle} = ${displayNumber(Number(item.raw), digits())}` } },
      },
    },
    plugins: [plugin],
  }) as Bars;
}

const labels = (n: number) => Array.from({ length: n }, (_, i) => String(i));

export class LogitsChart {
  private readonly chart: Bars;
  private dragging = -1;
  selected = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement, private t: Theme, digits: () => number,
    private readonly onChange: (index: number, value: number, done: boolean) => void,
    private readonly onSelect: () => void,
  ) {
    this.chart = barChart(canvas, 'logit', valueLabels(() => this.t, digits), digits, false);
    applyChartTheme(this.chart, t);
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => this.move(e));
    canvas.addEventListener('pointerup', (e) => this.up(e));
    canvas.addEventListener('pointercancel', (e) => this.up(e));
    canvas.addEventListener('keydown', (e) => this.key(e));
  }

  private values(): number[] {
    return this.chart.data.datasets[0].data;
  }

  private indexAt(e: PointerEvent): number {
    const r = this.canvas.getBoundingClientRect();
    const v = this.chart.scales.x.getValueForPixel(e.clientX - r.left);
    const n = this.values().length;
    return v === undefined || n === 0 ? -1 : Math.min(n - 1, Math.max(0, Math.round(v)));
  }

  private valueAt(e: PointerEvent): number {
    const r = this.canvas.getBoundingClientRect();
    const v = this.chart.scales.y.getValueForPixel(e.clientY - r.top) ?? 0;
    return Math.round(Math.max(-LIMITS.logit, Math.min(LIMITS.logit, v)) * 100) / 100;
  }

  private freezeY(frozen: boolean): void {
    // Frozen while dragging, or the scale would chase the pointer.
    const y = this.chart.options.scales?.y;
    if (!y) return;
    y.min = frozen ? this.chart.scales.y.min : undefined;
    y.max = frozen ? this.chart.scales.y.max : undefined;
  }

  private down(e: PointerEvent): void {
    const i = this.indexAt(e);
    if (i < 0) return;
    this.dragging = i;
    this.selected = i;
    this.canvas.setPointerCapture(e.pointerId);
    this.freezeY(true);
    this.onChange(i, this.valueAt(e), false);
  }

  private move(e: PointerEvent): void {
    if (this.dragging >= 0) this.onChange(this.dragging, this.valueAt(e), false);
  }

  private up(e: PointerEvent): void {
    if (this.dragging < 0) return;
    const i = this.dragging;
    this.dragging = -1;
    if (this.canvas.hasPointerCapture(e.pointerId)) this.canvas.releasePointerCapture(e.pointerId);
    this.freezeY(false);
    this.onChange(i, this.values()[i], true);
  }

  /** Left/Right only choose a bar (they used to copy its value into the next one); Up/Down edit it. */
  private key(e: KeyboardEvent): void {
    const k = barKey(this.values(), this.selected, e.key, e.shiftKey, LIMITS.logit);
    if (!k) return;
    e.preventDefault();
    this.selected = k.selected;
    if (k.value === undefined) this.onSelect();
    else this.onChange(k.selected, k.value, true);
  }

  update(values: readonly number[], focused: boolean): void {
    const d = this.chart.data;
    d.labels = labels(values.length);
    d.datasets[0].data = [...values];
    const sel = Math.min(this.selected, values.length - 1);
    d.datasets[0].backgroundColor = values.map((_, i) => (focused && i === sel ? this.t.accent : this.t.series[0]));
    this.chart.update('none');
  }

  setTheme(t: Theme): void {
    this.t = t;
    applyChartTheme(this.chart, t);
  }
}

export class ProbabilityChart {
  private readonly chart: Bars;

  constructor(canvas: HTMLCanvasElement, private t: Theme, digits: () => number) {
    this.chart = barChart(canvas, 'p', valueLabels(() => this.t, digits), digits, true);
    applyChartTheme(this.chart, t);
  }

  update(values: readonly number[], argmax: number, log: boolean): void {
    const d = this.chart.data;
    d.labels = labels(values.length);
    // −∞ (log 0, sparsemax) cannot be drawn: leave the bar out.
    d.datasets[0].data = values.map((v) => (Number.isFinite(v) ? v : NaN));
    d.datasets[0].backgroundColor = values.map((_, i) => (i === argmax ? this.t.accent : this.t.series[0]));
    d.datasets[0].label = log ? 'log p' : 'p';
    const y = this.chart.options.scales?.y;
    if (y) {
      // p: room above 1 for the numbers; log p: the axis ends at 0 (room below for the numbers).
      y.min = log ? undefined : 0;
      y.max = log ? 0 : 1.15;
      if (y.title) y.title.text = log ? 'log p' : 'p';
    }
    this.chart.update('none');
  }

  setTheme(t: Theme): void {
    this.t = t;
    applyChartTheme(this.chart, t);
  }

  toPng(title: string): string {
    return chartPng(this.chart, this.t, title);
  }
}
