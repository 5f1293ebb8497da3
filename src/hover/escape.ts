// Making text from the user's document inert in hover markdown. The hover trusts two command links and
// renders theme icons for our own `$(graph-line)`, so anything taken from the document (names, comments,
// strings, dtype text, messages quoting code) must not become a link, an icon, a heading, a list or a quote.
// Pure: no vscode import.

/** Longest piece of user text shown on one hover line. */
export const MAX_USER_TEXT = 120;

/** Every character that can end a markdown line or a hover line: CR, LF, NEL, LS, PS, and the other C0/C1 controls. */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Every ASCII punctuation character: CommonMark lets each be escaped with a backslash. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** One line, at most `max` characters (an ellipsis marks a cut). */
export function oneLine(s: string, max = MAX_USER_TEXT): string {
  const flat = s.replace(LINE_BREAKS_AND_CONTROLS, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * `$(` with a zero-width joiner between: VS Code parses theme icons in the text markdown leaves, after its
 * escapes are gone, so only a character inside the syntax keeps `$(alert)` from becoming an icon.
 */
const breakIcons = (s: string) => s.replace(/\$\(/g, '$\u200d(');

/**
 * Text as it reads, never markup: every ASCII punctuation backslash-escaped. That disarms emphasis, links
 * and images (`[`, `]`, `(`), raw HTML (`<`), block syntax (`#`, `>`, `-`, `+`, `|`, `` ` ``), and
 * autolinks (`http\:\/\/`, `www\.`, `a\@b\.c` match no autolink pattern); theme icons are broken apart
 * (breakIcons). Line breaks become spaces, so no block can start.
 */
export function inert(s: string, max = MAX_USER_TEXT): string {
  // A replacement pattern (`$&` is the match), not a callback: the same text, without a call per character.
  return breakIcons(oneLine(s, max)).replace(ASCII_PUNCTUATION, '\\$&');
}

/**
 * A code span of our own formatting around text that may hold user characters: no backtick can close it
 * early, no line break can end it, and `$(` is broken by a zero-width joiner so no icon syntax survives
 * (code spans show backslashes literally, so escaping is not an option inside one).
 */
export function codeSpan(s: string, max = MAX_USER_TEXT): string {
  const safe = breakIcons(oneLine(s, max).replace(/`/g, "'"));
  return '`' + safe + '`';
}

/** Alt text of an image: inert, and without brackets (they would end the alt text). */
export function altText(s: string): string {
  return inert(s.replace(/[[\]]/g, ''), 300);
}
