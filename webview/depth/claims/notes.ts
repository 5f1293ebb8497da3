// Notes on a function card that correct or sharpen a claim of the seed, with the numbers computed by the
// core (never typed in). GELU: the seed's note says the value converges to 1; it is the slope that does.
import { activation, formatNumber } from '../../../src/core';

/** two points: the slope already near 1 at 3, equal to 1 in double precision at 10 */
const AT = [3, 10] as const;

/** A short note for `id`'s card, or undefined. */
export function cardNote(id: string, params: Readonly<Record<string, number | string>>): string | undefined {
  if (id !== 'gelu') return undefined;
  const def = activation('gelu');
  if (!def || def.kind !== 'elementwise') return undefined;
  const k = def.bind(params);
  const list = (g: (x: number) => number, name: string) => AT.map((x) => `${name}(${x}) = ${formatNumber(g(x), 6)}`).join(', ');
  return `For large x, GELU's slope tends to 1 (${list(k.df, 'gelu′')}) while GELU(x) itself grows like x ` +
    `(${list(k.f, 'gelu')}): it is the derivative, not the value, that converges to 1.`;
}
