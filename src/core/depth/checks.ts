// Argument checks of the depth functions: a RangeError that names the argument and what it must be.

/** v if it is a finite number (and ≥ 0 when `nonNegative`). */
export function checkFinite(owner: string, name: string, v: unknown, nonNegative = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || (nonNegative && v < 0)) {
    throw new RangeError(`${owner}: ${name} must be a finite number${nonNegative ? ' ≥ 0' : ''}, got ${String(v)}`);
  }
  return v;
}

/** v if it is an integer in [lo, hi]. */
export function checkInteger(owner: string, name: string, v: unknown, lo: number, hi: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) {
    throw new RangeError(`${owner}: ${name} must be an integer in [${lo}, ${hi}], got ${String(v)}`);
  }
  return v;
}
