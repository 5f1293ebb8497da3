// The extension's hover through the VS Code API (what every hover UI shows), on the examples/ workspace.
// Expected values are derived here from the core, not copied from the hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activation, formatNumber } from '../../src/core';
import { activateExtension, hoverMarkdown, hoversAt, hoverTextAt, imageUris, notebookHoverTextAt, unescapeMarkdown, withoutImageUris } from './support/vscode';

const value = (id: string, x: number, params?: Record<string, string | number>) => {
  const def = activation(id);
  if (def?.kind !== 'elementwise') throw new Error(id);
  return formatNumber(def.value(x, params), 6);
};
const escaped = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describe('hover', () => {
  it('F.gelu(torch.tensor(0.3)) in a PyTorch file: name, value, derivative, and one image of curve and formulas', async () => {
    const markdown = await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3);
    const text = unescapeMarkdown(withoutImageUris(markdown));
    assert.match(text, /torch\.nn\.functional\.gelu/);
    assert.match(text, escaped(value('gelu', 0.3))); // 0.185373
    assert.match(text, /derivative/);
    const images = imageUris(markdown);
    assert.equal(images.length, 1, 'one composed image');
    assert.ok(images[0].startsWith('data:image/svg+xml;base64,'), 'an inline SVG');
    const svg = Buffer.from(images[0].slice('data:image/svg+xml;base64,'.length), 'base64').toString('utf8');
    assert.equal((svg.match(/<svg/g) ?? []).length, 3, 'the picture and the two formula SVGs the build made (dist/formulas.json)');
    assert.match(svg, /<polyline/, 'the curve');
  });

  it('a bad parameter gets a hover naming it, with the formula and no curve', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument({ language: 'python', content: 'import torch.nn.functional as F\ny = F.softplus(x, beta=-1)\n' });
    const md = hoverMarkdown(await hoversAt(doc.uri, new vscode.Position(1, 7)));
    assert.match(unescapeMarkdown(md), /beta must be in \(0, ∞\), got −1/);
    const svg = Buffer.from(imageUris(md)[0]?.split(',')[1] ?? '', 'base64').toString('utf8');
    assert.match(svg, /<svg x="2"/, 'the formulas');
    assert.doesNotMatch(svg, /<polyline/, 'no curve');
  });

  it('jax.nn.gelu is the tanh form and says what exact GELU would give', async () => {
    const text = unescapeMarkdown(withoutImageUris(await hoverTextAt('jax_model.py', 'jax.nn.gelu(0.3)', 'jax.nn.'.length + 1)));
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
    const sm = unescapeMarkdown(withoutImageUris(await hoverTextAt('pytorch_model.py', 'F.softmax(torch.tensor([1.0, 2.0, 3.0])', 3)));
    assert.match(sm, /argmax = 2/);
    assert.match(sm, /Top-2 margin/);
    assert.match(sm, /Entropy/);
  });

  it('a call whose argument is not a literal still gets the formula and says a literal is needed', async () => {
    const md = await hoverTextAt('jax_model.py', 'jax.nn.gelu(x @ w + b, approximate=False)', 'jax.nn.'.length + 1);
    assert.match(withoutImageUris(md), /needs a literal/);
    assert.equal(imageUris(md).length, 1, 'the curve and formulas image');
  });

  it('links only to our commands', async () => {
    const md = await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 3);
    const commands = [...md.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(commands)].sort(), ['activationPlayground.openPlayground', 'activationPlayground.plot', 'activationPlayground.simulateDepth']);
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
