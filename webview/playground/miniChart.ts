// The playground's small chart of the selected function and its derivative, with x marked. Sampled with the
// core's sampler (the panel and the hover draw the same points); the marker is the panel's.
import { Chart, LinearScale, LineController, LineElement, PointElement, type ScatterDataPoint } from 'chart.js';
import { allocateSamples, formatNumber, sampleInto, type ScalarKernels } from '../../src/core';
import { applyChartTheme, LINE_DATA_OPTIONS } from '../shared/chartTheme';
import { pointMarkerPlugin, type Marker } from '../shared/pointMarker';
import type { Theme } from '../shared/theme';

Chart.register(LineController, LineElement, PointElement, LinearScale);

const N = 400;

export class MiniChart {
  private readonly chart: Chart<'line', ScatterDataPoint[]>;
  private readonly samples = allocateSamples(N);
  private readonly f: ScatterDataPoint[] = Array.from({ length: N }, () => ({ x: 0, y: 0 }));
  private readonly df: ScatterDataPoint[] = Array.from({ length: N }, () => ({ x: 0, y: 0 }));
  private marker: Marker | undefined;

  constructor(canvas: HTMLCanvasElement, private theme: Theme) {
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [{ data: this.f }, { data: this.df, borderDash: [5, 4] }] },
      options: {
        ...LINE_DATA_OPTIONS,
        events: [],
        elements: { point: { radius: 0 }, line: { tension: 0 } },
        scales: {
          x: { type: 'linear', ticks: { maxTicksLimit: 7, callback: (v) => formatNumber(Number(v), 3) } },
          y: { type: 'linear', grace: '5%', ticks: { maxTicksLimit: 6, callback: (v) => formatNumber(Number(v), 3) } },
        },
      },
      plugins: [pointMarkerPlugin(() => this.marker, () => this.theme)],
    });
    this.setTheme(theme);
  }

  setTheme(t: Theme): void {
    this.theme = t;
    applyChartTheme(this.chart, t, 2, 9);
    const [a, b] = this.chart.data.datasets;
    a.borderColor = t.series[0];
    b.borderColor = t.series[1];
    a.borderWidth = t.lineWidth;
    b.borderWidth = Math.max(1, t.lineWidth - 0.5);
  }

  /** Draws f and f′ over [x − 6, x + 6] (centred on 0 while |x| ≤ 5), marking x. */
  update(k: ScalarKernels, x: number): void {
    const centre = Math.abs(x) <= 5 ? 0 : x;
    const [a, b] = [centre - 6, centre + 6];
    // Far out (|x| near the largest double) the window collapses to one value: nothing to draw.
    if (!(a < b)) {
      this.marker = undefined;
      this.chart.update('none');
      return;
    }
    sampleInto(this.samples, k, a, b, { nonFinite: 'nan' });
    const { xs, ys, dys } = this.samples;
    for (let i = 0; i < N; i++) {
      this.f[i].x = xs[i];
      this.f[i].y = ys[i];
      this.df[i].x = xs[i];
      this.df[i].y = dys[i];
    }
    const y = k.f(x);
    this.marker = Number.isFinite(y) ? { x, ys: [{ y, color: this.theme.series[0] }] } : undefined;
    const sx = this.chart.options.scales?.x;
    if (sx) {
      sx.min = a;
      sx.max = b;
    }
    this.chart.update('none');
  }
}
