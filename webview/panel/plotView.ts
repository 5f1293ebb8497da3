// The plot tab: samples every function locally (no round trip to the host), feeds the chart or the table,
// and keeps the readouts. A redraw happens at most once per animation frame and is measured as `ap:redraw`.
import type { ScatterDataPoint } from 'chart.js';
import { activation, formatNumber, type ElementwiseActivation, type ScalarKernels } from '../../src/core';
import { LIMITS, type PanelState, type WebviewSettings } from '../../src/protocol';
import { h, liveMessage } from '../shared/dom';
import { measure, perFrame } from '../shared/perf';
import type { Store } from '../shared/store';
import type { Theme } from '../shared/theme';
import { PlotChart, type Series } from './chart';
import { PlotControls } from './controls';
import { FunctionCards, formulaKey } from './functionCards';
import {
  allocate, CHART_SAMPLES, evaluate, functionLabel, gradientRegions, nonFiniteNote, sampleInto, TABLE_ROWS, type SampleBuffers,
} from './model';
import { applyPick } from './selection';
import { renderTable } from './table';

interface Curve {
  readonly def: ElementwiseActivation;
  readonly kernels: ScalarKernels;
  readonly label: string;
  readonly buffers: SampleBuffers;
}

export class PlotView {
  readonly el: HTMLElement;
  readonly controls: PlotControls;
  private readonly cards: FunctionCards;
  private readonly chartBox = h('div', { class: 'chart-box' });
  private readonly canvas = h('canvas', { role: 'img', 'aria-label': 'Plot of the selected activations and their derivatives' });
  private readonly readout = h('div', { class: 'readout', 'aria-hidden': 'true' });
  private readonly pointInfo = h('div', { class: 'point-info', 'aria-live': 'polite' });
  private readonly tableBox = h('div', { class: 'table-box' });
  private readonly notes = liveMessage('message notes');
  private readonly legendNote = h('p', { class: 'hint' });
  private chart: PlotChart | undefined;
  private buffers: SampleBuffers[] = [];
  private points: ScatterDataPoint[][] = [];
  /** curves of the last redraw, for the CSV and the crosshair readout */
  curves: Curve[] = [];
  private hoverX: number | undefined;
  readonly scheduleRedraw = perFrame(() => this.redraw());

