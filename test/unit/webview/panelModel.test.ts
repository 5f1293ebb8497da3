// Pure helpers of the plot panel: sampling through dtype and transform, vanishing-gradient regions,
// non-finite notes, CSV text, file names, and what selections and picks do to the state.
import * as assert from 'node:assert/strict';
import { activation, sample, toDType, type ElementwiseActivation } from '../../../src/core';
import { defaultPanelState, type PanelState } from '../../../src/protocol';
import {
  allocate, csvField, csvText, evaluate, exportFileName, functionLabel, gradientRegions, gridX, nonFiniteNote, sampleInto,
} from '../../../webview/panel/model';
import { applyFramework, applyPick, applySelection } from '../../../webview/panel/selection';

const ew = (id: string): ElementwiseActivation => {
  const d = activation(id);
  if (!d || d.kind !== 'elementwise') throw new Error(id);
  return d;
};

describe('panel model: sampling', () => {
  it('float64 with the identity transform equals the core sample() exactly', () => {
    const def = ew('gelu');
    const b = allocate(1000);
    sampleInto(b, def.bind({}), { min: -6, max: 6 }, { m: 1, c: 0 }, 'float64');
    const ref = sample(def, {}, -6, 6, 1000);
    assert.deepEqual(Array.from(b.xs), Array.from(ref.xs));
    assert.deepEqual(Array.from(b.ys), Array.from(ref.ys));
    assert.deepEqual(Array.from(b.dys), Array.from(ref.dys));
  });
  it('applies the input transform like the core: f(m·x + c), m·f′(m·x + c)', () => {
    const def = ew('tanh');
    const b = allocate(101);
    sampleInto(b, def.bind({}), { min: -2, max: 2 }, { m: 2, c: 0.5 }, 'float64');
    const ref = sample(def, {}, -2, 2, 101, { transform: { m: 2, b: 0.5 } });
    assert.deepEqual(Array.from(b.ys), Array.from(ref.ys));
    assert.deepEqual(Array.from(b.dys), Array.from(ref.dys));
  });
  it('the grid hits both ends exactly', () => {
    assert.equal(gridX({ min: -6, max: 6 }, 0, 1000), -6);
    assert.equal(gridX({ min: -6, max: 6 }, 999, 1000), 6);
  });
  it('float16 shows the staircase: inputs and outputs rounded to half precision', () => {
    const k = ew('linear').bind({});
    const xs = [1000.1, 1000.2, 1000.3];
    const ys = xs.map((x) => evaluate(k, x, { m: 1, c: 0 }, 'float16').y);
    assert.deepEqual(ys, [1000, 1000, 1000.5]); // half-precision spacing at 1000 is 0.5
    assert.equal(evaluate(k, 1000.1, { m: 1, c: 0 }, 'float16').y, toDType(1000.1, 'float16'));
  });
  it('float16 overflows to ∞ where float64 does not', () => {
    const k = ew('exponential').bind({});
    assert.equal(evaluate(k, 12, { m: 1, c: 0 }, 'float16').y, Infinity);
    assert.ok(Number.isFinite(evaluate(k, 12, { m: 1, c: 0 }, 'float64').y));
    assert.ok(Number.isFinite(evaluate(k, 12, { m: 1, c: 0 }, 'bfloat16').y));
  });
});

describe('panel model: gradient regions', () => {
  it('relu: f′ = 0 exactly on the left half, nothing vanishing', () => {
    const b = allocate(1000);
    sampleInto(b, ew('relu').bind({}), { min: -6, max: 6 }, { m: 1, c: 0 }, 'float64');
    const r = gradientRegions(b.xs, b.dys, 0.01);
    assert.equal(r.zero.length, 1);
    assert.equal(r.zero[0].from, -6);
    assert.ok(Math.abs(r.zero[0].to) < 0.02, `ends near 0, got ${r.zero[0].to}`);
    assert.equal(r.vanishing.length, 0);
  });
  it('sigmoid: vanishing on both tails, never exactly zero', () => {
    const b = allocate(1000);
    sampleInto(b, ew('sigmoid').bind({}), { min: -10, max: 10 }, { m: 1, c: 0 }, 'float64');
    const r = gradientRegions(b.xs, b.dys, 0.01);
    assert.equal(r.zero.length, 0);
    assert.equal(r.vanishing.length, 2);
    // σ′(x) = σ(1 − σ) < 0.01 beyond |x| ≈ 4.6
    assert.ok(Math.abs(r.vanishing[0].to + 4.6) < 0.05, String(r.vanishing[0].to));
    assert.ok(Math.abs(r.vanishing[1].from - 4.6) < 0.05, String(r.vanishing[1].from));
  });
  it('NaN derivatives are neither', () => {
    const r = gradientRegions([0, 1, 2], [NaN, NaN, NaN], 0.01);
    assert.deepEqual(r, { vanishing: [], zero: [] });
  });
});

