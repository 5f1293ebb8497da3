// Each library's spelling, defaults and aliases: the same call means what that library means by it.
import assert from 'node:assert/strict';
import { describeCallAt } from '../../../src/calls';
import { activation } from '../../../src/core';
import { assertCore, at, call, coreValue, ew, none, vec } from './helpers';

const TORCH = 'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n';
const JAX = 'import jax\nimport jax.numpy as jnp\nfrom jax import nn as jnn\n';
const KERAS = 'import keras\nfrom keras import activations, layers, ops\n';
const TF = 'import tensorflow as tf\n';

describe('calls: PyTorch', () => {
  it('F.gelu is exact by default and tanh on request', () => {
    const src = `${TORCH}a = F.gelu(torch.tensor(0.3))\nb = F.gelu(torch.tensor(0.3), approximate='tanh')\n`;
    const a = at(src, 'F.gelu(torch.tensor(0.3))');
    assertCore(a, 'gelu', 0.3, { approximate: 'none' });
    assert.equal(a.library, 'torch');
    assert.equal(a.callee, 'F.gelu');
    assert.equal(a.qualifiedName, 'torch.nn.functional.gelu');
    assertCore(at(src, "F.gelu(torch.tensor(0.3), approx"), 'gelu', 0.3, { approximate: 'tanh' });
  });

  it('leaky_relu: 0.01 by default, positional and keyword slopes', () => {
    assertCore(call(`F.leaky_relu(torch.tensor(-2.0))`), 'leaky_relu', -2, { negative_slope: 0.01 });
    assertCore(call(`F.leaky_relu(torch.tensor(-2.0), 0.2)`), 'leaky_relu', -2, { negative_slope: 0.2 });
    assertCore(call(`F.leaky_relu(torch.tensor(-2.0), negative_slope=0.2, inplace=True)`), 'leaky_relu', -2, { negative_slope: 0.2 });
    assertCore(call(`F.leaky_relu(input=torch.tensor(-2.0), negative_slope=0.3)`), 'leaky_relu', -2, { negative_slope: 0.3 });
  });

  it('softplus: (1/β)·log(1 + e^(βx)), positional beta and threshold', () => {
    const d = call('F.softplus(torch.tensor(1.0), beta=2)');
    assertCore(d, 'softplus', 1, { beta: 2, threshold: 20 });
    assert.ok(Math.abs((d.value as number) - Math.log1p(Math.exp(2)) / 2) < 1e-15);
    assertCore(call('F.softplus(torch.tensor(1.0), 2, 20)'), 'softplus', 1, { beta: 2, threshold: 20 });
    assertCore(call('F.softplus(torch.tensor(30.0))'), 'softplus', 30, { beta: 1, threshold: 20 });
    assert.equal(call('F.softplus(torch.tensor(30.0))').value, 30);
  });

  it('the ELU family, clips and shrinks take their parameters', () => {
    assertCore(call('F.elu(torch.tensor(-1.0), alpha=0.5)'), 'elu', -1, { alpha: 0.5 });
    assertCore(call('F.celu(torch.tensor(-1.0), 2.0)'), 'celu', -1, { alpha: 2 });
    assertCore(call('F.selu(torch.tensor(-0.5))'), 'selu', -0.5);
    assertCore(call('F.hardtanh(torch.tensor(2.0), min_val=-0.5, max_val=1.5)'), 'hardtanh', 2, { min_val: -0.5, max_val: 1.5 });
    assertCore(call('F.hardtanh(torch.tensor(2.0), -0.5, 1.5)'), 'hardtanh', 2, { min_val: -0.5, max_val: 1.5 });
    assertCore(call('F.softshrink(torch.tensor(1.0), lambd=0.7)'), 'softshrink', 1, { lambd: 0.7 });
    assertCore(call('F.hardshrink(torch.tensor(0.4))'), 'hardshrink', 0.4, { lambd: 0.5 });
    assertCore(call('F.threshold(torch.tensor(0.2), 0.5, -1.0)'), 'threshold', 0.2, { threshold: 0.5, value: -1 });
    assertCore(call('F.threshold(torch.tensor(0.2), threshold=0.5, value=-1.0)'), 'threshold', 0.2, { threshold: 0.5, value: -1 });
    assertCore(call('F.rrelu(torch.tensor(-1.0))'), 'rrelu', -1, { lower: 1 / 8, upper: 1 / 3 });
    assertCore(call('F.prelu(torch.tensor(-2.0), torch.tensor([0.1]))'), 'prelu', -2, { weight: 0.1 });
    assertCore(call('F.hardsigmoid(torch.tensor(1.0))'), 'hardsigmoid', 1, { slope: 1 / 6 });
    assertCore(call('F.relu6(torch.tensor(7.5))'), 'relu6', 7.5);
    assertCore(call('F.mish(torch.tensor(0.8))'), 'mish', 0.8);
    assertCore(call('F.logsigmoid(torch.tensor(-3.0))'), 'logsigmoid', -3);
  });

  it('torch.* and torch.special aliases', () => {
    assertCore(call('torch.sigmoid(torch.tensor(8.0))'), 'sigmoid', 8);
    assertCore(call('torch.special.expit(torch.tensor(8.0))'), 'sigmoid', 8);
    assertCore(call('torch.tanh(torch.tensor(0.5))'), 'tanh', 0.5);
    assertCore(call('torch.relu(torch.tensor(-0.5))'), 'relu', -0.5);
    assertCore(call('torch.erf(torch.tensor(0.5))'), 'erf', 0.5);
    assertCore(call('torch.exp(torch.tensor(0.5))'), 'exponential', 0.5);
    assertCore(call('torch.softmax(torch.tensor([1.0, 2.0]), dim=0)'), 'softmax', [1, 2], { dim: 0 });
    assert.match(call('torch.softmax(torch.tensor([1.0, 2.0]))').problem ?? '', /needs dim/);
  });

  it('modules: the constructor gives parameters, the second call the input', () => {
    const src = `${TORCH}y = nn.LeakyReLU(0.2)(torch.tensor(-1.0))\nz = nn.GELU(approximate='tanh')(torch.tensor(0.3))\n`;
    const d = at(src, 'nn.LeakyReLU');
    assertCore(d, 'leaky_relu', -1, { negative_slope: 0.2 });
    assert.equal(d.form, 'module');
    assert.equal(d.qualifiedName, 'torch.nn.LeakyReLU');
    assertCore(at(src, 'nn.GELU'), 'gelu', 0.3, { approximate: 'tanh' });
    assertCore(call('nn.Softplus(beta=2)(torch.tensor(1.0))'), 'softplus', 1, { beta: 2 });
    assertCore(call('nn.PReLU(init=0.1)(torch.tensor(-2.0))'), 'prelu', -2, { weight: 0.1 });
    assertCore(call('nn.Hardtanh(-2.0, 2.0)(torch.tensor(3.0))'), 'hardtanh', 3, { min_val: -2, max_val: 2 });
    assertCore(call('nn.Threshold(0.1, 20)(torch.tensor(0.0))'), 'threshold', 0, { threshold: 0.1, value: 20 });
    assertCore(call('nn.Softmax(dim=-1)(torch.tensor([[1.0, 2.0]]))'), 'softmax', [[1, 2]], { dim: -1 });
    assertCore(call('nn.Identity()(torch.tensor(3.0))'), 'linear', 3);
  });

  it('a module constructed but not applied: parameters, no value, no problem', () => {
    const d = call("nn.GELU(approximate='tanh')");
    assert.equal(d.activation, 'gelu');
    assert.equal(d.params.approximate, 'tanh');
    assert.equal(d.value, undefined);
    assert.equal(d.problem, undefined);
  });

  it('argmax: an index; without dim, the index into the flattened tensor', () => {
    const d = call('torch.argmax(torch.tensor([[0.1, 2.5], [3.0, 0.0]]))');
    assert.equal(d.value, 2);
    assert.deepEqual(call('torch.argmax(torch.tensor([[0.1, 2.5], [3.0, 0.0]]), dim=1)').value, [1, 0]);
    assert.deepEqual(call('torch.argmax(torch.tensor([[0.1, 2.5], [3.0, 0.0]]), 0)').value, [1, 0]);
    assert.equal(call('torch.argmax(torch.tensor([0.1, 2.5, 2.4]))').value, 1);
  });

  it('softmax without dim: PyTorch’s implicit choice (0 for 1-D and 3-D, 1 for 2-D)', () => {
    const two = call('F.softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]]))');
    assert.equal(two.params.dim, 1);
    assert.deepEqual(two.value, vec('softmax').value([[1, 2], [3, 5]], { dim: 1 }));
    assert.match(two.notes.join(' '), /dim=1/);
    const three = call('F.softmax(torch.tensor([[[1.0, 2.0]], [[3.0, 5.0]]]))');
    assert.equal(three.params.dim, 0);
    assert.deepEqual(three.value, vec('softmax').value([[[1, 2]], [[3, 5]]], { dim: 0 }));
  });

  it('glu and log_softmax and softmin', () => {
    assertCore(call('F.glu(torch.tensor([1.0, 2.0, 3.0, 4.0]))'), 'glu', [1, 2, 3, 4], { dim: -1 });
    assertCore(call('F.log_softmax(torch.tensor([1.0, 2.0]), dim=-1)'), 'log_softmax', [1, 2], { dim: -1 });
    assertCore(call('F.softmin(torch.tensor([1.0, 2.0]), dim=0)'), 'softmin', [1, 2], { dim: 0 });
  });
});

