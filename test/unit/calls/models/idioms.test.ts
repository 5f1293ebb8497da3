// Issue 11, idiom by idiom: what the hover names (and computes) where real model code names an activation
// other than by a library call, and where it must stay silent.
import assert from 'node:assert/strict';
import { describeCallAt } from '../../../../src/calls';
import { at, coreValue, none } from '../helpers';

const TORCH = 'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n';

describe('calls: module instances (bound in the same file)', () => {
  it('self.act(x) after self.act = nn.LeakyReLU(0.2): the constructor and the input', () => {
    const code = `${TORCH}class M(nn.Module):\n    def __init__(self):\n        self.act = nn.LeakyReLU(0.2)\n    def forward(self, x):\n        return self.act(torch.tensor(-1.0))\n`;
    const d = at(code, 'self.act(torch', 'python', undefined, 6);
    assert.equal(d.activation, 'leaky_relu');
    assert.equal(d.value, -0.2);
    assert.equal(d.origin?.kind, 'instance');
    assert.equal(d.origin?.line, 5);
    assert.match(d.notes[0], /bound on line 6: nn\.LeakyReLU\(0\.2\)/);
  });

  it('self.act = act_layer() with act_layer=nn.GELU: the default, marked as such', () => {
    const code = `${TORCH}class Mlp(nn.Module):\n    def __init__(self, dim, act_layer=nn.GELU):\n        self.act = act_layer(approximate='tanh')\n    def forward(self, x):\n        return self.act(x)\n`;
    const d = at(code, 'self.act(x)', 'python', undefined, 6);
    assert.equal(d.activation, 'gelu');
    assert.equal(d.params.approximate, 'tanh');
    assert.equal(d.origin?.isDefault, true);
    assert.equal(d.origin?.setFrom, 'act_layer');
  });

  it('each class keeps its own self.act', () => {
    const code = `${TORCH}class A(nn.Module):\n    def __init__(self):\n        self.act = nn.ReLU()\n    def f(self, x):\n        return self.act(x)\n\nclass B(nn.Module):\n    def __init__(self):\n        self.act = nn.Tanh()\n    def f(self, x):\n        return self.act(x)\n`;
    assert.equal(at(code, 'self.act(x)', 'python', undefined, 6).activation, 'relu');
    assert.equal(at(code.slice(0, code.lastIndexOf('self.act(x)')) + 'self.act(x)\n', 'self.act(x)\n', 'python', undefined, 6).activation, 'relu');
    const last = code.lastIndexOf('self.act(x)') + 6;
    assert.equal(describeCallAt(code, last, 'python')?.activation, 'tanh');
  });

  it('a binding in a branch names the activation but gives no constant value; a bound-twice name is not followed', () => {
    const code = `${TORCH}class M(nn.Module):\n    def __init__(self, cfg):\n        if cfg:\n            self.act = nn.ReLU()\n        else:\n            self.act = nn.GELU()\n    def f(self, x):\n        return self.act(x)\n`;
    // the last binding before the use is read; the note says where
    const d = at(code, 'self.act(x)', 'python', undefined, 6);
    assert.equal(d.activation, 'gelu');
  });

  it("ACT2FN['gelu_new'] (transformers' table) is the tanh form; ACT2FN[config.hidden_act] stays silent", () => {
    const code = 'from ...activations import ACT2FN\nclass M:\n    def __init__(self, config):\n        self.a = ACT2FN["gelu_new"]\n        self.b = ACT2FN[config.hidden_act]\n    def f(self, x):\n        return self.a(x), self.b(x)\n';
    assert.equal(at(code, 'self.a(x)', 'python', undefined, 6).params.approximate, 'tanh');
    none(code, 'self.b(x)', 'python', undefined, 6);
  });

  it('a user ACT2FN dict not from transformers is not read as transformers', () => {
    none('ACT2FN = {"gelu_new": my_gelu}\nact = ACT2FN["gelu_new"]\n', 'gelu_new"]', 'python', undefined, 1);
  });

  it('Flax: a dataclass field and setup()', () => {
    const field = 'import flax.linen as nn\nfrom typing import Callable\nclass MLP(nn.Module):\n    act: Callable = nn.gelu\n    def __call__(self, x):\n        return self.act(x)\n';
    assert.equal(at(field, 'self.act(x)', 'python', undefined, 6).params.approximate, 'tanh');
    const setup = 'import flax.linen as nn\nclass H(nn.Module):\n    def setup(self):\n        self.act = nn.PReLU(negative_slope_init=0.2)\n    def __call__(self, x):\n        return self.act(x)\n';
    assert.equal(at(setup, 'self.act(x)', 'python', undefined, 6).params.weight, 0.2);
  });
});

