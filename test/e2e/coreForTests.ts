// The core, imported into the e2e test process to compute the values the webviews should show.
import { logSoftmax1d, softmax1d } from '../../src/core';

export { activation, toDType } from '../../src/core';
export type { ElementwiseActivation } from '../../src/core';

/** Entropy (nats) of softmax(logits / t), as the softmax view computes it. */
export function entropy1dForTest(logits: readonly number[], t: number): number {
  const p = softmax1d(logits, t);
  const lp = logSoftmax1d(logits, t);
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * lp[i];
  return h === 0 ? 0 : h;
}
