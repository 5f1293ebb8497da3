// The hover's Plot and Open in playground links carry an argument the commands accept (src/protocol's
// parseSelection), whatever the call held: a non-finite or huge point is dropped or clamped with a note.
import * as assert from 'node:assert/strict';
import { describeCallAt } from '../../../src/calls';
import { activation, type Tensor } from '../../../src/core';
import { toHoverInput } from '../../../src/hover/input';
import { renderHover } from '../../../src/hover/markdown';
import { parseSelection, readSelectionArg } from '../../../src/protocol';
import { plain } from './support';

const ctx = { digits: 6, colors: { curve: '#111', derivative: '#222', axis: '#333', point: '#f00', text: '#444' }, vanishingThreshold: 0.01 };

function linkArgs(id: string, input: Tensor, params: Record<string, number | string> = {}): { args: unknown[]; md: string } {
  const def = activation(id)!;
  const resolved = { ...Object.fromEntries(def.params.map((s) => [s.name, s.default])), ...params };
  let value: Tensor | undefined;
  try {
    value = def.kind === 'elementwise' && typeof input === 'number' ? def.value(input, resolved) : undefined;
  } catch {
    value = undefined;
  }
  const md = renderHover({ def, params: resolved, qualifiedName: id, input, value }, ctx);
  const args = [...md.matchAll(/\]\(command:[\w.]+\?([^)]+)\)/g)].map((m) => (JSON.parse(decodeURIComponent(m[1])) as unknown[])[0]);
  return { args, md: plain(md) };
}

describe('hover links', () => {
  const cases: [string, string, Tensor, RegExp][] = [
    ['gelu(1e309)', 'gelu', Infinity, /Plot leaves out the point x = ∞/],
    ['gelu(nan)', 'gelu', NaN, /Plot leaves out the point x = NaN/],
    ['softmax([1e308, 1e308])', 'softmax', [1e308, 1e308], /Plot clamps 2 values to ±1e6/],
    ['gelu([1e7, 2])', 'gelu', [1e7, 2], /Plot clamps 1 value to ±1e6/],
    ['softmax([inf, 1, nan])', 'softmax', [Infinity, 1, NaN], /Plot leaves out 2 of 3 values/],
  ];
  for (const [name, id, input, note] of cases) {
    it(`${name}: every link carries a selection the commands accept, and the hover says what changed`, () => {
      const { args, md } = linkArgs(id, input);
      // Plot and Open in playground; element-wise functions also link to Simulate depth.
      assert.equal(args.length, id === 'softmax' ? 2 : 3);
      for (const a of args) assert.ok(parseSelection(a), `refused: ${JSON.stringify(a)}`);
      assert.match(md, note);
    });
  }

  it('keeps an ordinary point and vector as they are, with no note', () => {
    const { args, md } = linkArgs('softmax', [1, 2, 3]);
    assert.deepEqual(parseSelection(args[0]), { id: 'softmax', params: { dim: -1, temperature: 1 }, xs: [1, 2, 3] });
    assert.doesNotMatch(md, /Plot (leaves|clamps|uses)/);
  });

  it('a bad parameter links with the defaults instead, and says so', () => {
    const { args, md } = linkArgs('softplus', 1, { beta: -1 });
    assert.deepEqual(parseSelection(args[0]), { id: 'softplus', x: 1 });
    assert.match(md, /Plot uses the defaults/);
  });

  it("a library's infinite parameter (no linear branch) travels as the default", () => {
    const { args } = linkArgs('softplus', 1, { threshold: Infinity });
    assert.deepEqual(parseSelection(args[0]), { id: 'softplus', params: { beta: 1 }, x: 1 });
  });

  /** The links' arguments of the hover at `needle` in `src`, read as the call reader and the provider do. */
  function hoverLinkArgs(src: string, needle: string, languageId = 'python'): Record<string, unknown>[] {
    const call = describeCallAt(src, src.indexOf(needle) + 1, languageId);
    const input = call && toHoverInput(call);
    assert.ok(input, `no hover at ${needle}`);
    const md = renderHover(input, ctx);
    return [...md.matchAll(/\]\(command:[\w.]+\?([^)]+)\)/g)].map((m) => (JSON.parse(decodeURIComponent(m[1])) as Record<string, unknown>[])[0]);
  }

  it("carries the call's framework, with the library's variant, through the command argument reader", () => {
    const jax = hoverLinkArgs('import jax\njax.nn.gelu(0.3)\n', 'nn.gelu');
    assert.equal(jax.length, 3);
    for (const arg of jax) {
      const read = readSelectionArg(arg);
      assert.ok('selection' in read, JSON.stringify(read));
      assert.deepEqual(read.selection, { id: 'gelu', params: { approximate: 'tanh' }, x: 0.3, framework: 'jax' });
    }
    const torch = hoverLinkArgs('import torch.nn.functional as F\nF.leaky_relu(torch.tensor(-1.0))\n', 'leaky_relu');
    assert.equal(torch[0].framework, 'torch');
    const tf = hoverLinkArgs('import tensorflow as tf\ntf.nn.leaky_relu(-1.0)\n', 'leaky_relu');
    assert.deepEqual(tf[0], { id: 'leaky_relu', params: { negative_slope: 0.2 }, x: -1, framework: 'tf' });
  });

  it('leaves out a library the panel has no preset for (SciPy): the panel keeps its own', () => {
    const [arg] = hoverLinkArgs('import scipy.special\nscipy.special.expit(0.5)\n', 'expit');
    assert.deepEqual(arg, { id: 'sigmoid', params: {}, x: 0.5 });
  });
});
