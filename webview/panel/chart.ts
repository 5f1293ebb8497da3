// The plot: a chart.js line chart of every function and its derivative, with a legend, zoom/pan on x
// (chartjs-plugin-zoom; the keyboard is handled by the plot view), shaded vanishing-gradient regions, the
// marked point and a crosshair. Data arrays are prebuilt point objects updated in place; every redraw is
// `update('none')` (no animation, no parsing). The chart is created with its first frame already in its
// options, so opening the panel lays out and draws once, not an empty chart and then the curves.
import {
  Chart, LinearScale, LineController, LineElement, PointElement,
  type ChartDataset, type ChartOptions, type Plugin, type ScatterDataPoint,
} from 'chart.js';
import zoomPlugin from 'chartjs-plugin-zoom';
import { formatNumber } from '../../src/core';
import { LIMITS } from '../../src/protocol';
import { chartPng } from '../shared/chartExport';
import { applyChartTheme, LINE_DATA_OPTIONS, themeOptions } from '../shared/chartTheme';
import { pointMarkerPlugin, type Marker } from '../shared/pointMarker';
import type { Theme } from '../shared/theme';
import type { GradientRegions } from './model';

Chart.register(LineController, LineElement, PointElement, LinearScale, zoomPlugin);

export interface Series {
  readonly color: string;
  readonly points: ScatterDataPoint[];
  readonly derivative: boolean;
  readonly hidden: boolean;
  readonly label: string;
}

export type { Marker } from '../shared/pointMarker';

export interface PlotCallbacks {
  /** the visible x-range changed by wheel or drag; `done` at the end of the gesture */
  onViewport(min: number, max: number, done: boolean): void;
  /** the pointer is at data x (undefined when it left), at canvas pixel (px, py) */
  onHover(x: number | undefined, px: number, py: number): void;
}

/** Everything one redraw shows. */
export interface ChartFrame {
  readonly series: readonly Series[];
  readonly range: { readonly min: number; readonly max: number };
  readonly titles: { readonly x: string; readonly y: string };
  readonly regions: GradientRegions | undefined;
  readonly marker: Marker | undefined;
}

type LineDataset = ChartDataset<'line', ScatterDataPoint[]>;

export class PlotChart {
  private readonly chart: Chart<'line', ScatterDataPoint[]>;
  private regions: GradientRegions | undefined;
  private marker: Marker | undefined;
  private crosshair: number | undefined;
  private theme: Theme;

