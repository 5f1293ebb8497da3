// Values from constants in the same file: `x = torch.tensor([1.0, 2.0, 3.0])` then `F.softmax(x, dim=0)`, `T = 0.5`
// in `softmax(x / T)`, `logits = [2.0, 1.0, 0.1]` in an earlier notebook cell. Straight-line bindings of literals
// only: a name bound twice in its scope, in a loop or a branch, or to anything not a literal gives no value.
// Nothing is executed: the bound tokens are read by the same literal reader as call arguments.
import type { Context } from './context';
import { ArgumentReader } from './arguments';
import type { BindingIndex } from './bindings';
import { lookupBinding } from './bindingLookup';
import type { DocumentScan } from './scan';
import type { Val } from './values';

/** Constants read through other constants (`y = x * 2`) at most this deep. */
const MAX_DEPTH = 4;
/** A bound expression longer than this is not read (a 10 MB literal is not a constant worth a hover). */
const MAX_TEXT = 200_000;
let depth = 0;

const LITERAL = new Set<Val['k']>(['num', 'numlist', 'list', 'tensor', 'str', 'bool']);

function read(ctx: Context, scan: DocumentScan, index: BindingIndex, name: string, from: number): Val | undefined {
  const found = lookupBinding(index, name, from);
  const b = found?.binding;
  if (!found || !b || !found.only || b.kind !== 'assign' || b.end - b.start > MAX_TEXT) return undefined;
  // a use before the binding reads nothing (in the same document)
  if (scan === ctx.scan && b.start > from) return undefined;
  const r = new ArgumentReader(scan, scan.firstFrom(b.start), scan.lastBefore(b.end) + 1, ctx.env);
  const v = r.expression();
  if (r.stop || !LITERAL.has(v.k)) return undefined;
  return v;
}

export function constantValue(ctx: Context, parts: readonly string[], from: number): Val | undefined {
  if (depth >= MAX_DEPTH || parts.length > 2 || (parts.length === 2 && parts[0] !== 'self')) return undefined;
  const name = parts.join('.');
  depth++;
  try {
    const own = read(ctx, ctx.scan, ctx.models.bindings(), name, from);
    if (own) return own;
    const pre = ctx.models.preamble();
    if (!pre || ctx.models.bindings().byName.has(`-1|${name}`)) return undefined;
    return read(ctx, pre.scan, pre.index, name, pre.scan.text.length);
  } finally {
    depth--;
  }
}
