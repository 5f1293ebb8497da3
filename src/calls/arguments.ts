// The argument list of a call, read with the expression reader: positional and keyword arguments, starred
// ones (`*args`, `**kw`, `xs...`: arguments we cannot see), and Julia's `;` before keywords.
import { ExpressionReader, type CallArgs } from './expression';
import { OPAQUE } from './values';

export type { CallArgs, ParseEnv } from './expression';

export class ArgumentReader extends ExpressionReader {
  /** The arguments up to the end of the range (the closing bracket is not in it). */
  readArguments(): CallArgs {
    const out: CallArgs = { positional: [], keywords: new Map(), starred: false };
    let keywordsOnly = false;
    while (!this.stop) {
      const t = this.peek();
      if (t.type === 'eof') break;
      if (t.type === 'op' && (t.text === ',' || t.text === ';')) {
        if (t.text === ';') keywordsOnly = true;
        this.take();
        continue;
      }
      if (t.type === 'op' && (t.text === '*' || t.text === '**')) {
        out.starred = true;
        this.take();
        this.skipArgument();
        continue;
      }
      let name: string | undefined;
      if (t.type === 'id' && this.is('=', 1)) {
        name = t.text;
        this.take();
        this.take();
      }
      const v = this.expression();
      if (this.is('...')) { out.starred = true; this.take(); }
      const after = this.peek();
      const clean = after.type === 'eof' || (after.type === 'op' && (after.text === ',' || after.text === ';'));
      const value = clean ? v : OPAQUE;
      if (!clean) this.skipArgument();
      if (name !== undefined) out.keywords.set(name, value);
      else if (keywordsOnly) out.starred = true;
      else out.positional.push(value);
    }
    return out;
  }

  /** A nested call's arguments (after its '('), to its ')': an argument we cannot read makes the call opaque. */
  protected callArgs(): CallArgs {
    const out: CallArgs = { positional: [], keywords: new Map(), starred: false };
    if (!this.enter()) return out;
    try {
      let keywordsOnly = false;
      while (!this.stop) {
        const t = this.peek();
        if (t.type === 'eof') return out;
        if (t.type === 'op' && t.text === ')') { this.take(); return out; }
        if (t.type === 'op' && (t.text === ',' || t.text === ';')) { keywordsOnly ||= t.text === ';'; this.take(); continue; }
        let name: string | undefined;
        if (t.type === 'id' && this.is('=', 1)) { name = t.text; this.take(); this.take(); }
        const v = this.expression();
        const after = this.peek();
        if (!(after.type === 'op' && (after.text === ',' || after.text === ')' || after.text === ';'))) {
          out.starred = true;
          this.skipGroup();
          return out;
        }
        if (name !== undefined) out.keywords.set(name, v);
        else if (!keywordsOnly) out.positional.push(v);
      }
      return out;
    } finally {
      this.leave();
    }
  }
}
