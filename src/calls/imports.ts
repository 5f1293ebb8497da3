// The names a document binds with imports (`import torch.nn.functional as F`, `using Flux`,
// `import * as tf from '@tensorflow/tfjs'`) and the names it defines itself, read in one linear pass and
// cached per document version, so that a hover in a 50,000-line file does not rescan it.
import type { Syntax } from './language';

export interface ImportTable {
  /** Local name → dotted path it stands for: `F` → `torch.nn.functional`, `gelu` → `torch.nn.functional.gelu`. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Modules whose names are all in scope: `from torch.nn.functional import *`, Julia's `using NNlib`. */
  readonly stars: readonly string[];
  /** Names the document defines (`def gelu(…)`, top-level `gelu = …`, `function gelu(…)`): not the library's. */
  readonly locals: ReadonlySet<string>;
}

interface MutableTable {
  aliases: Map<string, string>;
  stars: string[];
  locals: Set<string>;
}

const IDENT = /^[\p{L}_$][\p{L}\p{N}_$!]*$/u;
const isIdent = (s: string) => s.length > 0 && s.length <= 100 && IDENT.test(s);
/** Lines longer than this are not read for imports (minified code, data). */
const MAX_LINE = 2000;

/** `@tensorflow/tfjs-node`, `-core`, `-node-gpu`: all one API. */
function normalizeModule(m: string): string {
  return m.startsWith('@tensorflow/tfjs') ? '@tensorflow/tfjs' : m;
}

function pythonImport(stmt: string, t: MutableTable): void {
  let m = /^import\s+(.+)$/.exec(stmt);
  if (m) {
    for (const part of m[1].split(',')) {
      const [mod, as] = part.trim().split(/\s+as\s+/);
      const path = mod?.trim() ?? '';
      if (!/^[\w.]+$/.test(path)) continue;
      if (as && isIdent(as.trim())) t.aliases.set(as.trim(), path);
      else {
        const root = path.split('.')[0];
        if (!t.aliases.has(root)) t.aliases.set(root, root);
      }
    }
    return;
  }
  m = /^from\s+([\w.]+)\s+import\s+(.+)$/.exec(stmt);
  if (!m || m[1].startsWith('.')) return;
  const mod = m[1];
  const names = m[2].replace(/[()\\]/g, ' ');
  for (const part of names.split(',')) {
    const p = part.trim();
    if (p === '*') { t.stars.push(mod); continue; }
    const [name, as] = p.split(/\s+as\s+/);
    const local = (as ?? name).trim();
    if (isIdent(name.trim()) && isIdent(local)) t.aliases.set(local, `${mod}.${name.trim()}`);
  }
}

function jsImport(stmt: string, t: MutableTable): void {
  const from = /(?:from\s*|require\s*\(\s*)['"]([^'"]+)['"]/.exec(stmt);
  if (!from) return;
  const mod = normalizeModule(from[1]);
  const star = /import\s+\*\s+as\s+([\w$]+)/.exec(stmt) ?? /(?:const|let|var)\s+([\w$]+)\s*=\s*require/.exec(stmt)
    ?? /import\s+([\w$]+)\s*(?:,|from)/.exec(stmt);
  if (star) t.aliases.set(star[1], mod);
  const braces = /\{([^}]*)\}/.exec(stmt);
  if (braces) {
    for (const part of braces[1].split(',')) {
      const [name, as] = part.trim().replace(/^type\s+/, '').split(/\s+as\s+|\s*:\s*/);
      const local = (as ?? name)?.trim();
      if (name && isIdent(name.trim()) && local && isIdent(local)) t.aliases.set(local, `${mod}.${name.trim()}`);
    }
  }
}

function juliaImport(stmt: string, t: MutableTable): void {
  const m = /^(using|import)\s+(.+)$/.exec(stmt);
  if (!m) return;
  const colon = m[2].indexOf(':');
  if (colon >= 0) {
    const mod = m[2].slice(0, colon).trim();
    for (const part of m[2].slice(colon + 1).split(',')) {
      const [name, as] = part.trim().split(/\s+as\s+/);
      const local = (as ?? name)?.trim();
      if (name && local && isIdent(local)) t.aliases.set(local, `${mod}.${name.trim()}`);
    }
    return;
  }
  for (const part of m[2].split(',')) {
    const [mod, as] = part.trim().split(/\s+as\s+/);
    const path = mod?.trim() ?? '';
    if (!/^[\w.]+$/.test(path)) continue;
    if (as && isIdent(as.trim())) t.aliases.set(as.trim(), path);
    else {
      t.aliases.set(path.split('.').pop() ?? path, path);
      if (m[1] === 'using') t.stars.push(path);
    }
  }
}

