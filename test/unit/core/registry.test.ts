import * as assert from 'node:assert/strict';
import { activation, activations, formulaChoices } from '../../../src/core';
import { FORMULA_TEX } from '../../../src/core/definitions/tex';

describe('core registry', () => {
  it('resolves ids and aliases case-insensitively, the way people type them', () => {
    const cases: [string, string][] = [
      ['expit', 'sigmoid'], ['logistic', 'sigmoid'], ['σ', 'sigmoid'], ['Sigmoid', 'sigmoid'],
      ['swish', 'silu'], ['SiLU', 'silu'], ['leakyRelu', 'leaky_relu'], ['leakyrelu', 'leaky_relu'], ['LeakyReLU', 'leaky_relu'],
      ['leaky-relu', 'leaky_relu'], ['hard_sigmoid', 'hardsigmoid'], ['hardσ', 'hardsigmoid'], ['hard_silu', 'hardswish'],
      ['logσ', 'logsigmoid'], ['log_sigmoid', 'logsigmoid'], ['logSoftmax', 'log_softmax'], ['GELU', 'gelu'], ['identity', 'linear'],
    ];
    for (const [name, id] of cases) assert.equal(activation(name)?.id, id, name);
  });

  it('returns undefined for unknown names and non-strings', () => {
    assert.equal(activation('nope'), undefined);
    assert.equal(activation(''), undefined);
    assert.equal(activation('x'.repeat(100)), undefined);
    assert.equal(activation(undefined as unknown as string), undefined);
  });

  it('has every activation the issue names, each with formulas, description and properties', () => {
    const ids = new Set(activations().map((a) => a.id));
    for (const id of ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'rrelu', 'relu6', 'hardtanh', 'elu', 'celu', 'selu', 'gelu', 'silu',
      'mish', 'softplus', 'softsign', 'logsigmoid', 'hardsigmoid', 'hardswish', 'tanhshrink', 'softshrink', 'hardshrink', 'threshold',
      'squareplus', 'exponential', 'linear', 'erf', 'softmax', 'log_softmax', 'softmin', 'argmax', 'sparsemax', 'glu']) {
      assert.ok(ids.has(id), id);
    }
    for (const a of activations()) {
      for (const c of formulaChoices(a)) {
        assert.ok(c.formula.text && c.derivativeFormula.text, c.key);
        assert.ok(FORMULA_TEX[c.key]?.formula && FORMULA_TEX[c.key]?.derivative, `TeX for ${c.key}`);
      }
      assert.ok(a.description.length > 20 && a.properties.range && a.properties.gradient.text, a.id);
    }
    assert.deepEqual(activations().slice(0, 7).map((a) => a.id), ['sigmoid', 'relu', 'leaky_relu', 'softplus', 'gelu', 'argmax', 'softmax']);
  });

  it('has TeX only for formulas a definition shows (a renamed id leaves no stale row)', () => {
    const keys = activations().flatMap((a) => formulaChoices(a).map((c) => c.key));
    assert.deepEqual(Object.keys(FORMULA_TEX).sort(), keys.sort());
  });

  it('writes a name with an underscore so that MathJax sets it tight (\\operatorname{leaky\\_relu} renders "leaky _ relu")', () => {
    const texts = Object.values(FORMULA_TEX).flatMap((t) => [t.formula, t.derivative]);
    const spaced = texts.filter((t) => /\\operatorname\{[^}]*\\_/.test(t));
    assert.deepEqual(spaced, []);
    assert.match(FORMULA_TEX.leaky_relu.formula, /^\\mathrm\{leaky\\_relu\}/);
  });

  it('aliases never collide: each alias resolves to the definition that declares it', () => {
    for (const a of activations()) for (const al of a.aliases) assert.equal(activation(al)?.id, a.id, al);
  });
});

describe('core parameters', () => {
  const ew = (id: string) => {
    const a = activation(id);
    if (a?.kind !== 'elementwise') throw new Error(id);
    return a;
  };

  it('applies PyTorch defaults', () => {
    assert.deepEqual(ew('leaky_relu').resolve(), { negative_slope: 0.01 });
    assert.deepEqual(ew('softplus').resolve(), { beta: 1, threshold: 20 });
    assert.deepEqual(ew('gelu').resolve(), { approximate: 'none' });
    assert.deepEqual(ew('hardtanh').resolve(), { min_val: -1, max_val: 1 });
    assert.equal(ew('leaky_relu').value(-2), -0.02);
    assert.equal(ew('leaky_relu').value(-2, { negative_slope: 0.2 }), -0.4);
  });

  it('throws a RangeError naming the parameter and its range', () => {
    assert.throws(() => ew('softplus').value(1, { beta: -1 }), (e: Error) => e instanceof RangeError && /beta/.test(e.message) && /\(0, ∞\)/.test(e.message));
    assert.throws(() => ew('hardtanh').value(0, { min_val: 2, max_val: 1 }), (e: Error) => e instanceof RangeError && /min_val/.test(e.message) && /max_val/.test(e.message));
    assert.throws(() => ew('gelu').value(0, { approximate: 'fast' }), (e: Error) => e instanceof RangeError && /'none', 'tanh'/.test(e.message));
    assert.throws(() => ew('softshrink').value(0, { lambd: -1 }), /lambd must be in \[0, ∞\)/);
    assert.throws(() => ew('relu').value(0, { alpha: 1 }), /unknown parameter 'alpha'/);
    assert.throws(() => ew('elu').value(0, { alpha: NaN }), RangeError);
    assert.throws(() => activation('softmax')!.value([1, 2], { temperature: 0 }), /temperature must be in \(0, ∞\)/);
    assert.throws(() => activation('softmax')!.value([1, 2], { dim: 0.5 }), /integer/);
  });

  it('says without throwing what resolve() would throw, minus the id (the hover shows it)', () => {
    const cases: [string, Record<string, number | string>, string | undefined][] = [
      ['rrelu', { lower: 0.5, upper: 0.1 }, 'lower must be ≤ upper, got lower=0.5, upper=0.1'],
      ['hardtanh', { min_val: 2, max_val: 1 }, 'min_val must be ≤ max_val, got min_val=2, max_val=1'],
      ['gelu_10', { min: 3, max: 1 }, 'min must be ≤ max, got min=3, max=1'],
      ['softplus', { beta: -1 }, 'beta must be in (0, ∞), got -1'],
      ['relu', { alpha: 1 }, "unknown parameter 'alpha' (takes none)"],
      // a value out of range is named before the check across parameters reads it
      ['hardtanh', { min_val: NaN, max_val: -5 }, 'min_val must be a number in (−∞, ∞), got NaN'],
      ['rrelu', { lower: 0.1, upper: 0.5 }, undefined],
      ['gelu', {}, undefined],
    ];
    for (const [id, params, want] of cases) {
      const def = activation(id)!;
      assert.equal(def.problem(params), want, id);
      if (want === undefined) assert.doesNotThrow(() => def.resolve(params));
      else assert.throws(() => def.resolve(params), (e: Error) => e instanceof RangeError && e.message === `${id}: ${want}`);
    }
  });

  it('keeps kernels bound to resolved parameters', () => {
    const { f, df } = ew('elu').bind({ alpha: 2 });
    assert.equal(f(-Infinity), -2);
    assert.equal(df(0), 2); // PyTorch: α·e^0 at the kink
  });
});
