// The playground's numbers, with no DOM: every element-wise activation at x (framework preset honoured),
// filtered and sorted, and what a host selection does to the state. Unit-tested in plain Node.
import { activation, activations, argmax1d, logSoftmax1d, oneHot, softmax1d } from '../../src/core';
import type { ElementwiseActivation } from '../../src/core';
import {
  LIMITS, lookup, type ParamValues, type PlaygroundState, type PlaygroundVectorFunction, type Selection, type SortColumn,
} from '../../src/protocol';
import { presetParams } from '../shared/presets';

export interface Row {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly derivative: number;
  /** the parameters used (preset or the selection's) */
  readonly params: ParamValues;
}

/** Parameters a row uses: the selection's for the selected function when it has some, else the preset. */
export function rowParams(s: PlaygroundState, id: string): ParamValues {
  return id === s.selected && Object.keys(s.params).length > 0 ? s.params : presetParams(s.framework, id);
}

export function evaluateRow(def: ElementwiseActivation, s: PlaygroundState): Row {
  const params = rowParams(s, def.id);
  let value = NaN;
  let derivative = NaN;
  try {
    const k = def.bind(params);
    value = k.f(s.x);
    derivative = k.df(s.x);
  } catch {
    // a preset that does not fit (cannot happen with ours): the row shows NaN
  }
  return { id: def.id, name: def.name, value, derivative, params };
}

function matches(def: ElementwiseActivation, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  if (f === '') return true;
  return [def.id, def.name, ...def.aliases].some((n) => n.toLowerCase().includes(f));
}

/** NaN sorts last whichever the direction. */
function compare(a: Row, b: Row, column: SortColumn): number {
  if (column === 'name') return a.name.localeCompare(b.name);
  const x = a[column];
  const y = b[column];
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  return x - y;
}

export function tableRows(s: PlaygroundState): Row[] {
  const rows: Row[] = [];
  for (const def of activations()) if (def.kind === 'elementwise' && matches(def, s.filter)) rows.push(evaluateRow(def, s));
  const { column, descending } = s.sort;
  return rows.sort((a, b) => {
    const c = compare(a, b, column);
    const nanLast = column !== 'name' && (a[column] !== a[column] || b[column] !== b[column]);
    return descending && !nanLast ? -c : c;
  });
}

export interface VectorResult {
  readonly values: number[];
  readonly argmax: number;
}

export function vectorResult(fn: PlaygroundVectorFunction, logits: readonly number[]): VectorResult {
  const argmax = argmax1d(logits);
  if (fn === 'argmax') return { values: oneHot(argmax, logits.length), argmax };
  return { values: fn === 'softmax' ? softmax1d(logits, 1) : logSoftmax1d(logits, 1), argmax };
}

/**
 * What a host selection (openPlayground, seq-numbered) does to the state; an old seq changes nothing. The
 * filter is cleared when it would hide the chosen row.
 */
export function applyPlaygroundSelection(s: PlaygroundState, sel: Selection, seq: number): PlaygroundState {
  if (seq <= s.appliedSeq) return s;
  const def = lookup(sel.id);
  const next: PlaygroundState = { ...s, appliedSeq: seq, ...(sel.framework ? { framework: sel.framework } : {}) };
  if (!def) return next;
  if (def.kind === 'vector') {
    const fn: PlaygroundVectorFunction = def.id === 'log_softmax' ? 'log_softmax' : def.id === 'argmax' ? 'argmax' : 'softmax';
    return { ...next, vector: { fn, logits: sel.xs && sel.xs.length > 0 ? [...sel.xs] : s.vector.logits } };
  }
  const x = sel.x !== undefined && Math.abs(sel.x) <= LIMITS.playgroundX ? sel.x : s.x;
  const filter = matches(def, s.filter) ? s.filter : '';
  return { ...next, selected: def.id, params: sel.params ? { ...sel.params } : {}, x, filter };
}

/** The selected function's definition (falls back to gelu if the id is unknown). */
export function selectedDef(s: PlaygroundState): ElementwiseActivation {
  const def = activation(s.selected);
  if (def && def.kind === 'elementwise') return def;
  const gelu = activation('gelu');
  if (!gelu || gelu.kind !== 'elementwise') throw new Error('core has no gelu');
  return gelu;
}