const PY_DEF = /^(?:async\s+)?(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/u;
const PY_ASSIGN = /^([\p{L}_][\p{L}\p{N}_]*)\s*(?::[^=]*)?=[^=]/u;
const JS_DEF = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)|^(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*=(?!\s*require)/;
const JL_DEF = /^function\s+([\p{L}_][\p{L}\p{N}_!]*)|^([\p{L}_][\p{L}\p{N}_!]*)(?:\([^()]*\))?\s*=[^=]/u;

/** Is the code at an offset real code (not inside a string or comment)? The document scan knows. */
export type InCode = (offset: number) => boolean;

/**
 * One pass over the lines; statements spanning lines (parenthesised imports, `{ … }` lists) are joined. Lines
 * that start inside a string or comment (a docstring's `import torch`, a commented-out `def gelu`) are skipped.
 */
export function scanImports(text: string, syntax: Syntax, inCode: InCode = () => true): ImportTable {
  const t: MutableTable = { aliases: new Map(), stars: [], locals: new Set() };
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const lineStart = pos;
    pos = nl + 1;
    if (nl - lineStart > MAX_LINE) continue;
    // indented lines matter only for imports (in try blocks, functions): look before slicing
    let f = lineStart;
    while (f < nl && (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9)) f++;
    if (f === nl) continue;
    const indented = f > lineStart;
    const c0 = text.charCodeAt(f);
    if (indented && syntax !== 'js' && c0 !== 0x69 && c0 !== 0x66 && c0 !== 0x75) continue; // i(mport) f(rom) u(sing)
    if (!inCode(f)) continue;
    const line = text.slice(f, nl).trim();
    if (line.length === 0) continue;
    const c = line[0];
    if (syntax === 'python') {
      if (c !== 'i' && c !== 'f' && c !== 'd' && c !== 'a' && (indented || !/[\p{L}_]/u.test(c))) continue;
      if (line.startsWith('import ') || line.startsWith('from ')) {
        let stmt = line;
        // `from x import (a,\n b)` and backslash continuations
        while ((stmt.includes('(') && !stmt.includes(')')) || stmt.endsWith('\\')) {
          if (pos >= n || stmt.length > MAX_LINE) break;
          let next = text.indexOf('\n', pos);
          if (next < 0) next = n;
          stmt = stmt.replace(/\\$/, '') + ' ' + text.slice(pos, next).trim();
          pos = next + 1;
        }
        for (const s of stmt.replace(/#.*$/, '').split(';')) pythonImport(s.trim(), t);
        continue;
      }
      if (indented) continue;
      const def = PY_DEF.exec(line) ?? PY_ASSIGN.exec(line);
      if (def) t.locals.add(def[1]);
    } else if (syntax === 'js') {
      if (line.startsWith('import') || line.includes('require(')) {
        let stmt = line;
        while (stmt.includes('{') && !stmt.includes('}') && pos < n && stmt.length < MAX_LINE) {
          let next = text.indexOf('\n', pos);
          if (next < 0) next = n;
          stmt += ' ' + text.slice(pos, next).trim();
          pos = next + 1;
        }
        jsImport(stmt, t);
        continue;
      }
      if (indented) continue;
      const def = JS_DEF.exec(line);
      if (def) t.locals.add(def[1] ?? def[2]);
    } else {
      if (line.startsWith('using ') || line.startsWith('import ')) {
        juliaImport(line.replace(/#.*$/, ''), t);
        continue;
      }
      if (indented) continue;
      const def = JL_DEF.exec(line);
      if (def) t.locals.add(def[1] ?? def[2]);
    }
  }
  for (const name of t.aliases.keys()) t.locals.delete(name);
  return t;
}

/** A notebook cell's table: the other cells' imports first, the cell's own on top. */
export function mergeTables(under: ImportTable, over: ImportTable): ImportTable {
  const aliases = new Map(under.aliases);
  for (const [k, v] of over.aliases) aliases.set(k, v);
  const locals = new Set([...under.locals, ...over.locals]);
  for (const k of over.aliases.keys()) locals.delete(k);
  return { aliases, stars: [...under.stars, ...over.stars], locals };
}

// --- the cache -------------------------------------------------------------------------------------------------

const CACHE_SIZE = 32;
const cache = new Map<string, ImportTable>();
/** Characters hashed for the key when no version is given (imports live at the top). */
const FINGERPRINT_CHARS = 8192;

/** FNV-1a over the first and last few KB, with the length: cheap, and changes when the imports do. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  const head = Math.min(text.length, FINGERPRINT_CHARS);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const tail = Math.max(head, text.length - 1024);
  for (let i = tail; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

function remember(key: string, make: () => ImportTable): ImportTable {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const t = make();
  cache.set(key, t);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return t;
}

export interface ImportKey {
  readonly uri?: string;
  readonly version?: number;
  readonly preamble?: string;
}

/** The document's table (merged over its notebook preamble's), from the cache when the version is known. */
export function importsOf(text: string, syntax: Syntax, key: ImportKey = {}, inCode?: InCode): ImportTable {
  const docKey = key.uri !== undefined && key.version !== undefined ? `v:${key.uri}#${key.version}` : `h:${fingerprint(text)}`;
  const own = remember(`${syntax}|${docKey}`, () => scanImports(text, syntax, inCode));
  if (!key.preamble) return own;
  const pre = remember(`${syntax}|p:${fingerprint(key.preamble)}`, () => scanImports(key.preamble as string, syntax));
  return remember(`${syntax}|${docKey}|p:${fingerprint(key.preamble)}`, () => mergeTables(pre, own));
}

/** Forgets every cached table (tests; a host that wants to free memory). */
export function clearImportCache(): void {
  cache.clear();
}
