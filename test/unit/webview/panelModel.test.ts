// Pure helpers of the plot panel: sampling through dtype and transform, vanishing-gradient regions,
// non-finite notes, CSV text, file names, and what selections and picks do to the state.
import * as assert from 'node:assert/strict';
import { activation, allocateSamples, sampleInto, toDType, type ElementwiseActivation } from '../../../src/core';
import { defaultPanelState, type PanelState } from '../../../src/protocol';
import {
  csvField, csvText, exportFileName, functionLabel, gradientRegions, keyRange, nonFiniteNote, sampleAt, tableXs, valueAt,
} from '../../../webview/panel/model';
import { applyFramework, applyPanelSelection as applySelection, applyPick, resetToPreset } from '../../../webview/panel/selection';

const ew = (id: string): ElementwiseActivation => {
  const d = activation(id);
  if (!d || d.kind !== 'elementwise') throw new Error(id);
  return d;
};

describe('panel model: the table grid (also the CSV and the copied code)', () => {
  it('101 points that read as typed: −5.88, not −5.879999999999999', () => {
    const xs = tableXs({ min: -6, max: 6 });
    assert.equal(xs.length, 101);
    assert.equal(xs[0], -6);
    assert.equal(xs[100], 6);
    assert.equal(xs[1], -5.88);
    for (const x of xs) assert.ok(String(x).length <= 6, String(x));
  });
  it('keeps odd ranges exact enough to be distinct and in order', () => {
    const xs = tableXs({ min: 1e-7, max: 1.1e-7 });
    for (let i = 1; i < xs.length; i++) assert.ok(xs[i] > xs[i - 1], `${xs[i - 1]} < ${xs[i]}`);
  });
  it('sampleAt evaluates every curve at those x through transform and dtype (the core evaluateInto)', () => {
    const xs = tableXs({ min: -2, max: 2 });
    const k = ew('tanh').bind({});
    const got = sampleAt(xs, k, { m: 2, b: 0.5 }, 'float64');
    xs.forEach((x, i) => {
      assert.equal(got.ys[i], Math.tanh(2 * x + 0.5));
      assert.equal(got.dys[i], valueAt(k, x, { m: 2, b: 0.5 }, 'float64').dy);
    });
    assert.deepEqual(Array.from(sampleAt(xs, ew('linear').bind({}), { m: 1, b: 0 }, 'float16').ys).slice(0, 2), [-2, toDType(-1.96, 'float16')]);
  });
});

describe('panel model: keyboard on the focused chart', () => {
  const r = { min: -6, max: 6 };
  it('+ and − zoom about the centre; arrows pan by a tenth (Shift: a half); 0 resets', () => {
    assert.deepEqual(keyRange(r, '+'), { min: -4.8, max: 4.8 });
    assert.deepEqual(keyRange(r, '-'), { min: -7.5, max: 7.5 });
    assert.deepEqual(keyRange(r, 'ArrowRight'), { min: -4.8, max: 7.2 });
    assert.deepEqual(keyRange(r, 'ArrowLeft', true), { min: -12, max: 0 });
    assert.equal(keyRange(r, '0'), 'reset');
    assert.equal(keyRange(r, 'a'), undefined);
  });
});

describe('panel model: gradient regions', () => {
  it('relu: f′ = 0 exactly on the left half, nothing vanishing', () => {
    const b = allocateSamples(1000);
    sampleInto(b, ew('relu').bind({}), -6, 6);
    const r = gradientRegions(b.xs, b.dys, 0.01);
    assert.equal(r.zero.length, 1);
    assert.equal(r.zero[0].from, -6);
    assert.ok(Math.abs(r.zero[0].to) < 0.02, `ends near 0, got ${r.zero[0].to}`);
    assert.equal(r.vanishing.length, 0);
  });
  it('sigmoid: vanishing on both tails, never exactly zero', () => {
    const b = allocateSamples(1000);
    sampleInto(b, ew('sigmoid').bind({}), -10, 10);
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
  it('exportFileName names every function (it used to drop all after the fourth), or says how many more', () => {
    const five = ['gelu', 'relu', 'elu', 'selu', 'tanh'];
    assert.equal(exportFileName(five, 'png'), 'activation-gelu-relu-elu-selu-tanh.png');
    const long = ['hardsigmoid', 'hardswish', 'logsigmoid', 'tanhshrink', 'softshrink', 'hardshrink', 'sparse_sigmoid', 'squareplus'];
    const name = exportFileName(long, 'csv');
    assert.ok(name.length <= 90, name);
    assert.match(name, /^activation-hardsigmoid-.*-and-\d-more\.csv$/);
  });
});

describe('panel: selections, picks and presets', () => {
  const base = defaultPanelState();
  it('a hover selection adds that function with its parameters to the comparison and marks the point', () => {
    const s = applySelection(base, { id: 'leaky_relu', params: { negative_slope: 0.2 }, x: 0.3, framework: 'keras' });
    assert.deepEqual(s.functions, [{ id: 'gelu', params: {} }, { id: 'leaky_relu', params: { negative_slope: 0.2 } }]);
    assert.equal(s.shaded, 1, 'the new one is shaded');
    assert.equal(s.point, 0.3);
    assert.equal(s.tab, 'plot');
    assert.equal(s.framework, 'keras', 'the preset label follows the selection');
  });
  it('a function already plotted with the same parameters is not added twice; a full panel drops the oldest', () => {
    const once = applySelection(base, { id: 'gelu', params: {}, x: 1 });
    assert.deepEqual(once.functions, base.functions);
    assert.equal(once.point, 1);
    let full = base;
    for (const id of ['relu', 'elu', 'selu', 'celu', 'mish', 'silu', 'tanh', 'sigmoid']) full = applySelection(full, { id, params: {} });
    assert.equal(full.functions.length, 8);
    assert.equal(full.functions[0].id, 'relu');
    assert.equal(full.functions[7].id, 'sigmoid');
  });
  it('a point outside the range re-centres it, keeping the width', () => {
    const s = applySelection(base, { id: 'gelu', x: 100 });
    assert.deepEqual(s.range, { min: 94, max: 106 });
  });
  it('without parameters the framework preset applies', () => {
    assert.deepEqual(applySelection(base, { id: 'gelu', framework: 'jax' }).functions[1].params, { approximate: 'tanh' });
    assert.deepEqual(applySelection(base, { id: 'leaky_relu', framework: 'keras' }).functions[1].params, { negative_slope: 0.2 });
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
  it('switching the framework moves untouched parameters to its defaults and keeps tuned ones, listing them', () => {
    const start: PanelState = { ...base, functions: [{ id: 'gelu', params: {} }, { id: 'leaky_relu', params: { negative_slope: 0.5 } }, { id: 'softplus', params: {} }] };
    const s = applyFramework(start, 'jax');
    assert.deepEqual(s.state.functions, [{ id: 'gelu', params: { approximate: 'tanh' } }, { id: 'leaky_relu', params: { negative_slope: 0.5 } }, { id: 'softplus', params: { beta: 1 } }]);
    assert.deepEqual(s.kept, ['leaky_relu: negative_slope = 0.5']);
    assert.equal(s.state.framework, 'jax');
    const back = applyFramework(s.state, 'torch');
    assert.deepEqual(back.state.functions.map((f) => f.params), [{}, { negative_slope: 0.5 }, {}]);
    assert.deepEqual(resetToPreset(s.state).functions[1].params, { negative_slope: 0.01 });
  });
});
