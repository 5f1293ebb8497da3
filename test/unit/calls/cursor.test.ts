// Where the cursor may be (the callee, the argument lists, just after the call), which call wins when calls
// nest, the ranges reported, notebooks' preambles and the per-version import cache.
import assert from 'node:assert/strict';
import { clearImportCache, describeCallAt } from '../../../src/calls';
import { fingerprint, importsOf, scanImports } from '../../../src/calls/imports';
import { at, ew, none } from './helpers';

const SRC = 'import torch\nimport torch.nn.functional as F\n\nx = 1\ny = F.gelu(torch.tensor(0.3), approximate="tanh")  # note\nz = 2\n';
const CALL = 'F.gelu(torch.tensor(0.3), approximate="tanh")';
const start = SRC.indexOf(CALL);
const end = start + CALL.length;

describe('calls: cursor positions', () => {
  it('every offset on the callee or inside the arguments finds the call, with its whole range', () => {
    for (let o = start; o <= end; o++) {
      const d = describeCallAt(SRC, o, 'python');
      assert.ok(d, `offset ${o} (${JSON.stringify(SRC.slice(o, o + 5))})`);
      assert.equal(d.activation, 'gelu');
      assert.deepEqual(d.range, { start, end });
      assert.deepEqual(d.calleeRange, { start, end: start + 'F.gelu'.length });
    }
  });

  it('outside the call: nothing', () => {
    for (const o of [0, start - 1, start - 4, end + 1, end + 4, SRC.indexOf('z = 2'), SRC.length]) {
      assert.equal(describeCallAt(SRC, o, 'python'), undefined, `offset ${o}`);
    }
  });

  it('names in comments and strings are not calls', () => {
    none('# F.gelu(0.3)\nx = 1', 'gelu');
    none('s = "F.gelu(0.3)"', 'gelu');
    none('"""\nF.gelu(0.3)\n"""\nx = 1', 'gelu');
    none('// tf.relu(1)\n', 'relu', 'typescript');
    none('# relu(1.0)\n', 'relu', 'julia');
    none('#= relu(1.0) =#\n', 'relu', 'julia');
  });

  it('on a tensor constructor inside the call, the enclosing activation', () => {
    const d = at(SRC, 'tensor(0.3)', 'python', undefined, 2);
    assert.equal(d.activation, 'gelu');
    assert.equal(d.callee, 'F.gelu');
  });

  it('nested activations: the innermost one that contains the cursor', () => {
    const src = 'F.softmax(F.gelu(torch.tensor([1.0, 2.0])), dim=0)';
    assert.equal(at(src, 'gelu').activation, 'gelu');
    assert.equal(at(src, '1.0').activation, 'gelu');
    assert.equal(at(src, 'softmax').activation, 'softmax');
    assert.equal(at(src, 'dim').activation, 'softmax');
    const g = at(src, 'gelu');
    assert.equal(src.slice(g.range.start, g.range.end), 'F.gelu(torch.tensor([1.0, 2.0]))');
  });

  it('inside a non-activation call inside an activation: the activation', () => {
    const d = at('F.relu(torch.tensor(max(1.0, 2.0)))', 'max');
    assert.equal(d.activation, 'relu');
    assert.equal(d.problem, 'needs a literal argument');
  });

  it('an activation inside another function’s arguments', () => {
    const src = 'print(F.gelu(torch.tensor(0.3)))';
    assert.equal(at(src, 'F.gelu').activation, 'gelu');
    none(src, 'print');
    assert.equal(at(src, '0.3').range.end, src.length - 1);
  });

  it('module calls: both argument lists and the module name', () => {
    const src = 'act = nn.LeakyReLU(0.2)(torch.tensor(-1.0))';
    const s = src.indexOf('nn.');
    for (const needle of ['nn.', 'Leaky', '0.2', ')(', 'tensor', '-1.0']) {
      const d = at(src, needle);
      assert.equal(d.activation, 'leaky_relu');
      assert.deepEqual(d.range, { start: s, end: src.length });
    }
  });

  it('Julia broadcast: range from the name to the closing bracket', () => {
    const src = 'y = relu.([1.0, -2.0])';
    const d = at(src, '-2.0', 'julia');
    assert.equal(src.slice(d.range.start, d.range.end), 'relu.([1.0, -2.0])');
    assert.equal(at(src, 'relu', 'julia').form, 'broadcast');
  });

  it('a call spread over lines, cursor on a later line', () => {
    const src = 'y = F.leaky_relu(\n    torch.tensor(-2.0),\n    negative_slope=0.2,\n)\n';
    const d = at(src, 'negative_slope');
    assert.equal(d.value, -0.4);
    assert.equal(src.slice(d.range.start, d.range.end), src.slice(4, src.length - 1));
  });

  it('unknown languages and bad offsets give nothing', () => {
    assert.equal(describeCallAt('F.gelu(0.3)', 0, 'plaintext'), undefined);
    assert.equal(describeCallAt('F.gelu(0.3)', Number.NaN, 'python'), undefined);
    assert.equal(describeCallAt('F.gelu(0.3)', -5, 'python')?.activation, 'gelu');
    assert.equal(describeCallAt('F.gelu(0.3)', 1e9, 'python')?.activation, 'gelu');
    assert.equal(describeCallAt('', 0, 'python'), undefined);
    assert.equal(describeCallAt(undefined as unknown as string, 0, 'python'), undefined);
  });
});

