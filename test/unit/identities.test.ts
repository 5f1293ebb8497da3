// Identities the core must satisfy, at seeded pseudo-random points. They need no reference values:
// each compares the core with itself (symmetry, definitions in terms of other functions, the
// derivative against a central difference of the value), so they catch inconsistencies the
// fixture points may not land on. Tolerances are in ULPs (./ulp.ts) and argued next to each test
// from the fixture tolerances (values within 2–4 ULP).
import * as assert from 'node:assert/strict';
import { activation, activations } from '../../src/core';
import type { ElementwiseActivation, Params, ResolvedParams, VectorActivation } from '../../src/core';
import { kinksOf } from '../../src/core/depth/kinks';
import { show, ulp, ulpDistance } from './ulp';

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n points: half uniform in [−lim, lim], half log-uniform in magnitude in [lo, lim], random sign. */
function points(seed: number, n: number, lim: number, lo = 1e-6): number[] {
  const rnd = mulberry32(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) out.push((2 * rnd() - 1) * lim);
    else {
      const mag = Math.exp(Math.log(lo) + rnd() * (Math.log(lim) - Math.log(lo)));
      out.push(rnd() < 0.5 ? -mag : mag);
    }
  }
  return out;
}

function fn(id: string): ElementwiseActivation {
  const def = activation(id);
  assert.ok(def && def.kind === 'elementwise', `elementwise activation '${id}' missing`);
  return def;
}

function vec(id: string): VectorActivation {
  const def = activation(id);
  assert.ok(def && def.kind === 'vector', `vector activation '${id}' missing`);
  return def;
}

/** Collects violations and fails once with the count and the worst few. */
function expectAll(label: string, xs: readonly number[], check: (x: number) => string | undefined): void {
  const bad: string[] = [];
  for (const x of xs) {
    const msg = check(x);
    if (msg !== undefined) bad.push(`x=${show(x)}: ${msg}`);
  }
  if (bad.length) assert.fail(`${label}: ${bad.length}/${xs.length} points fail\n    ${bad.slice(0, 5).join('\n    ')}`);
}

/** Sum with Neumaier's compensation, so the test adds no rounding error of its own. */
function accurateSum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
    s = t;
  }
  return s + c;
}

const MODERATE = points(1, 2000, 20);

