// Arguments of our commands as other code passes them: a hover's Plot link (JSON in a command URI: ∞ and
// NaN arrive as null), or another extension calling executeCommand with anything at all (a getter that
// throws, a Proxy). Read into plain data first, then kept where they can be: a point that cannot be
// plotted is dropped and huge logits clamped, each with a note, never the whole request.
import { isObj } from './guards';
import { parseSelection } from './fields';
import { FRAMEWORKS, LIMITS, type Framework, type Selection } from './messages';
import { lookup, parseParams, repairParams } from './params';
import { formatNumber } from '../core';

const MAX_DEPTH = 4;
const MAX_ENTRIES = LIMITS.logits + 64;

/**
 * A plain copy (objects, arrays, strings, numbers, booleans, null), at most MAX_DEPTH deep and MAX_ENTRIES
 * entries in all; undefined when reading it throws or it is bigger. Getters run once, here, inside the try.
 */
export function plainCopy(v: unknown): unknown {
  let budget = MAX_ENTRIES;
  const copy = (x: unknown, depth: number): unknown => {
    if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
    if (typeof x !== 'object' || depth > MAX_DEPTH) throw new TypeError('not plain data');
    if (Array.isArray(x)) {
      if ((budget -= x.length) < 0) throw new RangeError('too big');
      return Array.from(x, (e) => copy(e, depth + 1));
    }
    if (!isObj(x)) throw new TypeError('not a plain object');
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x)) {
      if (--budget < 0) throw new RangeError('too big');
      out[k] = copy(x[k], depth + 1);
    }
    return out;
  };
  try {
    return copy(v, 0);
  } catch {
    return undefined;
  }
}

export type ArgReading = { readonly selection: Selection } | { readonly problem: string };

const show = (v: unknown) => (typeof v === 'number' ? formatNumber(v, 4) : v === null ? 'a non-finite number' : typeof v);

/** The point, if it can be plotted; else a note saying it was left out. */
function readPoint(x: unknown, notes: string[]): number | undefined {
  if (x === undefined) return undefined;
  if (typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= LIMITS.playgroundX) return x;
  notes.push(`the point x = ${show(x)} cannot be marked, so it was left out`);
  return undefined;
}

/** A vector input: finite entries clamped to ±LIMITS.logit and at most LIMITS.logits of them; else left out. */
function readVector(xs: unknown, notes: string[]): number[] | undefined {
  if (xs === undefined) return undefined;
  if (!Array.isArray(xs) || xs.length === 0 || !xs.every((e) => typeof e === 'number' && Number.isFinite(e))) {
    notes.push('the input vector has entries that are not finite numbers, so it was left out');
    return undefined;
  }
  const bound = LIMITS.logit;
  let values = xs as number[];
  if (values.length > LIMITS.logits) {
    notes.push(`only the first ${LIMITS.logits.toLocaleString('en-US')} of ${values.length.toLocaleString('en-US')} entries are shown`);
    values = values.slice(0, LIMITS.logits);
  }
  if (values.some((e) => Math.abs(e) > bound)) {
    notes.push(`entries beyond ±${formatNumber(bound, 2)} were clamped to it`);
    values = values.map((e) => Math.max(-bound, Math.min(bound, e)));
  }
  return values;
}

/** The framework whose preset the panel should show; one it has no preset for is left out, with a note. */
function readFramework(f: unknown, notes: string[]): Framework | undefined {
  if (f === undefined) return undefined;
  const known = FRAMEWORKS.find((k) => k === f);
  if (!known) notes.push(`the framework ${typeof f === 'string' ? `'${f.slice(0, 40)}'` : show(f)} has no preset here, so the panel's stays`);
  return known;
}

/** What a command argument asks to show, or why nothing can be shown (an unknown id, unreadable data). */
export function readSelectionArg(arg: unknown): ArgReading {
  const v = plainCopy(arg);
  if (!isObj(v)) return { problem: v === undefined ? 'the argument could not be read' : 'the argument is not an object' };
  const def = lookup(v.id);
  if (!def) return { problem: 'no known activation id' };
  const notes: string[] = [];
  let params = v.params === undefined ? undefined : parseParams(def, v.params);
  if (v.params !== undefined && !params) {
    params = repairParams(def, v.params);
    notes.push('some parameters did not fit and were reset to their defaults');
  }
  const x = readPoint(v.x, notes);
  // A vector means something only to a vector function (an element-wise one is plotted over a range anyway).
  const xs = def.kind === 'vector' ? readVector(v.xs, notes) : undefined;
  const framework = readFramework(v.framework, notes);
  const selection = parseSelection({
    id: def.id,
    ...(params && Object.keys(params).length ? { params } : {}),
    ...(x !== undefined ? { x } : {}),
    ...(xs ? { xs } : {}),
    ...(framework ? { framework } : {}),
    ...(notes.length ? { note: `Plotted ${def.id}: ${notes.join('; ')}.`.slice(0, LIMITS.message) } : {}),
  });
  return selection ? { selection } : { problem: 'the argument does not describe something to plot' };
}
