// The softmax view's pure helpers: the log-scale temperature slider, logits parsing with its limits,
// entropy and the top-2 margin.
import * as assert from 'node:assert/strict';
import { entropy, softmax1d, topTwoMargin } from '../../../src/core';
import {
  distribution, parseLogits, sliderToTemperature, T_MAX, T_MIN, T_STEPS, temperatureToSlider,
} from '../../../webview/panel/softmaxModel';

describe('softmax view: temperature slider (log scale)', () => {
  it('maps the ends to 0.05 and 20 and the middle to 1', () => {
    assert.equal(sliderToTemperature(0), T_MIN);
    assert.equal(sliderToTemperature(T_STEPS), T_MAX);
    assert.equal(sliderToTemperature(T_STEPS / 2), 1);
    assert.equal(temperatureToSlider(1), T_STEPS / 2);
  });
  it('is monotonic and round-trips within one step', () => {
    let last = 0;
    for (let p = 0; p <= T_STEPS; p += 7) {
      const t = sliderToTemperature(p);
      assert.ok(t >= last, `${t} after ${last}`);
      last = t;
      assert.ok(Math.abs(temperatureToSlider(t) - p) <= 1, `p=${p} t=${t}`);
    }
  });
  it('equal slider steps are equal ratios (log scale)', () => {
    const r1 = sliderToTemperature(600) / sliderToTemperature(500);
    const r2 = sliderToTemperature(700) / sliderToTemperature(600);
    assert.ok(Math.abs(r1 - r2) < 0.01, `${r1} vs ${r2}`);
  });
  it('clamps nonsense', () => {
    assert.equal(sliderToTemperature(-5), T_MIN);
    assert.equal(sliderToTemperature(1e9), T_MAX);
    assert.equal(sliderToTemperature(NaN), 1);
    assert.equal(temperatureToSlider(-1), T_STEPS / 2);
    assert.equal(temperatureToSlider(1e9), T_STEPS);
  });
});

describe('softmax view: parseLogits', () => {
  it('reads lists as people type them', () => {
    assert.deepEqual(parseLogits('1, 2, 3'), { ok: true, value: [1, 2, 3] });
    assert.deepEqual(parseLogits('[1 2.5 -3e-2]'), { ok: true, value: [1, 2.5, -0.03] });
    assert.deepEqual(parseLogits('(1;−2)'), { ok: true, value: [1, -2] });
  });
  it('says what is wrong with bad input', () => {
    assert.match((parseLogits('') as { message: string }).message, /at least one/);
    assert.match((parseLogits('1, abc') as { message: string }).message, /"abc" is not a number/);
    assert.match((parseLogits('1e308') as { message: string }).message, /within/);
    assert.match((parseLogits('Infinity') as { message: string }).message, /not a number/);
    assert.match((parseLogits('0x10') as { message: string }).message, /not a number/);
  });
  it('refuses 100,000 logits quickly, naming the cap', () => {
    const text = new Array(100_000).fill('1').join(',');
    const t0 = performance.now();
    const r = parseLogits(text);
    assert.ok(performance.now() - t0 < 100);
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /at most 1,000 logits \(got 100,000\)/);
    assert.match((parseLogits('1 '.repeat(1_100_000)) as { message: string }).message, /too long/);
  });
});

describe('softmax view: entropy and top-2 margin', () => {
  it('uniform distribution: entropy log n, margin 0', () => {
    const d = distribution('softmax', [0, 0, 0, 0], 1);
    assert.ok(Math.abs(entropy(d.p, d.logp) - Math.log(4)) < 1e-15);
    assert.equal(topTwoMargin(d.p), 0);
  });
  it('one-hot: entropy 0, margin 1', () => {
    assert.equal(entropy([1, 0, 0], [0, -Infinity, -Infinity]), 0);
    assert.equal(topTwoMargin([0, 1, 0]), 1);
  });
  it('temperature sharpens and flattens', () => {
    const hot = distribution('softmax', [2, 1, 0.1], 0.1);
    const cold = distribution('softmax', [2, 1, 0.1], 20);
    assert.ok(entropy(hot.p, hot.logp) < entropy(cold.p, cold.logp));
    assert.ok((topTwoMargin(hot.p) ?? 0) > (topTwoMargin(cold.p) ?? 1));
    assert.deepEqual(hot.p, softmax1d([2, 1, 0.1], 0.1));
  });
  it('margin is undefined for one entry; softmin favours the smallest; sparsemax has exact zeros', () => {
    assert.equal(topTwoMargin([1]), undefined);
    assert.equal(distribution('softmin', [3, -1, 2], 1).argmax, 1);
    const sp = distribution('sparsemax', [3, 0, -2], 1);
    assert.deepEqual(sp.p, [1, 0, 0]);
    assert.equal(sp.logp[1], -Infinity);
  });
});
