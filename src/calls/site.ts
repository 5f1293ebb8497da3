// One call site, described: resolve its callee, find where it closes (from the scan, no rescanning), read
// its argument lists, evaluate it, and assemble what the hover and the inline values show.
import { activation, type ResolvedParams } from '../core';
import { preset, type Preset } from '../core/frameworks';
import { defaultFor, expandName, resolveCallee, splitPath, type Callee } from './callees';
import type { CallDescription, Context } from './context';
import { evaluateCall, withDefaults, type CallParts, type Evaluation } from './evaluate';
import { ArgumentReader, type CallArgs } from './arguments';
import { MAX_ARGUMENT_CHARS, PROBLEM } from './limits';
import type { CallSite } from './locate';
import { num, opaque, type Val } from './values';
import { objectKeywords } from './jsObjects';

/** Characters of spaces allowed between a module's constructor call and its application `(x)`. */
const MAX_APPLY_GAP = 200;

interface Read { readonly args: CallArgs; readonly stop?: string }

const NO_ARGS = (): CallArgs => ({ positional: [], keywords: new Map(), starred: false });

/** The arguments between bracket tokens `open` and `close`. */
export function readArgs(ctx: Context, open: number, close: number): Read {
  const r = new ArgumentReader(ctx.scan, open + 1, close, ctx.env);
  const args = r.readArguments();
  return { args, stop: r.stop ? PROBLEM[r.stop] : undefined };
}

/** `(x)` right after a module's constructor call closing at token `close` (spaces only between): its brackets. */
function appliedGroup(ctx: Context, close: number): { open: number; close: number } | undefined {
  const s = ctx.scan;
  const open = close + 1;
  if (!s.is(open, '(') || s.partner(open) < 0) return undefined;
  const gap = ctx.text.slice(s.end(close), Math.min(s.start(open), s.end(close) + MAX_APPLY_GAP + 1));
  return /^[ \t]*$/.test(gap) && gap.length <= MAX_APPLY_GAP ? { open, close: s.partner(open) } : undefined;
}

/** Keras `layers.Activation('gelu')`: the named activation as a module. */
function activationLayer(site: CallSite, ctx: Context, args: CallArgs): Callee | undefined {
  if (site.parts[site.parts.length - 1] !== 'Activation') return undefined;
  const split = splitPath(expandName(site.parts, ctx.imports, ctx.syntax, defaultFor(ctx.syntax, ctx.requested) ?? 'torch'));
  if (!split || !/^(keras\.)?layers\.Activation$/.test(split.rel)) return undefined;
  const name = args.positional[0] ?? args.keywords.get('activation');
  if (name?.k !== 'str') return undefined;
  const prefix = split.framework === 'tf' ? 'keras.activations.' : 'activations.';
  const p = preset(split.framework, prefix + name.v);
  if (!p) return undefined;
  const root = split.framework === 'tf' ? 'tensorflow' : 'keras';
  return { preset: { ...p, kind: 'module', args: [], keywords: [] }, framework: split.framework, library: split.framework, qualifiedName: `${root}.${prefix}${name.v}` };
}

/** The library's defaults as our parameters (when the arguments could not be read). */
export function defaultParams(p: Preset): ResolvedParams {
  const def = activation(p.id);
  return def ? withDefaults(def, p.defaults) : {};
}

/** Where the call's argument lists are: the constructor's, and a module's application `(x)`. */
interface Extent { readonly close: number; readonly applied?: { open: number; close: number }; readonly end: number; readonly tooLong: boolean }

function extentOf(ctx: Context, site: CallSite, module: boolean, given?: { open: number; close: number }): Extent | undefined {
  const close = ctx.scan.partner(site.openToken);
  if (close < 0) return undefined; // never closed: not a call
  const tooLong = ctx.scan.end(close) - site.open > MAX_ARGUMENT_CHARS;
  const applied = module && !tooLong ? (given ?? appliedGroup(ctx, close)) : undefined;
  return { close, applied, end: ctx.scan.end(applied?.close ?? close), tooLong };
}

