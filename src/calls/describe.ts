// The call at an offset, described: which activation, from which library, with which parameters, and what
// it evaluates to. Each candidate reader in READERS is tried in turn; the first description wins.
import { makeContext, type CallDescription, type Context, type DescribeOptions } from './context';
import { syntaxOf } from './language';
import { callSitesAt } from './locate';
import { describeSite } from './site';
import { describeConfigAt, isConfigLanguage } from './configKeys';

export type { CallDescription, DescribeOptions, Library, Origin } from './context';

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

/** No call names one: a string, a name passed as a value, a definition (./references.ts). */
const namedAround: CandidateReader = (ctx) => ctx.models.atCursor(ctx);

export const READERS: readonly CandidateReader[] = [callAround, namedAround];

export function describe(text: string, offset: number, languageId: string, options: DescribeOptions = {}): CallDescription | undefined {
  if (typeof text !== 'string' || typeof offset !== 'number' || !Number.isFinite(offset)) return undefined;
  if (isConfigLanguage(languageId)) return describeConfigAt(text, Math.max(0, Math.min(text.length, Math.floor(offset))), languageId);
  const syntax = syntaxOf(languageId);
  if (!syntax) return undefined;
  const ctx = makeContext(text, offset, syntax, options);
  for (const read of READERS) {
    const d = read(ctx);
    if (d) return d;
  }
  return undefined;
}
