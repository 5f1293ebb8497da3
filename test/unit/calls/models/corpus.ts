// Held-out model code in the style of real projects (PyTorch, transformers, timm, Flax, Keras, TensorFlow.js,
// Flux, config files), with every place a reader of the code sees an activation annotated with the answer.
// Written for this test, not copied from any project. Sites: [needle, occurrence (0-based), expected, kind];
// the cursor goes one character into the needle (or to its '‸'). Expected: 'id' or 'id param=value' (our parameter names);
// kind 'code': the activation is written in the code; 'config': it comes from a config or an argument with no
// default in the code (named right only if the reader can know); 'lookalike': must stay silent.

export type SiteKind = 'code' | 'config' | 'lookalike';
export type Site = readonly [needle: string, nth: number, expected: string | null, kind: SiteKind];

export interface Snippet {
  readonly name: string;
  readonly lang: string;
  readonly code: string;
  readonly sites: readonly Site[];
}

const vitMlp = `import torch
import torch.nn as nn
import torch.nn.functional as F


class Mlp(nn.Module):
    def __init__(self, in_features, hidden_features=None, act_layer=nn.GELU, drop=0.0):
        super().__init__()
        hidden_features = hidden_features or in_features
        self.fc1 = nn.Linear(in_features, hidden_features)
        self.act = act_layer()
        self.fc2 = nn.Linear(hidden_features, in_features)
        self.drop = nn.Dropout(drop)

    def forward(self, x):
        x = self.fc1(x)
        x = self.act(x)
        x = self.drop(x)
        return self.fc2(x)


class Attention(nn.Module):
    def __init__(self, dim, num_heads=8):
        super().__init__()
        self.num_heads = num_heads
        self.scale = (dim // num_heads) ** -0.5
        self.qkv = nn.Linear(dim, dim * 3)
        self.softmax = nn.Softmax(dim=-1)

    def forward(self, x):
        B, N, C = x.shape
        q, k, v = self.qkv(x).reshape(B, N, 3, self.num_heads, C // self.num_heads).permute(2, 0, 3, 1, 4)
        attn = (q @ k.transpose(-2, -1)) * self.scale
        attn = attn.softmax(dim=-1)
        attn2 = self.softmax(attn)
        return (attn @ v).transpose(1, 2).reshape(B, N, C)


class GatedFFN(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.w1 = nn.Linear(dim, hidden)
        self.w2 = nn.Linear(hidden, dim)
        self.w3 = nn.Linear(dim, hidden)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)) * self.w3(x))


def classify(logits):
    probs = torch.softmax(logits, dim=-1)
    top = probs.argmax(dim=-1)
    gate = torch.sigmoid(logits)
    return probs, top, gate.tanh()
`;

const hfModeling = `import math

import torch
from torch import nn

from ...activations import ACT2FN
from ...modeling_utils import PreTrainedModel


class BertIntermediate(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.intermediate_size)
        if isinstance(config.hidden_act, str):
            self.intermediate_act_fn = ACT2FN[config.hidden_act]
        else:
            self.intermediate_act_fn = config.hidden_act

    def forward(self, hidden_states):
        hidden_states = self.dense(hidden_states)
        hidden_states = self.intermediate_act_fn(hidden_states)
        return hidden_states


class BertPooler(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)
        self.activation = nn.Tanh()

    def forward(self, hidden_states):
        first_token_tensor = hidden_states[:, 0]
        pooled_output = self.dense(first_token_tensor)
        pooled_output = self.activation(pooled_output)
        return pooled_output


class GPT2MLP(nn.Module):
    def __init__(self, intermediate_size, config):
        super().__init__()
        self.act = ACT2FN["gelu_new"]

    def forward(self, hidden_states):
        return self.act(hidden_states)


class SelfAttention(nn.Module):
    def forward(self, query, key):
        scores = torch.matmul(query, key.transpose(-1, -2)) / math.sqrt(64)
        probs = nn.functional.softmax(scores, dim=-1)
        return probs
`;

const hfConfigPy = `from transformers import BertConfig, PretrainedConfig
from transformers.activations import get_activation

config = BertConfig(hidden_size=768, hidden_act="gelu_new", num_hidden_layers=12)
act = get_activation("quick_gelu")
clip = get_activation("gelu")
`;

