// Shared by the call reader's tests: find a needle, describe the call there, compare with the core.
import assert from 'node:assert/strict';
import { activation, type ElementwiseActivation, type Params, type Tensor, type VectorActivation } from '../../../src/core';
import { describeCallAt, type CallDescription, type DescribeOptions } from '../../../src/calls';

/** The call at the first occurrence of `needle` (plus `delta`), which must be recognised. */
export function at(text: string, needle: string, lang = 'python', options?: DescribeOptions, delta = 0): CallDescription {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `needle ${needle} in text`);
  const d = describeCallAt(text, i + delta, lang, options);
  assert.ok(d, `a call at ${JSON.stringify(needle)} in ${JSON.stringify(text.slice(0, 120))}`);
  return d;
}

/** undefined at the first occurrence of `needle` (plus `delta`). */
export function none(text: string, needle: string, lang = 'python', options?: DescribeOptions, delta = 0): void {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `needle ${needle} in text`);
  const d = describeCallAt(text, i + delta, lang, options);
  assert.equal(d, undefined, `no call at ${JSON.stringify(needle)}: got ${d?.callee}`);
}

/** A one-line call: the description at its callee. */
export function call(code: string, lang = 'python', options?: DescribeOptions): CallDescription {
  const d = describeCallAt(code, 0, lang, options);
  assert.ok(d, `a call in ${JSON.stringify(code.slice(0, 120))}`);
  return d;
}

export const ew = (id: string) => activation(id) as ElementwiseActivation;
export const vec = (id: string) => activation(id) as VectorActivation;

/** f(x) through the core, element-wise over a tensor. */
export function coreValue(id: string, x: Tensor, params?: Params): Tensor {
  const def = activation(id);
  assert.ok(def);
  if (def.kind === 'vector') return def.value(x, params);
  const f = (t: Tensor): Tensor => (typeof t === 'number' ? def.value(t, params) : t.map(f));
  return f(x);
}

export function coreDerivative(id: string, x: Tensor, params?: Params): Tensor {
  const def = ew(id);
  const f = (t: Tensor): Tensor => (typeof t === 'number' ? def.derivative(t, params) : t.map(f));
  return f(x);
}

/** The call's value and derivative equal the core's for `id` with `params`. */
export function assertCore(d: CallDescription, id: string, x: Tensor, params?: Params): void {
  assert.equal(d.problem, undefined, d.problem);
  assert.equal(d.activation, id);
  assert.deepEqual(d.input, x);
  assert.deepEqual(d.value, coreValue(id, x, params));
  if (activation(id)?.kind === 'elementwise') assert.deepEqual(d.derivative, coreDerivative(id, x, params));
  if (params) for (const [k, v] of Object.entries(params)) assert.equal(d.params[k], v, `param ${k}`);
}