  /** Creates the chart and draws `first` (chart.js draws on creation once the canvas is in the document). */
  constructor(canvas: HTMLCanvasElement, theme: Theme, private readonly callbacks: PlotCallbacks, first: ChartFrame) {
    this.theme = theme;
    this.regions = first.regions;
    this.marker = first.marker;
    const viewport = (done: boolean) => ({ chart }: { chart: Chart }) => {
      const { min, max } = chart.scales.x;
      this.callbacks.onViewport(min, max, done);
    };
    const options: ChartOptions<'line'> = {
      ...LINE_DATA_OPTIONS,
      spanGaps: false,
      events: ['mousemove', 'mouseout'],
      elements: { point: { radius: 0, hoverRadius: 0, hitRadius: 0 }, line: { tension: 0 } },
      scales: {
        x: { type: 'linear', min: first.range.min, max: first.range.max, ticks: { callback: (v) => formatNumber(Number(v), 4) }, title: this.title(first.titles.x) },
        y: { type: 'linear', grace: '5%', ticks: { callback: (v) => formatNumber(Number(v), 4) }, title: this.title(first.titles.y) },
      },
      plugins: {
        // The legend names each curve (dashed: its derivative); clicking it would fight the f′ toggle.
        title: { display: false },
        legend: {
          display: true, position: 'top', align: 'start', onClick: () => undefined,
          labels: { boxWidth: 28, boxHeight: 3, filter: (item, data) => !data.datasets[item.datasetIndex ?? 0]?.hidden },
        },
        zoom: {
          zoom: { wheel: { enabled: true, speed: 0.1 }, pinch: { enabled: false }, mode: 'x', onZoom: viewport(false), onZoomComplete: viewport(true) },
          pan: { enabled: true, mode: 'x', threshold: 4, onPan: viewport(false), onPanComplete: viewport(true) },
          limits: { x: { min: -LIMITS.coordinate, max: LIMITS.coordinate, minRange: 1e-6 } },
        },
      },
    };
    themeOptions(options, theme);
    const datasets: LineDataset[] = [];
    this.fillDatasets(datasets, first.series);
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets },
      options,
      plugins: [this.regionsPlugin(), pointMarkerPlugin(() => this.marker, () => this.theme), this.crosshairPlugin()],
    });
  }

  /** Shows `frame`: recomputes scales and draws, synchronously, without animation. */
  show(frame: ChartFrame): void {
    this.fillDatasets(this.chart.data.datasets, frame.series);
    const { scales } = this.chart.options;
    if (scales?.x) {
      scales.x.min = frame.range.min;
      scales.x.max = frame.range.max;
      scales.x.title = this.title(frame.titles.x);
    }
    if (scales?.y) scales.y.title = this.title(frame.titles.y);
    this.regions = frame.regions;
    this.marker = frame.marker;
    this.chart.update('none');
  }

  private title(text: string) {
    return { display: true, text, color: this.theme.muted };
  }

  /** Makes `ds` match `series` (same order), reusing the dataset objects that exist. */
  private fillDatasets(ds: LineDataset[], series: readonly Series[]): void {
    ds.length = series.length;
    series.forEach((s, i) => {
      const d: LineDataset = ds[i] ?? { data: [] };
      d.data = s.points;
      d.label = s.label;
      d.hidden = s.hidden;
      d.borderColor = s.color;
      d.backgroundColor = s.color;
      d.borderWidth = s.derivative ? Math.max(1, this.theme.lineWidth - 0.5) : this.theme.lineWidth;
      d.borderDash = s.derivative ? [6, 4] : [];
      d.pointRadius = 0;
      d.fill = false;
      ds[i] = d;
    });
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    applyChartTheme(this.chart, theme);
  }

  /** Redraws without recomputing (crosshair moves). */
  render(): void {
    this.chart.render();
  }

  /** The chart as a PNG at 2× with `title` and the legend, on the theme's background. */
  toPng(title: string): string {
    return chartPng(this.chart, this.theme, title);
  }

  destroy(): void {
    this.chart.destroy();
  }

  private regionsPlugin(): Plugin<'line'> {
    return {
      id: 'apRegions',
      beforeDatasetsDraw: (chart) => {
        const r = this.regions;
        if (!r) return;
        const { ctx, chartArea: a, scales } = chart;
        ctx.save();
        const fill = (list: GradientRegions['vanishing'], color: string) => {
          ctx.fillStyle = color;
          for (const iv of list) {
            const x0 = Math.max(a.left, scales.x.getPixelForValue(iv.from));
            const x1 = Math.min(a.right, scales.x.getPixelForValue(iv.to));
            if (x1 > x0) ctx.fillRect(x0, a.top, x1 - x0, a.bottom - a.top);
          }
        };
        fill(r.vanishing, this.theme.vanishing);
        fill(r.zero, this.theme.zero);
        ctx.restore();
      },
    };
  }

  private crosshairPlugin(): Plugin<'line'> {
    return {
      id: 'apCrosshair',
      afterEvent: (chart, args) => {
        const e = args.event;
        const a = chart.chartArea;
        const inside = e.type === 'mousemove' && e.x !== null && e.y !== null && e.x >= a.left && e.x <= a.right && e.y >= a.top && e.y <= a.bottom;
        const x = inside ? chart.scales.x.getValueForPixel(e.x as number) : undefined;
        if (x === this.crosshair) return;
        this.crosshair = x;
        this.callbacks.onHover(x, e.x ?? 0, e.y ?? 0);
        args.changed = true;
      },
      afterDraw: (chart) => {
        const x = this.crosshair;
        if (x === undefined) return;
        const { ctx, chartArea: a, scales } = chart;
        const px = scales.x.getPixelForValue(x);
        ctx.save();
        ctx.strokeStyle = this.theme.muted;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(px, a.top);
        ctx.lineTo(px, a.bottom);
        ctx.stroke();
        ctx.restore();
      },
    };
  }
}
