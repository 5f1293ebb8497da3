// Theme colours and font onto a chart.js chart's options: one place for the panel's line chart, its softmax
// bars and the playground's mini chart. The caller calls chart.update() after.
import type { Chart, ChartType } from 'chart.js';
import type { Theme } from './theme';

/** The part of every chart type's options that theming touches. */
interface ThemedOptions {
  color?: string;
  font?: { family: string; size: number };
  scales?: Record<string, { grid?: object; border?: object; ticks?: { color?: unknown }; title?: { color?: unknown } } | undefined>;
}

/** `fontDelta` pixels smaller than the editor font (at least `minFont`). */
export function applyChartTheme<T extends ChartType>(chart: Chart<T>, t: Theme, fontDelta = 1, minFont = 10): void {
  if (chart.options) themeOptions(chart.options, t, fontDelta, minFont);
}

/** The same on the options before the chart exists: its first render is already themed (no second one). */
export function themeOptions(options: object, t: Theme, fontDelta = 1, minFont = 10): void {
  const o = options as ThemedOptions;
  o.color = t.foreground;
  o.font = { family: t.fontFamily, size: Math.max(minFont, t.fontSize - fontDelta) };
  const scales = o.scales;
  for (const axis of ['x', 'y']) {
    const s = scales?.[axis];
    if (!s) continue;
    s.grid = { ...s.grid, color: t.grid };
    s.border = { ...s.border, color: t.border };
    if (s.ticks) s.ticks.color = t.muted;
    if (s.title) s.title.color = t.muted;
  }
}

/** What every chart of ours shares: redrawn by us (no animation), sized by its box, fed pre-parsed sorted points. */
export const LINE_DATA_OPTIONS = {
  animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
} as const;
