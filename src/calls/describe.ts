// The call at an offset, described: which activation, from which library, with which parameters, and what
// it evaluates to. Each candidate reader in READERS is tried in turn; the first description wins.
import { makeContext, type CallDescription, type Context, type DescribeOptions } from './context';
import { syntaxOf } from './language';
import { callSitesAt } from './locate';
import { describeSite } from './site';

export type { CallDescription, DescribeOptions, Library } from './context';

/** A way of finding an activation call at ctx.offset. New call forms are new readers. */
export type CandidateReader = (ctx: Context) => CallDescription | undefined;

/** Calls written as calls: `f(x)`, `Module(…)(x)`, Julia `f.(x)`, innermost first. */
function callAround(ctx: Context): CallDescription | undefined {
  const tried = new Set<number>();
  for (const site of callSitesAt(ctx.scan, ctx.offset)) {
    const key = site.open * 2 + (site.after ? 1 : 0);
    if (tried.has(key)) continue;
    tried.add(key);
    const d = describeSite(ctx, site);
    if (d) return d;
  }
  return undefined;
}

export const READERS: readonly CandidateReader[] = [callAround];

export function describe(text: string, offset: number, languageId: string, options: DescribeOptions = {}): CallDescription | undefined {
  if (typeof text !== 'string' || typeof offset !== 'number' || !Number.isFinite(offset)) return undefined;
  const syntax = syntaxOf(languageId);
  if (!syntax) return undefined;
  const ctx = makeContext(text, offset, syntax, options);
  for (const read of READERS) {
    const d = read(ctx);
    if (d) return d;
  }
  return undefined;
}
