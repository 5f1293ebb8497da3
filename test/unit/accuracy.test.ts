// Accuracy of the numeric core against committed high-precision fixtures.
//
// The fixtures (test/fixtures/accuracy/*.json) are written by scripts/fixtures/generate.py from
// mpmath at 60+ digits; every expected number is the correctly rounded double of the true value.
// This file hard-codes no results: it reads every fixture and checks the public interface
// (`activation(id).value / .derivative`, and `.value(xs)` for the vector functions, whose output may be
// half (glu, swiglu, geglu, reglu) or twice (crelu) the input's length).
//
// Per point: |error| in ULPs (ordered-integer distance, ./ulp.ts) must be within the file's
// tolerance. Where the fixture gives `derivativeScale` (functions whose derivative crosses zero:
// the terms of f' cancel there), an absolute error up to tolerance × ulp(scale) also passes.
// On top of the tolerance: at x = ±Infinity the limit must be exact, NaN must give NaN, and the
// failure message names what went wrong (NaN, ±Infinity, false zero, flushed subnormal).
// The sign of a zero is compared only on points marked `signedZero` (see ./ulp.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activation } from '../../src/core';
import type { Activation, ElementwiseActivation, Params, VectorActivation } from '../../src/core';
import { classify, show, ulp, ulpDistance } from './ulp';

interface PointFixture {
  readonly domain: string;
  readonly x: string;
  readonly value: string;
  readonly derivative: string;
  readonly valueScale?: string;
  readonly derivativeScale?: string;
  readonly signedZero?: boolean;
}

interface ElementwiseFixture {
  readonly id: string;
  readonly params: Params;
  readonly tolerance: { readonly value: number; readonly derivative: number };
  readonly points: readonly PointFixture[];
}

interface VectorCase {
  readonly params: Params;
  readonly x: readonly string[];
  readonly value: readonly string[];
}

interface VectorFixture {
  readonly id: string;
  readonly tolerance: { readonly value: number };
  readonly cases: readonly VectorCase[];
}

const DIR = path.join(__dirname, '..', 'fixtures', 'accuracy');

function fixtureFiles(): string[] {
  if (!fs.existsSync(DIR)) return [];
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
}

/** Fixture numbers are strings so that "-0", "Infinity" and "NaN" survive JSON. */
function num(s: string): number {
  const v = Number(s);
  if (Number.isNaN(v) && s !== 'NaN') throw new Error(`fixture number not parseable: ${s}`);
  return v;
}

interface Verdict {
  readonly ok: boolean;
  /** Error in ULPs (of the expected value, or of the scale where that is smaller). */
  readonly err: number;
  readonly why?: string;
}

function judge(expected: number, got: number, tol: number, scale?: number, signedZero?: boolean): Verdict {
  if (Number.isNaN(expected)) {
    return Number.isNaN(got) ? { ok: true, err: 0 } : { ok: false, err: Infinity, why: 'expected NaN' };
  }
  if (typeof got !== 'number') return { ok: false, err: Infinity, why: `returned ${typeof got}` };
  if (Number.isNaN(got)) return { ok: false, err: Infinity, why: 'NaN' };
  if (!Number.isFinite(expected)) {
    return Object.is(got, expected) ? { ok: true, err: 0 } : { ok: false, err: Infinity, why: 'limit not exact' };
  }
  if (!Number.isFinite(got)) return { ok: false, err: Infinity, why: `${show(got)} for a finite value` };
  const d = ulpDistance(expected, got, { signedZero });
  if (d === Infinity) return { ok: false, err: d, why: 'sign of zero' };
  let err = d;
  let ok = d <= tol;
  if (!ok && scale !== undefined && Number.isFinite(scale)) {
    const scaled = Math.abs(got - expected) / ulp(scale);
    err = Math.min(d, scaled);
    ok = scaled <= tol;
  }
  if (ok) return { ok, err };
  const kind = classify(expected);
  const why = got === 0 && kind === 'normal' ? 'false zero'
    : got === 0 && kind === 'subnormal' ? 'subnormal flushed to zero'
    : Math.sign(got) !== Math.sign(expected) && got !== 0 && expected !== 0 ? 'wrong sign'
    : undefined;
  return { ok, err, why };
}

interface Failure {
  readonly where: string;
  readonly expected: number;
  readonly got: number;
  readonly err: number;
  readonly why?: string;
}

class Tally {
  private readonly failures: Failure[] = [];
  private worstPass = 0;
  private checked = 0;

  constructor(private readonly label: string, private readonly tol: number) {}

  add(where: string, expected: number, got: number, v: Verdict): void {
    this.checked++;
    if (v.ok) this.worstPass = Math.max(this.worstPass, v.err);
    else this.failures.push({ where, expected, got, err: v.err, why: v.why });
  }

  get failed(): number {
    return this.failures.length;
  }