describe('calls: JAX', () => {
  it('jax.nn.gelu is the tanh form by default; exact GELU is offered as the alternative', () => {
    const src = `${JAX}print(jax.nn.gelu(0.3))\n`;
    const d = at(src, 'jax.nn.gelu');
    assertCore(d, 'gelu', 0.3, { approximate: 'tanh' });
    assert.equal(d.value, ew('gelu').value(0.3, { approximate: 'tanh' }));
    assert.equal(d.library, 'jax');
    assert.equal(d.alternatives.length, 1);
    assert.match(d.alternatives[0].label, /exact GELU/);
    assert.equal(d.alternatives[0].value, ew('gelu').value(0.3));
    const exact = at(`${JAX}jax.nn.gelu(0.3, approximate=False)`, 'jax.nn');
    assertCore(exact, 'gelu', 0.3, { approximate: 'none' });
    assert.deepEqual(exact.alternatives, []);
  });

  it('aliases: from jax import nn as jnn, jnp, jax.scipy', () => {
    assertCore(at(`${JAX}jnn.leaky_relu(-1.0)`, 'jnn.leaky'), 'leaky_relu', -1, { negative_slope: 0.01 });
    assertCore(at(`${JAX}jnn.leaky_relu(-1.0, negative_slope=0.2)`, 'jnn.leaky'), 'leaky_relu', -1, { negative_slope: 0.2 });
    assertCore(at(`${JAX}jnp.tanh(0.5)`, 'jnp.tanh'), 'tanh', 0.5);
    assertCore(at(`${JAX}jax.scipy.special.expit(0.5)`, 'jax.scipy'), 'sigmoid', 0.5);
    assertCore(at('import jax.nn as jnn\njnn.relu6(7.0)', 'jnn.relu6'), 'relu6', 7);
    assertCore(at('from flax import linen as nn\nnn.gelu(0.3)', 'nn.gelu'), 'gelu', 0.3, { approximate: 'tanh' });
  });

  it('softplus is plain log(1 + eˣ) (no PyTorch threshold), squareplus has b, celu alpha', () => {
    const d = at(`${JAX}jax.nn.softplus(30.0)`, 'jax.nn');
    assertCore(d, 'softplus', 30, { threshold: Infinity });
    assert.ok((d.value as number) > 30);
    assert.ok(d.alternatives.some((a) => a.value === 30));
    assertCore(at(`${JAX}jax.nn.squareplus(1.0, b=2)`, 'jax.nn'), 'squareplus', 1, { b: 2 });
    assertCore(at(`${JAX}jax.nn.squareplus(1.0)`, 'jax.nn'), 'squareplus', 1, { b: 4 });
    assertCore(at(`${JAX}jax.nn.celu(-1.0, alpha=2.0)`, 'jax.nn'), 'celu', -1, { alpha: 2 });
    assertCore(at(`${JAX}jax.nn.hard_sigmoid(1.0)`, 'jax.nn'), 'hardsigmoid', 1, { slope: 1 / 6 });
  });

  it('softmax takes axis; jnp.argmax flattens', () => {
    assertCore(at(`${JAX}jnn.softmax(jnp.array([[1.0, 2.0], [3.0, 4.0]]), axis=0)`, 'jnn.softmax'), 'softmax', [[1, 2], [3, 4]], { dim: 0 });
    assertCore(at(`${JAX}jax.nn.log_softmax(jnp.array([1.0, 2.0]))`, 'jax.nn'), 'log_softmax', [1, 2], { dim: -1 });
    assert.equal(at(`${JAX}jnp.argmax(jnp.array([[1.0, 9.0], [3.0, 4.0]]))`, 'jnp.argmax').value, 1);
    assert.match(at(`${JAX}jax.nn.softmax(jnp.array([1.0]), dim=0)`, 'jax.nn').problem ?? '', /unknown argument 'dim'/);
  });
});

