// Logits typed as a list (`1, 2, 3`, `[1 2 3]`, `1;2;3`), with the limits both webviews enforce.
import { LIMITS } from '../../src/protocol';
import { groupedInteger } from './numbers';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Longest text we even split (2 MB: 100,000 pasted logits are counted and refused with a clear message). */
const MAX_TEXT = 2_000_000;

/** `1, 2, 3`, `[1 2 3]`, `1;2;3` → numbers; a short message when it cannot be used. */
export function parseLogits(text: string): Parsed<number[]> {
  if (text.length > MAX_TEXT) return { ok: false, message: `too long: at most ${groupedInteger(LIMITS.logits)} logits` };
  const body = text.replace(/[[\]()]/g, ' ').replace(/\u2212/g, '-').trim();
  if (body === '') return { ok: false, message: 'enter at least one number' };
  const parts = body.split(/[\s,;]+/).filter((s) => s !== '');
  if (parts.length > LIMITS.logits) {
    return { ok: false, message: `at most ${groupedInteger(LIMITS.logits)} logits (got ${groupedInteger(parts.length)})` };
  }
  const values: number[] = [];
  for (const s of parts) {
    const v = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s) ? Number(s) : NaN;
    if (Number.isNaN(v)) return { ok: false, message: `"${s.slice(0, 20)}" is not a number` };
    if (!Number.isFinite(v) || Math.abs(v) > LIMITS.logit) return { ok: false, message: `logits must be within ±${LIMITS.logit.toExponential(0).replace('+', '')}` };
    values.push(v);
  }
  return { ok: true, value: values };
}

export function formatLogits(values: readonly number[]): string {
  return values.map((v) => String(v)).join(', ');
}
