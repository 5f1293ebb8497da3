// The softmax view's pure helpers: the log-scale temperature slider, logits parsing with its limits,
// entropy and the top-2 margin.
import * as assert from 'node:assert/strict';
import { entropy, softmax1d, topTwoMargin } from '../../../src/core';
import {
  barKey, distribution, parseLogits, sliderToTemperature, T_MAX, T_MIN, T_STEPS, temperatureToSlider,
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
    const [a, b, c] = [T_STEPS / 2, (T_STEPS * 6) / 10, (T_STEPS * 7) / 10];
    const r1 = sliderToTemperature(b) / sliderToTemperature(a);
    const r2 = sliderToTemperature(c) / sliderToTemperature(b);
    assert.ok(Math.abs(r1 - r2) < 0.01, `${r1} vs ${r2}`);
  });
  it('one arrow key moves the temperature by about 5% (it was 0.6%)', () => {
    for (const p of [10, T_STEPS / 2, T_STEPS - 10]) {
      const ratio = sliderToTemperature(p + 1) / sliderToTemperature(p);
      assert.ok(ratio > 1.04 && ratio < 1.065, `at ${p}: ×${ratio}`);
    }
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
  it('refuses 100,000 logits, naming the cap (its speed is a bench figure)', () => {
    const text = new Array(100_000).fill('1').join(',');
    const r = parseLogits(text);
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

describe('softmax view: keyboard on the logit bars', () => {
  it('Left/Right choose a bar and never change a value (3, 5.2, 0.2 stayed 3, 5.2, 0.2)', () => {
    const values = [3, 5.2, 0.2];
    let selected = 1;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft', 'End', 'Home']) {
      const k = barKey(values, selected, key, false, 1e6);
      assert.ok(k);
      assert.equal(k.value, undefined, key);
      selected = k.selected;
    }
    assert.equal(selected, 0);
    assert.deepEqual(barKey(values, 1, 'ArrowRight', false, 1e6), { selected: 2 });
  });
  it('Up/Down edit the chosen bar by 0.1 (Shift: 1), clamped to the bound', () => {
    assert.deepEqual(barKey([3, 5.2, 0.2], 2, 'ArrowUp', false, 1e6), { selected: 2, value: 0.3 });
    assert.deepEqual(barKey([3, 5.2, 0.2], 0, 'ArrowDown', true, 1e6), { selected: 0, value: 2 });
    assert.deepEqual(barKey([1e6], 0, 'ArrowUp', true, 1e6), { selected: 0, value: 1e6 });
    assert.equal(barKey([], 0, 'ArrowUp', false, 1e6), undefined);
    assert.equal(barKey([1], 0, 'x', false, 1e6), undefined);
  });
});
