// A module or function called through the name it was bound to: `self.act(x)` after `self.act = nn.GELU()`,
// `act(x)` after `act = nn.ReLU()`, a Flax field `act: Callable = nn.gelu`, `self.act = act_layer()` with
// `act_layer=nn.GELU` in the signature, `self.act = ACT2FN["gelu_new"]`. The binding is followed (a few hops,
// same file) to a library name, and the call is read with that name's definition.
import type { Preset } from '../core/frameworks';
import type { Binding } from './bindings';
import { lookupBinding } from './bindingLookup';
import { resolveCallee, type Callee } from './callees';
import type { CallDescription, Context, Origin } from './context';
import { describeSite } from './site';
import { MAX_NAME_PARTS, MAX_TOKEN_TEXT } from './limits';
import type { CallSite } from './locate';
import { calleeForFactory, calleeForSubscript } from './stringNames';
import { describeLocal } from './localDefs';

/** Hops through bindings (`self.act = act` ← `act = act_layer()` ← `act_layer=nn.GELU`). */
const MAX_HOPS = 4;

export interface Target {
  readonly callee: Callee;
  /** The constructor call's '(' token when the binding constructs the module (`nn.GELU(approximate='tanh')`). */
  readonly ctorOpen?: number;
  readonly first: Binding;
  /** Set when a hop went through a parameter's default: the parameter's binding. */
  readonly param?: Binding;
}

interface Rhs {
  readonly parts: string[];
  /** '(' or '[' right after the name, as bracket tokens. */
  readonly group?: { readonly open: number; readonly close: number; readonly bracket: '(' | '[' };
  /** The group's result is called right away (`factory('name')()`). */
  readonly constructed?: boolean;
}

/** `a.b.c`, `a.b(…)`, `a[…]` spanning the whole binding; anything else (a conditional, arithmetic) is not read. */
function readRhs(ctx: Context, b: Binding): Rhs | undefined {
  const s = ctx.scan;
  const last = s.lastBefore(b.end);
  let i = s.firstFrom(b.start);
  const parts: string[] = [];
  while (i <= last && s.kind(i) === 'id') {
    const t = s.textOf(i, MAX_TOKEN_TEXT);
    if (!t || parts.length >= MAX_NAME_PARTS) return undefined;
    parts.push(t);
    i++;
    if (i <= last && s.is(i, '.')) i++;
    else break;
  }
  if (!parts.length) return undefined;
  if (i > last) return { parts };
  const bracket = s.is(i, '(') ? '(' : s.is(i, '[') ? '[' : undefined;
  if (!bracket) return undefined;
  const close = s.partner(i);
  if (close === last) return { parts, group: { open: i, close: last, bracket } };
  // `get_act_layer('sigmoid')()`: a factory's class, constructed at once
  if (bracket === '(' && close > i && s.is(close + 1, '(') && s.partner(close + 1) === last) return { parts, group: { open: i, close, bracket }, constructed: true };
  return undefined;
}

/** What the binding of `name` (seen at `at`) makes of it, following up to MAX_HOPS bindings. */
export function follow(ctx: Context, name: string, at: number, hops = 0): Target | undefined {
  if (hops > MAX_HOPS) return undefined;
  const found = lookupBinding(ctx.models.bindings(), name, at);
  if (!found) return undefined;
  const b = found.binding;
  const rhs = readRhs(ctx, b);
  if (!rhs) return undefined;
  const param = b.kind === 'param' ? b : undefined;
  const direct = resolveCallee(rhs.parts, ctx.imports, ctx.syntax, ctx.requested);
  if (!rhs.group) {
    if (direct && (direct.library !== undefined || ctx.syntax === 'julia')) return { callee: direct, first: b, param };
    const next = follow(ctx, rhs.parts.join('.'), b.start, hops + 1);
    return next && { ...next, first: b, param: param ?? next.param };
  }
  if (rhs.group.bracket === '[') {
    const callee = calleeForSubscript(ctx, rhs.parts, rhs.group.open, rhs.group.close);
    return callee && { callee, first: b, param };
  }
  const factory = calleeForFactory(ctx, rhs.parts, rhs.group.open, rhs.group.close);
  if (factory) return { callee: factory, first: b, param };
  if (rhs.constructed) return undefined;
  if (direct) return direct.preset.kind === 'module' ? { callee: direct, ctorOpen: rhs.group.open, first: b, param } : undefined;
  // `act_layer(…)`: the class the name holds, constructed here
  const next = follow(ctx, rhs.parts.join('.'), b.start, hops + 1);
  if (!next || next.ctorOpen !== undefined) return undefined;
  return next.callee.preset.kind === 'module' && !next.callee.preset.name.includes('ACT2CLS.') && !next.callee.preset.name.startsWith('act.')
    ? { callee: next.callee, ctorOpen: rhs.group.open, first: b, param: param ?? next.param }
    : { ...next, first: b, param: param ?? next.param };
}

