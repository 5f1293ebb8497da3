// The plot tab's controls other than the function cards: framework preset, dtype, derivative and table
// toggles, the x-range, the input transform x = m·x′ + b, and the marked point. Each reports to the store;
// `sync` moves them to a state that changed elsewhere (zoom, a command, a restored state).
import { DTYPES, formatNumber, type DType } from '../../src/core';
import {
  DEFAULT_RANGE, FRAMEWORK_LABELS, FRAMEWORKS, LIMITS, rangeProblem, type Framework, type PanelState,
} from '../../src/protocol';
import { h, labelled, liveMessage, parseNumber, select, setPressed, toggleButton } from '../shared/dom';
import { slider, type Slider } from '../shared/slider';
import type { Store } from '../shared/store';
import { applyFramework, resetToPreset } from './selection';

const DTYPE_LABELS: Record<DType, string> = { float64: 'float64', float32: 'float32', float16: 'float16 (half)', bfloat16: 'bfloat16' };

const show = (v: number) => formatNumber(v, 8).replace(/\u2212/g, '-');

export class PlotControls {
  readonly toolbar: HTMLElement;
  readonly side: HTMLElement;
  private readonly framework: HTMLSelectElement;
  private readonly dtype: HTMLSelectElement;
  private readonly derivative: HTMLButtonElement;
  private readonly table: HTMLButtonElement;
  private readonly min = h('input', { type: 'text', inputmode: 'decimal', class: 'num', 'aria-label': 'x-range minimum', spellcheck: 'false' });
  private readonly max = h('input', { type: 'text', inputmode: 'decimal', class: 'num', 'aria-label': 'x-range maximum', spellcheck: 'false' });
  private readonly rangeMsg = liveMessage();
  private readonly m: Slider;
  private readonly b: Slider;
  private readonly point = h('input', { type: 'text', inputmode: 'decimal', class: 'num', 'aria-label': 'Marked point x (empty for none)', spellcheck: 'false' });
  private readonly pointMsg = liveMessage();
  /** "kept your tuned values" after a preset switch, with a button to take the preset's */
  readonly presetNote = h('p', { class: 'message preset-note', role: 'status' });

  constructor(private readonly store: Store<PanelState>) {
    const s = store.get();
    this.framework = select(FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })), s.framework, 'Framework preset (switches parameter defaults)',
      (f: Framework) => this.switchPreset(f));
    this.dtype = select(DTYPES.map((d) => ({ value: d, label: DTYPE_LABELS[d] })), s.dtype, 'Data type of inputs and values',
      (d: DType) => store.update({ dtype: d }));
    this.derivative = toggleButton("f′ (derivative)", s.showDerivative, (on) => store.update({ showDerivative: on }), 'Show each derivative as a dashed line');
    this.table = toggleButton('Show as table', s.view === 'table', (on) => store.update({ view: on ? 'table' : 'chart' }), 'Show the sampled values as a table instead of the chart');
    const reset = h('button', { type: 'button', text: 'Reset view', title: `Back to x in [${DEFAULT_RANGE.min}, ${DEFAULT_RANGE.max}]` });
    reset.addEventListener('click', () => store.update({ range: DEFAULT_RANGE }));
    this.toolbar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Plot options' },
      labelled('Preset', this.framework), labelled('dtype', this.dtype), this.derivative, this.table, reset);

    for (const box of [this.min, this.max]) {
      box.addEventListener('change', () => this.commitRange());
      box.addEventListener('keydown', (e) => e.key === 'Enter' && this.commitRange());
    }
    this.m = slider({
      label: 'scale m', min: -3, max: 3, step: 0.01, value: s.transform.m, hint: 'Input transform x = m·x′ + b: the scale m.',
      check: (v) => (Math.abs(v) <= LIMITS.scale[1] ? undefined : `keep |m| ≤ ${LIMITS.scale[1]}`),
      onInput: (m) => store.update({ transform: { ...store.get().transform, m } }),
    });
    this.b = slider({
      label: 'shift b', min: -10, max: 10, step: 0.05, value: s.transform.b, hint: 'Input transform x = m·x′ + b: the shift b.',
      check: (v) => (Math.abs(v) <= LIMITS.shift[1] ? undefined : `keep |b| ≤ ${LIMITS.shift[1]}`),
      onInput: (b) => store.update({ transform: { ...store.get().transform, b } }),
    });
    const resetT = h('button', { type: 'button', text: 'Identity', title: 'm = 1, b = 0' });
    resetT.addEventListener('click', () => store.update({ transform: { m: 1, b: 0 } }));
    this.point.addEventListener('change', () => this.commitPoint());
    this.point.addEventListener('keydown', (e) => e.key === 'Enter' && this.commitPoint());

    this.side = h('div', { class: 'side-controls' },
      h('fieldset', {}, h('legend', { text: 'x-range' }),
        h('div', { class: 'row' }, labelled('from', this.min), labelled('to', this.max)), this.rangeMsg.el),
      h('fieldset', {}, h('legend', { text: 'Input transform x = m·x′ + b' }), this.m.el, this.b.el, resetT),
      h('fieldset', {}, h('legend', { text: 'Marked point' }), labelled('x =', this.point), this.pointMsg.el));
    this.sync(s);
  }

  /** A new preset: untouched parameters follow it; tuned ones stay, and the note offers the preset's values. */
  private switchPreset(f: Framework): void {
    const { state, kept } = applyFramework(this.store.get(), f);
    this.store.replace(state);
    if (kept.length === 0) {
      this.presetNote.replaceChildren();
      return;
    }
    const use = h('button', { type: 'button', text: `Use ${FRAMEWORK_LABELS[f]} defaults` });
    use.addEventListener('click', () => {
      this.store.replace(resetToPreset(this.store.get()));
      this.presetNote.replaceChildren();
    });
    this.presetNote.replaceChildren(`Kept your tuned ${kept.join(', ')}. `, use);
  }

  private commitRange(): void {
    const a = parseNumber(this.min.value);
    const b = parseNumber(this.max.value);
    const problem = rangeProblem(a, b);
    if (problem) {
      const r = this.store.get().range;
      this.rangeMsg.show(`${problem}; showing [${show(r.min)}, ${show(r.max)}]`);
      return;
    }
    this.rangeMsg.clear();
    this.store.update({ range: { min: a, max: b } });
  }

  private commitPoint(): void {
    const text = this.point.value.trim();
    if (text === '') {
      this.pointMsg.clear();
      const { point: _p, ...rest } = this.store.get();
      this.store.replace(rest);
      return;
    }
    const x = parseNumber(text);
    if (!Number.isFinite(x) || Math.abs(x) > LIMITS.coordinate) {
      this.pointMsg.show(Number.isNaN(x) ? 'not a number' : `keep |x| ≤ ${LIMITS.coordinate.toExponential(0).replace('+', '')}`);
      return;
    }
    this.pointMsg.clear();
    this.store.update({ point: x });
  }

  /** Moves every control to `s` (skipping a text box the user is typing in). */
  sync(s: PanelState): void {
    this.framework.value = s.framework;
    this.dtype.value = s.dtype;
    setPressed(this.derivative, s.showDerivative);
    setPressed(this.table, s.view === 'table');
    const typing = (el: HTMLElement) => document.activeElement === el;
    if (!typing(this.min)) this.min.value = show(s.range.min);
    if (!typing(this.max)) this.max.value = show(s.range.max);
    this.m.setValue(s.transform.m);
    this.b.setValue(s.transform.b);
    if (!typing(this.point)) this.point.value = s.point === undefined ? '' : show(s.point);
  }
}