const timmBlock = `import torch
import torch.nn as nn
from timm.layers import create_act_layer, get_act_layer, Mlp, DropPath


class ConvBlock(nn.Module):
    def __init__(self, dim, act_layer='gelu_tanh', gate_layer='sigmoid'):
        super().__init__()
        self.conv = nn.Conv2d(dim, dim, 3, padding=1)
        self.act = create_act_layer('hard_swish', inplace=True)
        self.gate = get_act_layer('sigmoid')()
        self.mlp = Mlp(dim, act_layer=nn.SiLU)

    def forward(self, x):
        x = self.conv(x)
        x = self.act(x)
        return x * self.gate(x)


block = ConvBlock(64, act_layer='swish')
`;

const flaxModule = `import jax
import jax.numpy as jnp
import flax.linen as nn
from typing import Callable


class MLP(nn.Module):
    features: int
    act: Callable = nn.gelu

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.features)(x)
        x = self.act(x)
        x = nn.Dense(self.features)(x)
        return nn.relu(x)


class Head(nn.Module):
    def setup(self):
        self.proj = nn.Dense(10)
        self.prelu = nn.PReLU()

    def __call__(self, x):
        return nn.log_softmax(self.prelu(self.proj(x)), axis=-1)


grad_relu = jax.grad(nn.relu)
batched = jax.vmap(jax.nn.gelu)
`;

const kerasSeq = `import keras
from keras import layers

model = keras.Sequential([
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="gelu"),
    layers.LeakyReLU(negative_slope=0.1),
    layers.Dense(10),
    layers.Activation("softmax"),
])
encoder = layers.Dense(32, activation=keras.activations.swish)
gate = keras.activations.get("hard_sigmoid")
`;

const tfjsLayers = `import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 32, inputShape: [8], activation: 'relu' }));
model.add(tf.layers.leakyReLU({ alpha: 0.1 }));
model.add(tf.layers.dense({ units: 3, activation: 'softmax' }));

const x = tf.tensor1d([1, 2, 3]);
const y = x.relu();
const p = tf.softmax(x);
`;

const fluxChain = `using Flux

model = Chain(
    Dense(784 => 256, relu),
    Dense(256 => 64, gelu),
    Dense(64 => 10),
    softmax,
)
conv = Conv((3, 3), 1 => 16, leakyrelu)
y = σ.(model(x))
`;

const configJson = `{
  "architectures": ["BertModel"],
  "hidden_act": "gelu_new",
  "hidden_size": 768,
  "model_type": "bert",
  "vocab_size": 30522
}
`;

const configYaml = `model:
  depth: 12
  activation: relu
  dropout: 0.1
name: "gelu"
`;

const lookalikes = `import optax
import torch.nn as nn

loss = optax.softmax_cross_entropy(logits, labels)
names = ["relu", "gelu"]
print("softmax")
layer_name = "sigmoid"
`;

const juliaLookalike = `using Flux

logσ = Dense(2 => 3)
y = logσ(x)
`;

