// Number formatting shared by the hover, the panel and the playground.

/** x to `digits` significant digits, with exponent notation outside [1e-4, 1e6); −0, ±∞ and NaN spelled out. */
export function formatNumber(x: number, digits = 6): string {
  if (x !== x) return 'NaN';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x === 0) return Object.is(x, -0) ? '−0' : '0';
  const d = Math.min(17, Math.max(1, Math.round(digits)));
  const a = Math.abs(x);
  let s: string;
  if (a >= 1e-4 && a < 1e6) {
    s = x.toPrecision(d);
    if (s.includes('e')) s = x.toExponential(d - 1);
    else if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  } else {
    s = x.toExponential(d - 1).replace(/\.?0+e/, 'e');
  }
  return s.replace(/^-/, '−');
}

/** A tensor (nested arrays) as a short bracketed string, eliding the middle of long rows. */
export function formatTensor(t: unknown, digits = 6, maxItems = 8): string {
  if (typeof t === 'number') return formatNumber(t, digits);
  if (!Array.isArray(t)) return String(t);
  const items = t.length > maxItems ? [...t.slice(0, maxItems / 2), '…', ...t.slice(-maxItems / 2)] : t;
  return `[${items.map((v) => (v === '…' ? '…' : formatTensor(v, digits, maxItems))).join(', ')}]`;
}
