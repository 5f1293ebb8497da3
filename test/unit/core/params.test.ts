// The one parameter-range rule (paramProblem) and resolveParams built on it.
import * as assert from 'node:assert/strict';
import { activation, paramProblem } from '../../../src/core';
import type { ParamSpec } from '../../../src/core';

function spec(id: string, name: string): ParamSpec {
  const s = activation(id)?.params.find((p) => p.name === name);
  assert.ok(s, `${id} has no parameter ${name}`);
  return s;
}

describe('paramProblem', () => {
  it('states the range and the offending value in the sentence the user sees', () => {
    assert.equal(paramProblem(spec('softplus', 'beta'), -1), 'beta must be in (0, ∞), got -1');
    assert.equal(paramProblem(spec('softshrink', 'lambd'), -0.5), 'lambd must be in [0, ∞), got -0.5');
    assert.equal(paramProblem(spec('softmax', 'dim'), 1.5), 'dim must be in [-32, 31] (integer), got 1.5');
  });

  it('accepts values inside the range, including an open end approached closely', () => {
    assert.equal(paramProblem(spec('softplus', 'beta'), 1e-300), undefined);
    assert.equal(paramProblem(spec('softplus', 'beta'), 0), 'beta must be in (0, ∞), got 0');
    assert.equal(paramProblem(spec('gelu', 'approximate'), 'tanh'), undefined);
  });

  it('names non-numbers and bad choices', () => {
    assert.equal(paramProblem(spec('softplus', 'beta'), 'x'), "beta must be a number in (0, ∞), got 'x'");
    assert.equal(paramProblem(spec('softplus', 'beta'), NaN), 'beta must be a number in (0, ∞), got NaN');
    assert.equal(paramProblem(spec('gelu', 'approximate'), 'fast'), "approximate must be one of 'none', 'tanh', got 'fast'");
  });

  it('refuses ±∞ only when asked for finite values', () => {
    const th = spec('softplus', 'threshold');
    assert.equal(paramProblem(th, Infinity), undefined);
    assert.equal(paramProblem(th, Infinity, { finite: true }), 'threshold must be a finite number in (−∞, ∞), got Infinity');
  });

  it('is the message resolve() throws, prefixed by the function', () => {
    assert.throws(() => activation('softplus')!.resolve({ beta: -1 }), { name: 'RangeError', message: 'softplus: beta must be in (0, ∞), got -1' });
  });
});