/** How a site is read when its name is not the library's (./models.ts). */
export interface SiteOverrides {
  /** The module's application found elsewhere, as bracket tokens (`self.act(x)` for `self.act = nn.GELU()`). */
  readonly applied?: { open: number; close: number };
  /** The callee (a binding's, a string's). */
  readonly given?: Callee;
  /** A tensor method's receiver: the input (`x.softmax(-1)`). */
  readonly receiver?: Val;
}

/** The description of an activation call at `site` that holds the cursor, or undefined. */
export function describeSite(ctx: Context, site: CallSite, over: SiteOverrides = {}): CallDescription | undefined {
  const direct = over.given ?? resolveCallee(site.parts, ctx.imports, ctx.syntax, ctx.requested);
  const isLayer = !direct && site.parts[site.parts.length - 1] === 'Activation';
  if (!direct && !isLayer) return over.given || over.applied ? undefined : ctx.models.site(ctx, site);
  const ext = extentOf(ctx, site, isLayer || direct?.preset.kind === 'module', over.applied);
  // the cursor must be on the call: its callee, its argument lists, or just after its end
  if (!ext || (!over.applied && (ctx.offset < site.calleeStart || ctx.offset > ext.end))) return undefined;

  let first: Read = ext.tooLong ? { args: NO_ARGS(), stop: PROBLEM.tooLong } : readArgs(ctx, site.openToken, ext.close);
  let callee = direct;
  if (isLayer) {
    callee = activationLayer(site, ctx, first.args);
    first = { args: NO_ARGS(), stop: first.stop };
  }
  if (!callee) return undefined;
  if (over.receiver) first.args.positional.unshift(over.receiver);
  // tfjs layers: one config object, its keys the keywords
  const object = ctx.syntax === 'js' && callee.preset.kind === 'module' && !ext.tooLong && first.args.positional.length === 1 ? objectKeywords(ctx, site.openToken, ext.close) : undefined;
  if (object) first = { args: { positional: [], keywords: object, starred: false }, stop: first.stop };
  const applied = ext.applied ? readArgs(ctx, ext.applied.open, ext.applied.close) : undefined;
  const label = site.parts.join('.');
  const parts: CallParts = { args: first.args, applied: applied?.args, broadcast: site.broadcast, label };
  const stop = first.stop ?? applied?.stop;
  const ev = stop ? undefined : evaluateCall(callee.preset, callee.framework, parts);
  return assemble(ctx, site, callee, ev, stop, { start: site.calleeStart, end: ext.end });
}

function assemble(ctx: Context, site: CallSite, callee: Callee, ev: Evaluation | undefined, stop: string | undefined, range: CallDescription['range']): CallDescription {
  const p = callee.preset;
  const id = ev?.id ?? p.id;
  const kind = activation(id)?.kind ?? 'elementwise';
  const label = site.parts.join('.');
  const notes = [...(ev?.notes ?? [])];
  if (ctx.syntax === 'julia' && !site.broadcast && kind === 'elementwise' && Array.isArray(ev?.input)) {
    notes.push(`Julia applies ${label} to an array by broadcasting: ${label}.(x)`);
  }
  return {
    activation: id,
    library: callee.library,
    framework: callee.framework,
    callee: label,
    qualifiedName: callee.qualifiedName,
    params: ev?.params ?? defaultParams(p),
    input: ev?.input,
    dtype: ev?.dtype,
    value: ev?.value,
    derivative: ev?.derivative,
    range,
    calleeRange: { start: site.calleeStart, end: site.calleeEnd },
    problem: stop ?? ev?.problem,
    alternatives: ev?.alternatives ?? [],
    notes,
    form: site.broadcast ? 'broadcast' : p.kind === 'module' ? 'module' : 'call',
    kind,
  };
}

/** An activation call nested in another's arguments, evaluated to a value (or opaque). */
export function nestedCall(c: Context, parts: readonly string[], args: CallArgs, broadcast: boolean): Val | undefined {
  const callee = resolveCallee(parts, c.imports, c.syntax, c.requested);
  if (!callee || callee.preset.kind !== 'function') return undefined;
  const ev = evaluateCall(callee.preset, callee.framework, { args, broadcast });
  if (ev.value === undefined) return opaque(ev.problem === PROBLEM.literal ? undefined : ev.problem);
  return typeof ev.value === 'number' ? num(ev.value) : { k: 'tensor', t: ev.value };
}
