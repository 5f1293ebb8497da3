// PNG export of a chart.js chart for both webviews' charts: redrawn at 2× resolution with a title and the
// chart's legend, on the theme's background (a transparent PNG is unreadable on the other theme).
import { Chart, Legend, Title } from 'chart.js';
import type { Theme } from './theme';

Chart.register(Legend, Title);

interface ExportOptions {
  devicePixelRatio?: number;
  plugins?: { title?: object; legend?: { display?: boolean } };
}

/** The chart as a PNG data URL at `scale`× with `title` on top; the chart is back as it was afterwards. */
export function chartPng(chart: Chart, theme: Theme, title: string, scale = 2): string {
  const o = chart.options as unknown as ExportOptions;
  const saved = { ratio: o.devicePixelRatio, title: o.plugins?.title, legend: o.plugins?.legend?.display };
  o.devicePixelRatio = scale;
  o.plugins = { ...o.plugins, title: { display: true, text: title, color: theme.foreground, font: { size: theme.fontSize + 2, weight: 'bold' } } };
  if (o.plugins.legend) o.plugins.legend.display = true;
  chart.resize();
  chart.update('none');
  const src = chart.canvas;
  const copy = document.createElement('canvas');
  copy.width = src.width;
  copy.height = src.height;
  const ctx = copy.getContext('2d');
  let url: string;
  if (ctx) {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(src, 0, 0);
    url = copy.toDataURL('image/png');
  } else {
    url = src.toDataURL('image/png');
  }
  o.devicePixelRatio = saved.ratio;
  o.plugins = { ...o.plugins, title: saved.title ?? { display: false } };
  if (o.plugins.legend) o.plugins.legend.display = saved.legend;
  chart.resize();
  chart.update('none');
  return url;
}
