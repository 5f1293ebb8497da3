// Gaussian expectations of every element-wise activation against mpmath (test/fixtures/depth/*.json,
// written by scripts/fixtures/depth.py at 24 and 32 digits). No result is hard-coded here.
//   E[f²], E[f′²]: relative error ≤ TOL;  E[f], E[f′]: error ≤ TOL·E|f|, TOL·E|f′| (they may cancel to 0).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activations, edgeOfChaos, criticalPoint, gaussianExpectations, throughActivation } from '../../../src/core';
import type { Params } from '../../../src/core';

const TOL = 1e-12;
const DIR = path.join(__dirname, '..', '..', 'fixtures', 'depth');

interface Case { mean: string; std: string; f: string; f2: string; df: string; df2: string; absF: string; absDf: string }
interface Fixture { id: string; params: Params; cases: Case[] }
interface Critical { id: string; params: Params; biasVariance: string; fixedPoint: string; weightVariance: string }

const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'critical.json').sort() : [];
const read = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as T;

function within(what: string, actual: number, expected: number, scale: number): void {
  const err = Math.abs(actual - expected);
  assert.ok(err <= TOL * scale || actual === expected, `${what}: ${actual} vs ${expected} (error ${(err / scale).toExponential(2)} of the scale)`);
}

describe('depth: Gaussian expectations against mpmath', () => {
  it('has a fixture for every element-wise activation of the registry', () => {
    const covered = new Set(files.map((f) => read<Fixture>(f).id));
    const missing = activations().filter((a) => a.kind === 'elementwise' && !covered.has(a.id)).map((a) => a.id);
    assert.deepEqual(missing, []);
  });

  for (const file of files) {
    it(file, () => {
      const fx = read<Fixture>(file);
      for (const c of fx.cases) {
        const input = { mean: Number(c.mean), std: Number(c.std) };
        const at = `${fx.id} N(${c.mean}, ${c.std}²)`;
        const e = gaussianExpectations(fx.id, fx.params, input);
        within(`${at} E[f]`, e.f, Number(c.f), Number(c.absF));
        within(`${at} E[f²]`, e.f2, Number(c.f2), Number(c.f2));
        within(`${at} E[f′]`, e.df, Number(c.df), Number(c.absDf));
        within(`${at} E[f′²]`, e.df2, Number(c.df2), Number(c.df2));
        const t = throughActivation(fx.id, fx.params, input);
        within(`${at} mean`, t.mean, Number(c.f), Number(c.absF));
        // (E[f²] overflowing makes the variance ∞: exponential at std 30)
        const variance = Number(c.f2) === Infinity ? Infinity : Number(c.f2) - Number(c.f) ** 2;
        within(`${at} variance`, t.variance, variance, Number(c.f2));
        within(`${at} through E[f′²]`, t.meanSquaredDerivative, Number(c.df2), Number(c.df2));
      }
    });
  }
});

describe('depth: edge of chaos against mpmath', () => {
  const rows = fs.existsSync(path.join(DIR, 'critical.json')) ? read<Critical[]>('critical.json') : [];
  it('has reference critical points', () => assert.ok(rows.length >= 6));
  for (const r of rows) {
    it(`${r.id} at σb² = ${r.biasVariance}`, () => {
      const c = criticalPoint(r.id, r.params, Number(r.biasVariance));
      assert.ok(Math.abs(c.weightVariance / Number(r.weightVariance) - 1) < 1e-10, `σw² ${c.weightVariance} vs ${r.weightVariance}`);
      assert.ok(Math.abs(c.fixedPoint / Number(r.fixedPoint) - 1) < 1e-8, `q* ${c.fixedPoint} vs ${r.fixedPoint}`);
      assert.equal(edgeOfChaos(r.id, r.params, Number(r.biasVariance)), c.weightVariance);
    });
  }
});
