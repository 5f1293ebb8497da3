// What a command's selection or quick-pick choice does to the panel's state. Pure; unit-tested.
import {
  DEFAULT_RANGE, LIMITS, lookup, rangeProblem,
  type Framework, type PanelState, type PlottedFunction, type Selection, type SoftmaxState, type VectorFunction,
} from '../../src/protocol';
import { presetParams } from '../shared/presets';

/** The softmax view's function and log toggle for a vector activation id. */
function vectorView(id: string, current: SoftmaxState): Pick<SoftmaxState, 'fn' | 'log'> {
  switch (id) {
    case 'log_softmax': return { fn: 'softmax', log: true };
    case 'softmin': return { fn: 'softmin', log: current.log };
    case 'sparsemax': return { fn: 'sparsemax', log: false };
    default: return { fn: 'softmax' as VectorFunction, log: id === 'softmax' ? false : current.log };
  }
}

/** A range of the same width centred on x when x is outside the current one. */
function rangeAround(x: number, current: PanelState['range']): PanelState['range'] {
  if (x >= current.min && x <= current.max) return current;
  const half = (current.max - current.min) / 2;
  const next = { min: x - half, max: x + half };
  if (rangeProblem(next.min, next.max) === undefined) return next;
  const d = { min: x + DEFAULT_RANGE.min, max: x + DEFAULT_RANGE.max };
  return rangeProblem(d.min, d.max) === undefined ? d : current;
}

export function applySelection(state: PanelState, sel: Selection): PanelState {
  const def = lookup(sel.id);
  if (!def) return state;
  const framework: Framework = sel.framework ?? state.framework;
  if (def.kind === 'elementwise') {
    const fn: PlottedFunction = { id: def.id, params: sel.params ? { ...sel.params } : presetParams(framework, def.id) };
    const point = sel.x !== undefined && Math.abs(sel.x) <= LIMITS.coordinate ? sel.x : undefined;
    const { point: _old, ...rest } = state;
    return {
      ...rest,
      tab: 'plot',
      framework,
      functions: [fn],
      shaded: 0,
      range: point !== undefined ? rangeAround(point, state.range) : state.range,
      ...(point !== undefined ? { point } : {}),
    };
  }
  const t = sel.params?.temperature;
  const logits = sel.xs && sel.xs.length > 0 ? [...sel.xs] : state.softmax.logits;
  return {
    ...state,
    tab: 'softmax',
    framework,
    softmax: {
      ...state.softmax,
      ...vectorView(def.id, state.softmax),
      logits,
      temperature: typeof t === 'number' && t >= LIMITS.temperature[0] && t <= LIMITS.temperature[1] ? t : state.softmax.temperature,
    },
  };
}

export function applyPick(state: PanelState, ids: readonly string[]): PanelState {
  const defs = ids.map((id) => lookup(id)).filter((d) => d !== undefined);
  const elementwise = defs.filter((d) => d.kind === 'elementwise').slice(0, LIMITS.functions);
  const vector = defs.find((d) => d.kind === 'vector');
  let next = state;
  if (vector) next = { ...next, tab: 'softmax', softmax: { ...next.softmax, ...vectorView(vector.id, next.softmax) } };
  if (elementwise.length > 0) {
    next = {
      ...next,
      tab: 'plot',
      shaded: 0,
      functions: elementwise.map((d) => {
        const kept = state.functions.find((f) => f.id === d.id);
        return kept ?? { id: d.id, params: presetParams(state.framework, d.id) };
      }),
    };
  }
  return next;
}

/** Every function's parameters reset to `framework`'s defaults. */
export function applyFramework(state: PanelState, framework: Framework): PanelState {
  return { ...state, framework, functions: state.functions.map((f) => ({ id: f.id, params: presetParams(framework, f.id) })) };
}
