// The softmax tab: logits typed as a list or dragged as bars, a log-scale temperature slider, the
// probabilities with the argmax highlighted, entropy, top-2 margin, log toggle, and argmax as a one-hot vector.
import { entropy, formatNumber, formatTensor, oneHot, topTwoMargin } from '../../src/core';
import { VECTOR_FUNCTIONS, type PanelState, type SoftmaxState, type VectorFunction } from '../../src/protocol';
import { h, labelled, select, setPressed, toggleButton } from '../shared/dom';
import { LogitsField } from '../shared/logitsField';
import { measure, perFrame } from '../shared/perf';
import { slider, type Slider } from '../shared/slider';
import type { Store } from '../shared/store';
import type { Theme } from '../shared/theme';
import { LogitsChart, ProbabilityChart } from './softmaxCharts';
import { distribution, sliderToTemperature, T_MAX, T_MIN, T_STEPS, temperatureToSlider } from './softmaxModel';
import { renderTable } from './table';
import { JacobianPair } from '../depth/claims/heatmap';

const FN_LABELS: Record<VectorFunction, string> = { softmax: 'softmax', softmin: 'softmin', sparsemax: 'sparsemax' };

export class SoftmaxView {
  readonly el: HTMLElement;
  private readonly fn: HTMLSelectElement;
  private readonly field: LogitsField;
  private readonly temperature: Slider;
  private readonly log: HTMLButtonElement;
  private readonly logitsCanvas = h('canvas', { tabindex: 0, 'aria-label': 'Logit bars: drag a bar, or use Left/Right to choose one and Up/Down to change it (Shift for steps of 1)' });
  private readonly probCanvas = h('canvas', { role: 'img', 'aria-label': 'Probabilities, argmax highlighted' });
  private readonly stats = h('dl', { class: 'stats', 'aria-live': 'polite' });
  private readonly onehot = h('div', { class: 'onehot' });
  private readonly charts = h('div', { class: 'softmax-charts' });
  private readonly tableBox = h('div', { class: 'table-box' });
  /** the seed's "we can't backpropagate a network with an ArgMax": softmax's Jacobian beside argmax's zero */
  private readonly jacobian: JacobianPair;
  private logits: LogitsChart | undefined;
  private probs: ProbabilityChart | undefined;
  private readonly scheduleRedraw = perFrame(() => this.redraw());

  constructor(private readonly store: Store<PanelState>, private readonly digits: () => number, private theme: Theme) {
    const s = store.get().softmax;
    const set = (patch: Partial<SoftmaxState>) => store.update({ softmax: { ...store.get().softmax, ...patch } });
    this.fn = select(VECTOR_FUNCTIONS.map((f) => ({ value: f, label: FN_LABELS[f] })), s.fn, 'Vector function', (fn: VectorFunction) => set({ fn }));
    this.temperature = slider({
      label: 'temperature T', min: 0, max: T_STEPS, step: 1, value: s.temperature,
      hint: `Log scale from ${T_MIN} to ${T_MAX}; T < 1 sharpens, T > 1 flattens.`,
      toValue: sliderToTemperature, toPosition: temperatureToSlider,
      check: (v) => (v >= T_MIN && v <= T_MAX ? undefined : `must be in [${T_MIN}, ${T_MAX}]`),
      onInput: (temperature) => set({ temperature }),
    });
    this.log = toggleButton('log p', s.log, (log) => set({ log }), 'Show log-probabilities (log-softmax)');
    this.field = new LogitsField('Logits, separated by commas or spaces', 'logits', (logits) => set({ logits }));
    this.field.show(s.logits, true);
    this.logitsCanvas.addEventListener('focus', () => this.scheduleRedraw());
    this.logitsCanvas.addEventListener('blur', () => this.scheduleRedraw());
    this.charts.append(
      h('figure', {}, h('div', { class: 'bar-box' }, this.logitsCanvas), h('figcaption', { text: 'Logits (drag the bars)' })),
      h('figure', {}, h('div', { class: 'bar-box' }, this.probCanvas), h('figcaption', { text: 'Output (argmax highlighted)' })));
    this.jacobian = new JacobianPair(theme);
    this.el = h('div', { class: 'softmax-tab' },
      h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Softmax options' }, labelled('Function', this.fn), this.log),
      h('div', { class: 'softmax-inputs' },
        this.field.el, this.temperature.el),
      this.charts, this.tableBox,
      h('div', { class: 'softmax-facts' }, this.stats, h('div', {}, h('h3', { text: 'argmax as one-hot' }), this.onehot)),
      this.jacobian.el);
  }

