// The names a document binds, and to what: `self.act = nn.GELU()`, `act = nn.ReLU()`, a parameter's default
// (`act_layer=nn.GELU`), a dataclass field (`act: Callable = nn.gelu`), and the functions and classes it
// defines itself. Read in one pass per document version (cached like the imports) so that a lookup costs the
// same in a 50,000-line file as in a 50-line one. Nothing here evaluates: a binding is a range of text.
import type { Syntax } from './language';

export interface Binding {
  /** As written at the use: `self.act`, `act`, `act_layer`. */
  readonly name: string;
  /** The bound expression's text range. */
  readonly start: number;
  readonly end: number;
  /** 0-based line of the binding. */
  readonly line: number;
  readonly kind: 'assign' | 'param' | 'field';
  /** Inside a loop, a branch or a try block of its scope. */
  readonly conditional: boolean;
  /** The enclosing class (for `self.…` and fields) or function (plain names and parameters), by its start offset; -1 at module level. */
  readonly scope: number;
}

export interface Defined {
  readonly name: string;
  readonly kind: 'def' | 'class';
  /** The statement's start and the end of its body. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  /** `class GELU(nn.Module)`: the bases as written. */
  readonly bases: string;
}

interface Scope { readonly kind: 'def' | 'class'; readonly start: number; end: number }

export interface BindingIndex {
  /** `scope|name` → its bindings in that scope, in order. */
  readonly byName: ReadonlyMap<string, readonly Binding[]>;
  readonly defined: ReadonlyMap<string, Defined>;
  /** Function and class spans in order of their start. */
  readonly scopes: readonly Scope[];
  /** Names imported from relative modules (`from ...activations import ACT2FN` → `activations.ACT2FN`), which the import table leaves out. */
  readonly relative: ReadonlyMap<string, string>;
}

/** Lines longer than this are not read (minified code, data). */
const MAX_LINE = 4000;
/** A statement may span this many lines (an open bracket continues it). */
const MAX_CONTINUATION = 60;

const PY_HEADER = /^(if|elif|else|for|while|try|except|finally|match|case|async\s+for)\b.*:\s*(#.*)?$/;
const PY_DEF = /^(?:async\s+)?def\s+([\p{L}_][\p{L}\p{N}_]*)\s*\(/u;
const PY_CLASS = /^class\s+([\p{L}_][\p{L}\p{N}_]*)\s*(\(([^)]*)\))?\s*:/u;
const PY_ASSIGN = /^((?:self\.)?[\p{L}_][\p{L}\p{N}_]*)\s*(:\s*[^=]+?)?\s*=(?!=)\s*/u;
const JS_ASSIGN = /^(?:export\s+)?(?:(?:const|let|var)\s+)?((?:this\.)?[\w$]+)\s*(?::\s*[^=]+?)?\s*=(?![=>])\s*/;
const JS_DEF = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)\s*\(|^(?:export\s+)?class\s+([\w$]+)/;
const JL_ASSIGN = /^((?:const\s+)?[\p{L}_][\p{L}\p{N}_!]*)\s*=(?!=)\s*/u;
const JL_DEF = /^function\s+([\p{L}_][\p{L}\p{N}_!]*)\s*\(|^(?:mutable\s+)?struct\s+([\p{L}_][\p{L}\p{N}_]*)/u;

/** Net bracket depth of a line (strings skipped roughly: a quote toggles). */
function depthChange(s: string): number {
  let d = 0;
  let q = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === '\\') i++; else if (c === q) q = ''; continue; }
    if (c === '"' || c === "'" || c === '`') q = c;
    else if (c === '#' ) break;
    else if (c === '(' || c === '[' || c === '{') d++;
    else if (c === ')' || c === ']' || c === '}') d--;
  }
  return d;
}

class Builder {
  readonly byName = new Map<string, Binding[]>();
  readonly defined = new Map<string, Defined>();
  readonly scopes: Scope[] = [];
  readonly relative = new Map<string, string>();
  /** Open blocks: indent, and whether a branch/loop (or which scope). */
  private readonly stack: { indent: number; branch: boolean; scope?: Scope }[] = [];

  constructor(private readonly text: string, private readonly syntax: Syntax) {}

