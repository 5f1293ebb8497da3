// Restored webview state, checked and repaired field by field: a state from an older version or with one bad
// field keeps everything else. (Messages, by contrast, are dropped whole when anything is off.)
import { DTYPES } from '../core';
import { finiteArray, isFiniteIn, isIntIn, isObj, isOneOf, isStr, type Obj } from './guards';
import {
  FRAMEWORKS, LIMITS, PANEL_TABS, PLAYGROUND_VECTOR_FUNCTIONS, PROTOCOL_VERSION, SORT_COLUMNS, VECTOR_FUNCTIONS,
  type Framework, type PanelState, type PlaygroundState, type PlottedFunction, type Range, type SoftmaxState,
} from './messages';
import { defaultDepthState, parseDepthState } from './depth';
import { lookupElementwise, repairParams } from './params';

export const DEFAULT_RANGE: Range = { min: -6, max: 6 };
export const DEFAULT_LOGITS: readonly number[] = [2, 1, 0.1, -1];

/** Why [min, max] cannot be plotted, in a few words; undefined when it can. */
export function rangeProblem(min: number, max: number): string | undefined {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return 'enter two numbers';
  const c = LIMITS.coordinate;
  if (Math.abs(min) > c || Math.abs(max) > c) return `keep the range within ±${c.toExponential(0).replace('+', '')}`;
  if (!(min < max)) return 'min must be less than max';
  if (max - min < 1e-9 * Math.max(1, Math.abs(min), Math.abs(max))) return 'the range is too narrow';
  return undefined;
}

export function defaultPanelState(framework: Framework = 'torch'): PanelState {
  return {
    version: PROTOCOL_VERSION,
    tab: 'plot',
    functions: [{ id: 'gelu', params: {} }],
    showDerivative: true,
    range: DEFAULT_RANGE,
    transform: { m: 1, b: 0 },
    dtype: 'float64',
    framework,
    shaded: 0,
    view: 'chart',
    softmax: { fn: 'softmax', logits: DEFAULT_LOGITS, temperature: 1, log: false },
    depth: defaultDepthState(),
  };
}

function parseFunctions(v: unknown): PlottedFunction[] | undefined {
  if (!Array.isArray(v) || v.length > 64) return undefined;
  const out: PlottedFunction[] = [];
  for (const item of v as unknown[]) {
    if (!isObj(item)) continue;
    const def = lookupElementwise(item.id);
    if (def && out.length < LIMITS.functions) out.push({ id: def.id, params: repairParams(def, item.params) });
  }
  return out;
}

function parseRange(v: unknown): Range | undefined {
  if (!isObj(v)) return undefined;
  const { min, max } = v;
  return typeof min === 'number' && typeof max === 'number' && rangeProblem(min, max) === undefined ? { min, max } : undefined;
}

function parseSoftmax(v: unknown, d: SoftmaxState): SoftmaxState {
  if (!isObj(v)) return d;
  const logits = finiteArray(v.logits, LIMITS.logits, LIMITS.logit);
  const [tMin, tMax] = LIMITS.temperature;
  return {
    fn: isOneOf(v.fn, VECTOR_FUNCTIONS) ? v.fn : d.fn,
    logits: logits && logits.length > 0 ? logits : d.logits,
    temperature: isFiniteIn(v.temperature, tMin, tMax) ? v.temperature : d.temperature,
    log: typeof v.log === 'boolean' ? v.log : d.log,
  };
}

const bool = (o: Obj, k: string, d: boolean) => (typeof o[k] === 'boolean' ? (o[k] as boolean) : d);