describe('identities', () => {
  describe('symmetry', () => {
    it('σ(x) + σ(−x) = 1 within one ULP of 1 for |x| ≤ 20', () => {
      const s = fn('sigmoid');
      expectAll('sigmoid', MODERATE, (x) => {
        const sum = s.value(x) + s.value(-x);
        return Math.abs(sum - 1) <= ulp(1) ? undefined : `sum = ${sum}`;
      });
    });

    for (const id of ['tanh', 'erf', 'softsign']) {
      it(`${id} is odd exactly: f(−x) === −f(x)`, () => {
        const f = fn(id);
        expectAll(id, [...MODERATE, ...points(2, 500, 1e300)], (x) =>
          Object.is(f.value(-x), -f.value(x)) ? undefined : `f(−x) = ${show(f.value(-x))}, f(x) = ${show(f.value(x))}`);
      });
    }

    for (const approximate of ['none', 'tanh']) {
      it(`gelu(x) − gelu(−x) = x within 8 ULP of x (approximate='${approximate}', |x| ≤ 20)`, () => {
        // Each value is within 4 ULP of its size (≤ |x|): the difference is within 8 ULP(x) plus one rounding.
        const g = fn('gelu');
        const p = { approximate };
        expectAll(`gelu ${approximate}`, MODERATE, (x) => {
          const d = g.value(x, p) - g.value(-x, p);
          const e = Math.abs(d - x) / ulp(x);
          return e <= 8 ? undefined : `difference ${d}, error ${e.toFixed(1)} ULP`;
        });
      });
    }

    it('softplus(x) − softplus(−x) = x for |x| ≤ 20, within 6 ULP of softplus(|x|)', () => {
      // For small x the difference cancels (log 2 − log 2): the error scales with the operands, not with x.
      const sp = fn('softplus');
      expectAll('softplus', MODERATE, (x) => {
        const d = sp.value(x) - sp.value(-x);
        const e = Math.abs(d - x) / ulp(sp.value(Math.abs(x)));
        return e <= 6 ? undefined : `difference ${d}, error ${e.toFixed(1)} ULP`;
      });
    });
  });

  describe('definitions in terms of each other', () => {
    it('silu(x) = x·sigmoid(x) within 5 ULP (|x| ≤ 30)', () => {
      // silu within 2 ULP, sigmoid within 2, the product rounds once more.
      const silu = fn('silu');
      const s = fn('sigmoid');
      expectAll('silu', points(3, 2000, 30), (x) => {
        const u = ulpDistance(silu.value(x), x * s.value(x));
        return u <= 5 ? undefined : `silu ${silu.value(x)}, x·σ(x) ${x * s.value(x)}, ${u} ULP`;
      });
    });

    it('logsigmoid(x) = −softplus(−x) exactly (x ≥ −20, below softplus\'s threshold)', () => {
      const ls = fn('logsigmoid');
      const sp = fn('softplus');
      const xs = [...points(4, 2000, 40), ...points(5, 200, 1e-300)].filter((x) => x >= -20);
      expectAll('logsigmoid', xs, (x) =>
        Object.is(ls.value(x), -sp.value(-x)) ? undefined : `logsigmoid ${show(ls.value(x))}, −softplus(−x) ${show(-sp.value(-x))}`);
    });

    it('quick_gelu(x) = silu(x) at β = 1.702 exactly, and lies within 0.021 of gelu(x)', () => {
      const q = fn('quick_gelu');
      const silu = fn('silu');
      const gelu = fn('gelu');
      expectAll('quick_gelu', points(11, 2000, 30), (x) => {
        if (!Object.is(q.value(x), silu.value(x, { beta: 1.702 }))) return `quick_gelu ${q.value(x)}, silu ${silu.value(x, { beta: 1.702 })}`;
        return Math.abs(q.value(x) - gelu.value(x)) < 0.021 ? undefined : `|quick_gelu − gelu| = ${Math.abs(q.value(x) - gelu.value(x))}`;
      });
    });

    it('gelu_10 is gelu inside [min, max] and the clip outside, exactly', () => {
      const c = fn('gelu_10');
      const gelu = fn('gelu');
      const p = { min: -0.1, max: 3 };
      expectAll('gelu_10', points(12, 2000, 20), (x) => {
        const g = gelu.value(x);
        const want = g < -0.1 ? -0.1 : g > 3 ? 3 : g;
        return Object.is(c.value(x, p), want) ? undefined : `gelu_10 ${c.value(x, p)}, clip(gelu) ${want}`;
      });
    });

    it('relu2(x) = relu(x)² exactly; lisht and logcosh are even exactly', () => {
      const r2 = fn('relu2');
      const relu = fn('relu');
      const lisht = fn('lisht');
      const lc = fn('logcosh');
      expectAll('even', [...points(13, 2000, 50), ...points(14, 200, 1e300)], (x) => {
        const r = relu.value(x);
        if (!Object.is(r2.value(x), r * r)) return `relu2 ${r2.value(x)}, relu² ${r * r}`;
        if (lisht.value(-x) !== lisht.value(x)) return `lisht(−x) ${lisht.value(-x)}, lisht(x) ${lisht.value(x)}`;
        return lc.value(-x) === lc.value(x) ? undefined : `logcosh(−x) ${lc.value(-x)}, logcosh(x) ${lc.value(x)}`;
      });
    });

    it('lisht(x) = x·tanh(x) within 4 ULP; logcosh(x) = log(cosh(x)) within 4 ULP for 1 ≤ |x| ≤ 20', () => {
      // Both sides within 2 ULP of the truth (tanh and cosh to about 1 ULP, one rounding more; log(cosh x) ≥ 0.43).
      const lisht = fn('lisht');
      const lc = fn('logcosh');
      expectAll('lisht', points(15, 2000, 20), (x) => {
        const u = ulpDistance(lisht.value(x), x * Math.tanh(x));
        return u <= 4 ? undefined : `lisht ${lisht.value(x)}, x·tanh(x) ${x * Math.tanh(x)}, ${u} ULP`;
      });
      expectAll('logcosh', points(16, 2000, 20).filter((x) => Math.abs(x) >= 1), (x) => {
        const u = ulpDistance(lc.value(x), Math.log(Math.cosh(x)));
        return u <= 4 ? undefined : `logcosh ${lc.value(x)}, log(cosh(x)) ${Math.log(Math.cosh(x))}, ${u} ULP`;
      });
    });

    it('laplace(x) + laplace(−x) = 1 within 2 ULP at μ = 0 (the normal CDF is symmetric)', () => {
      const lp = fn('laplace');
      const p = { mu: 0, sigma: 0.6 };
      expectAll('laplace', points(17, 2000, 6), (x) => {
        const sum = lp.value(x, p) + lp.value(-x, p);
        return Math.abs(sum - 1) <= 2 * ulp(1) ? undefined : `sum ${sum}`;
      });
    });

    it('hard_mish(x) = ½x·clamp(x + 2, 0, 2) within 2 ULP', () => {
      const hm = fn('hard_mish');
      expectAll('hard_mish', [...points(18, 2000, 4), -2, -1, 0], (x) => {
        const naive = 0.5 * x * Math.min(Math.max(x + 2, 0), 2);
        const u = ulpDistance(hm.value(x), naive);
        return u <= 2 ? undefined : `hard_mish ${hm.value(x)}, naive ${naive}, ${u} ULP`;
      });
    });

    it('hardswish(x) = x·hardsigmoid(x) within 4 ULP', () => {
      const hw = fn('hardswish');
      const hs = fn('hardsigmoid');
      expectAll('hardswish', [...points(6, 2000, 6), -3, 3, -1.5, 0.5], (x) => {
        const u = ulpDistance(hw.value(x), x * hs.value(x));
        return u <= 4 ? undefined : `hardswish ${hw.value(x)}, x·hardsigmoid ${x * hs.value(x)}, ${u} ULP`;
      });
    });
  });

  describe('signed zero', () => {
    const odd: [string, Params][] = [
      ['tanh', {}], ['erf', {}], ['gelu', {}], ['gelu', { approximate: 'tanh' }], ['silu', {}],
      ['softsign', {}], ['tanhshrink', {}], ['mish', {}], ['quick_gelu', {}], ['gelu_10', {}],
    ];
    for (const [id, p] of odd) {
      it(`${id}${Object.keys(p).length ? ` ${JSON.stringify(p)}` : ''} keeps the sign of zero: f(−0) is −0, f(+0) is +0`, () => {
        const f = fn(id);
        assert.ok(Object.is(f.value(-0, p), -0), `${id}(−0) = ${show(f.value(-0, p))}`);
        assert.ok(Object.is(f.value(0, p), 0), `${id}(+0) = ${show(f.value(0, p))}`);
      });
    }
  });

  describe('derivative = central difference of the value at smooth points', () => {
    /** Where f is not smooth enough for a difference quotient: the kinks the depth quadrature cuts at (one list). */
    const kinks = (id: string, p: ResolvedParams): readonly number[] => kinksOf(id, p);

    const elementwise = activations().filter((a): a is ElementwiseActivation => a.kind === 'elementwise');

    it('enumerates the element-wise functions from the registry', () => {
      assert.ok(elementwise.length >= 29, `only ${elementwise.length} element-wise activations`);
    });

    for (const def of elementwise) {
      // Default parameters, plus every option of a choice parameter (gelu's approximate='tanh').
      const sets: Params[] = [{}];
      for (const spec of def.params) {
        if (spec.type === 'choice') for (const o of spec.options) if (o !== spec.default) sets.push({ [spec.name]: o });
      }
      for (const params of sets) {
        const label = `${def.id}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`;
        it(label, () => {
          const ks = kinks(def.id, def.resolve(params));
          const xs = points(7, 600, 10, 1e-4);
          let tested = 0;
          expectAll(label, xs, (x) => {
            const h = 1e-5 * Math.max(1, Math.abs(x));
            if (ks.some((k) => Math.abs(x - k) < 1e-3 * Math.max(1, Math.abs(k)) + 8 * h)) return undefined;
            const f = (t: number) => def.value(t, params);
            const [fp, fm, f0] = [f(x + h), f(x - h), f(x)];
            // A kink the table does not know (a new function): the one-sided slopes disagree. Skip.
            const right = (fp - f0) / h;
            const left = (f0 - fm) / h;
            if (Math.abs(right - left) > 1e-2 * Math.max(Math.abs(right), Math.abs(left)) + 1e-3 && ks.length === 0) {
              return undefined;
            }
            tested++;
            // Five-point central difference: truncation h⁴·f⁽⁵⁾/30 is negligible even where f′ ≈ 0 and f‴ is
            // not (tanhshrink near 0, where the three-point h²·f‴/6 would dominate). Rounding in f(x ± h),
            // f(x ± 2h) costs about ulp(f)/h whatever f′ is.
            const [fp2, fm2] = [f(x + 2 * h), f(x - 2 * h)];
            const fd = (fm2 - 8 * fm + 8 * fp - fp2) / (12 * h);
            const d = def.derivative(x, params);
            const roundOff = 16 * ulp(Math.max(Math.abs(fp2), Math.abs(fm2))) / h;
            const tol = 1e-6 * Math.max(Math.abs(d), Math.abs(fd)) + roundOff;
            return Math.abs(d - fd) <= tol ? undefined : `derivative ${d}, central difference ${fd}`;
          });
          assert.ok(tested >= xs.length * 0.8, `${label}: only ${tested}/${xs.length} points were smooth enough to test`);
        });
      }
    }
  });

  describe('softmax', () => {
    const softmax = vec('softmax');

    /** Seeded logit vectors: lengths 1..1000, spreads 1e-3..1e4, some at a temperature. */
    const cases = (() => {
      const rnd = mulberry32(8);
      const out: { xs: number[]; params: Params }[] = [];
      const spreads = [1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4];
      const temps = [undefined, undefined, 0.5, 3, 0.7];
      for (let i = 0; i < 80; i++) {
        const n = i < 4 ? i + 1 : 1 + Math.floor(Math.exp(rnd() * Math.log(1000)));
        const spread = spreads[Math.floor(rnd() * spreads.length)];
        const xs = Array.from({ length: n }, () => (rnd() - 0.5) * spread);
        const t = temps[Math.floor(rnd() * temps.length)];
        out.push({ xs, params: t === undefined ? {} : { temperature: t } });
      }
      return out;
    })();

    it('sums to 1 within 4 ULP of 1', () => {
      // Each entry is within 4 ULP of p_i, i.e. 4·2^-52·p_i at most: the exact sum of the errors is ≤ 4·ulp(1).
      const bad: string[] = [];
      for (const { xs, params } of cases) {
        const p = softmax.value(xs, params) as number[];
        const s = accurateSum(p);
        if (Math.abs(s - 1) > 4 * ulp(1)) bad.push(`n=${xs.length} ${JSON.stringify(params)}: sum ${s}`);
      }
      assert.deepEqual(bad, []);
    });

    it('is unchanged by a constant shift: softmax(x + c) = softmax(x) within 8 ULP', () => {
      // Logits on a 2^-16 grid and c on it too, all below 2^20: x + c is exact, so the two inputs
      // have the same true softmax and each result is within 4 ULP of it.
      const rnd = mulberry32(9);
      const bad: string[] = [];
      for (const { xs, params } of cases) {
        const grid = xs.map((x) => Math.round(x * 65536) / 65536);
        const c = Math.round((rnd() - 0.5) * 2000 * 65536) / 65536;
        const shifted = grid.map((x) => x + c);
        assert.ok(shifted.every((v, i) => v - c === grid[i]), 'test setup: shift must be exact');
        const a = softmax.value(grid, params) as number[];
        const b = softmax.value(shifted, params) as number[];
        a.forEach((v, i) => {
          const u = ulpDistance(v, b[i]);
          if (u > 8) bad.push(`n=${grid.length} c=${c} [${i}]: ${v} vs ${b[i]} (${u} ULP)`);
        });
      }
      assert.deepEqual(bad.slice(0, 5), []);
    });
  });
});
