// The plot tab: samples every function locally with the core's sampler (no round trip to the host), feeds
// the chart or the table, keeps the readouts, and answers the keyboard on the focused chart. A redraw happens
// at most once per animation frame and is measured as `ap:redraw`.
import type { ScatterDataPoint } from 'chart.js';
import { activation, allocateSamples, formatNumber, sampleInto, type Samples } from '../../src/core';
import { DEFAULT_RANGE, LIMITS, rangeProblem, type PanelState, type WebviewSettings } from '../../src/protocol';
import { h, liveMessage } from '../shared/dom';
import { measure, perFrame } from '../shared/perf';
import type { Store } from '../shared/store';
import type { Theme } from '../shared/theme';
import { PlotChart, type ChartFrame, type Series } from './chart';
import { PlotControls } from './controls';
import { FunctionCards } from './functionCards';
import { FormulaLegend } from './formulaLegend';
import { CHART_SAMPLES, functionLabel, gradientRegions, keyRange, nonFiniteNote, sampleAt, tableXs, valueAt } from './model';
import { Readouts, type Curve } from './readout';
import { applyPick } from './selection';
import { renderTable } from './table';

interface DrawnCurve extends Curve {
  readonly buffers: Samples;
}

/** How long the undo of a hover's Plot is offered. */
const UNDO_MS = 30_000;

const CHART_HELP = 'Plot of the selected activations and their derivatives. With the chart focused: + and − zoom, Left/Right pan (Shift: further), 0 resets.';

export class PlotView {
  readonly el: HTMLElement;
  readonly controls: PlotControls;
  private readonly cards: FunctionCards;
  private readonly formulas: FormulaLegend;
  private readonly chartBox = h('div', { class: 'chart-box' });
  private readonly canvas = h('canvas', { tabindex: 0, role: 'img', 'aria-label': CHART_HELP, title: 'Scroll or +/− to zoom, drag or ←/→ to pan, 0 to reset' });
  private readonly readouts: Readouts;
  private readonly tableBox = h('div', { class: 'table-box' });
  private readonly notes = liveMessage('message notes');
  /** a command's note ("the point x = ∞ was left out") and the undo of a hover's Plot */
  private readonly commandNote = h('p', { class: 'message command-note', role: 'status' });
  private readonly legendNote = h('p', { class: 'hint' });
  /** created by the first redraw in chart view once the tab is in the document, with that frame's curves */
  private chart: PlotChart | undefined;
  private attached = false;
  private buffers: Samples[] = [];
  private points: ScatterDataPoint[][] = [];
  /** curves of the last redraw, for the crosshair readout */
  private curves: DrawnCurve[] = [];
  private hoverX: number | undefined;
  private noteTimer: ReturnType<typeof setTimeout> | undefined;
  readonly scheduleRedraw = perFrame(() => this.redraw());
  askFormulas: (ids: string[]) => void = () => undefined;

  constructor(private readonly store: Store<PanelState>, private readonly settings: () => WebviewSettings, private theme: Theme) {
    this.controls = new PlotControls(store);
    this.readouts = new Readouts(() => settings().significantDigits);
    this.formulas = new FormulaLegend(() => this.theme, (ids) => this.askFormulas(ids));
    this.cards = new FunctionCards({
      setParam: (i, name, value) => this.setParam(i, name, value),
      remove: (i) => {
        const s = store.get();
        const functions = s.functions.filter((_, j) => j !== i);
        store.update({ functions, shaded: Math.min(s.shaded, Math.max(0, functions.length - 1)) });
      },
      shade: (i) => store.update({ shaded: i }),
      add: (id) => {
        const s = store.get();
        if (s.functions.length < LIMITS.functions) store.replace(applyPick(s, [...s.functions.map((f) => f.id), id]));
      },
    });
    this.cards.formulaImage = (key) => this.formulas.image(key);
    this.canvas.addEventListener('keydown', (e) => this.key(e));
    this.chartBox.append(this.canvas, this.readouts.crosshair);
    this.el = h('div', { class: 'plot-tab' },
      this.controls.toolbar, this.controls.presetNote, this.commandNote,
      h('div', { class: 'layout' },
        h('div', { class: 'plot-area' }, this.chartBox, this.tableBox, this.readouts.point, this.notes.el, this.legendNote),
        h('div', { class: 'side' }, this.cards.el, this.controls.side)));
  }

