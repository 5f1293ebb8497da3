// Finding the calls around an offset from the document scan: the callee under the cursor, then each
// enclosing `name(`, `Module(…)(` and Julia `f.(` (innermost first, at most MAX_ENCLOSING), then the call
// that closes just before the cursor. Each step is a lookup in the scan's bracket structure: no text is read
// again, however long the line or however many brackets are open. No call is evaluated here.
import { MAX_ENCLOSING, MAX_NAME_PARTS, MAX_TOKEN_TEXT } from './limits';
import type { DocumentScan } from './scan';

export interface CallSite {
  /** The dotted callee as written: its parts and extent. */
  readonly parts: readonly string[];
  readonly calleeStart: number;
  readonly calleeEnd: number;
  /** Offset of the first '(' after the callee, and its token. */
  readonly open: number;
  readonly openToken: number;
  /** Julia `f.(x)`. */
  readonly broadcast: boolean;
  /** The cursor is just after the call's ')' rather than inside it. */
  readonly after: boolean;
}

/** The dotted name ending at token i (inclusive): its parts and first token, or undefined. */
function nameEndingAt(scan: DocumentScan, i: number): { parts: string[]; first: number } | undefined {
  const last = i >= 0 && scan.kind(i) === 'id' ? scan.textOf(i, MAX_TOKEN_TEXT) : undefined;
  if (!last) return undefined;
  const parts = [last];
  let j = i;
  while (j >= 2 && scan.is(j - 1, '.') && scan.kind(j - 2) === 'id') {
    const part = scan.textOf(j - 2, MAX_TOKEN_TEXT);
    if (!part || parts.length >= MAX_NAME_PARTS) return undefined;
    parts.unshift(part);
    j -= 2;
  }
  // `x.sigmoid(` after a call or index (`f(x).sigmoid(`) is a method of a value, not a module path
  if (j >= 1 && scan.is(j - 1, '.')) return undefined;
  return { parts, first: j };
}

/** A call whose '(' is token `open`: `name(`, `name.(` (Julia), or `Module(…)(` (the constructor's name). */
export function siteAt(scan: DocumentScan, open: number, after: boolean): CallSite | undefined {
  if (!scan.is(open, '(')) return undefined;
  let end = open - 1;
  let broadcast = false;
  let first = open;
  if (scan.syntax === 'julia' && scan.is(end, '.') && scan.end(end) === scan.start(open)) {
    broadcast = true;
    end--;
  } else if (scan.is(end, ')')) {
    const m = scan.partner(end);
    if (m < 0) return undefined;
    first = m;
    end = m - 1;
  }
  const name = nameEndingAt(scan, end);
  if (!name) return undefined;
  return {
    parts: name.parts, calleeStart: scan.start(name.first), calleeEnd: scan.end(end), open: scan.start(first), openToken: first, broadcast, after,
  };
}

/** The callee under the cursor (`F.ge|lu(`, `tor|ch.tensor(`): the site of the '(' after its dotted name. */
function calleeUnder(scan: DocumentScan, under: number): CallSite | undefined {
  if (under < 0 || !(scan.kind(under) === 'id' || scan.is(under, '.'))) return undefined;
  let last = scan.is(under, '.') ? under + 1 : under;
  for (let n = 0; n < MAX_NAME_PARTS && scan.is(last + 1, '.') && scan.kind(last + 2) === 'id'; n++) last += 2;
  if (scan.is(last + 1, '(')) return siteAt(scan, last + 1, false);
  if (scan.syntax === 'julia' && scan.is(last + 1, '.') && scan.is(last + 2, '(')) return siteAt(scan, last + 2, false);
  return undefined;
}

/** Candidate calls at `offset`, innermost first. */
export function callSitesAt(scan: DocumentScan, offset: number): CallSite[] {
  const sites: CallSite[] = [];
  const push = (s: CallSite | undefined) => { if (s) sites.push(s); };
  const before = scan.lastBefore(offset);
  const next = before + 1 < scan.count ? before + 1 : -1;
  const atOffset = next >= 0 && scan.start(next) === offset ? next : -1;
  const under = before >= 0 && scan.end(before) > offset ? before : atOffset;
  push(calleeUnder(scan, under));
  // the brackets open at the offset (an opener right at the cursor counts as entered)
  let open = atOffset >= 0 && (scan.is(atOffset, '(') || scan.is(atOffset, '[')) ? atOffset : before < 0 ? -1 : scan.isOpen(before) ? before : scan.up(before);
  for (let n = 0; open >= 0 && n < MAX_ENCLOSING; n++, open = scan.up(open)) push(siteAt(scan, open, false));
  // the cursor right after `)`: the call that just closed
  if (before >= 0 && scan.isClose(before) && scan.end(before) === offset && scan.partner(before) >= 0) push(siteAt(scan, scan.partner(before), true));
  return sites;
}
