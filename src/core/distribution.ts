// Statistics of a probability vector that the hover and the panel both show: entropy and the top two entries.

/**
 * Shannon entropy in nats, −Σ p·log p over the entries with p > 0. Pass `logp` (from the stable
 * log-softmax) when you have it: log(p) of a tiny p has lost digits that log-softmax kept.
 */
export function entropy(p: readonly number[], logp?: readonly number[]): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * (logp ? logp[i] : Math.log(p[i]));
  return h === 0 ? 0 : h; // no −0
}

/** Indices of the largest and second-largest entries (first on ties); −1 where there is none. */
export function topTwo(p: readonly number[]): [number, number] {
  let a = -1;
  let b = -1;
  for (let i = 0; i < p.length; i++) {
    if (a < 0 || p[i] > p[a]) { b = a; a = i; } else if (b < 0 || p[i] > p[b]) b = i;
  }
  return [a, b];
}

/** Largest minus second-largest entry; undefined for fewer than two entries. */
export function topTwoMargin(p: readonly number[]): number | undefined {
  const [a, b] = topTwo(p);
  return b < 0 ? undefined : p[a] - p[b];
}