  addFormulas(svgs: Readonly<Record<string, { formula: string }>>): void {
    this.formulas.add(svgs);
    this.cards.formulaVersion++;
    this.onState(this.store.get());
  }

  /** The tab is in the document: the next chart redraw may create the chart (chart.js measures its box). */
  attach(): void {
    this.attached = true;
  }

  /** Draws now what is waiting for the next frame (the first chart after opening). */
  drawNow(): void {
    this.scheduleRedraw.now();
  }

  private createChart(first: ChartFrame): PlotChart {
    return new PlotChart(this.canvas, this.theme, {
      onViewport: (min, max) => {
        if (min < max && Number.isFinite(min) && Number.isFinite(max)) this.store.update({ range: { min, max } });
      },
      onHover: (x, px, py) => this.hover(x, px, py),
    }, first);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.cards.formulaVersion++;
    this.chart?.setTheme(theme);
    this.onState(this.store.get(), true);
  }

  onState(s: PanelState, rebuild = false): void {
    this.formulas.request(s.functions);
    this.controls.sync(s);
    this.cards.render(s.functions, this.theme.series, s.shaded, rebuild);
    this.chartBox.hidden = s.view === 'table';
    this.tableBox.hidden = s.view !== 'table';
    this.scheduleRedraw();
  }

  /** A command's note, shown until the next one. */
  showNote(text: string): void {
    this.commandNote.replaceChildren(text);
  }

  /** Offers to go back to `before` (a hover's Plot changed the comparison), for a while; ✕ dismisses it. */
  rememberForUndo(before: PanelState): void {
    const undo = h('button', { type: 'button', text: 'Undo' });
    const close = h('button', { type: 'button', class: 'icon', 'aria-label': 'Dismiss', text: '✕' });
    undo.addEventListener('click', () => {
      this.store.replace(before);
      this.commandNote.replaceChildren();
    });
    close.addEventListener('click', () => this.commandNote.replaceChildren());
    this.commandNote.replaceChildren('Added from the editor. ', undo, close);
    if (this.noteTimer !== undefined) clearTimeout(this.noteTimer);
    this.noteTimer = setTimeout(() => this.commandNote.replaceChildren(), UNDO_MS);
  }

  /** The table's rows (also the CSV): TABLE_POINTS nicely rounded x values and every curve at them. */
  tableSamples(): { xs: Float64Array; curves: { label: string; ys: Float64Array; dys: Float64Array }[] } | undefined {
    const s = this.store.get();
    if (this.curves.length === 0) return undefined;
    const xs = tableXs(s.range);
    return { xs, curves: this.curves.map((c) => ({ label: c.label, ...sampleAt(xs, c.kernels, s.transform, s.dtype) })) };
  }

  toPng(): string | undefined {
    const labels = this.curves.map((c) => c.label).join(', ');
    return this.chart?.toPng(`${labels} on [${formatNumber(this.store.get().range.min, 4)}, ${formatNumber(this.store.get().range.max, 4)}]`);
  }

  private setParam(index: number, name: string, value: number | string): string | undefined {
    const s = this.store.get();
    const f = s.functions[index];
    const def = f && activation(f.id);
    if (!def) return undefined;
    const params = { ...f.params, [name]: value };
    try {
      def.resolve(params);
    } catch (err) {
      return `${err instanceof Error ? err.message : String(err)}; kept the last good curve`;
    }
    this.store.update({ functions: s.functions.map((g, j) => (j === index ? { id: g.id, params } : g)) });
    return undefined;
  }

