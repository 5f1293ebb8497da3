// Lookups in a document's bindings index (./bindings.ts): which binding a name at an offset refers to, and the
// one index per document scan (so once per document version). Each lookup is a binary search and a short walk.
import { scanBindings, type Binding, type BindingIndex } from './bindings';
import type { DocumentScan } from './scan';

/** The innermost scope of `kind` containing `offset`, by its start (-1: module level). Binary search, then a short walk out. */
export function scopeAt(index: BindingIndex, offset: number, kind: 'def' | 'class'): number {
  const s = index.scopes;
  let lo = 0;
  let hi = s.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // nesting is shallow: walk back over the few scopes that start before the offset but ended
  for (let i = last, n = 0; i >= 0 && n < 64; i--, n++) {
    if (s[i].kind === kind && s[i].end > offset) return s[i].start;
  }
  return -1;
}

export interface Found {
  readonly binding: Binding;
  /** Bound exactly once in its scope, outside loops and branches: its value is what the name holds. */
  readonly only: boolean;
}

/** The binding a name at `offset` refers to: its scope's (class for `self.…`, function for the rest), else module level. */
export function lookupBinding(index: BindingIndex, name: string, offset: number): Found | undefined {
  const self = name.startsWith('self.') || name.startsWith('this.');
  const scope = self && name.startsWith('this.') ? -1 : scopeAt(index, offset, self ? 'class' : 'def');
  const here = index.byName.get(`${scope}|${name}`) ?? (self ? undefined : index.byName.get(`-1|${name}`));
  if (!here?.length) return undefined;
  // the last binding before the use (bindings are in text order: a short backward walk)
  let i = here.length - 1;
  while (i > 0 && here[i].start > offset && here.length - i < 64) i--;
  const binding = here[i];
  return { binding, only: here.length === 1 && !binding.conditional };
}

// --- beside the document scan: one index per scan (so once per document version) ---------------------------------

const byScan = new WeakMap<DocumentScan, BindingIndex>();

export function bindingsOf(scan: DocumentScan): BindingIndex {
  let index = byScan.get(scan);
  if (!index) byScan.set(scan, (index = scanBindings(scan.text, scan.syntax)));
  return index;
}