  report(): string {
    if (this.failures.length === 0) return '';
    const worst = this.failures.reduce((a, b) => (b.err > a.err ? b : a));
    const reasons = new Map<string, number>();
    for (const f of this.failures) if (f.why) reasons.set(f.why, (reasons.get(f.why) ?? 0) + 1);
    const kinds = [...reasons].map(([k, n]) => `${n}× ${k}`).join(', ');
    const fmtErr = (e: number) => (e === Infinity ? '∞' : e >= 1e6 ? e.toExponential(2) : String(Math.round(e * 100) / 100));
    return `${this.label}: ${this.failures.length}/${this.checked} points fail (tolerance ${this.tol} ULP)`
      + `${kinds ? ` [${kinds}]` : ''}; worst ${worst.where}: expected ${show(worst.expected)}, got ${show(worst.got)}`
      + `, error ${fmtErr(worst.err)} ULP${worst.why ? ` (${worst.why})` : ''}`;
  }
}

function groupByDomain(points: readonly PointFixture[]): Map<string, PointFixture[]> {
  const out = new Map<string, PointFixture[]>();
  for (const p of points) {
    const list = out.get(p.domain);
    if (list) list.push(p);
    else out.set(p.domain, [p]);
  }
  return out;
}

function call<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function lookup(id: string, kind: Activation['kind']): Activation {
  const def = activation(id);
  assert.ok(def, `activation('${id}') is not in the registry`);
  assert.equal(def.kind, kind, `activation('${id}') should be ${kind}`);
  return def;
}

function elementwiseSuite(name: string, fx: ElementwiseFixture): void {
  describe(name, () => {
    for (const [domain, points] of groupByDomain(fx.points)) {
      it(`${name}: ${domain} (${points.length} points)`, () => {
        const def = lookup(fx.id, 'elementwise') as ElementwiseActivation;
        const value = new Tally('value', fx.tolerance.value);
        const deriv = new Tally('derivative', fx.tolerance.derivative);
        for (const p of points) {
          const x = num(p.x);
          // Limits at ±Infinity are exact whatever the file's tolerance.
          const exact = !Number.isFinite(x) && !Number.isNaN(x);
          const where = `x=${p.x}`;
          const v = call(() => def.value(x, fx.params));
          if (v instanceof Error) throw new Error(`${name}.value(${p.x}) threw: ${v.message}`);
          value.add(where, num(p.value), v, judge(num(p.value), v, exact ? 0 : fx.tolerance.value,
            p.valueScale === undefined ? undefined : num(p.valueScale), p.signedZero));
          const d = call(() => def.derivative(x, fx.params));
          if (d instanceof Error) throw new Error(`${name}.derivative(${p.x}) threw: ${d.message}`);
          deriv.add(where, num(p.derivative), d, judge(num(p.derivative), d, exact ? 0 : fx.tolerance.derivative,
            p.derivativeScale === undefined ? undefined : num(p.derivativeScale)));
        }
        const msg = [value.report(), deriv.report()].filter(Boolean).join('\n    ');
        if (value.failed > 0 || deriv.failed > 0) assert.fail(`${name} ${domain}:\n    ${msg}`);
      });
    }
  });
}

function paramsLabel(params: Params): string {
  const keys = Object.keys(params);
  return keys.length ? keys.map((k) => `${k}=${String(params[k])}`).join(', ') : 'default params';
}

function vectorSuite(name: string, fx: VectorFixture): void {
  describe(name, () => {
    const groups = new Map<string, { index: number; c: VectorCase }[]>();
    fx.cases.forEach((c, index) => {
      const label = paramsLabel(c.params);
      const list = groups.get(label) ?? [];
      list.push({ index, c });
      groups.set(label, list);
    });
    for (const [label, cases] of groups) {
      it(`${name}: ${label} (${cases.length} vectors)`, () => {
        const def = lookup(fx.id, 'vector') as VectorActivation;
        const tally = new Tally('value', fx.tolerance.value);
        const shapeErrors: string[] = [];
        for (const { index, c } of cases) {
          const xs = c.x.map(num);
          const out = call(() => def.value(xs, c.params));
          if (out instanceof Error) throw new Error(`${name} case ${index} (n=${xs.length}) threw: ${out.message}`);
          if (!Array.isArray(out) || out.length !== c.value.length) {
            shapeErrors.push(`case ${index}: expected an array of ${c.value.length}`);
            continue;
          }
          c.value.forEach((e, i) => {
            const got = out[i] as number;
            const expected = num(e);
            tally.add(`case ${index} (n=${xs.length}) [${i}] x=${c.x[i]}`, expected, got,
              judge(expected, got, fx.tolerance.value));
          });
        }
        assert.deepEqual(shapeErrors, []);
        if (tally.failed > 0) assert.fail(`${name} ${label}:\n    ${tally.report()}`);
      });
    }
  });
}

describe('accuracy against high-precision fixtures', () => {
  const files = fixtureFiles();

  it('finds the fixtures (run `npm run fixtures` to regenerate)', () => {
    assert.ok(files.length >= 58, `expected ≥ 58 fixture files in ${DIR}, found ${files.length}`);
  });

  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    const fx = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as ElementwiseFixture | VectorFixture;
    if ('points' in fx) elementwiseSuite(name, fx);
    else vectorSuite(name, fx);
  }
});