/** A usable panel state from whatever was stored (version 0 had the same fields, unversioned). */
export function parsePanelState(v: unknown, framework: Framework = 'torch'): PanelState {
  const d = defaultPanelState(framework);
  if (!isObj(v)) return d;
  if (v.version !== undefined && v.version !== PROTOCOL_VERSION && v.version !== 0) return d;
  const functions = parseFunctions(v.functions) ?? d.functions;
  const t = isObj(v.transform) ? v.transform : {};
  const point = isFiniteIn(v.point, -LIMITS.coordinate, LIMITS.coordinate) ? v.point : undefined;
  return {
    version: PROTOCOL_VERSION,
    tab: isOneOf(v.tab, PANEL_TABS) ? v.tab : d.tab,
    functions,
    showDerivative: bool(v, 'showDerivative', d.showDerivative),
    range: parseRange(v.range) ?? d.range,
    transform: {
      m: isFiniteIn(t.m, LIMITS.scale[0], LIMITS.scale[1]) ? t.m : 1,
      // Saved before the seed's notation was adopted, the shift was called c.
      b: isFiniteIn(t.b, LIMITS.shift[0], LIMITS.shift[1]) ? t.b : isFiniteIn(t.c, LIMITS.shift[0], LIMITS.shift[1]) ? t.c : 0,
    },
    dtype: isOneOf(v.dtype, DTYPES) ? v.dtype : d.dtype,
    framework: isOneOf(v.framework, FRAMEWORKS) ? v.framework : d.framework,
    ...(point !== undefined ? { point } : {}),
    shaded: isIntIn(v.shaded, 0, Math.max(0, functions.length - 1)) ? v.shaded : 0,
    view: isOneOf(v.view, ['chart', 'table'] as const) ? v.view : d.view,
    softmax: parseSoftmax(v.softmax, d.softmax),
    depth: parseDepthState(v.depth),
  };
}

export function defaultPlaygroundState(framework: Framework = 'torch'): PlaygroundState {
  return {
    version: PROTOCOL_VERSION,
    x: 0.5,
    selected: 'gelu',
    params: {},
    filter: '',
    sort: { column: 'name', descending: false },
    framework,
    vector: { fn: 'softmax', logits: DEFAULT_LOGITS },
    appliedSeq: 0,
  };
}

export function parsePlaygroundState(v: unknown, framework: Framework = 'torch'): PlaygroundState {
  const d = defaultPlaygroundState(framework);
  if (!isObj(v)) return d;
  if (v.version !== undefined && v.version !== PROTOCOL_VERSION && v.version !== 0) return d;
  const def = lookupElementwise(v.selected);
  const sort = isObj(v.sort) ? v.sort : {};
  const vector = isObj(v.vector) ? v.vector : {};
  const logits = finiteArray(vector.logits, LIMITS.logits, LIMITS.logit);
  return {
    version: PROTOCOL_VERSION,
    x: isFiniteIn(v.x, -LIMITS.playgroundX, LIMITS.playgroundX) ? v.x : d.x,
    selected: def ? def.id : d.selected,
    params: def ? repairParams(def, v.params) : {},
    filter: isStr(v.filter, LIMITS.filter) ? v.filter : '',
    sort: {
      column: isOneOf(sort.column, SORT_COLUMNS) ? sort.column : d.sort.column,
      descending: typeof sort.descending === 'boolean' ? sort.descending : false,
    },
    framework: isOneOf(v.framework, FRAMEWORKS) ? v.framework : d.framework,
    vector: {
      fn: isOneOf(vector.fn, PLAYGROUND_VECTOR_FUNCTIONS) ? vector.fn : d.vector.fn,
      logits: logits && logits.length > 0 ? logits : d.vector.logits,
    },
    appliedSeq: isIntIn(v.appliedSeq, 0, Number.MAX_SAFE_INTEGER) ? v.appliedSeq : 0,
  };
}

/** The top-level fields of `raw` that the repair had to change or fill in (`point` is optional). */
function damagedFields(raw: unknown, repaired: object): string[] {
  if (!isObj(raw)) return ['everything'];
  const out: string[] = [];
  for (const [k, v] of Object.entries(repaired)) {
    if (k === 'version' && (raw.version === undefined || raw.version === 0)) continue;
    if (JSON.stringify(raw[k]) !== JSON.stringify(v)) out.push(k);
  }
  if (raw.point !== undefined && !('point' in repaired)) out.push('point');
  return out;
}

export interface Checked<S> {
  readonly state: S;
  /** fields that were missing or bad and got defaults (empty: the state was intact) */
  readonly damaged: readonly string[];
}

export function checkPanelState(v: unknown, framework: Framework = 'torch'): Checked<PanelState> {
  const state = parsePanelState(v, framework);
  return { state, damaged: damagedFields(v, state) };
}

export function checkPlaygroundState(v: unknown, framework: Framework = 'torch'): Checked<PlaygroundState> {
  const state = parsePlaygroundState(v, framework);
  return { state, damaged: damagedFields(v, state) };
}
