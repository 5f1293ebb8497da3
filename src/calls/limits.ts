// The bounds that keep the call reader cheap on any input: what it looks at and how much it builds. The
// document itself is scanned once per version (scan/); these bound the work of one request on top of it.
import { MAX_RANK } from '../core';

/** Enclosing brackets tried as the call at an offset, innermost first (150,000 unclosed `f(` cost no more). */
export const MAX_ENCLOSING = 64;
/** Parts of a dotted callee (`torch.nn.functional.gelu` has 4); a longer chain is not a library name. */
export const MAX_NAME_PARTS = 16;
/** Characters of argument text a call may span before it is "too long to read". */
export const MAX_ARGUMENT_CHARS = 2 * 1024 * 1024;
/** Numbers an argument may hold before it is "too large to evaluate". */
export const MAX_ELEMENTS = 10_000;
/** Bracket nesting inside the arguments before it is "too deep". */
export const MAX_DEPTH = 100;
/** Operators in one chain (`1.0 + 1.0 + …`) before the expression is "too long". */
export const MAX_CHAIN = 1000;
/** Length of a string literal's value kept (dtype names, 'tanh'); longer strings are opaque. */
export const MAX_STRING = 256;
/** Length of a name or number token's text kept; longer ones read as ''. */
export const MAX_TOKEN_TEXT = 256;
/** Tokens a request reads, or steps over in unreadable arguments, before it gives up. */
export const MAX_TOKENS = 3 * MAX_ELEMENTS;

export const PROBLEM = {
  literal: 'needs a literal argument',
  numeric: 'needs a numeric argument',
  missingInput: 'missing the input argument',
  tooLarge: `input too large to evaluate (over ${MAX_ELEMENTS.toLocaleString('en-US')} elements)`,
  tooDeep: `nesting deeper than ${MAX_DEPTH} levels`,
  tooLongExpression: `expression too long to evaluate (over ${MAX_CHAIN.toLocaleString('en-US')} operations)`,
  tooLong: 'arguments too long to read (over 2 MB)',
  tooManyTokens: `arguments too long to read (over ${MAX_TOKENS.toLocaleString('en-US')} tokens)`,
  ragged: 'ragged nested list (rows differ in length)',
  tooManyDims: `more than ${MAX_RANK} dimensions`,
  bigint: 'BigInt literals (like 1n) are integers, not floats: write 1 instead',
  complex: 'complex numbers are not supported',
} as const;
