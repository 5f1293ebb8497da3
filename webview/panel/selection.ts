// What a command's selection or quick-pick choice does to the panel's state. Pure; unit-tested.
import {
  DEFAULT_RANGE, LIMITS, lookup, rangeProblem,
  type Framework, type PanelState, type ParamValues, type PlottedFunction, type Selection, type SoftmaxState, type VectorFunction,
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

/** The plotted function a selection asks for: its own parameters, else the framework's preset. */
function selectedFunction(sel: Selection, id: string, framework: Framework): PlottedFunction {
  return { id, params: sel.params ? { ...sel.params } : presetParams(framework, id) };
}

const sameFunction = (a: PlottedFunction, b: PlottedFunction) =>
  a.id === b.id && JSON.stringify(Object.entries(a.params).sort()) === JSON.stringify(Object.entries(b.params).sort());

/**
 * A hover's Plot link or "Open in panel": an element-wise function is ADDED to the comparison (kept if it is
 * already there; the oldest other one goes when the panel is full) and its point marked; a vector function
 * opens the softmax tab. The framework preset label follows the selection's framework.
 */
export function applyPanelSelection(state: PanelState, sel: Selection): PanelState {
  const def = lookup(sel.id);
  if (!def) return state;
  const framework: Framework = sel.framework ?? state.framework;
  if (def.kind === 'elementwise') {
    const fn = selectedFunction(sel, def.id, framework);
    const at = state.functions.findIndex((f) => sameFunction(f, fn));
    const kept = at >= 0 ? state.functions : [...state.functions, fn].slice(-LIMITS.functions);
    const point = sel.x !== undefined && Math.abs(sel.x) <= LIMITS.coordinate ? sel.x : undefined;
    const { point: _old, ...rest } = state;
    return {
      ...rest,
      tab: 'plot',
      framework,
      functions: kept,
      shaded: at >= 0 ? at : kept.length - 1,
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

/** The parameters with defaults filled in (empty when they do not resolve). */
function resolved(id: string, params: ParamValues): ParamValues {
  try {
    return lookup(id)?.resolve(params) ?? {};
  } catch {
    return {};
  }
}

/** A command's choice: the quick pick first (it replaces the functions), then the selection (it adds). */
export function applyChoice(state: PanelState, choice: { readonly selection?: Selection; readonly pick?: readonly string[] }): PanelState {
  let next = state;
  if (choice.pick) next = applyPick(next, choice.pick);
  if (choice.selection) next = applyPanelSelection(next, choice.selection);
  return next;
}

export interface FrameworkSwitch {
  readonly state: PanelState;
  /** `leaky_relu: negative_slope = 0.5`: tuned values kept over the new preset */
  readonly kept: readonly string[];
}

/**
 * Switches the preset: every parameter still at the old framework's default takes the new one's; a value the
 * user tuned is kept (and listed, so the panel can offer to reset it).
 */
export function applyFramework(state: PanelState, framework: Framework): FrameworkSwitch {
  const kept: string[] = [];
  const functions = state.functions.map((f) => {
    const before = resolved(f.id, presetParams(state.framework, f.id));
    const tuned = Object.entries(f.params).filter(([k, v]) => before[k] !== v);
    for (const [k, v] of tuned) kept.push(`${f.id}: ${k} = ${String(v)}`);
    return { id: f.id, params: { ...presetParams(framework, f.id), ...Object.fromEntries(tuned) } };
  });
  return { state: { ...state, framework, functions }, kept };
}

/** Every function's parameters at `framework`'s defaults (the "reset tuned values" choice). */
export function resetToPreset(state: PanelState): PanelState {
  return { ...state, functions: state.functions.map((f) => ({ id: f.id, params: presetParams(state.framework, f.id) })) };
}