describe('calls: Keras 3', () => {
  it('activations.gelu is exact, ops.gelu is the tanh form', () => {
    assertCore(at(`${KERAS}keras.activations.gelu(0.3)`, 'keras.act'), 'gelu', 0.3, { approximate: 'none' });
    assertCore(at(`${KERAS}ops.gelu(0.3)`, 'ops.gelu'), 'gelu', 0.3, { approximate: 'tanh' });
    assertCore(at(`${KERAS}ops.gelu(0.3, approximate=False)`, 'ops.gelu'), 'gelu', 0.3, { approximate: 'none' });
  });

  it('leaky_relu is 0.2, the LeakyReLU layer 0.3', () => {
    assertCore(at(`${KERAS}activations.leaky_relu(-1.0)`, 'activations.'), 'leaky_relu', -1, { negative_slope: 0.2 });
    const layer = at(`${KERAS}layers.LeakyReLU()(-1.0)`, 'layers.');
    assertCore(layer, 'leaky_relu', -1, { negative_slope: 0.3 });
    assert.equal(layer.value, -0.3);
    assertCore(at(`${KERAS}keras.layers.LeakyReLU(negative_slope=0.1)(-1.0)`, 'keras.'), 'leaky_relu', -1, { negative_slope: 0.1 });
  });

  it('relu with negative_slope, max_value or threshold becomes the function that has them', () => {
    assertCore(at(`${KERAS}keras.activations.relu(-1.5, negative_slope=0.1)`, 'keras.'), 'leaky_relu', -1.5, { negative_slope: 0.1 });
    assertCore(at(`${KERAS}keras.activations.relu(7.0, max_value=6.0)`, 'keras.'), 'relu6', 7);
    assertCore(at(`${KERAS}keras.activations.relu(7.0, max_value=2.0)`, 'keras.'), 'hardtanh', 7, { min_val: 0, max_val: 2 });
    assertCore(at(`${KERAS}keras.activations.relu(0.5, threshold=1.0)`, 'keras.'), 'threshold', 0.5, { threshold: 1, value: 0 });
    assertCore(at(`${KERAS}layers.ReLU(max_value=6.0)(7.0)`, 'layers.'), 'relu6', 7);
    assert.match(at(`${KERAS}keras.activations.relu(1.0, negative_slope=0.1, max_value=6.0)`, 'keras.').problem ?? '', /not one of our functions/);
  });

  it('hard_sigmoid is relu6(x + 3)/6; soft_shrink names its parameter threshold', () => {
    assertCore(at(`${KERAS}activations.hard_sigmoid(1.0)`, 'activations.'), 'hardsigmoid', 1, { slope: 1 / 6 });
    assertCore(at(`${KERAS}activations.soft_shrink(1.0, threshold=0.7)`, 'activations.'), 'softshrink', 1, { lambd: 0.7 });
    assertCore(at(`${KERAS}ops.hard_shrink(0.4)`, 'ops.'), 'hardshrink', 0.4, { lambd: 0.5 });
    assertCore(at(`${KERAS}activations.squareplus(1.0)`, 'activations.'), 'squareplus', 1, { b: 4 });
  });

  it('softmax by axis; layers.Activation by name', () => {
    assertCore(at(`${KERAS}keras.activations.softmax(ops.array([[1.0, 2.0, 3.0]]))`, 'keras.'), 'softmax', [[1, 2, 3]], { dim: -1 });
    const d = at(`${KERAS}layers.Activation('gelu')(0.3)`, 'layers.');
    assertCore(d, 'gelu', 0.3, { approximate: 'none' });
    assert.equal(d.qualifiedName, 'keras.activations.gelu');
  });
});

