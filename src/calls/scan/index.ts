// The per-document scan, for every reader of a document's code (the call reader; a bindings index):
//
//   const scan = documentScan(text, syntax, { uri, version });   // once per version, then from the cache
//   for (let i = 0; i < scan.count; i++) scan.kind(i), scan.start(i), scan.end(i), scan.textOf(i, 256)
//   scan.partner(i)           // a bracket's matching bracket (-1: unclosed or stray)
//   scan.up(i)                // the innermost open bracket at token i (follow it for every enclosing one)
//   scan.lastBefore(offset)   // binary searches: lastBefore, firstFrom, tokenAt
//   scan.inComment(offset)
//   stringValue(scan, i)      // a string token's decoded value (short strings only)
//
// Tokens are never inside strings or comments: those are skipped by each language's real grammar from the
// document's start (Python single, triple and f-strings; JS/TS comments, strings and template literals with
// `${…}`; Julia strings with `$(…)` and nested `#= =#` comments). Building is linear in the text, with two
// typed arrays (17 bytes per token) and no object per token.
export { clearScanCache, documentScan, scanStats, type ScanKey } from './cache';
export { DocumentScan, type TokenKind } from './document';
export { K, type KindCode } from './lexer';
export { stringValue } from './values';
