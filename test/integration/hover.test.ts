// The extension's hover through the VS Code API (what every hover UI shows), on the examples/ workspace.
// Expected values are derived here from the core, not copied from the hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activation, formatNumber } from '../../src/core';
import { hoverTextAt, imageUris, notebookHoverTextAt, withoutImageUris } from './support/vscode';

const value = (id: string, x: number, params?: Record<string, string | number>) => {
  const def = activation(id);
  if (def?.kind !== 'elementwise') throw new Error(id);
  return formatNumber(def.value(x, params), 6);
};
const escaped = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe('hover', () => {
  it('F.gelu(torch.tensor(0.3)) in a PyTorch file: name, value, derivative, formula and curve images', async () => {
    const markdown = await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3);
    const text = withoutImageUris(markdown);
    assert.match(text, /torch\.nn\.functional\.gelu/);
    assert.match(text, escaped(value('gelu', 0.3))); // 0.185373
    assert.match(text, /derivative/);
    const images = imageUris(markdown);
    assert.ok(images.length >= 3, `formula, derivative formula and curve expected, got ${images.length}`);
    assert.ok(images.every((u) => u.startsWith('data:image/svg+xml;base64,')), 'images are inline SVG');
  });

  it('jax.nn.gelu is the tanh form and says what exact GELU would give', async () => {
    const text = withoutImageUris(await hoverTextAt('jax_model.py', 'jax.nn.gelu(0.3)', 'jax.nn.'.length + 1));
    assert.match(text, escaped(value('gelu', 0.3, { approximate: 'tanh' })));
    assert.match(text, /approximate='tanh'/);
    assert.match(text, new RegExp(`would give ${value('gelu', 0.3).slice(0, 6)}`));
  });

  it('tf.nn.leaky_relu uses slope 0.2; tfjs leakyRelu reads tf.scalar', async () => {
    const keras = withoutImageUris(await hoverTextAt('keras_model.py', 'tf.nn.leaky_relu(', 'tf.nn.'.length + 1));
    assert.match(keras, /negative_slope=0\.2/);
    const tfjs = withoutImageUris(await hoverTextAt('tfjs_demo.ts', 'tf.leakyRelu(tf.scalar(-2), 0.2)', 4));
    assert.match(tfjs, /`−0\.4`/);
  });

  it('NNlib σ in Julia and softmax with the distribution, argmax and top-2 margin', async () => {
    const sig = withoutImageUris(await hoverTextAt('flux_model.jl', 'σ(0.5)', 0));
    assert.match(sig, escaped(value('sigmoid', 0.5)));
    const sm = withoutImageUris(await hoverTextAt('pytorch_model.py', 'F.softmax(torch.tensor([1.0, 2.0, 3.0])', 3));
    assert.match(sm, /argmax = 2/);
    assert.match(sm, /Top-2 margin/);
    assert.match(sm, /Entropy/);
  });

  it('a call whose argument is not a literal still gets the formula and says a literal is needed', async () => {
    const md = await hoverTextAt('jax_model.py', 'jax.nn.gelu(x @ w + b, approximate=False)', 'jax.nn.'.length + 1);
    assert.match(withoutImageUris(md), /needs a literal/);
    assert.ok(imageUris(md).length >= 2);
  });

  it('links only to our commands', async () => {
    const md = await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3);
    const commands = [...md.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(commands)].sort(), ['activationPlayground.openPlayground', 'activationPlayground.plot']);
  });

  it('a literal call in a notebook cell shows a hover (imports from another cell)', async () => {
    const text = withoutImageUris(await notebookHoverTextAt('notebook.ipynb', 'F.gelu(torch.tensor(0.3))', 3));
    assert.match(text, /gelu/i);
    assert.match(text, escaped(value('gelu', 0.3)));
  });

  it('stays silent off a call and when hovers are disabled', async () => {
    const off = await hoverTextAt('pytorch_model.py', 'import torch', 2).catch(() => '');
    assert.doesNotMatch(off, /Activation|derivative/);
    const config = vscode.workspace.getConfiguration('activationPlayground');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const md = await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3).catch(() => '');
      assert.doesNotMatch(md, /torch\.nn\.functional\.gelu/);
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
