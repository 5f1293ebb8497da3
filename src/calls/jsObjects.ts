// TensorFlow.js layers take one config object: `tf.layers.leakyReLU({alpha: 0.2})`. Its literal keys become the
// call's keywords; a value that is not a literal stays unknown (shown as written, never a default).
import type { Context } from './context';
import { ArgumentReader } from './arguments';
import { MAX_TOKEN_TEXT } from './limits';
import { stringValue } from './scan';
import type { Val } from './values';

/** Keys read from one object, at most. */
const MAX_KEYS = 64;

/** `({ key: value, … })` between the bracket tokens `open` and `close`: the keywords, or undefined if it is not one plain object. */
export function objectKeywords(ctx: Context, open: number, close: number): Map<string, Val> | undefined {
  const s = ctx.scan;
  const brace = open + 1;
  if (!s.is(brace, '{') || s.partner(brace) !== close - 1) return undefined;
  const out = new Map<string, Val>();
  let i = brace + 1;
  const end = close - 1;
  while (i < end && out.size < MAX_KEYS) {
    const key = s.kind(i) === 'str' ? stringValue(s, i) : s.kind(i) === 'id' ? s.textOf(i, MAX_TOKEN_TEXT) : undefined;
    if (!key || !s.is(i + 1, ':')) return undefined;
    // the value runs to the next ',' at this depth (brackets skipped whole)
    const from = i + 2;
    let j = from;
    while (j < end && !s.is(j, ',')) j = s.isOpen(j) && s.partner(j) > j ? s.partner(j) + 1 : j + 1;
    out.set(key, new ArgumentReader(s, from, j, ctx.env).expression());
    i = j + 1;
  }
  return i >= end ? out : undefined;
}