  add(b: Binding): void {
    const k = `${b.scope}|${b.name}`;
    const list = this.byName.get(k);
    if (list) list.push(b);
    else this.byName.set(k, [b]);
  }

  /** Closes the blocks a line at `indent` ends; `at` is the line's start (the end of the closed bodies). */
  dedent(indent: number, at: number): void {
    while (this.stack.length && this.stack[this.stack.length - 1].indent >= indent) {
      const top = this.stack.pop();
      if (top?.scope) top.scope.end = at;
    }
  }

  /** Innermost enclosing scope of the wanted kinds, and whether a branch lies between it and the line. */
  enclosing(kinds: readonly ('def' | 'class')[]): { scope: number; conditional: boolean } {
    let conditional = false;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const e = this.stack[i];
      if (e.branch) conditional = true;
      else if (e.scope && kinds.includes(e.scope.kind)) return { scope: e.scope.start, conditional };
    }
    return { scope: -1, conditional };
  }

  /** Directly in a class body (a dataclass field), not in a method. */
  inClassBody(): Scope | undefined {
    const top = this.stack[this.stack.length - 1];
    return top?.scope?.kind === 'class' ? top.scope : undefined;
  }

  open(indent: number, branch: boolean, scope?: Scope): void {
    this.stack.push({ indent, branch, scope });
    if (scope) this.scopes.push(scope);
  }

  /** `def f(a, act_layer=nn.GELU, *, b=1):` → parameter bindings scoped to the function. */
  params(open: number, end: number, scope: number): void {
    const t = this.text;
    let depth = 0;
    let argStart = open + 1;
    for (let i = open; i < end; i++) {
      const c = t[i];
      if (c === '(' || c === '[' || c === '{') { depth++; if (depth === 1) argStart = i + 1; continue; }
      if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) { this.param(argStart, i, scope); return; }
        continue;
      }
      if (c === ',' && depth === 1) { this.param(argStart, i, scope); argStart = i + 1; }
    }
  }

  private param(from: number, to: number, scope: number): void {
    const s = this.text.slice(from, to);
    const m = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?::[^=]*)?=\s*/u.exec(s);
    if (!m) return;
    const start = from + m[0].length;
    let end = to;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    if (end > start) this.add({ name: m[1], start, end, line: lineOf(this.text, from), kind: 'param', conditional: false, scope });
  }
}

let lineStarts: { text: string; starts: number[] } | undefined;
/** Line of an offset (only at index time: a line table per text, built once). */
function lineOf(text: string, offset: number): number {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStarts = { text, starts };
  }
  const s = lineStarts.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One statement: its first line's start, indent, text and the end of its last (continued) line. */
interface Statement { readonly start: number; readonly first: number; readonly end: number; readonly next: number; readonly indent: number; readonly head: string }

function statementAt(text: string, pos: number): Statement | undefined {
  let nl = text.indexOf('\n', pos);
  if (nl < 0) nl = text.length;
  if (nl - pos > MAX_LINE) return { start: pos, first: nl, end: nl, next: nl + 1, indent: -1, head: '' };
  let f = pos;
  while (f < nl && (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9)) f++;
  const head = text.slice(f, nl).replace(/\r$/, '');
  let depth = depthChange(head);
  let end = nl;
  let lines = 0;
  while (depth > 0 && end < text.length && ++lines < MAX_CONTINUATION) {
    let n = text.indexOf('\n', end + 1);
    if (n < 0) n = text.length;
    if (n - end > MAX_LINE) break;
    depth += depthChange(text.slice(end + 1, n));
    end = n;
  }
  return { start: pos, first: f, end, next: end + 1, indent: f - pos, head };
}

/** The expression bound on a statement: from `at` to the statement's end, trailing comment and spaces trimmed. */
function rhsEnd(text: string, at: number, end: number): number {
  let e = end;
  // a trailing comment on a one-line binding
  const line = text.slice(at, e);
  if (!line.includes('\n')) {
    const hash = commentStart(line);
    if (hash >= 0) e = at + hash;
  }
  while (e > at && /[\s;,]/.test(text[e - 1])) e--;
  return e;
}

