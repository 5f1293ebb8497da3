// The document scans kept between requests: one per document version (keyed by uri and version, checked
// against the text itself), and a few for texts without a version. A request never scans twice.
import type { Syntax } from '../language';
import { DocumentScan } from './document';

/** Documents with a version kept (open editors, notebook cells). */
const VERSIONED = 16;
/** Texts without a version kept (tests, one-off reads), found by identity. */
const UNVERSIONED = 4;

/** Scans built and characters lexed since the process started (tests count them; the bench reports them). */
const stats = { scans: 0, chars: 0 };

export function scanStats(): { readonly scans: number; readonly chars: number } {
  return { ...stats };
}

function scanNow(text: string, syntax: Syntax): DocumentScan {
  stats.scans++;
  stats.chars += text.length;
  return new DocumentScan(text, syntax);
}

const byUri = new Map<string, { readonly version: number; readonly scan: DocumentScan }>();
const recent: DocumentScan[] = [];

export interface ScanKey {
  readonly uri?: string;
  readonly version?: number;
}

/**
 * The scan of `text`, built at most once per document version. With `uri` and `version` the scan is kept
 * under them (the newest version of each of the last 16 documents); without, the last 4 texts are kept and
 * found by identity. Either way a cached scan is only used for the very same text.
 */
export function documentScan(text: string, syntax: Syntax, key: ScanKey = {}): DocumentScan {
  if (key.uri !== undefined && key.version !== undefined) {
    const id = `${syntax}|${key.uri}`;
    const hit = byUri.get(id);
    if (hit && hit.version === key.version && hit.scan.text === text) {
      byUri.delete(id);
      byUri.set(id, hit);
      return hit.scan;
    }
    const scan = scanNow(text, syntax);
    byUri.delete(id);
    byUri.set(id, { version: key.version, scan });
    if (byUri.size > VERSIONED) byUri.delete(byUri.keys().next().value as string);
    return scan;
  }
  const k = recent.findIndex((s) => s.syntax === syntax && s.text === text);
  if (k >= 0) {
    const [hit] = recent.splice(k, 1);
    recent.unshift(hit);
    return hit;
  }
  const scan = scanNow(text, syntax);
  recent.unshift(scan);
  if (recent.length > UNVERSIONED) recent.pop();
  return scan;
}

/** Forgets every kept scan (tests; a host that wants to free memory). */
export function clearScanCache(): void {
  byUri.clear();
  recent.length = 0;
}
