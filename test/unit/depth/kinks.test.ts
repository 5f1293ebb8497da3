// Every element-wise activation's kinks are known to the quadrature: a scan for jumps in f′ or f″
// over [−16, 16] must find none that src/core/depth/kinks.ts does not list (z = 0 is always cut).
// A new activation with a kink fails here until it is listed.
import * as assert from 'node:assert/strict';
import { activations } from '../../../src/core';
import type { ElementwiseActivation, Params } from '../../../src/core';
import { kinksOf } from '../../../src/core/depth/kinks';

const H = 2 ** -8;
const N = 32 * 256;

/** The z (on the grid) where f′ or f″ changes abruptly: an isolated spike in a first or second difference. */
function detectKinks(df: (x: number) => number): number[] {
  const g = new Float64Array(N + 1);
  for (let i = 0; i <= N; i++) g[i] = df(-16 + i * H);
  const found: number[] = [];
  for (let i = 3; i + 3 <= N; i++) {
    const d = (j: number) => Math.abs(g[j + 1] - g[j]);
    const e = (j: number) => Math.abs(g[j + 1] - 2 * g[j] + g[j - 1]);
    const jump = d(i) > 1e-6 && d(i) > 20 * Math.max(d(i - 2), d(i + 2));
    const bend = e(i) > 1e-7 && e(i) > 20 * Math.max(e(i - 2), e(i + 2));
    if (jump || bend) found.push(-16 + i * H);
  }
  return found;
}

const variants: Record<string, Params[]> = {
  hardtanh: [{ min_val: -2, max_val: 3 }],
  hardsigmoid: [{ slope: 0.2 }],
  threshold: [{ threshold: 0.5, value: -1 }],
  softshrink: [{ lambd: 1.25 }],
  hardshrink: [{ lambd: 2 }],
  elu: [{ alpha: 0.5 }],
  gelu_10: [{ max: 5 }, { min: -0.1, max: 3 }],
  xielu: [{ eps: -0.05 }],
};

describe('depth: kinks of every element-wise activation are listed', () => {
  const defs = activations().filter((a): a is ElementwiseActivation => a.kind === 'elementwise');
  for (const def of defs) {
    for (const params of [{}, ...(variants[def.id] ?? [])]) {
      it(`${def.id} ${JSON.stringify(params)}`, () => {
        const listed = [0, ...kinksOf(def.id, def.resolve(params), def.bind(params))];
        const missing = detectKinks(def.bind(params).df).filter((z) => !listed.some((k) => Math.abs(k - z) <= 3 * H));
        assert.deepEqual(missing, [], `${def.id}: derivative jumps or bends at ${missing.slice(0, 5).join(', ')} not in kinks.ts`);
      });
    }
  }

  it('the scan itself finds a kink that is there (relu6 at 6)', () => {
    const relu6 = activations().find((a) => a.id === 'relu6') as ElementwiseActivation;
    assert.ok(detectKinks(relu6.bind({}).df).some((z) => Math.abs(z - 6) <= 3 * H));
  });
});
