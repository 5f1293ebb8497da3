// The marked point on a line chart, for the panel's plot and the playground's mini chart: a dashed vertical
// line at x and a dot on each curve, in the curve's colour, ringed with the background so it reads on the line.
import type { Plugin } from 'chart.js';
import type { Theme } from './theme';

export interface Marker {
  readonly x: number;
  readonly ys: readonly { readonly y: number; readonly color: string }[];
}

export function pointMarkerPlugin(marker: () => Marker | undefined, theme: () => Theme): Plugin<'line'> {
  return {
    id: 'apPointMarker',
    afterDatasetsDraw: (chart) => {
      const m = marker();
      if (!m) return;
      const { ctx, chartArea: a, scales } = chart;
      const px = scales.x.getPixelForValue(m.x);
      if (!(px >= a.left && px <= a.right)) return;
      const t = theme();
      ctx.save();
      ctx.strokeStyle = t.foreground;
      ctx.setLineDash([2, 3]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(px, a.top);
      ctx.lineTo(px, a.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      for (const { y, color } of m.ys) {
        const py = scales.y.getPixelForValue(y);
        if (!Number.isFinite(py) || py < a.top || py > a.bottom) continue;
        ctx.beginPath();
        ctx.arc(px, py, 4.5, 0, 2 * Math.PI);
        ctx.fillStyle = color;
        ctx.fill();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = t.background;
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}