/** A module applied with no constructor arguments of its own (`ACT2FN["gelu"]`, a class from a name): read as a function of x. */
export function asFunction(c: Callee): Callee {
  const p: Preset = { ...c.preset, kind: 'function', args: [], keywords: [] };
  return { ...c, preset: p };
}

function originOf(ctx: Context, t: Target, name: string): Origin {
  const bound = ctx.text.slice(t.first.start, Math.min(t.first.end, t.first.start + 80)).replace(/\s+/g, ' ');
  if (t.param) {
    const p = t.param;
    const pname = ctx.text.slice(p.start, p.end);
    const arg = paramName(ctx, p);
    return { kind: 'instance', detail: `${name} is set from the ${arg} argument: shown is its default, ${pname}`, line: p.line, isDefault: true, setFrom: arg };
  }
  return { kind: 'instance', detail: `${name} is bound on line ${t.first.line + 1}: ${bound}`, line: t.first.line };
}

/** `act_layer` in `act_layer=nn.GELU`: the word before the '=' of the parameter's default. */
function paramName(ctx: Context, p: Binding): string {
  const m = /([\p{L}_][\p{L}\p{N}_]*)\s*(?::[^=,()]*)?=\s*$/u.exec(ctx.text.slice(Math.max(0, p.start - 120), p.start));
  return m ? m[1] : 'an';
}

/** Puts the use site's extent and name on a description read at the binding. */
export function atUse(d: CallDescription, ctx: Context, site: CallSite, origin: Origin): CallDescription {
  const callee = site.parts.join('.');
  return { ...d, callee, calleeRange: { start: site.calleeStart, end: site.calleeEnd }, range: { start: site.calleeStart, end: d.range.end }, origin, notes: [origin.detail, ...d.notes] };
}

export function describeInstance(ctx: Context, site: CallSite): CallDescription | undefined {
  if (site.broadcast && ctx.syntax !== 'julia') return undefined;
  const name = site.parts.join('.');
  if (site.parts.length === 1 && ctx.models.bindings().defined.has(name)) return describeLocal(ctx, site);
  const t = follow(ctx, name, site.calleeStart);
  if (!t) return undefined;
  const s = ctx.scan;
  const close = s.partner(site.openToken);
  if (close < 0 || ctx.offset > s.end(close) || ctx.offset < site.calleeStart) return undefined;
  let d: CallDescription | undefined;
  if (t.ctorOpen !== undefined) {
    const at: Context = { ...ctx, offset: t.first.start };
    const ctor: CallSite = { parts: t.callee.qualifiedName.split('.'), calleeStart: t.first.start, calleeEnd: s.start(t.ctorOpen), open: s.start(t.ctorOpen), openToken: t.ctorOpen, broadcast: false, after: false };
    d = describeSite(at, ctor, { applied: { open: site.openToken, close }, given: t.callee });
  } else {
    d = describeSite(ctx, site, { given: t.callee.preset.kind === 'module' ? asFunction(t.callee) : t.callee });
  }
  if (!d) return undefined;
  const out = atUse(d, ctx, site, originOf(ctx, t, name));
  return { ...out, range: { start: site.calleeStart, end: s.end(close) } };
}
