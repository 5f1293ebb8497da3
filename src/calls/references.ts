// What is under the cursor when no call there names an activation: a library function or class passed as a
// value (`act_layer=nn.GELU`, `activation=nn.relu`, Flux `Dense(2 => 3, relu)`, `jax.grad(nn.relu)`,
// `functools.partial(F.gelu, approximate='tanh')`), a name in a string where a library reads one, or a
// function the file defines. A few lookups in the document scan around the cursor's token.
import { activation } from '../core';
import { resolveCallee, type Callee } from './callees';
import type { CallDescription, Context, Origin } from './context';
import { describeLocalName } from './localDefs';
import { describeMethodOfCall } from './methods';
import { MAX_NAME_PARTS, MAX_TOKEN_TEXT, PROBLEM } from './limits';
import { stringValue } from './scan';
import { defaultParams, describeSite } from './site';
import { calleeForString, type StringUse } from './stringNames';

const NOT_APPLIED = 'named here, applied later: no input to evaluate';
/** Enclosing brackets walked out for a string's call (`dense({… activation: 'relu'})`: the object, then the call). */
const MAX_UP = 3;

/** A description of a named activation that is not applied here (no input, the library's defaults). */
export function namedDescription(ctx: Context, callee: Callee, range: { start: number; end: number }, origin: Origin): CallDescription {
  const p = callee.preset;
  const def = activation(p.id);
  return {
    activation: p.id, library: callee.library, framework: callee.framework, callee: ctx.text.slice(range.start, Math.min(range.end, range.start + 200)),
    qualifiedName: callee.qualifiedName, params: defaultParams(p), input: undefined, dtype: undefined, value: undefined,
    derivative: undefined, range, calleeRange: range, problem: NOT_APPLIED, alternatives: [],
    notes: [origin.detail, ...(p.note ? [p.note] : [])], form: p.kind === 'module' ? 'module' : 'call',
    kind: def?.kind ?? 'elementwise', origin,
  };
}

/** The dotted name ending at token i: its parts and first token. */
function nameEndingAt(ctx: Context, i: number): { parts: string[]; first: number } | undefined {
  const s = ctx.scan;
  const last = i >= 0 && s.kind(i) === 'id' ? s.textOf(i, MAX_TOKEN_TEXT) : undefined;
  if (!last) return undefined;
  const parts = [last];
  let j = i;
  while (j >= 2 && s.is(j - 1, '.') && s.kind(j - 2) === 'id' && parts.length < MAX_NAME_PARTS) {
    parts.unshift(s.textOf(j - 2, MAX_TOKEN_TEXT) ?? '');
    j -= 2;
  }
  return parts.includes('') ? undefined : { parts, first: j };
}

/** The innermost call around token i whose name is known: `layers.Dense(` for a keyword inside it. */
function enclosingCall(ctx: Context, i: number): { parts: string[] } | undefined {
  let b = ctx.scan.up(i);
  for (let n = 0; b >= 0 && n < MAX_UP; n++, b = ctx.scan.up(b)) {
    if (ctx.scan.is(b, '(')) return nameEndingAt(ctx, b - 1);
  }
  return undefined;
}

function describeString(ctx: Context, i: number): CallDescription | undefined {
  const s = ctx.scan;
  const value = stringValue(s, i);
  if (value === undefined) return undefined;
  const use: { -readonly [K in keyof StringUse]: StringUse[K] } = { value };
  const group = (open: number) => {
    const name = nameEndingAt(ctx, open - 1);
    return name && s.partner(open) > open ? { parts: name.parts, open, end: s.partner(open) } : undefined;
  };
  if (s.is(i - 1, '[')) use.subscriptOf = group(i - 1);
  else if (s.is(i - 1, '(')) use.callOf = group(i - 1);
  else if ((s.is(i - 1, '=') || s.is(i - 1, ':')) && (s.kind(i - 2) === 'id' || s.kind(i - 2) === 'str')) {
    use.key = s.kind(i - 2) === 'str' ? stringValue(s, i - 2) : s.textOf(i - 2, MAX_TOKEN_TEXT);
  }
  if (!use.subscriptOf && !use.callOf && !use.key) return undefined;
  use.site = enclosingCall(ctx, i);
  const callee = calleeForString(ctx, use);
  if (!callee) return undefined;
  return namedDescription(ctx, callee, { start: s.start(i), end: s.end(i) }, { kind: 'string', detail: `${callee.qualifiedName}: the name in the string` });
}