describe('calls: TensorFlow (tf.nn, tf.math, tf.keras as Keras 2)', () => {
  it('tf.nn.leaky_relu(-1.0) is −0.2; alpha by keyword', () => {
    const d = at(`${TF}print(tf.nn.leaky_relu(-1.0))`, 'tf.nn');
    assertCore(d, 'leaky_relu', -1, { negative_slope: 0.2 });
    assert.equal(d.value, -0.2);
    assert.equal(d.qualifiedName, 'tensorflow.nn.leaky_relu');
    assertCore(at(`${TF}tf.nn.leaky_relu(-1.0, alpha=0.1)`, 'tf.nn'), 'leaky_relu', -1, { negative_slope: 0.1 });
    assertCore(at(`${TF}tf.nn.leaky_relu(features=-1.0)`, 'tf.nn'), 'leaky_relu', -1, { negative_slope: 0.2 });
  });

  it('gelu, silu with beta, sigmoid aliases', () => {
    assertCore(at(`${TF}tf.nn.gelu(0.3)`, 'tf.nn'), 'gelu', 0.3, { approximate: 'none' });
    assertCore(at(`${TF}tf.nn.gelu(0.3, approximate=True)`, 'tf.nn'), 'gelu', 0.3, { approximate: 'tanh' });
    assertCore(at(`${TF}tf.nn.silu(1.5, beta=2.0)`, 'tf.nn'), 'silu', 1.5, { beta: 2 });
    assertCore(at(`${TF}tf.math.sigmoid(8.0)`, 'tf.math'), 'sigmoid', 8);
    assertCore(at(`${TF}tf.sigmoid(8.0)`, 'tf.sig'), 'sigmoid', 8);
  });

  it('tf.math.argmax defaults to axis 0', () => {
    const d = at(`${TF}tf.math.argmax(tf.constant([[0.1, 2.5], [3.0, 0.0]]))`, 'tf.math');
    assert.deepEqual(d.value, [1, 0]);
    assert.equal(d.params.dim, 0);
    assert.deepEqual(at(`${TF}tf.argmax(tf.constant([[0.1, 2.5], [3.0, 0.0]]), axis=1)`, 'tf.arg').value, [1, 0]);
  });

  it('tf.keras: hard_sigmoid is clip(0.2x + 0.5, 0, 1); the LeakyReLU layer is 0.3', () => {
    const d = at(`${TF}tf.keras.activations.hard_sigmoid(1.0)`, 'tf.keras');
    assertCore(d, 'hardsigmoid', 1, { slope: 0.2 });
    assert.equal(d.value, 0.7);
    assert.equal(d.library, 'tf');
    assert.ok(d.alternatives.some((a) => Math.abs((a.value as number) - 2 / 3) < 1e-15));
    assertCore(at(`${TF}tf.keras.layers.LeakyReLU()(-1.0)`, 'tf.keras'), 'leaky_relu', -1, { negative_slope: 0.3 });
    assertCore(at(`${TF}tf.keras.layers.LeakyReLU(alpha=0.1)(-1.0)`, 'tf.keras'), 'leaky_relu', -1, { negative_slope: 0.1 });
    assertCore(at('from tensorflow import keras\nkeras.activations.hard_sigmoid(1.0)', 'keras.'), 'hardsigmoid', 1, { slope: 0.2 });
    assertCore(at(`${TF}tf.keras.activations.relu(-1.0, alpha=0.1)`, 'tf.keras'), 'leaky_relu', -1, { negative_slope: 0.1 });
  });

  it('softmax: axis=None is the last axis', () => {
    assertCore(at(`${TF}tf.nn.softmax(tf.constant([[1.0, 2.0]]), axis=None)`, 'tf.nn'), 'softmax', [[1, 2]], { dim: -1 });
  });
});

