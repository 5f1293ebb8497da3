// TensorFlow.js layers take one config object: `tf.layers.leakyReLU({alpha: 0.2})`. Its literal keys become the
// call's keywords; a value that is not a literal stays unknown (shown as written, never a default).
import type { Context } from './describe';
import { ArgumentReader } from './expression';
import { Lexer, type Token } from './tokenizer';
import type { Val } from './values';

/** Keys read from one object, at most. */
const MAX_KEYS = 64;

const isOp = (t: Token, s: string) => t.type === 'op' && t.text === s;

/** `({ key: value, … })` between `open` ('(') and `close` (after ')'): the keywords, or undefined if it is not one plain object. */
export function objectKeywords(ctx: Context, open: number, close: number): Map<string, Val> | undefined {
  const lex = new Lexer(ctx.text, open + 1, close - 1, ctx.syntax);
  if (!isOp(lex.next(), '{')) return undefined;
  const out = new Map<string, Val>();
  for (let n = 0; n < MAX_KEYS; n++) {
    const key = lex.next();
    if (isOp(key, '}')) return lex.next().type === 'eof' ? out : undefined;
    if ((key.type !== 'id' && key.type !== 'str') || !key.text || !isOp(lex.next(), ':')) return undefined;
    // the value runs to the next ',' or '}' at this depth
    const start = lex.pos;
    let depth = 0;
    let t = lex.next();
    let end = t.start;
    for (; t.type !== 'eof'; t = lex.next()) {
      if (t.type === 'op' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
      else if (t.type === 'op' && (t.text === ')' || t.text === ']' || t.text === '}')) { if (depth === 0) break; depth--; }
      else if (depth === 0 && isOp(t, ',')) break;
      end = t.end;
    }
    out.set(key.text, new ArgumentReader(ctx.text, start, end, ctx.env).expression());
    if (t.type === 'eof') return undefined;
    if (isOp(t, '}')) return lex.next().type === 'eof' ? out : undefined;
  }
  return undefined;
}