  constructor(
    private readonly store: Store<PanelState>,
    private readonly settings: () => WebviewSettings,
    private theme: Theme,
  ) {
    this.controls = new PlotControls(store);
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
        if (s.functions.length >= LIMITS.functions) return;
        store.replace(applyPick(s, [...s.functions.map((f) => f.id), id]));
      },
    });
    this.cards.formulaImage = (id) => this.formulaImage(id);
    this.readout.hidden = true;
    this.chartBox.append(this.canvas, this.readout);
    this.el = h('div', { class: 'plot-tab' },
      this.controls.toolbar,
      h('div', { class: 'layout' },
        h('div', { class: 'plot-area' }, this.chartBox, this.tableBox, this.pointInfo, this.notes.el, this.legendNote),
        h('div', { class: 'side' }, this.cards.el, this.controls.side)));
  }

  /** Formula images (SVG with currentColor) by id, drawn in the theme's text colour. */
  private formulaSvgs = new Map<string, string>();
  private wanted = new Set<string>();
  askFormulas: (ids: string[]) => void = () => undefined;

  addFormulas(svgs: Readonly<Record<string, { formula: string }>>): void {
    for (const [id, v] of Object.entries(svgs)) this.formulaSvgs.set(id, v.formula);
    this.cards.formulaVersion++;
    this.onState(this.store.get());
  }

  private formulaImage(id: string): string | undefined {
    const svg = this.formulaSvgs.get(id);
    if (!svg) return undefined;
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace(/currentColor/g, this.theme.foreground))}`;
  }

  private requestFormulas(s: PanelState): void {
    const missing = s.functions.map(formulaKey).filter((id) => !this.formulaSvgs.has(id) && !this.wanted.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.wanted.add(id);
    this.askFormulas(missing);
  }

  /** Creates the chart once the element is in the document (chart.js measures its box). */
  attach(): void {
    this.chart ??= new PlotChart(this.canvas, this.theme, {
      onViewport: (min, max) => {
        if (min < max && Number.isFinite(min) && Number.isFinite(max)) this.store.update({ range: { min, max } });
      },
      onHover: (x, px, py) => this.hover(x, px, py),
    });
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.cards.formulaVersion++;
    this.chart?.setTheme(theme);
    this.onState(this.store.get(), true);
  }

  onState(s: PanelState, rebuild = false): void {
    this.requestFormulas(s);
    this.controls.sync(s);
    this.cards.render(s.functions, this.theme.series, s.shaded, rebuild);
    this.chartBox.hidden = s.view === 'table';
    this.tableBox.hidden = s.view !== 'table';
    this.scheduleRedraw();
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

  private ensure(count: number): void {
    while (this.buffers.length < count) this.buffers.push(allocate(CHART_SAMPLES));
    while (this.points.length < count * 2) this.points.push(Array.from({ length: CHART_SAMPLES }, () => ({ x: 0, y: 0 })));
  }

  redraw(): void {
    measure('ap:redraw', () => {
      const s = this.store.get();
      const notes: string[] = [];
      this.ensure(s.functions.length);
      const curves: Curve[] = [];
      const series: Series[] = [];
      s.functions.forEach((f, i) => {
        const def = activation(f.id);
        if (!def || def.kind !== 'elementwise') return;
        let kernels: ScalarKernels;
        try {
          kernels = def.bind(f.params);
        } catch (err) {
          notes.push(err instanceof Error ? err.message : String(err));
          return;
        }
        const buffers = this.buffers[i];
        sampleInto(buffers, kernels, s.range, s.transform, s.dtype);
        const label = functionLabel(def.id, f.params);
        curves.push({ def, kernels, label, buffers });
        const color = this.theme.series[i % this.theme.series.length];
        const pf = this.points[2 * i];
        const pd = this.points[2 * i + 1];
        const { xs, ys, dys } = buffers;
        for (let j = 0; j < CHART_SAMPLES; j++) {
          const x = xs[j];
          const y = ys[j];
          const d = dys[j];
          pf[j].x = x;
          pf[j].y = y - y === 0 ? y : NaN; // non-finite → a gap
          pd[j].x = x;
          pd[j].y = d - d === 0 ? d : NaN;
        }
        series.push({ color, points: pf, derivative: false, hidden: false, label });
        series.push({ color, points: pd, derivative: true, hidden: !s.showDerivative, label: `${label}′` });
        const note = nonFiniteNote(label, xs, ys);
        if (note) notes.push(note);
      });
      this.curves = curves;
      if (notes.length) this.notes.show(notes.join(' · '), 'info');
      else this.notes.clear();
      const threshold = this.settings().vanishingThreshold;
      const shaded = curves[Math.min(s.shaded, curves.length - 1)];
      this.legendNote.textContent = shaded
        ? `Scroll to zoom, drag to pan. Shaded for ${shaded.def.name}: |f′| < ${formatNumber(threshold, 3)} (vanishing) and f′ = 0 (dead).`
        : '';
      const marker = s.point === undefined ? undefined : {
        x: s.point,
        ys: curves.map((c, i) => ({ y: evaluate(c.kernels, s.point as number, s.transform, s.dtype).y, color: this.theme.series[i % this.theme.series.length] })),
      };
      this.renderPointInfo(s);
      if (s.view === 'table') {
        this.renderTable(s);
        return;
      }
      const chart = this.chart;
      if (!chart) return;
      chart.setSeries(series);
      chart.setRange(s.range.min, s.range.max);
      const transformed = s.transform.m !== 1 || s.transform.c !== 0;
      chart.setAxisTitles(transformed ? "x′  (x = m·x′ + c)" : 'x', s.dtype === 'float64' ? 'f(x)' : `f(x) in ${s.dtype}`);
      chart.setOverlay(shaded ? gradientRegions(shaded.buffers.xs, shaded.buffers.dys, threshold) : undefined, marker);
      chart.update();
      if (this.hoverX !== undefined) this.fillReadout(this.hoverX);
    });
  }

  private renderTable(s: PanelState): void {
    const digits = this.settings().significantDigits;
    const columns: { name: string; values: Float64Array }[] = [];
    let xs: ArrayLike<number> = new Float64Array(0);
    for (const c of this.curves) {
      const b = allocate(TABLE_ROWS);
      sampleInto(b, c.kernels, s.range, s.transform, s.dtype);
      xs = b.xs;
      columns.push({ name: c.label, values: b.ys });
      if (s.showDerivative) columns.push({ name: `d/dx ${c.label}`, values: b.dys });
    }
    renderTable(this.tableBox, `${TABLE_ROWS} evenly spaced points of [${formatNumber(s.range.min, digits)}, ${formatNumber(s.range.max, digits)}]${s.dtype === 'float64' ? '' : `, in ${s.dtype}`}`, xs, columns, digits);
  }

  private renderPointInfo(s: PanelState): void {
    if (s.point === undefined || this.curves.length === 0) {
      this.pointInfo.replaceChildren();
      return;
    }
    const digits = Math.max(this.settings().significantDigits, 10);
    const x = s.point;
    const items = this.curves.map((c) => {
      const v = evaluate(c.kernels, x, s.transform, s.dtype);
      return h('li', { 'data-id': c.def.id, 'data-value': String(v.y), 'data-derivative': String(v.dy) },
        h('strong', { text: c.label }), ` = ${formatNumber(v.y, digits)},  f′ = ${formatNumber(v.dy, digits)}`);
    });
    this.pointInfo.replaceChildren(h('span', { text: `At x = ${formatNumber(x, digits)}:` }), h('ul', {}, ...items));
  }

  private hover(x: number | undefined, px: number, py: number): void {
    this.hoverX = x;
    if (x === undefined) {
      this.readout.hidden = true;
      return;
    }
    this.fillReadout(x);
    const box = this.chartBox.getBoundingClientRect();
    const w = this.readout.offsetWidth;
    this.readout.style.left = `${Math.max(0, Math.min(box.width - w - 4, px + 14))}px`;
    this.readout.style.top = `${Math.max(0, py - 10)}px`;
  }

  private fillReadout(x: number): void {
    const s = this.store.get();
    const lines = [h('div', { class: 'readout-x', text: `x = ${formatNumber(x, 17)}` })];
    this.curves.forEach((c, i) => {
      const v = evaluate(c.kernels, x, s.transform, s.dtype);
      const row = h('div', { class: 'readout-row' },
        h('span', { class: 'key', text: c.label }),
        h('span', { text: ` ${formatNumber(v.y, 17)}` }),
        s.showDerivative ? h('span', { class: 'muted', text: `  f′ ${formatNumber(v.dy, 17)}` }) : undefined);
      row.style.setProperty('--series', this.theme.series[i % this.theme.series.length]);
      lines.push(row);
    });
    this.readout.replaceChildren(...lines);
    this.readout.hidden = false;
  }

  toPng(): string | undefined {
    return this.chart?.toPng();
  }
}