describe('calls: TensorFlow.js', () => {
  const TFJS = "import * as tf from '@tensorflow/tfjs';\n";
  it('tf.leakyRelu: 0.2 by default, positional alpha', () => {
    assertCore(at(`${TFJS}tf.leakyRelu(tf.scalar(-2)).print();`, 'tf.leaky', 'typescript'), 'leaky_relu', -2, { negative_slope: 0.2 });
    const d = at(`${TFJS}tf.leakyRelu(tf.scalar(-2), 0.1);`, 'tf.leaky', 'javascript');
    assertCore(d, 'leaky_relu', -2, { negative_slope: 0.1 });
    assert.equal(d.qualifiedName, 'tf.leakyRelu');
    assert.equal(d.library, 'tfjs');
  });

  it('imports: require, named and renamed, tfjs-node', () => {
    assertCore(at("const tf = require('@tensorflow/tfjs');\ntf.elu(tf.scalar(-1));", 'tf.elu', 'javascript'), 'elu', -1);
    assertCore(at("import { leakyRelu as lr } from '@tensorflow/tfjs';\nlr(-1);", 'lr(', 'typescript'), 'leaky_relu', -1, { negative_slope: 0.2 });
    assertCore(at("import { sigmoid } from '@tensorflow/tfjs';\nsigmoid(0.5);", 'sigmoid(0', 'typescriptreact'), 'sigmoid', 0.5);
    assertCore(at("import * as tf from '@tensorflow/tfjs-node';\ntf.selu(-0.5);", 'tf.selu', 'javascriptreact'), 'selu', -0.5);
    assertCore(at('tf.relu6(7.5);', 'tf.relu6', 'typescript'), 'relu6', 7.5);
  });

  it('softmax(dim), logSoftmax(axis), argMax(axis=0), prelu(alpha), logSigmoid, softplus plain', () => {
    assertCore(at(`${TFJS}tf.softmax(tf.tensor2d([1, 2, 3, 4], [2, 2]), 1)`, 'tf.soft', 'typescript'), 'softmax', [[1, 2], [3, 4]], { dim: 1 });
    // tfjs-core/src/ops/softmax.ts throws for a non-last axis: said, not computed
    assert.match(at(`${TFJS}tf.softmax(tf.tensor2d([1, 2, 3, 4], [2, 2]), 0)`, 'tf.soft', 'typescript').problem ?? '', /non-last axis/);
    assertCore(at(`${TFJS}tf.logSoftmax(tf.tensor1d([1, 2]))`, 'tf.log', 'typescript'), 'log_softmax', [1, 2], { dim: -1 });
    assert.deepEqual(at(`${TFJS}tf.argMax(tf.tensor2d([[1, 5], [3, 2]]))`, 'tf.arg', 'typescript').value, [1, 0]);
    assertCore(at(`${TFJS}tf.prelu(tf.scalar(-2), tf.scalar(0.25))`, 'tf.prelu', 'typescript'), 'prelu', -2, { weight: 0.25 });
    assertCore(at(`${TFJS}tf.logSigmoid(tf.scalar(-2))`, 'tf.log', 'typescript'), 'logsigmoid', -2);
    assertCore(at(`${TFJS}tf.softplus(tf.scalar(1))`, 'tf.soft', 'typescript'), 'softplus', 1, { threshold: Infinity });
  });

  it('unqualified names get the default framework, as in Python (issue 11, item 10)', () => {
    assert.equal(at('relu(-1);', 'relu', 'typescript').framework, 'torch');
    assert.equal(at('const y = gelu(0.3);', 'gelu', 'typescript', { defaultFramework: 'jax' }).params.approximate, 'tanh');
    assertCore(at('relu(-1);', 'relu', 'typescript', { defaultFramework: 'tfjs' }), 'relu', -1);
  });
});