export const SNIPPETS: readonly Snippet[] = [
  {
    name: 'PyTorch ViT-style MLP and attention', lang: 'python', code: vitMlp,
    sites: [
      ['nn.GELU', 0, 'gelu approximate=none', 'code'],
      ['self.act(x)', 0, 'gelu approximate=none', 'code'],
      ['nn.Softmax(dim', 0, 'softmax dim=-1', 'code'],
      ['attn.softmax', 0, 'softmax dim=-1', 'code'],
      ['self.softmax(attn)', 0, 'softmax dim=-1', 'code'],
      ['F.silu', 0, 'silu', 'code'],
      ['torch.softmax', 0, 'softmax dim=-1', 'code'],
      ['probs.argmax', 0, 'argmax dim=-1', 'code'],
      ['torch.sigmoid', 0, 'sigmoid', 'code'],
      ['gate.tanh', 0, 'tanh', 'code'],
      ['self.fc1(x)', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'transformers-style modeling file', lang: 'python', code: hfModeling,
    sites: [
      ['self.intermediate_act_fn(hidden', 0, null, 'config'],
      ['nn.Tanh', 0, 'tanh', 'code'],
      ['self.activation(pooled', 0, 'tanh', 'code'],
      ['"gelu_new"', 0, 'gelu approximate=tanh', 'code'],
      ['self.act(hidden', 0, 'gelu approximate=tanh', 'code'],
      ['nn.functional.softmax', 0, 'softmax dim=-1', 'code'],
      ['self.dense(hidden', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'transformers config in Python', lang: 'python', code: hfConfigPy,
    sites: [
      ['"gelu_new"', 0, 'gelu approximate=tanh', 'code'],
      ['"quick_gelu"', 0, 'quick_gelu', 'code'],
      ['"gelu")', 0, 'gelu approximate=none', 'code'],
    ],
  },
  {
    name: 'timm-style block', lang: 'python', code: timmBlock,
    sites: [
      ["'gelu_tanh'", 0, 'gelu approximate=tanh', 'code'],
      ["gate_layer='‸sigmoid'", 0, 'sigmoid', 'code'],
      ["'hard_swish'", 0, 'hardswish', 'code'],
      ["('‸sigmoid')()", 0, 'sigmoid', 'code'],
      ['nn.SiLU', 0, 'silu', 'code'],
      ['self.act(x)', 0, 'hardswish', 'code'],
      ['self.gate(x)', 0, 'sigmoid', 'code'],
      ["'swish'", 0, 'silu', 'code'],
      ['self.conv(x)', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'Flax module', lang: 'python', code: flaxModule,
    sites: [
      ['nn.gelu', 0, 'gelu approximate=tanh', 'code'],
      ['self.act(x)', 0, 'gelu approximate=tanh', 'code'],
      ['nn.relu(x)', 0, 'relu', 'code'],
      ['nn.PReLU', 0, 'prelu weight=0.01', 'code'],
      ['self.prelu(', 0, 'prelu weight=0.01', 'code'],
      ['nn.log_softmax', 0, 'log_softmax dim=-1', 'code'],
      ['nn.relu)', 0, 'relu', 'code'],
      ['jax.nn.gelu', 0, 'gelu approximate=tanh', 'code'],
      ['nn.Dense(10)', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'Keras Sequential with string activations', lang: 'python', code: kerasSeq,
    sites: [
      ['"relu"', 0, 'relu', 'code'],
      ['"gelu"', 0, 'gelu approximate=none', 'code'],
      ['layers.LeakyReLU', 0, 'leaky_relu negative_slope=0.1', 'code'],
      ['layers.Activation', 0, 'softmax', 'code'],
      ['keras.activations.swish', 0, 'silu', 'code'],
      ['"hard_sigmoid"', 0, 'hardsigmoid', 'code'],
      ['layers.Dense(10)', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'TensorFlow.js layers model', lang: 'typescript', code: tfjsLayers,
    sites: [
      ["'relu'", 0, 'relu', 'code'],
      ['tf.layers.leakyReLU', 0, 'leaky_relu negative_slope=0.1', 'code'],
      ["'softmax'", 0, 'softmax', 'code'],
      ['x.relu', 0, 'relu', 'code'],
      ['tf.softmax', 0, 'softmax', 'code'],
      ['tf.sequential', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'Flux chain', lang: 'julia', code: fluxChain,
    sites: [
      ['relu)', 0, 'relu', 'code'],
      ['gelu)', 0, 'gelu approximate=tanh', 'code'],
      ['softmax,', 0, 'softmax', 'code'],
      ['leakyrelu)', 0, 'leaky_relu negative_slope=0.01', 'code'],
      ['‸σ.(', 0, 'sigmoid', 'code'],
    ],
  },
  {
    name: 'config.json', lang: 'json', code: configJson,
    sites: [
      ['"gelu_new"', 0, 'gelu approximate=tanh', 'code'],
      ['"bert"', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'YAML training config', lang: 'yaml', code: configYaml,
    sites: [
      ['relu', 0, 'relu', 'code'],
      ['"gelu"', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'look-alikes', lang: 'python', code: lookalikes,
    sites: [
      ['softmax_cross', 0, null, 'lookalike'],
      ['"relu"', 0, null, 'lookalike'],
      ['"softmax"', 0, null, 'lookalike'],
      ['"sigmoid"', 0, null, 'lookalike'],
    ],
  },
  {
    name: 'Julia look-alike layer', lang: 'julia', code: juliaLookalike,
    sites: [['logσ(x)', 0, null, 'lookalike']],
  },
];