function commentStart(s: string): number {
  let q = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === '\\') i++; else if (c === q) q = ''; continue; }
    if (c === '"' || c === "'") q = c;
    else if (c === '#' || (c === '/' && s[i + 1] === '/')) return i;
  }
  return -1;
}

function readPython(b: Builder, text: string, st: Statement): void {
  const h = st.head;
  if (h.startsWith('#') || h.startsWith('@')) return;
  const rel = h.startsWith('from .') ? /^from\s+\.+([\w.]*)\s+import\s+\(?([^)]*)/.exec(text.slice(st.first, st.end).replace(/\s+/g, ' ')) : null;
  if (rel) {
    const mod = rel[1].split('.').pop() ?? '';
    for (const part of rel[2].split(',')) {
      const [n, as] = part.trim().split(/\s+as\s+/);
      if (n && /^\w+$/.test(n)) b.relative.set((as ?? n).trim(), `${mod}.${n}`);
    }
    return;
  }
  const def = PY_DEF.exec(h);
  const cls = def ? undefined : PY_CLASS.exec(h);
  if (def || cls) {
    const kind = def ? 'def' : 'class';
    const outer = b.enclosing(['def', 'class']);
    const scope: Scope = { kind, start: st.first, end: text.length };
    if (!b.defined.has((def ?? cls)![1]) && outer.scope === -1) {
      b.defined.set((def ?? cls)![1], { name: (def ?? cls)![1], kind, start: st.first, end: text.length, line: lineOf(text, st.first), bases: cls?.[3] ?? '' });
    }
    b.open(st.indent, false, scope);
    if (def) b.params(st.first + h.indexOf('('), st.end, st.first);
    return;
  }
  if (PY_HEADER.test(h)) { b.open(st.indent, true); return; }
  const m = PY_ASSIGN.exec(h);
  if (!m) return;
  const name = m[1];
  const start = st.first + m[0].length;
  const end = rhsEnd(text, start, st.end);
  if (end <= start) return;
  const field = !name.startsWith('self.') && m[2] !== undefined ? b.inClassBody() : undefined;
  if (field) {
    b.add({ name: `self.${name}`, start, end, line: lineOf(text, st.first), kind: 'field', conditional: false, scope: field.start });
    return;
  }
  const where = b.enclosing(name.startsWith('self.') ? ['class'] : ['def']);
  b.add({ name, start, end, line: lineOf(text, st.first), kind: 'assign', conditional: where.conditional, scope: where.scope });
}

function readOther(b: Builder, text: string, st: Statement, syntax: Syntax): void {
  const h = st.head;
  const def = (syntax === 'js' ? JS_DEF : JL_DEF).exec(h);
  if (def) {
    const name = def[1] ?? def[2];
    if (!b.defined.has(name) && st.indent === 0) {
      b.defined.set(name, { name, kind: def[1] ? 'def' : 'class', start: st.first, end: st.end, line: lineOf(text, st.first), bases: '' });
    }
    return;
  }
  const m = (syntax === 'js' ? JS_ASSIGN : JL_ASSIGN).exec(h);
  if (!m) return;
  const name = m[1].replace(/^const\s+/, '');
  const start = st.first + m[0].length;
  const end = rhsEnd(text, start, st.end);
  if (end > start) b.add({ name, start, end, line: lineOf(text, st.first), kind: 'assign', conditional: st.indent > 0 && name !== 'this', scope: -1 });
}

export function scanBindings(text: string, syntax: Syntax): BindingIndex {
  const b = new Builder(text, syntax);
  let pos = 0;
  while (pos < text.length) {
    const st = statementAt(text, pos);
    if (!st) break;
    pos = st.next;
    if (st.indent < 0 || st.head.length === 0) continue;
    if (syntax === 'python') {
      if (st.head.startsWith('#')) continue;
      b.dedent(st.indent, st.start);
      readPython(b, text, st);
    } else {
      readOther(b, text, st, syntax);
    }
  }
  b.dedent(-1, text.length);
  for (const d of b.defined.values()) {
    const s = b.scopes.find((x) => x.start === d.start);
    if (s) (d as { end: number }).end = s.end;
  }
  return { byName: b.byName, defined: b.defined, scopes: b.scopes, relative: b.relative };
}
