// A labelled slider with a number box beside it: the slider for dragging, the box for exact values. Typed
// values are checked; a bad one shows a short message and the last good value stays.
import { h, liveMessage, nextId, parseNumber } from './dom';
import { displayNumber, editableNumber } from './numbers';

export interface SliderOptions {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
  /** a short explanation (title/tooltip) */
  readonly hint?: string;
  /** why a typed value cannot be used, or undefined when it can */
  readonly check?: (v: number) => string | undefined;
  /** slider position ↔ value, for non-linear sliders (the log-scale temperature) */
  readonly toValue?: (pos: number) => number;
  readonly toPosition?: (v: number) => number;
  readonly onInput: (v: number) => void;
}

export interface Slider {
  readonly el: HTMLElement;
  setValue(v: number): void;
  showMessage(text: string): void;
}

/** A step of 1, 2 or 5 × 10^k giving about 200 positions over the range. */
export function niceStep(min: number, max: number, integer = false): number {
  if (integer) return 1;
  const raw = (max - min) / 200;
  if (!(raw > 0) || !Number.isFinite(raw)) return 0.01;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

export function slider(o: SliderOptions): Slider {
  const id = nextId('slider');
  const toPos = o.toPosition ?? ((v: number) => v);
  const toVal = o.toValue ?? ((p: number) => p);
  const range = h('input', { type: 'range', id, min: o.min, max: o.max, step: o.step, 'aria-label': o.label, title: o.hint });
  const box = h('input', { type: 'text', inputmode: 'decimal', class: 'num', 'aria-label': `${o.label} value`, spellcheck: 'false', autocomplete: 'off' });
  const msg = liveMessage();
  let current = o.value;
  const show = (v: number) => {
    range.value = String(toPos(v));
    if (document.activeElement !== box) box.value = editableNumber(v);
    range.setAttribute('aria-valuetext', displayNumber(v, 6));
  };
  show(current);
  range.addEventListener('input', () => {
    const v = toVal(Number(range.value));
    current = v;
    box.value = editableNumber(v);
    range.setAttribute('aria-valuetext', displayNumber(v, 6));
    msg.clear();
    o.onInput(v);
  });
  const commit = () => {
    const v = parseNumber(box.value);
    const problem = Number.isNaN(v) ? 'not a number' : (o.check?.(v) ?? (Number.isFinite(v) ? undefined : 'too large'));
    if (problem) {
      msg.show(`${o.label}: ${problem}; kept ${editableNumber(current)}`);
      return;
    }
    msg.clear();
    current = v;
    range.value = String(toPos(v));
    o.onInput(v);
  };
  box.addEventListener('change', commit);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') show(current);
  });
  box.addEventListener('blur', () => show(current));
  const el = h('div', { class: 'slider', title: o.hint },
    h('label', { for: id, class: 'slider-label', text: o.label }),
    range, box, msg.el);
  return {
    el,
    setValue(v) {
      current = v;
      show(v);
    },
    showMessage: (text) => msg.show(text),
  };
}
