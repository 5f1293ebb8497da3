// One chart.js chart that draws a ChartSpec: theory lines, dashed lines, measured markers and the user's
// point, on linear or log axes, in the theme's colours. Every update is `update('none')` (no animation).
import {
  Chart, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, ScatterController,
  type ChartDataset, type ScatterDataPoint,
} from 'chart.js';
import { formatNumber } from '../../src/core';
import { applyChartTheme, LINE_DATA_OPTIONS } from '../shared/chartTheme';
import { chartPng } from '../shared/chartExport';
import type { Theme } from '../shared/theme';
import { formatRatio } from './sentences';
import { sameAxes, sameSpec, type AxisSpec, type ChartSpec, type SeriesSpec } from './specs';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend);

type Dataset = ChartDataset<'line', ScatterDataPoint[]>;

/** Log axes label the powers of ten only (10⁻⁷, 1, 10³), as the sentences write them. */
function tickLabel(log: boolean) {
  return (v: number | string) => {
    const x = Number(v);
    if (!log) return formatNumber(x, 3);
    const e = Math.log10(x);
    return Math.abs(e - Math.round(e)) < 1e-9 ? formatRatio(10 ** Math.round(e)) : '';
  };
}

function axisOptions(a: AxisSpec) {
  return {
    type: a.log ? ('logarithmic' as const) : ('linear' as const),
    min: a.min,
    max: a.max,
    title: { display: true, text: a.title },
    ticks: { callback: tickLabel(a.log ?? false), maxTicksLimit: a.log ? 12 : 8, autoSkip: true },
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
        ...LINE_DATA_OPTIONS,
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
      case 'point': return { ...base, showLine: false, pointRadius: 7, pointStyle: 'crossRot', borderWidth: 3, clip: false };
    }
  }

  /** Draws `spec` synchronously; a spec equal to the one on screen costs nothing (a redraw stays within a frame). */
  draw(spec: ChartSpec): void {
    if (sameSpec(this.last, spec)) return;
    this.render(spec);
  }

  private render(spec: ChartSpec, themeChanged = false): void {
    const axesChanged = !this.last || !sameAxes(this.last, spec);
    this.last = spec;
    // New scale options make chart.js resolve them afresh: only when the axes or the theme change.
    if (axesChanged) this.chart.options.scales = { x: axisOptions(spec.x), y: axisOptions(spec.y) };
    if (axesChanged || themeChanged) applyChartTheme(this.chart, this.theme);
    this.chart.data.datasets = spec.series.map((s) => this.dataset(s));
    this.chart.update('none');
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    if (this.last) this.render(this.last, true);
    else applyChartTheme(this.chart, theme);
  }

  /** How many datasets hold at least one finite point (the e2e test reads it through data-drawn). */
  drawnSeries(): number {
    return this.chart.data.datasets.filter((d) => d.data.some((p) => Number.isFinite(p.y))).length;
  }

  /** The longest series' point count (the e2e test checks an off-screen chart catches up when it scrolls in). */
  drawnPoints(): number {
    return Math.max(0, ...this.chart.data.datasets.map((d) => d.data.length));
  }

  /** 2× PNG with a title and the legend (the shared chart export). */
  toPng(title: string): string {
    return chartPng(this.chart as unknown as Chart, this.theme, title);
  }

}
