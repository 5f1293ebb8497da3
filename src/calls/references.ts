// What is under the cursor when no call there names an activation: a library function or class passed as a
// value (`act_layer=nn.GELU`, `activation=nn.relu`, Flux `Dense(2 => 3, relu)`, `jax.grad(nn.relu)`,
// `functools.partial(F.gelu, approximate='tanh')`), a name in a string where a library reads one, or a
// function the file defines. One short lexing pass over the cursor's line.
import { activation } from '../core';
import { resolveCallee, type Callee } from './callees';
import { defaultParams, describeSite, groupEnd, type CallDescription, type Context, type Origin } from './describe';
import { describeLocalName } from './localDefs';
import { callSitesAt } from './locate';
import { PROBLEM } from './limits';
import { calleeForString, type StringUse } from './stringNames';
import { Lexer, type Token } from './tokenizer';

/** Characters before the cursor lexed for its context (the line, usually). */
const BACK = 2000;
const AHEAD = 256;
const NOT_APPLIED = 'named here, applied later: no input to evaluate';

/** A description of a named activation that is not applied here (no input, the library's defaults). */
export function namedDescription(ctx: Context, callee: Callee, range: { start: number; end: number }, origin: Origin): CallDescription {
  const p = callee.preset;
  const def = activation(p.id);
  return {
    activation: p.id, library: callee.library, framework: callee.framework, callee: ctx.text.slice(range.start, range.end),
    qualifiedName: callee.qualifiedName, params: defaultParams(p), input: undefined, dtype: undefined, value: undefined,
    derivative: undefined, range, calleeRange: range, problem: NOT_APPLIED, alternatives: [],
    notes: [origin.detail, ...(p.note ? [p.note] : [])], form: p.kind === 'module' ? 'module' : 'call',
    kind: def?.kind ?? 'elementwise', origin,
  };
}

function lineTokens(ctx: Context): Token[] {
  let from = ctx.offset;
  const floor = Math.max(0, ctx.offset - BACK);
  while (from > floor && ctx.text.charCodeAt(from - 1) !== 10) from--;
  const lex = new Lexer(ctx.text, from, Math.min(ctx.text.length, ctx.offset + AHEAD), ctx.syntax);
  const toks: Token[] = [];
  for (let t = lex.next(); t.type !== 'eof' && toks.length < 4096; t = lex.next()) {
    toks.push(t);
    if (t.start > ctx.offset && toks.length > 2 && t.type !== 'id' && !(t.type === 'op' && t.text === '.')) break;
  }
  return toks;
}

const isOp = (t: Token | undefined, s: string) => t?.type === 'op' && t.text === s;

/** The dotted name ending at token i: parts and first index. */
function nameBefore(toks: readonly Token[], i: number): { parts: string[]; first: number } | undefined {
  if (toks[i]?.type !== 'id' || !toks[i].text) return undefined;
  const parts = [toks[i].text as string];
  let j = i;
  while (j >= 2 && isOp(toks[j - 1], '.') && toks[j - 2].type === 'id') { parts.unshift(toks[j - 2].text as string); j -= 2; }
  return { parts, first: j };
}

function describeString(ctx: Context, toks: readonly Token[], i: number): CallDescription | undefined {
  const t = toks[i];
  if (t.text === undefined) return undefined;
  const prev = toks[i - 1];
  const use: { -readonly [K in keyof StringUse]: StringUse[K] } = { value: t.text };
  const group = (open: Token, k: number) => {
    const name = nameBefore(toks, k);
    const end = groupEnd(ctx, open.start);
    return name && end > 0 ? { parts: name.parts, open: open.start, end } : undefined;
  };
  if (isOp(prev, '[')) use.subscriptOf = group(prev, i - 2);
  else if (isOp(prev, '(')) use.callOf = group(prev, i - 2);
  else if ((isOp(prev, '=') || isOp(prev, ':')) && (toks[i - 2]?.type === 'id' || toks[i - 2]?.type === 'str')) use.key = toks[i - 2].text;
  if (!use.subscriptOf && !use.callOf && !use.key) return undefined;
  use.site = callSitesAt(ctx.text, ctx.offset, ctx.syntax, false).sites.find((s) => s.open < t.start);
  const callee = calleeForString(ctx, use);
  if (!callee) return undefined;
  return namedDescription(ctx, callee, { start: t.start, end: t.end }, { kind: 'string', detail: `${callee.qualifiedName}: the name in the string` });
}