/** `functools.partial(F.gelu, approximate='tanh')`: the function with partial's keywords bound. */
function describePartial(ctx: Context, first: number, callee: Callee, range: { start: number; end: number }): CallDescription | undefined {
  const s = ctx.scan;
  const open = first - 1;
  const outer = s.is(open, '(') ? nameEndingAt(ctx, open - 1) : undefined;
  if (!outer || outer.parts[outer.parts.length - 1] !== 'partial' || callee.preset.kind !== 'function') return undefined;
  const site = { parts: outer.parts, calleeStart: range.start, calleeEnd: range.end, open: s.start(open), openToken: open, broadcast: false, after: false };
  const d = describeSite({ ...ctx, offset: range.start }, site, { given: callee });
  if (!d) return undefined;
  const origin: Origin = { kind: 'reference', detail: `${ctx.text.slice(range.start, range.end)} with partial's arguments bound, applied later` };
  const keep = d.problem && d.problem !== PROBLEM.literal && d.problem !== PROBLEM.missingInput ? d.problem : NOT_APPLIED;
  return {
    ...d, callee: ctx.text.slice(range.start, range.end), range, calleeRange: range, input: undefined, value: undefined, derivative: undefined,
    alternatives: [], problem: keep, origin, notes: [origin.detail, ...d.notes],
  };
}

function describeReference(ctx: Context, i: number): CallDescription | undefined {
  const s = ctx.scan;
  let last = i;
  if (s.is(last, '.')) last++;
  while (s.is(last + 1, '.') && s.kind(last + 2) === 'id') last += 2;
  const name = nameEndingAt(ctx, last);
  if (!name) return undefined;
  const range = { start: s.start(name.first), end: s.end(last) };
  // a definition's own name (`def swish`, `class GELU(nn.Module)`: not a call)
  const before = name.first - 1;
  const keyword = before >= 0 && s.kind(before) === 'id' ? s.textOf(before, 16) : undefined;
  if (keyword === 'def' || keyword === 'class' || keyword === 'function') return describeLocalName(ctx, name.parts[0], range);
  if (s.is(last + 1, '(') || (ctx.syntax === 'julia' && s.is(last + 1, '.') && s.is(last + 2, '('))) {
    return before >= 0 && s.is(before, '.') ? describeMethodOfCall(ctx, name.first) : undefined;
  }
  // `x.relu` as an attribute of something else (a method of a call's result: `torch.tensor([…]).softmax(0)`)
  if (before >= 0 && s.is(before, '.')) return describeMethodOfCall(ctx, name.first);
  // a name being bound (`relu = …`) outside an argument list
  if (s.is(last + 1, '=') && !(before >= 0 && (s.is(before, '(') || s.is(before, ',')))) return undefined;
  const callee = resolveCallee(name.parts, ctx.imports, ctx.syntax, ctx.requested);
  if (!callee || (callee.library === undefined && ctx.syntax !== 'julia')) return undefined;
  const partial = describePartial(ctx, name.first, callee, range);
  if (partial) return partial;
  const as = callee.preset.kind === 'module' ? 'a class passed as a value, constructed later' : 'a function passed as a value, applied later';
  return namedDescription(ctx, callee, range, { kind: 'reference', detail: `${ctx.text.slice(range.start, range.end)}: ${as}` });
}

export function describeNameAt(ctx: Context): CallDescription | undefined {
  const s = ctx.scan;
  let i = s.tokenAt(ctx.offset);
  if (i < 0 || s.kind(i) === 'op') i = ctx.offset > 0 ? s.tokenAt(ctx.offset - 1) : -1;
  if (i < 0) return undefined;
  const kind = s.kind(i);
  if (kind === 'str') return describeString(ctx, i);
  if (kind === 'id') return describeReference(ctx, i);
  return undefined;
}
