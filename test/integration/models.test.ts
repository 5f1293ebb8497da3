// Hovers where real model code names an activation other than by a library call (issue 11), through the VS Code
// API on the examples/ files written in the style of real projects. Expected values come from the core.
import * as assert from 'node:assert/strict';
import { activation, formatNumber } from '../../src/core';
import { hoverTextAt, withoutImageUris } from './support/vscode';

const value = (id: string, x: number, params?: Record<string, string | number>) => {
  const def = activation(id);
  if (def?.kind !== 'elementwise') throw new Error(id);
  return formatNumber(def.value(x, params), 6);
};

/** The hover's markdown as a reader sees it: markup escapes (`\_`, `\[`) removed. */
const shown = async (file: string, text: string, offset: number) => withoutImageUris(await hoverTextAt(file, text, offset)).replace(/\\([\\`*_[\]<|])/g, '$1');

describe('hover in model code', () => {
  it('"hidden_act": "gelu_new" in a config.json is transformers\' tanh-form GELU', async () => {
    const text = await shown('bert-style/config.json', '"gelu_new"', 2);
    assert.match(text, /approximate='tanh'/);
    assert.match(text, /as transformers reads it/);
  });

  it('self.act(...) after self.act = ACT2FN["gelu_new"] in a modeling file names the binding', async () => {
    const text = await shown('bert-style/modeling_bert_style.py', 'self.act(self.c_fc', 6);
    assert.match(text, /approximate='tanh'/);
    assert.match(text, /bound on line \d+: ACT2FN\["gelu_new"\]/);
  });

  it("timm block: self.act(x) is act_layer's default nn.GELU, marked as the default", async () => {
    const text = await shown('timm_block.py', 'self.act(x)', 6);
    assert.match(text, /torch\.nn\.GELU/);
    assert.match(text, /set from the act_layer argument: shown is its default, nn\.GELU/);
  });

  it('Keras Sequential: activation="gelu" is exact GELU, named in the string', async () => {
    const text = await shown('keras_sequential.py', '"gelu"', 2);
    assert.match(text, /keras activation='gelu'/);
    assert.match(text, /approximate='none'/);
  });

  it('Flax: self.act(x) with the field act: Callable = nn.gelu is the tanh form', async () => {
    const text = await shown('flax_module.py', 'self.act(x)', 6);
    assert.match(text, /flax\.linen\.gelu/);
    assert.match(text, /approximate='tanh'/);
  });

  it("tfjs layers: tf.layers.leakyReLU({ alpha: 0.1 }) reads the config object; activation: 'softmax' is named", async () => {
    const leaky = await shown('tfjs_layers_model.ts', 'tf.layers.leakyReLU', 11);
    assert.match(leaky, /negative_slope=0\.1/);
    const sm = await shown('tfjs_layers_model.ts', "'softmax'", 2);
    assert.match(sm, /tf\.layers activation: 'softmax'/);
  });

  it('Flux: Dense(256 => 64, gelu) passes NNlib gelu (tanh form); σ.([…]) has values', async () => {
    const gelu = await shown('flux_chain.jl', 'gelu)', 1);
    assert.match(gelu, /a function passed as a value/);
    const sig = await shown('flux_chain.jl', 'σ.([0.5', 0);
    assert.ok(sig.includes(value('sigmoid', 0.5)), sig);
  });

  it('activation: gelu in a YAML config', async () => {
    const text = await shown('train_config.yaml', 'activation: gelu', 'activation: g'.length);
    assert.match(text, /activation: "gelu"/);
  });
});
