// The vector box: logits typed as a list, softmax / log-softmax / argmax (one-hot) shown as live bars.
import { PLAYGROUND_VECTOR_FUNCTIONS, type PlaygroundState, type PlaygroundVectorFunction } from '../../src/protocol';
import { h, labelled, select } from '../shared/dom';
import { LogitsField } from '../shared/logitsField';
import { displayNumber } from '../shared/numbers';
import { vectorResult } from './model';

/** bars drawn; the rest are summarised */
const MAX_BARS = 64;

export class VectorBox {
  readonly el: HTMLElement;
  private readonly field: LogitsField;
  private readonly fn: HTMLSelectElement;
  private readonly bars = h('ol', { class: 'bars', start: 0, 'aria-label': 'Result per entry' });
  private readonly note = h('p', { class: 'hint' });

  constructor(cb: { setLogits(values: number[]): void; setFn(fn: PlaygroundVectorFunction): void; open(): void }) {
    this.fn = select(PLAYGROUND_VECTOR_FUNCTIONS.map((f) => ({ value: f, label: f === 'argmax' ? 'argmax (one-hot)' : f })), 'softmax', 'Vector function', (f) => cb.setFn(f));
    this.field = new LogitsField('Vector (logits), separated by commas or spaces', 'vector', (v) => cb.setLogits(v));
    const open = h('button', { type: 'button', text: 'Open in panel', title: 'Open this vector in the plot panel’s softmax view' });
    open.addEventListener('click', () => cb.open());
    this.el = h('section', { class: 'vector', 'aria-label': 'Vector functions' },
      h('h2', { text: 'Vector' }), this.field.el,
      h('div', { class: 'row' }, labelled('Function', this.fn), open),
      this.bars, this.note);
  }

  render(s: PlaygroundState, digits: number): void {
    const v = s.vector;
    this.fn.value = v.fn;
    this.field.show(v.logits);
    const r = vectorResult(v.fn, v.logits);
    const shown = r.values.slice(0, MAX_BARS);
    // bar length: p for softmax/one-hot; for log-softmax, exp(log p) so longer still means likelier
    const scale = (x: number) => (v.fn === 'log_softmax' ? Math.exp(x) : x);
    this.bars.replaceChildren(...shown.map((x, i) => {
      const bar = h('span', { class: 'bar' });
      bar.style.setProperty('--w', `${Math.max(0, Math.min(1, scale(x))) * 100}%`);
      return h('li', { class: i === r.argmax ? 'top' : '', 'data-value': String(x) },
        h('span', { class: 'idx', text: String(i) }), h('span', { class: 'track' }, bar), h('span', { class: 'val', text: displayNumber(x, digits) }));
    }));
    this.note.textContent = r.values.length > MAX_BARS
      ? `Showing the first ${MAX_BARS} of ${r.values.length} entries; argmax = ${r.argmax}.`
      : `argmax = ${r.argmax}`;
  }
}
