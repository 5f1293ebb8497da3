// Character classes for the three syntaxes, named so that no raw character code appears in the lexers.

export const C = {
  tab: 9, nl: 10, vt: 11, ff: 12, cr: 13, space: 32, bang: 33, dq: 34, hash: 35, dollar: 36, percent: 37, sq: 39,
  lparen: 40, rparen: 41, star: 42, plus: 43, comma: 44, minus: 45, dot: 46, slash: 47, d0: 48, d9: 57, colon: 58,
  semi: 59, eq: 61, at: 64, A: 65, Z: 90, lsquare: 91, bslash: 92, rsquare: 93, caret: 94, under: 95, bt: 96, a: 97,
  z: 122, lcurly: 123, bar: 124, rcurly: 125, nbsp: 160, bom: 0xfeff,
} as const;

export function isDigit(c: number): boolean {
  return c >= C.d0 && c <= C.d9;
}

/** ASCII letters and `_`. */
export function isAsciiIdStart(c: number): boolean {
  return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || c === C.under;
}

export function isHexDigit(c: number): boolean {
  const lower = c | 0x20;
  return isDigit(c) || (lower >= C.a && lower <= 0x66);
}

export function isSpace(c: number): boolean {
  return c === C.space || c === C.tab || c === C.nl || c === C.cr || c === C.ff || c === C.vt || c === C.nbsp || c === C.bom;
}

export function isNewline(c: number): boolean {
  return c === C.nl || c === C.cr;
}

export function isOpenBracket(c: number): boolean {
  return c === C.lparen || c === C.lsquare || c === C.lcurly;
}

export function isCloseBracket(c: number): boolean {
  return c === C.rparen || c === C.rsquare || c === C.rcurly;
}

/** The opening bracket a closing one pairs with. */
export function openerOf(close: number): number {
  return close === C.rparen ? C.lparen : close === C.rsquare ? C.lsquare : C.lcurly;
}

export function isQuote(c: number): boolean {
  return c === C.dq || c === C.sq || c === C.bt;
}

const NON_ASCII_ID = /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{No}\u2032-\u2037]$/u;
const NON_ASCII_ID_START = /^[\p{L}\p{Nl}\p{Pc}]$/u;

/** A code point from U+0080 on that may start an identifier. */
export function isUnicodeIdStart(cp: number): boolean {
  return NON_ASCII_ID_START.test(String.fromCodePoint(cp));
}

/** A code point from U+0080 on that may continue an identifier (σ′, x₁). */
export function isUnicodeIdPart(cp: number): boolean {
  return NON_ASCII_ID.test(String.fromCodePoint(cp));
}

/** Julia's operators written as one non-ASCII character: ÷ − ⋅ ×. */
export function isUnicodeOperator(cp: number): boolean {
  return cp === 0x00f7 || cp === 0x2212 || cp === 0x22c5 || cp === 0x00d7;
}
