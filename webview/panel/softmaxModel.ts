// The softmax view's numbers, with no DOM: the temperature slider's log scale, logits parsing with limits,
// the distribution, its entropy and top-2 margin. Unit-tested in plain Node.
import { activation, argmax1d, logSoftmax1d, softmax1d } from '../../src/core';
import { LIMITS, type VectorFunction } from '../../src/protocol';

export const [T_MIN, T_MAX] = LIMITS.temperature;
/**
 * Slider positions 0…T_STEPS on a log scale: one arrow key is a factor (T_MAX/T_MIN)^(1/T_STEPS) ≈ 1.051,
 * about 5%; T = 1 sits exactly at the middle.
 */
export const T_STEPS = 120;

/** Slider position → temperature on a log scale, to 3 significant digits. */
export function sliderToTemperature(pos: number): number {
  const p = Math.min(T_STEPS, Math.max(0, Number.isFinite(pos) ? pos : T_STEPS / 2));
  const t = T_MIN * (T_MAX / T_MIN) ** (p / T_STEPS);
  return Math.min(T_MAX, Math.max(T_MIN, Number(t.toPrecision(3))));
}

/** Temperature → nearest slider position. */
export function temperatureToSlider(t: number): number {
  if (!Number.isFinite(t) || t <= 0) return T_STEPS / 2;
  const p = (T_STEPS * Math.log(t / T_MIN)) / Math.log(T_MAX / T_MIN);
  return Math.min(T_STEPS, Math.max(0, Math.round(p)));
}

export { formatLogits, parseLogits, type Parsed } from '../shared/logits';

/** What a key does on the focused logit bars: Left/Right/Home/End choose a bar, Up/Down change it. */
export interface BarKey {
  readonly selected: number;
  /** the chosen bar's new value; undefined when the key only moved the choice */
  readonly value?: number;
}

export function barKey(values: readonly number[], selected: number, key: string, shift: boolean, bound: number): BarKey | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const i = Math.min(Math.max(0, selected), n - 1);
  const step = shift ? 1 : 0.1;
  const edit = (d: number) => ({ selected: i, value: Math.max(-bound, Math.min(bound, Math.round((values[i] + d) * 1000) / 1000)) });
  switch (key) {
    case 'ArrowLeft': return { selected: Math.max(0, i - 1) };
    case 'ArrowRight': return { selected: Math.min(n - 1, i + 1) };
    case 'Home': return { selected: 0 };
    case 'End': return { selected: n - 1 };
    case 'ArrowUp': return edit(step);
    case 'ArrowDown': return edit(-step);
    default: return undefined;
  }
}

export interface Distribution {
  readonly p: number[];
  readonly logp: number[];
  readonly argmax: number;
}

/** Probabilities and log-probabilities of `fn` at temperature t (sparsemax has no temperature). */
export function distribution(fn: VectorFunction, logits: readonly number[], t: number): Distribution {
  let p: number[];
  let logp: number[];
  if (fn === 'softmax') {
    p = softmax1d(logits, t);
    logp = logSoftmax1d(logits, t);
  } else if (fn === 'softmin') {
    const neg = logits.map((x) => -x);
    p = softmax1d(neg, t);
    logp = logSoftmax1d(neg, t);
  } else {
    const def = activation('sparsemax');
    p = def && def.kind === 'vector' ? (def.value([...logits]) as number[]) : [];
    logp = p.map((v) => Math.log(v));
  }
  return { p, logp, argmax: argmax1d(p) };
}