describe('calls: NNlib / Flux (Julia)', () => {
  const JL = 'using Flux, NNlib\n';
  it('σ, hardσ, logσ, sigmoid', () => {
    assertCore(at(`${JL}println(σ(0.5))`, 'σ', 'julia'), 'sigmoid', 0.5);
    assertCore(at(`${JL}hardσ(1.0)`, 'hardσ', 'julia'), 'hardsigmoid', 1, { slope: 1 / 6 });
    assertCore(at(`${JL}logσ(-1.0)`, 'logσ', 'julia'), 'logsigmoid', -1);
    assertCore(at(`${JL}sigmoid(8.0)`, 'sigmoid', 'julia'), 'sigmoid', 8);
  });

  it('leakyrelu 0.01 and positional a; gelu is the tanh form, gelu_erf exact', () => {
    assertCore(at(`${JL}leakyrelu(-1.0)`, 'leaky', 'julia'), 'leaky_relu', -1, { negative_slope: 0.01 });
    assertCore(at(`${JL}leakyrelu(-1.0, 0.2)`, 'leaky', 'julia'), 'leaky_relu', -1, { negative_slope: 0.2 });
    const g = at(`${JL}gelu(0.3)`, 'gelu', 'julia');
    assertCore(g, 'gelu', 0.3, { approximate: 'tanh' });
    assert.match(g.notes.join(' '), /tanh approximation/);
    assertCore(at(`import NNlib: gelu_erf\ngelu_erf(0.3)`, 'gelu_erf(', 'julia'), 'gelu', 0.3, { approximate: 'none' });
    assertCore(at(`${JL}elu(-1.0, 2.0)`, 'elu', 'julia'), 'elu', -1, { alpha: 2 });
    assertCore(at(`${JL}trelu(0.5)`, 'trelu', 'julia'), 'threshold', 0.5, { threshold: 1, value: 0 });
    assertCore(at(`${JL}softshrink(1.0, 0.2)`, 'soft', 'julia'), 'softshrink', 1, { lambd: 0.2 });
    assertCore(at(`${JL}swish(1.5)`, 'swish', 'julia'), 'silu', 1.5);
  });

  it('qualified NNlib.σ and Flux.relu; unqualified names without using', () => {
    assertCore(at('import NNlib\nNNlib.σ(0.5)', 'NNlib.σ', 'julia'), 'sigmoid', 0.5);
    assertCore(at('Flux.relu(-1.0)', 'Flux', 'julia'), 'relu', -1);
    const d = at('relu(-1.0)', 'relu', 'julia');
    assert.equal(d.library, undefined);
    assert.equal(d.framework, 'nnlib');
  });

  it('broadcast f.(x) is element-wise; softmax takes dims', () => {
    const b = at(`${JL}relu.([1.0, -2.0])`, 'relu', 'julia');
    assertCore(b, 'relu', [1, -2]);
    assert.equal(b.form, 'broadcast');
    assertCore(at(`${JL}σ.(Float32[1, 2])`, 'σ', 'julia'), 'sigmoid', [1, 2]);
    assertCore(at(`${JL}softmax([1.0, 2.0, 3.0])`, 'softmax', 'julia'), 'softmax', [1, 2, 3], { dim: 0 });
    assertCore(at(`${JL}softmax([1.0, 2.0, 3.0]; dims = 1)`, 'softmax', 'julia'), 'softmax', [1, 2, 3], { dim: 0 });
    assertCore(at(`${JL}logsoftmax([1.0, 2.0])`, 'logsoftmax', 'julia'), 'log_softmax', [1, 2]);
  });
});