describe('calls: notebooks and the import cache', () => {
  it('a cell reads imports from the other cells (the preamble)', () => {
    const cell = 'jx.gelu(0.3)';
    assert.equal(describeCallAt(cell, 0, 'python'), undefined);
    const d = describeCallAt(cell, 0, 'python', { preamble: 'import jax\nfrom jax import nn as jx' });
    assert.equal(d?.library, 'jax');
    assert.equal(d?.value, ew('gelu').value(0.3, { approximate: 'tanh' }));
  });

  it('the cell’s own imports win over the preamble', () => {
    const d = describeCallAt('import torch.nn.functional as nnf\nnnf.gelu(0.3)', 40, 'python', { preamble: 'import jax.nn as nnf' });
    assert.equal(d?.library, 'torch');
  });

  it('imports are read once per version; a new version is read again', () => {
    clearImportCache();
    const v1 = 'from jax import nn as act\nact.gelu(0.3)';
    const v2 = 'import torch.nn.functional as act\nact.gelu(0.3)';
    const o1 = v1.indexOf('act.gelu');
    assert.equal(describeCallAt(v1, o1, 'python', { uri: 'file:///a.py', version: 1 })?.library, 'jax');
    // same version, different text: the cached table stands (the host promises one text per version)
    assert.equal(describeCallAt(v2, v2.indexOf('act.gelu'), 'python', { uri: 'file:///a.py', version: 1 })?.library, 'jax');
    assert.equal(describeCallAt(v2, v2.indexOf('act.gelu'), 'python', { uri: 'file:///a.py', version: 2 })?.library, 'torch');
    // without a version, the text's fingerprint is the key
    assert.equal(describeCallAt(v2, v2.indexOf('act.gelu'), 'python')?.library, 'torch');
    assert.equal(describeCallAt(v1, o1, 'python')?.library, 'jax');
  });

  it('the fingerprint changes with the head of the text and the length', () => {
    const a = 'import torch\n' + 'x = 1\n'.repeat(5000);
    assert.notEqual(fingerprint(a), fingerprint(a.replace('torch', 'jaxxx')));
    assert.notEqual(fingerprint(a), fingerprint(a + '\n'));
    assert.equal(fingerprint(a), fingerprint(a.slice()));
  });

  it('the table is the same object on a cache hit', () => {
    clearImportCache();
    const text = 'import torch\n';
    assert.equal(importsOf(text, 'python', { uri: 'u', version: 3 }), importsOf(text, 'python', { uri: 'u', version: 3 }));
  });
});

describe('calls: import scanning', () => {
  it('Python: import/as, from/import (parenthesised, multi-line), stars, definitions', () => {
    const t = scanImports([
      'import torch, numpy as np',
      'import torch.nn.functional as F',
      'from torch import nn',
      'from keras import (',
      '    activations,',
      '    layers as L,',
      ')',
      'from scipy.special import *',
      'import jax.numpy \\',
      '    as jnp',
      'def gelu(x):',
      '    def inner(): pass',
      'relu = None',
      'from . import local',
    ].join('\n'), 'python');
    assert.equal(t.aliases.get('torch'), 'torch');
    assert.equal(t.aliases.get('np'), 'numpy');
    assert.equal(t.aliases.get('F'), 'torch.nn.functional');
    assert.equal(t.aliases.get('nn'), 'torch.nn');
    assert.equal(t.aliases.get('activations'), 'keras.activations');
    assert.equal(t.aliases.get('L'), 'keras.layers');
    assert.equal(t.aliases.get('jnp'), 'jax.numpy');
    assert.deepEqual(t.stars, ['scipy.special']);
    assert.ok(t.locals.has('gelu') && t.locals.has('relu') && !t.locals.has('inner'));
    assert.equal(t.aliases.get('local'), undefined);
  });

  it('JavaScript: namespace, named, renamed, require, destructured require', () => {
    const t = scanImports([
      "import * as tf from '@tensorflow/tfjs';",
      "import { leakyRelu, softmax as sm } from '@tensorflow/tfjs-core';",
      "const tfn = require('@tensorflow/tfjs-node');",
      "const { relu: r } = require('@tensorflow/tfjs');",
      'function gelu(x) { return x; }',
    ].join('\n'), 'js');
    assert.equal(t.aliases.get('tf'), '@tensorflow/tfjs');
    assert.equal(t.aliases.get('leakyRelu'), '@tensorflow/tfjs.leakyRelu');
    assert.equal(t.aliases.get('sm'), '@tensorflow/tfjs.softmax');
    assert.equal(t.aliases.get('tfn'), '@tensorflow/tfjs');
    assert.equal(t.aliases.get('r'), '@tensorflow/tfjs.relu');
    assert.ok(t.locals.has('gelu'));
  });

  it('Julia: using, using with names, import with names', () => {
    const t = scanImports('using Flux, NNlib\nimport NNlib: gelu, σ\nusing Flux: relu\nfunction mish(x)\n  x\nend', 'julia');
    assert.deepEqual(t.stars, ['Flux', 'NNlib']);
    assert.equal(t.aliases.get('gelu'), 'NNlib.gelu');
    assert.equal(t.aliases.get('σ'), 'NNlib.σ');
    assert.equal(t.aliases.get('relu'), 'Flux.relu');
    assert.ok(t.locals.has('mish'));
  });
});
