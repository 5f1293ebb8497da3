// Every activation call in a range (the inline values): one walk over the document scan's tokens between
// two offsets, each call site described as a hover would, within a budget of sites. The host asks range by
// range (resuming at `next`), so it can check its cancellation between chunks and never blocks for long.
import { atOffset, makeContext, type CallDescription, type DescribeOptions } from './context';
import { syntaxOf } from './language';
import { siteAt } from './locate';
import { describeSite } from './site';

export interface CallsInRange {
  /** The calls whose callee starts in [from, next), in document order. */
  readonly calls: CallDescription[];
  /** Where reading stopped: the range's end when done; less when `maxSites` ran out (ask again from here). */
  readonly next: number;
}

/** Call sites (`name(`) examined per request by default: each is bounded like one hover. */
export const DEFAULT_MAX_SITES = 500;

/**
 * The activation calls in [from, to) of `text`, from the document's scan (built once per version). At most
 * `maxSites` call sites are examined; `next` says where to resume. Never throws: bad input gives no calls.
 */
export function describeCallsIn(
  text: string, from: number, to: number, languageId: string, options: DescribeOptions = {}, maxSites = DEFAULT_MAX_SITES,
): CallsInRange {
  const syntax = typeof text === 'string' ? syntaxOf(languageId) : undefined;
  const end = Math.min(Number.isFinite(to) ? to : 0, typeof text === 'string' ? text.length : 0);
  if (!syntax || !(from < end)) return { calls: [], next: Math.max(from, end) || 0 };
  try {
    return walk(text, Math.max(0, from), end, syntax, options, maxSites);
  } catch {
    return { calls: [], next: end };
  }
}

function walk(text: string, from: number, to: number, syntax: NonNullable<ReturnType<typeof syntaxOf>>, options: DescribeOptions, maxSites: number): CallsInRange {
  const ctx = makeContext(text, from, syntax, options);
  const { scan } = ctx;
  const calls: CallDescription[] = [];
  let sites = 0;
  for (let i = scan.firstFrom(from); i < scan.count && scan.start(i) < to; i++) {
    if (!scan.is(i, '(')) continue;
    const site = siteAt(scan, i, false);
    // a module's application `M(…)(x)` belongs to the constructor's site, read there
    if (!site || site.openToken !== i || site.calleeStart < from) continue;
    if (sites++ === maxSites) return { calls, next: site.calleeStart };
    const d = describeSite(atOffset(ctx, site.calleeStart), site);
    if (d) calls.push(d);
  }
  return { calls, next: to };
}
