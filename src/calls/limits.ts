// The bounds that keep the call reader cheap on any input: what it looks at and how much it builds.

/** Characters before the offset searched for the call's head (its callee and open bracket). */
export const WINDOW_BACK = 4096;
/** Characters after the offset searched for the callee when the cursor is on it. */
export const WINDOW_AHEAD = 512;
/** Characters of argument text scanned for the closing bracket. */
export const MAX_ARGUMENT_CHARS = 2 * 1024 * 1024;
/** Numbers an argument may hold before it is "too large to evaluate". */
export const MAX_ELEMENTS = 10_000;
/** Bracket nesting inside the arguments before it is "too deep". */
export const MAX_DEPTH = 100;
/** Operators in one chain (`1.0 + 1.0 + …`) before the expression is "too long". */
export const MAX_CHAIN = 1000;
/** Length of a string literal kept as a value (dtype names, 'tanh'); longer strings are opaque. */
export const MAX_STRING = 64;

export const PROBLEM = {
  literal: 'needs a literal argument',
  numeric: 'needs a numeric argument',
  missingInput: 'missing the input argument',
  tooLarge: `input too large to evaluate (over ${MAX_ELEMENTS.toLocaleString('en-US')} elements)`,
  tooDeep: `nesting deeper than ${MAX_DEPTH} levels`,
  tooLongExpression: `expression too long to evaluate (over ${MAX_CHAIN.toLocaleString('en-US')} operations)`,
  tooLong: 'arguments too long to read (over 2 MB)',
  ragged: 'ragged nested list (rows differ in length)',
  bigint: 'BigInt literals (like 1n) are integers, not floats: write 1 instead',
  complex: 'complex numbers are not supported',
} as const;