describe('calls: tensor methods', () => {
  it('x.softmax(0) with x a constant of the file has a value', () => {
    const d = at(`${TORCH}x = torch.tensor([1.0, 2.0, 3.0])\ny = x.softmax(0)\n`, 'x.softmax', 'python', undefined, 3);
    assert.deepEqual(d.value, coreValue('softmax', [1, 2, 3], { dim: 0 }));
    assert.equal(d.qualifiedName, 'torch.Tensor.softmax');
  });

  it('attn.softmax(dim=-1), logits.argmax(dim=-1), x.relu_(), tfjs t.relu()', () => {
    assert.equal(at(`${TORCH}a = attn.softmax(dim=-1)`, 'attn.softmax', 'python', undefined, 6).params.dim, -1);
    assert.equal(at(`${TORCH}i = logits.argmax(dim=-1)`, 'argmax', 'python', undefined, 2).activation, 'argmax');
    assert.equal(at(`${TORCH}x.relu_()`, 'relu_', 'python', undefined, 1).activation, 'relu');
    assert.equal(at("import * as tf from '@tensorflow/tfjs';\nconst y = t.relu();", 't.relu', 'typescript', undefined, 3).framework, 'tfjs');
  });

  it('a method with arguments it does not take, or of self, is not a tensor method', () => {
    none('x.sigmoid(0.5)', 'sigmoid');
    none('mylib.sigmoid(x)', 'sigmoid');
    none('self.softmax(x)', 'softmax');
  });
});

describe('calls: functions and classes as values', () => {
  it('act_layer=nn.GELU, activation=nn.relu, jax.grad(nn.relu), Flux Dense(2 => 3, relu)', () => {
    assert.equal(at(`${TORCH}Block(act_layer=nn.GELU)`, 'nn.GELU', 'python', undefined, 4).origin?.kind, 'reference');
    assert.equal(at('import flax.linen as nn\nBlock(activation=nn.relu)', 'nn.relu', 'python', undefined, 4).activation, 'relu');
    assert.equal(at('import jax\nfrom jax import nn\ng = jax.grad(nn.relu)', 'nn.relu', 'python', undefined, 4).framework, 'jax');
    assert.equal(at('using Flux\nm = Chain(Dense(2 => 3, relu), softmax)', 'relu)', 'julia', undefined, 1).activation, 'relu');
  });

  it("functools.partial(F.gelu, approximate='tanh'): partial's keywords apply", () => {
    const d = at(`import functools\n${TORCH}g = functools.partial(F.gelu, approximate='tanh')`, 'F.gelu', 'python', undefined, 3);
    assert.equal(d.params.approximate, 'tanh');
    assert.equal(d.value, undefined);
  });

  it('an unimported bare name passed as a value stays silent (a variable named relu)', () => {
    none('def f(relu):\n    return apply(relu)\n', 'relu)\n', 'python', undefined, 1);
  });
});

describe('calls: names in strings, read by the library that reads them', () => {
  it("Keras activation='relu', layers.Activation('gelu'), keras.activations.get('swish')", () => {
    assert.equal(at('from keras import layers\nlayers.Dense(8, activation="relu")', '"relu"', 'python', undefined, 2).framework, 'keras');
    assert.equal(at("import keras\ng = keras.activations.get('swish')", "'swish'", 'python', undefined, 2).activation, 'silu');
  });

  it("tfjs {activation: 'relu'}, tf.layers.leakyReLU({alpha: 0.1}), thresholdedReLU θ = 1, softmax axis 1", () => {
    const TF = "import * as tf from '@tensorflow/tfjs';\n";
    assert.equal(at(`${TF}tf.layers.dense({units: 8, activation: 'relu'})`, "'relu'", 'typescript', undefined, 2).framework, 'tfjs');
    assert.equal(at(`${TF}tf.layers.leakyReLU({alpha: 0.1})`, 'leakyReLU', 'typescript', undefined, 2).params.negative_slope, 0.1);
    assert.equal(at(`${TF}tf.layers.leakyReLU()`, 'leakyReLU', 'typescript', undefined, 2).params.negative_slope, 0.3);
    assert.equal(at(`${TF}tf.layers.thresholdedReLU()`, 'thresholded', 'typescript', undefined, 2).params.threshold, 1);
    assert.equal(at(`${TF}tf.layers.softmax()`, 'softmax', 'typescript', undefined, 2).params.dim, 1);
  });

  it('transformers hidden_act= and get_activation(); timm act_layer= and create_act_layer (lower-cased)', () => {
    assert.equal(at('BertConfig(hidden_act="gelu_pytorch_tanh")', 'gelu_py', 'python').params.approximate, 'tanh');
    assert.equal(at('from transformers.activations import get_activation\na = get_activation("gelu")', '"gelu"', 'python', undefined, 1).params.approximate, 'none');
    assert.equal(at("Block(act_layer='GELU_TANH')", 'GELU', 'python').params.approximate, 'tanh');
    assert.equal(at("from timm.layers import create_act_layer\na = create_act_layer('prelu')", "'prelu'", 'python', undefined, 2).params.weight, 0.25);
  });

  it('a string anywhere else stays silent', () => {
    none('s = "relu"', 'relu');
    none('print("gelu")', 'gelu');
    none('d = {"activation": "relu"}', 'relu');
    none('MyLayer(activation="relu")', 'relu');
  });
});

