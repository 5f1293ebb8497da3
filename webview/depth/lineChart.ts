// One chart.js chart that draws a ChartSpec: theory lines, dashed lines, measured markers and the user's
// point, on linear or log axes, in the theme's colours. Every update is `update('none')` (no animation).
import {
  Chart, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, ScatterController,
  type ChartDataset, type ScatterDataPoint,
} from 'chart.js';
import { formatNumber } from '../../src/core';
import { applyChartTheme } from '../shared/chartTheme';
import type { Theme } from '../shared/theme';
import type { AxisSpec, ChartSpec, SeriesSpec } from './specs';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend);

type Dataset = ChartDataset<'line', ScatterDataPoint[]>;

function axisOptions(a: AxisSpec) {
  return {
    type: a.log ? ('logarithmic' as const) : ('linear' as const),
    min: a.min,
    max: a.max,
    title: { display: true, text: a.title },
    ticks: { callback: (v: number | string) => formatNumber(Number(v), 3), maxTicksLimit: 8 },
  };
}

export class DepthChart {
  private readonly chart: Chart<'line', ScatterDataPoint[]>;
  private theme: Theme;
  private last: ChartSpec | undefined;

  constructor(canvas: HTMLCanvasElement, theme: Theme) {
    this.theme = theme;
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        events: [],
        elements: { line: { tension: 0 } },
        scales: { x: axisOptions({ title: '' }), y: axisOptions({ title: '' }) },
        plugins: { legend: { display: true, position: 'bottom', labels: { boxWidth: 18, boxHeight: 2 } } },
      },
    });
    applyChartTheme(this.chart, theme);
  }

  private dataset(s: SeriesSpec): Dataset {
    const t = this.theme;
    const color = s.color < 0 ? t.foreground : t.series[s.color % t.series.length];
    const base: Dataset = { label: s.label, data: s.points.map((p) => ({ x: p.x, y: p.y })), borderColor: color, backgroundColor: color, fill: false };
    switch (s.style) {
      case 'line': return { ...base, borderWidth: t.lineWidth, pointRadius: 0 };
      case 'dashed': return { ...base, borderWidth: Math.max(1, t.lineWidth - 0.5), borderDash: [6, 4], pointRadius: 0 };
      case 'markers': return { ...base, showLine: false, pointRadius: 3, pointStyle: 'circle', backgroundColor: t.background, borderWidth: 1.5 };
      case 'point': return { ...base, showLine: false, pointRadius: 7, pointStyle: 'crossRot', borderWidth: 3 };
    }
  }

  /** Draws `spec` synchronously. */
  draw(spec: ChartSpec): void {
    this.last = spec;
    const o = this.chart.options;
    o.scales = { x: axisOptions(spec.x), y: axisOptions(spec.y) };
    applyChartTheme(this.chart, this.theme);
    this.chart.data.datasets = spec.series.map((s) => this.dataset(s));
    this.chart.update('none');
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    if (this.last) this.draw(this.last);
    else applyChartTheme(this.chart, theme);
  }

  /** How many datasets hold at least one finite point (the e2e test reads it through data-drawn). */
  drawnSeries(): number {
    return this.chart.data.datasets.filter((d) => d.data.some((p) => Number.isFinite(p.y))).length;
  }

  toPng(): string {
    const src = this.chart.canvas;
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return src.toDataURL('image/png');
    ctx.fillStyle = this.theme.background;
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(src, 0, 0);
    return copy.toDataURL('image/png');
  }
}
