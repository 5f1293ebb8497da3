// Numbers as the webviews show them. −0 reads as 0 (it is a sign bit, not a value users asked about), and a
// number that has a short exact spelling keeps it: 1e-320 is shown as typed, not as the subnormal's nearest
// six digits (9.99989e-321).
import { formatNumber } from '../../src/core';

/** For reading: `digits` significant digits, −0 as 0. */
export function displayNumber(v: number, digits: number): string {
  return formatNumber(v === 0 ? 0 : v, digits);
}

/** For a text box (ASCII minus, so it can be edited and re-read): the shortest exact form when it is no longer. */
export function editableNumber(v: number, digits = 6): string {
  if (v === 0) return '0';
  const exact = String(v);
  const rounded = formatNumber(v, digits).replace('−', '-').replace('e+', 'e');
  return exact.length <= rounded.length ? exact.replace('e+', 'e') : rounded;
}

/**
 * A whole number with thousands commas (1,000), as toLocaleString('en-US') writes it, without Intl: the first
 * Intl call in a document loads locale data (40–100 ms measured), which the panel's start-up cannot afford.
 */
export function groupedInteger(n: number): string {
  const s = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 && Math.trunc(n) !== 0 ? `-${s}` : s;
}
