// Bracket matching without tokens: where an argument list closes (and where an unreadable argument ends),
// skipping strings and comments by the lexer's rules and runs of plain characters natively. Linear.
import { C, isWordChar, type Lexer } from './tokenizer';

/** Characters that never open, close or hide a bracket (no quotes, #, /, \\, brackets or newlines). */
const BORING = /[\w.,+\-*%=:;<>!&|^~@?$ \t\r\u0080-\uffff]+/y;
/** The same without the separators. */
const BORING_NO_SEP = /[\w.+\-*%=:<>!&|^~@?$ \t\r\n\u0080-\uffff]+/y;

/** BORING as a table for ASCII (everything from U+0080 on is boring). */
const BORING_ASCII = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    BORING.lastIndex = 0;
    table[c] = BORING.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return table;
})();

function isBoring(c: number): boolean {
  return c >= 128 || BORING_ASCII[c] === 1;
}

/** Could a BORING run start here (saves a regex call per bracket in `((((…`)? */
function maybeBoring(c: number): boolean {
  return c === C.space || c === C.tab || c === C.cr || c >= 128 || isWordChar(c) || (c >= 0x21 && c <= 0x2f && c !== C.dq && c !== C.sq && c !== C.hash && c !== C.slash && c !== 0x28 && c !== 0x29) || (c >= 0x3a && c <= 0x40) || c === C.caret || c === 0x7c || c === 0x7e;
}

/**
 * From lex.pos, the position of the next ',' (or Julia ';') outside brackets, or `end`; strings and comments
 * skipped. For arguments the reader cannot read: no tokens are built for them.
 */
export function skipToSeparator(lex: Lexer): number {
  const t = lex.text;
  let depth = 0;
  while (lex.pos < lex.end) {
    const i = lex.pos;
    const c = t.charCodeAt(i);
    if (depth === 0 && (c === 0x2c || (c === 0x3b && lex.syntax === 'julia'))) return i;
    if (c === 0x28 || c === 0x5b || c === 0x7b) { depth++; lex.pos++; lex.afterValue = false; continue; }
    if (c === 0x29 || c === 0x5d || c === 0x7d) { depth = Math.max(0, depth - 1); lex.pos++; lex.afterValue = true; continue; }
    if (c === C.dq || c === C.sq || c === C.bt || c === C.hash || c === C.slash || c === C.bslash) {
      lex.skipTrivia();
      if (lex.pos === i) lex.next();
      if (lex.pos === i) lex.pos++;
      continue;
    }
    BORING_NO_SEP.lastIndex = i;
    if (maybeBoring(c) && BORING_NO_SEP.test(t)) { lex.pos = Math.min(BORING_NO_SEP.lastIndex, lex.end); lex.afterValue = true; continue; }
    lex.pos++;
  }
  return lex.end;
}

/**
 * From just after an opening bracket, the position just after its matching close, skipping strings and
 * comments without building tokens. -1: the text (or the window) ends first; -2: `limit` characters passed.
 * In Python a line starting at column 0 with def/class/import/@ means the bracket was never closed.
 */
export function skipBalanced(lex: Lexer, limit: number): number {
  const t = lex.text;
  const stop = Math.min(lex.end, lex.pos + limit);
  const py = lex.syntax === 'python';
  let depth = 1;
  let i = lex.pos;
  let afterValue = false;
  while (i < stop) {
    // runs of characters without meaning here (names, numbers, separators, operators): a short run in
    // plain JS, a long one natively (a regex call costs more than a few characters)
    let runEnd = i;
    while (runEnd < stop && runEnd - i < 32 && isBoring(t.charCodeAt(runEnd))) runEnd++;
    if (runEnd - i === 32) {
      BORING.lastIndex = runEnd;
      if (BORING.test(t)) runEnd = Math.min(BORING.lastIndex, stop);
    }
    if (runEnd > i) {
      let j = runEnd - 1;
      while (j >= i && (t.charCodeAt(j) === C.space || t.charCodeAt(j) === C.tab || t.charCodeAt(j) === C.cr)) j--;
      if (j >= i) afterValue = isWordChar(t.charCodeAt(j));
      i = runEnd;
      if (i >= stop) break;
    }
    const c = t.charCodeAt(i);
    if (c === C.nl) {
      if (py && i + 1 < stop && startsStatement(t, i + 1)) return -1;
      i++;
      continue;
    }
    if (c === 0x28 || c === 0x5b || c === 0x7b) { depth++; i++; afterValue = false; continue; }
    if (c === 0x29 || c === 0x5d || c === 0x7d) {
      i++;
      afterValue = true;
      if (--depth === 0) { lex.pos = i; return i; }
      continue;
    }
    if (c === C.dq || c === C.sq || c === C.bt || c === C.hash || c === C.slash || c === C.bslash) {
      // strings, comments, regexes and continuations: the lexer's own rules
      lex.pos = i;
      lex.afterValue = afterValue;
      lex.skipTrivia();
      if (lex.pos === i) lex.next();
      i = Math.max(lex.pos, i + 1);
      afterValue = lex.afterValue;
      continue;
    }
    i++;
    afterValue = false;
  }
  lex.pos = i;
  return i >= lex.end ? -1 : -2;
}

function startsStatement(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c === 0x40) return true; // @decorator
  for (const kw of ['def ', 'class ', 'import ', 'from ', 'async def ']) {
    if (t.startsWith(kw, i)) return true;
  }
  return false;
}