describe('panel model: notes, labels, CSV', () => {
  it('nonFiniteNote reports where a curve overflowed', () => {
    assert.equal(nonFiniteNote('f', [0, 1], [0, 1]), undefined);
    assert.match(nonFiniteNote('exp', [0, 1, 2, 3], [1, 2, Infinity, Infinity]) ?? '', /exp overflows to ±∞ for x in \[2, 3\] \(2 of 4 points/);
    assert.match(nonFiniteNote('log', [0, 1], [NaN, 0]) ?? '', /log is NaN at x = 0/);
  });
  it('functionLabel shows parameters', () => {
    assert.equal(functionLabel('relu', {}), 'relu');
    assert.equal(functionLabel('leaky_relu', { negative_slope: 0.2 }), 'leaky_relu(negative_slope=0.2)');
    assert.equal(functionLabel('gelu', { approximate: 'tanh' }), "gelu(approximate='tanh')");
  });
  it('csvText: header, round-trip numbers, quoting', () => {
    const text = csvText([{ name: 'x', values: [0.1, -0] }, { name: 'hardtanh(min_val=-1, max_val=1)', values: [1 / 3, Infinity] }, { name: 'say "hi"', values: [NaN, 1e-300] }]);
    assert.equal(text, 'x,"hardtanh(min_val=-1, max_val=1)","say ""hi"""\n0.1,0.3333333333333333,NaN\n0,Infinity,1e-300\n');
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvText([]), '');
    const parsed = text.split('\n')[1].split(',').map(Number);
    assert.equal(parsed[1], 1 / 3, 'values round-trip');
  });
  it('exportFileName is a plain file name', () => {
    assert.equal(exportFileName(['gelu', 'leaky_relu'], 'png'), 'activation-gelu-leaky_relu.png');
    assert.equal(exportFileName([], 'csv'), 'activation-plot.csv');
    assert.match(exportFileName(['../x', 'a b'], 'csv'), /^activation-[\w-]+\.csv$/);
  });
});

describe('panel: selections, picks and presets', () => {
  const base = defaultPanelState();
  it('a hover selection plots that function with its parameters and marks the point', () => {
    const s = applySelection(base, { id: 'leaky_relu', params: { negative_slope: 0.2 }, x: 0.3, framework: 'keras' });
    assert.deepEqual(s.functions, [{ id: 'leaky_relu', params: { negative_slope: 0.2 } }]);
    assert.equal(s.point, 0.3);
    assert.equal(s.tab, 'plot');
    assert.equal(s.framework, 'keras');
  });
  it('a point outside the range re-centres it, keeping the width', () => {
    const s = applySelection(base, { id: 'gelu', x: 100 });
    assert.deepEqual(s.range, { min: 94, max: 106 });
  });
  it('without parameters the framework preset applies', () => {
    assert.deepEqual(applySelection(base, { id: 'gelu', framework: 'jax' }).functions[0].params, { approximate: 'tanh' });
    assert.deepEqual(applySelection(base, { id: 'leaky_relu', framework: 'keras' }).functions[0].params, { negative_slope: 0.2 });
    assert.deepEqual(applySelection(base, { id: 'gelu' }).functions[0].params, {});
  });
  it('a vector selection opens the softmax tab with its logits', () => {
    const s = applySelection(base, { id: 'log_softmax', xs: [3, 1], params: { temperature: 2 } });
    assert.equal(s.tab, 'softmax');
    assert.deepEqual(s.softmax, { fn: 'softmax', log: true, logits: [3, 1], temperature: 2 });
  });
  it('a pick replaces the functions, keeping parameters of those already plotted', () => {
    const start: PanelState = { ...base, functions: [{ id: 'gelu', params: { approximate: 'tanh' } }] };
    const s = applyPick(start, ['relu', 'gelu', 'softmax']);
    assert.deepEqual(s.functions, [{ id: 'relu', params: {} }, { id: 'gelu', params: { approximate: 'tanh' } }]);
    assert.equal(s.tab, 'plot');
    assert.equal(applyPick(base, ['sparsemax']).tab, 'softmax');
    assert.equal(applyPick(base, ['sparsemax']).softmax.fn, 'sparsemax');
  });
  it('switching the framework resets every function to its defaults there', () => {
    const start: PanelState = { ...base, functions: [{ id: 'gelu', params: {} }, { id: 'leaky_relu', params: { negative_slope: 0.5 } }, { id: 'softplus', params: {} }] };
    const s = applyFramework(start, 'jax');
    assert.deepEqual(s.functions, [{ id: 'gelu', params: { approximate: 'tanh' } }, { id: 'leaky_relu', params: { negative_slope: 0.01 } }, { id: 'softplus', params: { beta: 1 } }]);
    assert.deepEqual(applyFramework(start, 'torch').functions.map((f) => f.params), [{}, {}, {}]);
  });
});
