// PNG export of a chart.js chart for both webviews' charts: redrawn at 2× resolution with a title and the
// chart's legend, on the theme's background (a transparent PNG is unreadable on the other theme).
import { Chart, Legend, Title } from 'chart.js';
import type { Theme } from './theme';

Chart.register(Legend, Title);

interface ExportOptions {
  devicePixelRatio?: number;
  plugins: { title: { display?: boolean; text?: string; color?: string; font?: object }; legend: { display?: boolean } };
}

/** Draws `src` on the theme's background (a transparent PNG is unreadable on the other theme). */
function onBackground(src: HTMLCanvasElement, background: string): string {
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

/**
 * The chart as a PNG data URL at `scale`× with `title` on top and the legend; the chart is back as it was
 * afterwards. chart.js options are resolver proxies: fields are set one by one, never replaced by spreads.
 */
export function chartPng(chart: Chart, theme: Theme, title: string, scale = 2): string {
  const o = chart.options as unknown as ExportOptions;
  const t = o.plugins.title;
  const saved = { ratio: o.devicePixelRatio, display: t.display, text: t.text, legend: o.plugins.legend.display };
  o.devicePixelRatio = scale;
  t.display = true;
  t.text = title;
  t.color = theme.foreground;
  t.font = { size: theme.fontSize + 2, weight: 'bold', family: theme.fontFamily };
  o.plugins.legend.display = true;
  chart.resize();
  chart.update('none');
  const url = onBackground(chart.canvas, theme.background);
  o.devicePixelRatio = saved.ratio;
  t.display = saved.display ?? false;
  t.text = saved.text ?? '';
  o.plugins.legend.display = saved.legend;
  chart.resize();
  chart.update('none');
  return url;
}
