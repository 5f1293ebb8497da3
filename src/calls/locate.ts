// Finding the calls around an offset: lex a window before it, keep the stack of open brackets, and list
// the calls that contain the offset, innermost first (the callee under the cursor, then each enclosing
// `name(`, `Module(…)(`, Julia's `f.(`). No call is evaluated here.
import type { Syntax } from './language';
import { WINDOW_AHEAD, WINDOW_BACK } from './limits';
import { Lexer, type Token } from './tokenizer';

export interface CallSite {
  /** The dotted callee as written: its parts and extent. */
  readonly parts: readonly string[];
  readonly calleeStart: number;
  readonly calleeEnd: number;
  /** Offset of the first '(' after the callee. */
  readonly open: number;
  /** Julia `f.(x)`. */
  readonly broadcast: boolean;
  /** The cursor is just after the call's ')' rather than inside it. */
  readonly after: boolean;
}

const isOp = (t: Token | undefined, s: string) => t !== undefined && t.type === 'op' && t.text === s;

/** The dotted name ending at token index i (inclusive): its parts and first token index, or undefined. */
function nameEndingAt(toks: readonly Token[], i: number): { parts: string[]; first: number } | undefined {
  if (toks[i]?.type !== 'id' || !toks[i].text) return undefined;
  const parts = [toks[i].text as string];
  let j = i;
  while (j >= 2 && isOp(toks[j - 1], '.') && toks[j - 2].type === 'id' && toks[j - 2].text) {
    parts.unshift(toks[j - 2].text as string);
    j -= 2;
  }
  // `x.sigmoid(` after a call or index (`f(x).sigmoid(`) is a method of a value, not a module path
  if (j >= 1 && isOp(toks[j - 1], '.')) return undefined;
  return { parts, first: j };
}

/** A call whose '(' is token `open`: `name(`, `name.(` (Julia), or `Module(…)(` (the constructor's name). */
function siteAt(toks: readonly Token[], open: number, match: ReadonlyMap<number, number>, syntax: Syntax, after: boolean): CallSite | undefined {
  if (!isOp(toks[open], '(')) return undefined;
  let end = open - 1;
  let broadcast = false;
  let first = open;
  if (syntax === 'julia' && isOp(toks[end], '.') && toks[end].end === toks[open].start) {
    broadcast = true;
    end--;
  } else if (isOp(toks[end], ')')) {
    const m = match.get(end);
    if (m === undefined) return undefined;
    first = m;
    end = m - 1;
  }
  const name = nameEndingAt(toks, end);
  if (!name) return undefined;
  return {
    parts: name.parts, calleeStart: toks[name.first].start, calleeEnd: toks[end].end, open: toks[first].start, broadcast, after,
  };
}

/** Lexes [from, to) and finds the candidate calls for `offset`, innermost first. */
function scan(text: string, from: number, offset: number, syntax: Syntax): CallSite[] {
  const lex = new Lexer(text, from, Math.min(text.length, offset + WINDOW_AHEAD), syntax);
  const toks: Token[] = [];
  const stack: number[] = [];
  const match = new Map<number, number>();
  let under = -1;
  let justClosed = -1;
  let pastCursor = 0;
  for (let t = lex.next(); t.type !== 'eof'; t = lex.next()) {
    const i = toks.push(t) - 1;
    if (t.start >= offset) {
      if (under < 0 && t.start === offset) under = i;
      if (t.start === offset && (isOp(t, '(') || isOp(t, '['))) stack.push(i);
      // enough to finish a dotted callee under the cursor (`torch.nn.functional.gelu(`)
      if (++pastCursor > 48 || (t.type !== 'id' && !isOp(t, '.') && pastCursor > 1)) break;
      continue;
    }
    if (t.end > offset) under = i;
    if (t.type !== 'op') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') stack.push(i);
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      const want = t.text === ')' ? '(' : t.text === ']' ? '[' : '{';
      // pop to the matching opener; a stray closer with none open is ignored
      let k = stack.length - 1;
      while (k >= 0 && toks[stack[k]].text !== want && stack.length - k < 64) k--;
      if (k >= 0 && toks[stack[k]].text !== want) k = -1;
      if (k >= 0) {
        match.set(i, stack[k]);
        stack.length = k;
      }
      if (t.end === offset) justClosed = i;
    }
  }

  const sites: CallSite[] = [];
  // the callee under the cursor: `F.ge|lu(`, `tor|ch.tensor(`
  if (under >= 0 && (toks[under].type === 'id' || isOp(toks[under], '.'))) {
    let last = under;
    if (isOp(toks[last], '.')) last++;
    while (isOp(toks[last + 1], '.') && toks[last + 2]?.type === 'id') last += 2;
    const next = toks[last + 1];
    if (isOp(next, '(')) {
      const s = siteAt(toks, last + 1, match, syntax, false);
      if (s) sites.push(s);
    } else if (syntax === 'julia' && isOp(next, '.') && isOp(toks[last + 2], '(')) {
      const s = siteAt(toks, last + 2, match, syntax, false);
      if (s) sites.push(s);
    }
  }
  for (let k = stack.length - 1; k >= 0; k--) {
    const s = siteAt(toks, stack[k], match, syntax, false);
    if (s) sites.push(s);
  }
  // the cursor right after `)`: the call that just closed
  if (justClosed >= 0) {
    const open = match.get(justClosed);
    if (open !== undefined) {
      const s = siteAt(toks, open, match, syntax, true);
      if (s) sites.push(s);
    }
  }
  return sites;
}

/**
 * Candidate calls at `offset`, innermost first. A short window (the line and a few before it) is tried
 * first; `full` asks for the whole window when none of those was an activation. `complete` says the short
 * window already was the whole window.
 */
export function callSitesAt(text: string, offset: number, syntax: Syntax, full: boolean): { sites: CallSite[]; complete: boolean } {
  const far = Math.max(0, offset - WINDOW_BACK);
  let from = far;
  if (!full) {
    // four lines back, within the window (a bounded scan: lines may be megabytes long)
    let lines = 0;
    for (from = offset - 1; from > far; from--) {
      if (text.charCodeAt(from) === 10 && ++lines === 4) break;
    }
    from = Math.max(far, from);
  }
  const complete = from === far;
  // start at a line boundary when there is one close by
  if (from > 0 && text.charCodeAt(from - 1) !== 10) {
    for (let i = from; i < offset && i < from + 256; i++) {
      if (text.charCodeAt(i) === 10) { from = i + 1; break; }
    }
  }
  return { sites: scan(text, from, offset, syntax), complete };
}
