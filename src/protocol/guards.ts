// Small checks the validators are built from. Values arrive from postMessage (structured clone), from a
// command URI (JSON) or from restored webview state (JSON): anything may be there, so nothing is trusted.

export type Obj = Readonly<Record<string, unknown>>;

/** Keys that must never be copied into an object we build. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain object (not an array, not a class instance), with no forbidden own keys. */
export function isObj(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return !Object.keys(v).some((k) => FORBIDDEN_KEYS.has(k));
}

/** True when `o` has no own keys besides `allowed` (messages are strict: an extra field drops them). */
export function onlyKeys(o: Obj, allowed: readonly string[]): boolean {
  return Object.keys(o).every((k) => allowed.includes(k));
}

export function isFiniteIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
}

export function isIntIn(v: unknown, min: number, max: number): v is number {
  return isFiniteIn(v, min, max) && Number.isInteger(v);
}

export function isStr(v: unknown, maxLength: number): v is string {
  return typeof v === 'string' && v.length <= maxLength;
}

export function isOneOf<T extends string>(v: unknown, options: readonly T[]): v is T {
  return typeof v === 'string' && (options as readonly string[]).includes(v);
}

/** A real array of at most `max` finite numbers within ±`bound`; a copy, or undefined. */
export function finiteArray(v: unknown, max: number, bound: number): number[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!isFiniteIn(x, -bound, bound)) return undefined;
    out[i] = x;
  }
  return out;
}

/** A name that can be a file's default name in a save dialog: letters, digits, `._-`, no path. */
export function isFileName(v: unknown, maxLength: number): v is string {
  return isStr(v, maxLength) && /^[\w][\w.-]*$/.test(v) && !v.includes('..');
}