  attach(): void {
    if (this.logits) return;
    this.logits = new LogitsChart(this.logitsCanvas, this.theme, this.digits, (i, v, done) => {
      const logits = [...this.store.get().softmax.logits];
      if (i >= logits.length) return;
      logits[i] = v;
      this.store.update({ softmax: { ...this.store.get().softmax, logits } });
      this.field.show(logits, done);
    }, () => this.scheduleRedraw());
    this.probs = new ProbabilityChart(this.probCanvas, this.theme, this.digits);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.logits?.setTheme(theme);
    this.probs?.setTheme(theme);
    this.jacobian.setTheme(theme);
    this.scheduleRedraw();
  }

  onState(s: PanelState): void {
    const v = s.softmax;
    this.fn.value = v.fn;
    this.temperature.setValue(v.temperature);
    this.temperature.el.classList.toggle('disabled', v.fn === 'sparsemax');
    setPressed(this.log, v.log);
    this.field.show(v.logits);
    this.charts.hidden = s.view === 'table';
    this.tableBox.hidden = s.view !== 'table';
    this.jacobian.el.hidden = s.view === 'table';
    this.scheduleRedraw();
  }

  private redraw(): void {
    measure('ap:softmax', () => {
      const s = this.store.get();
      const v = s.softmax;
      const t = v.fn === 'sparsemax' ? 1 : v.temperature;
      const d = distribution(v.fn, v.logits, t);
      const shown = v.log ? d.logp : d.p;
      const digits = this.digits();
      const h2 = entropy(d.p, d.logp);
      const margin = topTwoMargin(d.p);
      const fact = (term: string, value: string, data: number | undefined) =>
        [h('dt', { text: term }), h('dd', { 'data-value': data === undefined ? '' : String(data), text: value })];
      this.stats.replaceChildren(
        ...fact('entropy', `${formatNumber(h2, digits)} nats = ${formatNumber(h2 / Math.LN2, digits)} bits`, h2),
        ...fact('top-2 margin', margin === undefined ? '—' : formatNumber(margin, digits), margin),
        ...fact('argmax', String(d.argmax), d.argmax),
        ...fact('T', v.fn === 'sparsemax' ? 'n/a (sparsemax has no temperature)' : formatNumber(t, 3), t));
      const hot = oneHot(d.argmax, v.logits.length);
      this.onehot.replaceChildren(v.logits.length <= 32
        ? h('ol', { class: 'onehot-cells', start: 0, 'aria-label': `one-hot vector with 1 at index ${d.argmax}` },
          ...hot.map((b, i) => h('li', { class: b ? 'hot' : '', 'data-index': i, text: String(b) })))
        : h('code', { text: formatTensor(hot, 1, 16) }));
      if (s.view === 'table') {
        renderTable(this.tableBox, `${v.fn}${v.fn === 'sparsemax' ? '' : ` at T = ${formatNumber(t, 3)}`}`, v.logits.map((_, i) => i),
          [{ name: 'logit', values: v.logits }, { name: 'p', values: d.p }, { name: 'log p', values: d.logp }, { name: 'one-hot', values: hot }], digits, 'i');
        return;
      }
      this.logits?.update(v.logits, document.activeElement === this.logitsCanvas);
      this.probs?.update(shown, d.argmax, v.log);
      this.jacobian.update(v.fn, d.p, t);
    });
  }

  /** PNG of the output chart, titled with the function and temperature. */
  toPng(): string | undefined {
    const v = this.store.get().softmax;
    const what = `${v.log ? 'log ' : ''}${v.fn}${v.fn === 'sparsemax' ? '' : ` at T = ${formatNumber(v.temperature, 3)}`} of [${v.logits.slice(0, 8).map((x) => formatNumber(x, 4)).join(', ')}${v.logits.length > 8 ? ', …' : ''}]`;
    return this.probs?.toPng(what);
  }

  /** CSV of i, logit, p, log p. */
  columns(): { name: string; values: ArrayLike<number> }[] {
    const v = this.store.get().softmax;
    const d = distribution(v.fn, v.logits, v.fn === 'sparsemax' ? 1 : v.temperature);
    return [{ name: 'i', values: v.logits.map((_, i) => i) }, { name: 'logit', values: v.logits }, { name: 'p', values: d.p }, { name: 'log_p', values: d.logp }];
  }
}
