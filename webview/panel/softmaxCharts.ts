// The softmax view's two bar charts: the logits (drag a bar, or use the arrow keys) and the resulting
// probabilities with the argmax highlighted.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { formatNumber } from '../../src/core';
import { LIMITS } from '../../src/protocol';
import { applyChartTheme } from '../shared/chartTheme';
import type { Theme } from '../shared/theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

type Bars = Chart<'bar', number[], string>;

function barChart(canvas: HTMLCanvasElement, theme: Theme, yTitle: string): Bars {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], borderWidth: 0 }] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      scales: {
        x: { type: 'category', title: { display: true, text: 'i' }, ticks: { autoSkip: true, maxRotation: 0 } },
        y: { type: 'linear', title: { display: true, text: yTitle }, ticks: { callback: (v) => formatNumber(Number(v), 4) } },
      },
      plugins: {},
    },
  }) as Bars;
}


const labels = (n: number) => Array.from({ length: n }, (_, i) => String(i));

export class LogitsChart {
  private readonly chart: Bars;
  private dragging = -1;
  selected = 0;

  constructor(private readonly canvas: HTMLCanvasElement, private t: Theme, private readonly onChange: (index: number, value: number, done: boolean) => void) {
    this.chart = barChart(canvas, t, 'logit');
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
    const clamped = Math.max(-LIMITS.logit, Math.min(LIMITS.logit, v));
    return Math.round(clamped * 100) / 100;
  }

  private down(e: PointerEvent): void {
    const i = this.indexAt(e);
    if (i < 0) return;
    this.dragging = i;
    this.selected = i;
    this.canvas.setPointerCapture(e.pointerId);
    // Freeze the y-axis while dragging, or the scale would chase the pointer.
    const y = this.chart.options.scales?.y;
    if (y) {
      y.min = this.chart.scales.y.min;
      y.max = this.chart.scales.y.max;
    }
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
    const y = this.chart.options.scales?.y;
    if (y) {
      y.min = undefined;
      y.max = undefined;
    }
    this.onChange(i, this.values()[i], true);
  }

  private key(e: KeyboardEvent): void {
    const n = this.values().length;
    if (n === 0) return;
    const big = e.shiftKey ? 1 : 0.1;
    let i = Math.min(this.selected, n - 1);
    let v = this.values()[i];
    switch (e.key) {
      case 'ArrowLeft': i = Math.max(0, i - 1); break;
      case 'ArrowRight': i = Math.min(n - 1, i + 1); break;
      case 'ArrowUp': v = Math.round((v + big) * 1000) / 1000; break;
      case 'ArrowDown': v = Math.round((v - big) * 1000) / 1000; break;
      case 'Home': i = 0; break;
      case 'End': i = n - 1; break;
      default: return;
    }
    e.preventDefault();
    this.selected = i;
    this.onChange(i, Math.max(-LIMITS.logit, Math.min(LIMITS.logit, v)), true);
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

  constructor(canvas: HTMLCanvasElement, private t: Theme) {
    this.chart = barChart(canvas, t, 'p');
    applyChartTheme(this.chart, t);
  }

  update(values: readonly number[], argmax: number, log: boolean): void {
    const d = this.chart.data;
    d.labels = labels(values.length);
    // −∞ (log 0, sparsemax) cannot be drawn: leave the bar out.
    d.datasets[0].data = values.map((v) => (Number.isFinite(v) ? v : NaN));
    d.datasets[0].backgroundColor = values.map((_, i) => (i === argmax ? this.t.accent : this.t.series[0]));
    const y = this.chart.options.scales?.y;
    if (y) {
      y.min = log ? undefined : 0;
      y.max = log ? 0 : 1;
      if (y.title) y.title.text = log ? 'log p' : 'p';
    }
    this.chart.update('none');
  }

  setTheme(t: Theme): void {
    this.t = t;
    applyChartTheme(this.chart, t);
  }

  toPng(background: string): string {
    const src = this.chart.canvas;
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return src.toDataURL('image/png');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(src, 0, 0);
    return copy.toDataURL('image/png');
  }
}
