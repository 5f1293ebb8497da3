// The protocol as tables: one validator per message type and direction, keyed by the type, so a message type
// without a validator (or a validator for a type that does not exist) is a compile error. Every field's type
// and bounds are checked, extra fields drop the message, and what comes out is a fresh object.
import { isFileName, isIntIn, isObj, isOneOf, isStr, type Obj } from './guards';
import {
  parseChoice, parseFormulaKeys, parseSelection, parseSettings, parseSvgs, isPngDataUrl, shape,
} from './fields';
import {
  LIMITS, PANEL_TABS, SNIPPET_FRAMEWORKS, THEME_KINDS,
  type PanelTab,
  type HostToPanel, type HostToPlayground, type PanelToHost, type PlaygroundToHost, type SettingsChanged, type ThemeChanged,
  type WebviewError,
} from './messages';
import { parsePanelState, parsePlaygroundState } from './state';

/** One validator per member of the union `M`, keyed by its `type`. */
export type ValidatorTable<M extends { type: string }> = { readonly [K in M['type']]: (msg: Obj) => Extract<M, { type: K }> | undefined };

/** One handler per member of the union `M`: a switch that cannot forget a case. */
export type Handlers<M extends { type: string }> = { readonly [K in M['type']]: (msg: Extract<M, { type: K }>) => void | Promise<void> };

/** Runs the handler for `msg.type`. */
export function dispatch<M extends { type: string }>(handlers: Handlers<M>, msg: M): void | Promise<void> {
  return (handlers[msg.type as M['type']] as (m: M) => void | Promise<void>)(msg);
}

/**
 * The validator for `raw.type` from `table`, or undefined. Anything that throws while being read (a Proxy, a
 * getter) is malformed too.
 */
export function parseWith<M extends { type: string }>(table: ValidatorTable<M>, raw: unknown): M | undefined {
  try {
    if (!isObj(raw) || typeof raw.type !== 'string' || !Object.hasOwn(table, raw.type)) return undefined;
    return (table[raw.type as M['type']] as (msg: Obj) => M | undefined)(raw);
  } catch {
    return undefined;
  }
}

/** True when `type` names a message of `table` (for the per-kind drop counters: never log a forged name). */
export function knownType(table: object, type: unknown): type is string {
  return typeof type === 'string' && Object.hasOwn(table, type);
}

const ready = (msg: Obj) => (shape(msg, ['type']) ? { type: 'ready' as const } : undefined);

const error = (msg: Obj): WebviewError | undefined => {
  const o = shape(msg, ['type', 'message']);
  return o && isStr(o.message, LIMITS.message) ? { type: 'error', message: o.message } : undefined;
};

const settings = (msg: Obj): SettingsChanged | undefined => {
  const o = shape(msg, ['type', 'settings']);
  const s = o && parseSettings(o.settings);
  return s ? { type: 'settings', settings: s } : undefined;
};

const theme = (msg: Obj): ThemeChanged | undefined => {
  const o = shape(msg, ['type', 'kind']);
  return o && isOneOf(o.kind, THEME_KINDS) ? { type: 'theme', kind: o.kind } : undefined;
};

const fileExport = <T extends 'exportPng' | 'exportCsv'>(type: T, field: 'dataUrl' | 'csv', ok: (v: unknown) => v is string, ext: string) =>
  (msg: Obj) => {
    const o = shape(msg, ['type', field, 'fileName']);
    const body = o?.[field];
    return o && ok(body) && isFileName(o.fileName, LIMITS.fileName) && o.fileName.endsWith(ext)
      ? ({ type, [field]: body, fileName: o.fileName } as unknown as Extract<PanelToHost, { type: T }>)
      : undefined;
  };

export const FROM_PANEL: ValidatorTable<PanelToHost> = {
  ready,
  error,
  exportPng: fileExport('exportPng', 'dataUrl', isPngDataUrl, '.png'),
  exportCsv: fileExport('exportCsv', 'csv', (v): v is string => isStr(v, LIMITS.csv), '.csv'),
  copyCode: (msg) => {
    const o = shape(msg, ['type', 'framework', 'code']);
    return o && isStr(o.code, LIMITS.code) && o.code.trim() !== '' && isOneOf(o.framework, SNIPPET_FRAMEWORKS)
      ? { type: 'copyCode', framework: o.framework, code: o.code } : undefined;
  },
  // The state is repaired rather than checked strictly, but it has to be an object to begin with.
  state: (msg) => {
    const o = shape(msg, ['type', 'state']);
    return o && isObj(o.state) ? { type: 'state', state: parsePanelState(o.state) } : undefined;
  },
  formulas: (msg) => {
    const o = shape(msg, ['type', 'ids']);
    const ids = o && parseFormulaKeys(o.ids);
    return ids && ids.length <= LIMITS.functions * 2 ? { type: 'formulas', ids } : undefined;
  },
};