describe('calls: SciPy and NumPy', () => {
  it('scipy.special: expit, log_expit, erf, softmax over every element by default', () => {
    const src = 'from scipy.special import expit, softmax\nimport numpy as np\n';
    assertCore(at(`${src}expit(0.5)`, 'expit(0'), 'sigmoid', 0.5);
    const flat = [1, 2, 3, 4];
    const d = at(`${src}softmax(np.array([[1.0, 2.0], [3.0, 4.0]]))`, 'softmax(np');
    const want = vec('softmax').value(flat) as number[];
    assert.deepEqual(d.value, [[want[0], want[1]], [want[2], want[3]]]);
    assertCore(at(`${src}softmax(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=1)`, 'softmax(np'), 'softmax', [[1, 2], [3, 4]], { dim: 1 });
    assertCore(at('import scipy.special\nscipy.special.erf(0.5)', 'scipy.special.erf'), 'erf', 0.5);
    assertCore(at('from scipy import special\nspecial.log_expit(-1.0)', 'special.log'), 'logsigmoid', -1);
  });

  it('numpy: tanh, exp, argmax flattened', () => {
    const src = 'import numpy as np\n';
    const d = at(`${src}np.tanh(np.array([0.5, 1.0]))`, 'np.tanh');
    assertCore(d, 'tanh', [0.5, 1]);
    assert.equal(d.library, 'numpy');
    assert.equal(at(`${src}np.argmax([[1, 9], [3, 4]])`, 'np.argmax').value, 1);
    assert.deepEqual(at(`${src}np.argmax([[1, 9], [3, 4]], axis=0)`, 'np.argmax').value, [1, 0]);
  });
});

