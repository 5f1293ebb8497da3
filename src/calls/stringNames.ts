// Activations named in strings, read with the library that will interpret them, and only where one does:
// Keras/tf.keras/torch `activation='relu'`, tfjs `{activation: 'relu'}`, transformers `ACT2FN["gelu_new"]`,
// `get_activation("quick_gelu")`, `hidden_act="gelu_new"`, timm `act_layer='gelu'`, `get_act_layer('swish')`,
// `create_act_layer('hard_mish')`. A string anywhere else stays silent.
import { presetForString, type Framework } from '../core/frameworks';
import { expandName, splitPath, type Callee } from './callees';
import type { Context } from './context';
import type { CallSite } from './locate';
import { stringValue } from './scan';

/** Keywords whose string is a transformers activation name wherever they appear (configs, `BertConfig(hidden_act=…)`). */
export const HF_KEYS = ['hidden_act', 'hidden_activation', 'activation_function'] as const;
/** Keywords whose string is a timm activation name. */
const TIMM_KEYS = ['act_layer', 'act_fn', 'gate_layer'];

/** Factories that take a name: the last part of the callee → whose names, when its module is that library's. */
const FACTORIES: Readonly<Record<string, { framework: Framework; module: RegExp }>> = {
  get_activation: { framework: 'hf', module: /^(transformers\.)?activations$/ },
  get_act_layer: { framework: 'timm', module: /^(timm\.layers(\.create_act)?|create_act|layers)$/ },
  get_act_fn: { framework: 'timm', module: /^(timm\.layers(\.create_act)?|create_act|layers)$/ },
  create_act_layer: { framework: 'timm', module: /^(timm\.layers(\.create_act)?|create_act|layers)$/ },
};

/** The dotted module a name was imported from (absolute imports, or the file's relative ones), or undefined. */
function moduleOf(ctx: Context, parts: readonly string[]): string | undefined {
  const head = parts[0];
  const rel = ctx.models.bindings().relative.get(head);
  const full = rel ? [rel, ...parts.slice(1)].join('.') : ctx.imports.aliases.has(head) ? expandName(parts, ctx.imports, ctx.syntax, 'torch') : undefined;
  if (!full) return undefined;
  const dot = full.lastIndexOf('.');
  return dot < 0 ? '' : full.slice(0, dot);
}

/** The string that is the first argument (or the subscript) in the bracket tokens `open`…`close`. */
function stringAt(ctx: Context, open: number, close: number): string | undefined {
  const s = ctx.scan;
  const i = open + 1;
  if (i >= close || s.kind(i) !== 'str') return undefined;
  return i + 1 === close || s.is(i + 1, ',') ? stringValue(s, i) : undefined;
}

export function stringCallee(framework: Framework, name: string, display: string): Callee | undefined {
  const p = presetForString(framework, name);
  return p && { preset: p, framework, library: framework, qualifiedName: display };
}

/** `ACT2FN["gelu_new"]` (transformers' table, imported from its activations module); `open`/`end`: the bracket tokens. */
export function calleeForSubscript(ctx: Context, parts: readonly string[], open: number, end: number): Callee | undefined {
  const last = parts[parts.length - 1];
  if (last !== 'ACT2FN' && last !== 'ACT2CLS') return undefined;
  const mod = moduleOf(ctx, parts);
  if (mod === undefined || !/(^|\.)activations$/.test(mod)) return undefined;
  const name = stringAt(ctx, open, end);
  return name === undefined ? undefined : stringCallee('hf', name, `transformers ${last}["${name}"]`);
}

/** `get_activation("quick_gelu")`, `get_act_layer('swish')`, `create_act_layer('hard_mish')`, `keras.activations.get('swish')`. */
export function calleeForFactory(ctx: Context, parts: readonly string[], open: number, end: number): Callee | undefined {
  const last = parts[parts.length - 1];
  const f = FACTORIES[last];
  const name = () => stringAt(ctx, open, end);
  if (f) {
    const mod = moduleOf(ctx, parts);
    if (mod === undefined || !f.module.test(mod.replace(/^\.+/, ''))) return undefined;
    const n = name();
    return n === undefined ? undefined : stringCallee(f.framework, n, `${f.framework === 'hf' ? 'transformers' : 'timm'} ${last}('${n}')`);
  }
  if (last !== 'get' || parts.length < 2) return undefined;
  const split = splitPath(expandName(parts, ctx.imports, ctx.syntax, 'torch'));
  if (!split || !/^(keras\.)?activations\.get$/.test(split.rel)) return undefined;
  const n = name();
  return n === undefined ? undefined : stringCallee(split.framework, n, `${split.framework === 'tf' ? 'tf.keras' : 'keras'}.activations.get('${n}')`);
}

/** The library of the innermost enclosing call, as far as a name in a string goes (`layers.Dense(…)` → keras). */
function enclosingFramework(ctx: Context, site: Pick<CallSite, 'parts'> | undefined): Framework | undefined {
  if (!site) return undefined;
  const split = splitPath(expandName(site.parts, ctx.imports, ctx.syntax, 'torch'));
  return split?.framework;
}

export interface StringUse {
  readonly value: string;
  /** The keyword or key before it (`activation=`, `activation:`), if any. */
  readonly key?: string;
  /** Set when the string is the subscript of `NAME[` or the first argument of `NAME(`: that name's parts. */
  readonly subscriptOf?: { parts: readonly string[]; open: number; end: number };
  readonly callOf?: { parts: readonly string[]; open: number; end: number };
  /** The innermost enclosing call's name (`layers.Dense`, `tf.layers.dense`). */
  readonly site?: Pick<CallSite, 'parts'>;
}

/** The library a string names an activation for at this use, with how to show it; undefined: not such a place. */
export function calleeForString(ctx: Context, use: StringUse): Callee | undefined {
  const v = use.value;
  if (use.subscriptOf) return calleeForSubscript(ctx, use.subscriptOf.parts, use.subscriptOf.open, use.subscriptOf.end);
  if (use.callOf) {
    const f = calleeForFactory(ctx, use.callOf.parts, use.callOf.open, use.callOf.end);
    if (f) return f;
  }
  if (use.key && (HF_KEYS as readonly string[]).includes(use.key)) return stringCallee('hf', v, `transformers ${use.key}="${v}"`);
  if (use.key && TIMM_KEYS.includes(use.key) && ctx.syntax === 'python') return stringCallee('timm', v, `timm ${use.key}='${v}'`);
  if (use.key !== 'activation' && use.key !== 'recurrent_activation') return undefined;
  const fw = enclosingFramework(ctx, use.site);
  if (fw === 'keras' || fw === 'tf') return stringCallee(fw, v, `${fw === 'tf' ? 'tf.keras' : 'keras'} activation='${v}'`);
  if (fw === 'tfjs') return stringCallee('tfjs', v, `tf.layers activation: '${v}'`);
  if (fw === 'torch') return stringCallee('torch', v, `torch activation="${v}"`);
  return undefined;
}