export const FROM_PLAYGROUND: ValidatorTable<PlaygroundToHost> = {
  ready,
  error,
  openInPanel: (msg) => {
    const o = shape(msg, ['type', 'selection'], ['tab']);
    const selection = o && parseSelection(o.selection);
    if (!o || !selection || (o.tab !== undefined && o.tab !== 'depth')) return undefined;
    return { type: 'openInPanel', selection, ...(o.tab === 'depth' ? { tab: 'depth' as const } : {}) };
  },
  state: (msg) => {
    const o = shape(msg, ['type', 'state']);
    return o && isObj(o.state) ? { type: 'state', state: parsePlaygroundState(o.state) } : undefined;
  },
};

/** An optional tab name: absent, or one of the panel's tabs. */
const tabFits = (v: unknown): v is PanelTab | undefined => v === undefined || isOneOf(v, PANEL_TABS);

/** Host → panel (checked in the webview too: defence in depth, and it keeps both sides honest). */
export const TO_PANEL: ValidatorTable<HostToPanel> = {
  settings,
  theme,
  init: (msg) => {
    const o = shape(msg, ['type', 'settings'], ['state', 'selection', 'pick', 'tab']);
    const s = o && parseSettings(o.settings);
    const choice = o && parseChoice(o);
    if (!o || !s || !choice || !tabFits(o.tab)) return undefined;
    return {
      type: 'init', settings: s, ...(o.state !== undefined ? { state: parsePanelState(o.state, s.defaultFramework) } : {}), ...choice,
      ...(o.tab !== undefined ? { tab: o.tab } : {}),
    };
  },
  select: (msg) => {
    const o = shape(msg, ['type'], ['selection', 'pick', 'tab']);
    const choice = o && parseChoice(o);
    const tab = o?.tab;
    if (!o || !choice || !tabFits(tab) || !(choice.selection || choice.pick || tab)) return undefined;
    return { type: 'select', ...choice, ...(tab !== undefined ? { tab } : {}) };
  },
  exportResult: (msg) => {
    const o = shape(msg, ['type', 'kind', 'ok', 'message']);
    return o && isOneOf(o.kind, ['png', 'csv', 'code'] as const) && typeof o.ok === 'boolean' && isStr(o.message, LIMITS.message)
      ? { type: 'exportResult', kind: o.kind, ok: o.ok, message: o.message }
      : undefined;
  },
  formulas: (msg) => {
    const o = shape(msg, ['type', 'svgs']);
    const svgs = o && parseSvgs(o.svgs);
    return svgs ? { type: 'formulas', svgs } : undefined;
  },
};

const isSeq = (v: unknown): v is number => isIntIn(v, 0, Number.MAX_SAFE_INTEGER);

export const TO_PLAYGROUND: ValidatorTable<HostToPlayground> = {
  settings,
  theme,
  init: (msg) => {
    const o = shape(msg, ['type', 'settings', 'seq'], ['state', 'selection']);
    const s = o && parseSettings(o.settings);
    if (!o || !s || !isSeq(o.seq)) return undefined;
    const selection = o.selection === undefined ? undefined : parseSelection(o.selection);
    if (o.selection !== undefined && !selection) return undefined;
    return {
      type: 'init',
      settings: s,
      seq: o.seq,
      ...(o.state !== undefined ? { state: parsePlaygroundState(o.state, s.defaultFramework) } : {}),
      ...(selection ? { selection } : {}),
    };
  },
  select: (msg) => {
    const o = shape(msg, ['type', 'selection', 'seq']);
    const selection = o && parseSelection(o.selection);
    return o && selection && isSeq(o.seq) ? { type: 'select', selection, seq: o.seq } : undefined;
  },
};

export const parseFromPanel = (msg: unknown): PanelToHost | undefined => parseWith(FROM_PANEL, msg);
export const parseFromPlayground = (msg: unknown): PlaygroundToHost | undefined => parseWith(FROM_PLAYGROUND, msg);
export const parseToPanel = (msg: unknown): HostToPanel | undefined => parseWith(TO_PANEL, msg);
export const parseToPlayground = (msg: unknown): HostToPlayground | undefined => parseWith(TO_PLAYGROUND, msg);