describe('calls: unqualified names and the default framework', () => {
  it('uses torch by default, the option otherwise; library is undefined', () => {
    const d = call('gelu(0.3)');
    assert.equal(d.library, undefined);
    assert.equal(d.framework, 'torch');
    assert.equal(d.value, ew('gelu').value(0.3));
    const j = call('gelu(0.3)', 'python', { defaultFramework: 'jax' });
    assert.equal(j.framework, 'jax');
    assert.equal(j.value, ew('gelu').value(0.3, { approximate: 'tanh' }));
    assert.equal(call('leaky_relu(-1.0)', 'python', { defaultFramework: 'tf' }).value, -0.2);
    assert.equal(call('gelu(0.3)', 'python', { defaultFramework: 'nnlib' }).framework, 'torch');
  });

  it('imported names are the library’s; star imports too', () => {
    const d = at('from torch.nn.functional import gelu\ngelu(torch.tensor(0.3))', 'gelu(t');
    assert.equal(d.library, 'torch');
    assert.equal(at('from torch.nn.functional import *\nsilu(torch.tensor(1.0))', 'silu(').library, 'torch');
    assert.equal(at('from jax.nn import gelu as g\ng(0.3)', 'g(0').value, ew('gelu').value(0.3, { approximate: 'tanh' }));
  });

  it('names the document defines itself are not the library’s', () => {
    none('def gelu(x):\n    return x\n\ny = gelu(0.3)', 'gelu(0');
    none('gelu = lambda x: x\ny = gelu(0.3)', 'gelu(0');
    none('function relu(x) { return x; }\nrelu(-1);', 'relu(-', 'typescript', { defaultFramework: 'tfjs' });
    none('gelu(x) = x\ngelu(0.3)', 'gelu(0', 'julia');
  });

  it('method calls on values and unknown roots are not library calls', () => {
    none('x.sigmoid(0.5)', 'sigmoid');
    none('self.gelu(0.3)', 'gelu');
    none('mylib.gelu(0.3)', 'gelu');
    none('print(1.0)', 'print');
  });

  it('every definition the hover meets exists in the core', () => {
    for (const code of ['F.gelu(torch.tensor(0.3))', 'jax.nn.gelu(0.3)', 'tf.nn.leaky_relu(-1.0)']) {
      const d = describeCallAt(code, 0, 'python');
      assert.ok(d && activation(d.activation));
      assert.deepEqual(d.value, coreValue(d.activation, d.input!, d.params));
    }
  });
});
