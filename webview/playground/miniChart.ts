// The playground's small chart of the selected function and its derivative, with x marked.
import { Chart, LinearScale, LineController, LineElement, PointElement, type Plugin, type ScatterDataPoint } from 'chart.js';
import { formatNumber, type ScalarKernels } from '../../src/core';
import { applyChartTheme } from '../shared/chartTheme';
import type { Theme } from '../shared/theme';

Chart.register(LineController, LineElement, PointElement, LinearScale);

const N = 400;

export class MiniChart {
  private readonly chart: Chart<'line', ScatterDataPoint[]>;
  private readonly f: ScatterDataPoint[] = Array.from({ length: N }, () => ({ x: 0, y: 0 }));
  private readonly df: ScatterDataPoint[] = Array.from({ length: N }, () => ({ x: 0, y: 0 }));
  private marker: { x: number; y: number } | undefined;

  constructor(canvas: HTMLCanvasElement, private theme: Theme) {
    const markerPlugin: Plugin<'line'> = {
      id: 'apMiniMarker',
      afterDatasetsDraw: (chart) => {
        const m = this.marker;
        if (!m) return;
        const { ctx, chartArea: a, scales } = chart;
        const px = scales.x.getPixelForValue(m.x);
        const py = scales.y.getPixelForValue(m.y);
        if (!(px >= a.left && px <= a.right)) return;
        ctx.save();
        ctx.strokeStyle = this.theme.muted;
        ctx.setLineDash([2, 3]);
        ctx.beginPath();
        ctx.moveTo(px, a.top);
        ctx.lineTo(px, a.bottom);
        ctx.stroke();
        if (py >= a.top && py <= a.bottom) {
          ctx.setLineDash([]);
          ctx.fillStyle = this.theme.accent;
          ctx.beginPath();
          ctx.arc(px, py, 4, 0, 2 * Math.PI);
          ctx.fill();
        }
        ctx.restore();
      },
    };
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets: [{ data: this.f }, { data: this.df, borderDash: [5, 4] }] },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true, events: [],
        elements: { point: { radius: 0 }, line: { tension: 0 } },
        scales: {
          x: { type: 'linear', ticks: { maxTicksLimit: 7, callback: (v) => formatNumber(Number(v), 3) } },
          y: { type: 'linear', grace: '5%', ticks: { maxTicksLimit: 6, callback: (v) => formatNumber(Number(v), 3) } },
        },
      },
      plugins: [markerPlugin],
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

  /** Draws f and f′ over [x − 6, x + 6] clipped to a sensible window, marking x. */
  update(k: ScalarKernels, x: number): void {
    const centre = Math.abs(x) <= 5 ? 0 : x;
    const a = centre - 6;
    const b = centre + 6;
    for (let i = 0; i < N; i++) {
      const t = i === N - 1 ? b : a + ((b - a) * i) / (N - 1);
      const y = k.f(t);
      const d = k.df(t);
      this.f[i].x = t;
      this.f[i].y = Number.isFinite(y) ? y : NaN;
      this.df[i].x = t;
      this.df[i].y = Number.isFinite(d) ? d : NaN;
    }
    const y = k.f(x);
    this.marker = Number.isFinite(y) ? { x, y } : undefined;
    const sx = this.chart.options.scales?.x;
    if (sx) {
      sx.min = a;
      sx.max = b;
    }
    this.chart.update('none');
  }
}