/** `functools.partial(F.gelu, approximate='tanh')`: the function with partial's keywords bound. */
function describePartial(ctx: Context, toks: readonly Token[], first: number, callee: Callee, range: { start: number; end: number }): CallDescription | undefined {
  const open = toks[first - 1];
  const outer = nameBefore(toks, first - 2);
  if (!isOp(open, '(') || !outer || outer.parts[outer.parts.length - 1] !== 'partial' || callee.preset.kind !== 'function') return undefined;
  const d = describeSite({ ...ctx, offset: range.start }, { parts: [], calleeStart: range.start, calleeEnd: range.end, open: open.start, broadcast: false, after: false }, { given: callee });
  if (!d) return undefined;
  const origin: Origin = { kind: 'reference', detail: `${ctx.text.slice(range.start, range.end)} with partial's arguments bound, applied later` };
  const keep = d.problem && d.problem !== PROBLEM.literal && d.problem !== PROBLEM.missingInput ? d.problem : NOT_APPLIED;
  return { ...d, range, calleeRange: range, input: undefined, value: undefined, derivative: undefined, alternatives: [], problem: keep, origin, notes: [origin.detail, ...d.notes] };
}

function describeReference(ctx: Context, toks: readonly Token[], i: number): CallDescription | undefined {
  let last = i;
  if (isOp(toks[last], '.')) last++;
  while (isOp(toks[last + 1], '.') && toks[last + 2]?.type === 'id') last += 2;
  const name = nameBefore(toks, last);
  if (!name) return undefined;
  // a definition's own name (`def swish`, `class GELU(nn.Module)`: not a call)
  const before = toks[name.first - 1];
  if (before?.type === 'id' && (before.text === 'def' || before.text === 'class' || before.text === 'function')) {
    return describeLocalName(ctx, name.parts[0], { start: toks[name.first].start, end: toks[last].end });
  }
  if (isOp(toks[last + 1], '(') || (ctx.syntax === 'julia' && isOp(toks[last + 1], '.') && isOp(toks[last + 2], '('))) return undefined;
  // `x.relu` as an attribute of something else
  if (before && isOp(before, '.')) return undefined;
  if (isOp(toks[last + 1], '=') && !isOp(toks[name.first - 1], '(') && !isOp(toks[name.first - 1], ',')) return undefined;
  const callee = resolveCallee(name.parts, ctx.imports, ctx.syntax, ctx.requested);
  const range = { start: toks[name.first].start, end: toks[last].end };
  if (!callee || (callee.library === undefined && ctx.syntax !== 'julia')) return undefined;
  const partial = describePartial(ctx, toks, name.first, callee, range);
  if (partial) return partial;
  const as = callee.preset.kind === 'module' ? 'a class passed as a value, constructed later' : 'a function passed as a value, applied later';
  return namedDescription(ctx, callee, range, { kind: 'reference', detail: `${ctx.text.slice(range.start, range.end)}: ${as}` });
}

export function describeNameAt(ctx: Context): CallDescription | undefined {
  const toks = lineTokens(ctx);
  const i = toks.findIndex((t) => t.start <= ctx.offset && ctx.offset <= t.end && t.type !== 'op');
  if (i < 0) return undefined;
  const t = toks[i];
  if (t.type === 'str') return describeString(ctx, toks, i);
  if (t.type === 'id') return describeReference(ctx, toks, i);
  return undefined;
}