describe('calls: config files', () => {
  it('"hidden_act": "gelu_new" in config.json is the tanh form; other keys are silent', () => {
    const json = '{\n  "hidden_act": "gelu_new",\n  "model_type": "gpt2"\n}\n';
    const d = describeCallAt(json, json.indexOf('gelu_new'), 'json');
    assert.equal(d?.params.approximate, 'tanh');
    assert.equal(d?.origin?.kind, 'config');
    assert.equal(describeCallAt(json, json.indexOf('gpt2'), 'json'), undefined);
    assert.equal(describeCallAt('{"activation_function": "relu"}', 26, 'jsonc')?.activation, 'relu');
  });

  it('activation: relu in YAML', () => {
    const yaml = 'model:\n  activation: relu\n  name: gelu\n';
    assert.equal(describeCallAt(yaml, yaml.indexOf('relu'), 'yaml')?.activation, 'relu');
    assert.equal(describeCallAt(yaml, yaml.indexOf('gelu'), 'yaml'), undefined);
  });
});

describe('calls: constants, honest parameters, names the file defines', () => {
  it('F.softmax(x / T) with x and T literal constants; bound twice gives no value', () => {
    const d = at(`${TORCH}x = torch.tensor([1.0, 2.0, 3.0])\nT = 0.5\ny = F.softmax(x / T, dim=0)\n`, 'F.softmax', 'python', undefined, 3);
    assert.deepEqual(d.value, coreValue('softmax', [1, 2, 3], { dim: 0, temperature: 0.5 }));
    const twice = at(`${TORCH}x = torch.tensor([1.0, 2.0])\nx = x * 2\ny = F.softmax(x, dim=0)\n`, 'F.softmax', 'python', undefined, 3);
    assert.equal(twice.value, undefined);
    const loop = at(`${TORCH}for i in range(3):\n    x = torch.tensor([1.0, 2.0])\ny = F.softmax(x, dim=0)\n`, 'F.softmax', 'python', undefined, 3);
    assert.equal(loop.value, undefined);
  });

  it('an earlier notebook cell: logits = [2.0, 1.0, 0.1]', () => {
    const d = describeCallAt('F.softmax(torch.tensor(logits), dim=0)', 3, 'python', { preamble: `${TORCH}logits = [2.0, 1.0, 0.1]\n` });
    assert.deepEqual(d?.value, coreValue('softmax', [2, 1, 0.1], { dim: 0 }));
  });

  it('a non-literal argument is shown as unknown, not as the library default', () => {
    const d = at(`${TORCH}y = F.leaky_relu(x, negative_slope=slope)`, 'F.leaky', 'python', undefined, 2);
    assert.equal(d.value, undefined);
    assert.equal(d.problem, 'needs a literal argument');
  });

  it('def swish(x) shadows the library: "defined in this file", its body recognised', () => {
    const code = `${TORCH}def swish(x):\n    return x * torch.sigmoid(x)\ny = swish(torch.tensor(1.0))\n`;
    const d = at(code, 'swish(torch', 'python', undefined, 1);
    assert.equal(d.activation, 'silu');
    assert.equal(d.origin?.kind, 'local');
    assert.match(d.qualifiedName, /defined in this file/);
  });

  it('class GELU(nn.Module) is a definition, not a call of nn.GELU; an unrecognised body is silent', () => {
    const code = `${TORCH}class GELU(nn.Module):\n    def forward(self, x):\n        return F.gelu(x)\n`;
    const d = at(code, 'GELU(nn', 'python', undefined, 1);
    assert.equal(d.origin?.kind, 'local');
    none(`${TORCH}def gelu(x):\n    return my_kernel(x)\ny = gelu(x)\n`, 'gelu(x)\n', 'python', undefined, 1);
  });

  it('unqualified gelu(0.3) in TypeScript gets the default framework', () => {
    assert.equal(at('const y = gelu(0.3);', 'gelu', 'typescript', { defaultFramework: 'jax' }).params.approximate, 'tanh');
  });
});

describe('calls: a method of a call result', () => {
  it('torch.tensor([1., 2.]).softmax(0) has the value (the literal receiver is the input)', () => {
    const d = at('import torch\ny = torch.tensor([1., 2.]).softmax(0)\n', 'softmax', 'python', undefined, 2);
    assert.deepEqual(d.value, coreValue('softmax', [1, 2], { dim: 0 }));
  });
});