  private key(e: KeyboardEvent): void {
    const next = keyRange(this.store.get().range, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    const range = next === 'reset' ? DEFAULT_RANGE : next;
    if (rangeProblem(range.min, range.max) === undefined) this.store.update({ range });
  }

  private ensure(count: number): void {
    while (this.buffers.length < count) this.buffers.push(allocateSamples(CHART_SAMPLES));
    while (this.points.length < count * 2) this.points.push(Array.from({ length: CHART_SAMPLES }, () => ({ x: 0, y: 0 })));
  }

  /** Samples every function into its buffers and chart points; notes for what could not be drawn. */
  private sampleAll(s: PanelState, notes: string[]): Series[] {
    this.ensure(s.functions.length);
    const curves: DrawnCurve[] = [];
    const series: Series[] = [];
    s.functions.forEach((f, i) => {
      const def = activation(f.id);
      if (!def || def.kind !== 'elementwise') return;
      let kernels;
      try {
        kernels = def.bind(f.params);
      } catch (err) {
        notes.push(err instanceof Error ? err.message : String(err));
        return;
      }
      const buffers = this.buffers[i];
      sampleInto(buffers, kernels, s.range.min, s.range.max, { transform: s.transform, dtype: s.dtype });
      const label = functionLabel(def.id, f.params);
      curves.push({ def, kernels, label, buffers });
      const note = nonFiniteNote(label, buffers.xs, buffers.ys);
      if (note) notes.push(note);
      const color = this.theme.series[i % this.theme.series.length];
      const [pf, pd] = [this.points[2 * i], this.points[2 * i + 1]];
      for (let j = 0; j < CHART_SAMPLES; j++) {
        const [x, y, d] = [buffers.xs[j], buffers.ys[j], buffers.dys[j]];
        pf[j].x = x;
        pf[j].y = y - y === 0 ? y : NaN; // non-finite → a gap
        pd[j].x = x;
        pd[j].y = d - d === 0 ? d : NaN;
      }
      series.push({ color, points: pf, derivative: false, hidden: false, label });
      series.push({ color, points: pd, derivative: true, hidden: !s.showDerivative, label: `${label}′` });
    });
    this.curves = curves;
    return series;
  }

  redraw(): void {
    measure('ap:redraw', () => {
      const s = this.store.get();
      const notes: string[] = [];
      const series = this.sampleAll(s, notes);
      if (notes.length) this.notes.show(notes.join(' · '), 'info');
      else this.notes.clear();
      const threshold = this.settings().vanishingThreshold;
      const shaded = this.curves[Math.min(s.shaded, this.curves.length - 1)];
      this.legendNote.textContent = shaded && s.view === 'chart'
        ? `Scroll or +/− to zoom, drag or ←/→ to pan. Shaded for ${shaded.def.name}: |f′| < ${formatNumber(threshold, 3)} (vanishing) and f′ = 0 (dead).`
        : '';
      this.readouts.showPoint(s, this.curves);
      if (s.view === 'table') return this.renderTable(s);
      if (!this.attached) return;
      const transformed = s.transform.m !== 1 || s.transform.b !== 0;
      const marker = s.point === undefined ? undefined : {
        x: s.point,
        ys: this.curves.map((c, i) => ({ y: valueAt(c.kernels, s.point as number, s.transform, s.dtype).y, color: this.theme.series[i % this.theme.series.length] })),
      };
      const frame: ChartFrame = {
        series,
        range: s.range,
        titles: { x: transformed ? 'x′  (x = m·x′ + b)' : 'x', y: s.dtype === 'float64' ? 'f(x)' : `f(x) in ${s.dtype}` },
        regions: shaded ? gradientRegions(shaded.buffers.xs, shaded.buffers.dys, threshold) : undefined,
        marker,
      };
      if (this.chart) this.chart.show(frame);
      else this.chart = this.createChart(frame);
      if (this.hoverX !== undefined) this.readouts.showCrosshair(s, this.curves, this.theme, this.hoverX);
    });
  }

  private renderTable(s: PanelState): void {
    const digits = this.settings().significantDigits;
    const t = this.tableSamples();
    const columns = (t?.curves ?? []).flatMap((c) => [{ name: c.label, values: c.ys }, ...(s.showDerivative ? [{ name: `d/dx ${c.label}`, values: c.dys }] : [])]);
    const where = `[${formatNumber(s.range.min, digits)}, ${formatNumber(s.range.max, digits)}]`;
    renderTable(this.tableBox, `${t?.xs.length ?? 0} evenly spaced points of ${where}${s.dtype === 'float64' ? '' : `, in ${s.dtype}`} (the CSV has the same rows)`, t?.xs ?? [], columns, digits);
  }

  private hover(x: number | undefined, px: number, py: number): void {
    this.hoverX = x;
    if (x === undefined) return this.readouts.hideCrosshair();
    this.readouts.showCrosshair(this.store.get(), this.curves, this.theme, x);
    this.readouts.place(this.chartBox.getBoundingClientRect(), px, py);
  }
}
