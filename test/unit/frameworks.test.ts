// Framework presets: every row names a core function whose defaults resolve, and the rows whose library
// value is known by hand give it (jax gelu is the tanh form, tf.nn.leaky_relu has slope 0.2, …).
import assert from 'node:assert/strict';
import { activation, type ElementwiseActivation, type Params, type VectorActivation } from '../../src/core';
import {
  FRAMEWORKS, PRESETS, VARIANTS, bindArguments, frameworkLabel, inputNames, preset, presetForName, type Framework, type Preset,
  SETTING_FRAMEWORKS, isPresetFramework,
} from '../../src/core/frameworks';
import { splitPath } from '../../src/calls/callees';
import { FRAMEWORKS as PROTOCOL_FRAMEWORKS, FRAMEWORK_LABELS } from '../../src/protocol';
import manifest from '../../package.json';

const elementwise = (id: string) => activation(id) as ElementwiseActivation;
const C = Math.sqrt(2 / Math.PI);
/** The tanh form written out independently of the core. */
const geluTanh = (x: number) => 0.5 * x * (1 + Math.tanh(C * (x + 0.044715 * x ** 3)));
/** Φ(0.3), the standard normal CDF (tables: 0.61791142218895…). */
const PHI_03 = 0.6179114221889527;

/** Known values per row, `framework:name` → [x, expected f(x) with the library's defaults, tolerance]. */
const KNOWN: Readonly<Record<string, readonly [number, number, number?]>> = {
  'jax:nn.gelu': [0.3, geluTanh(0.3), 1e-15],
  'nnlib:gelu': [0.3, geluTanh(0.3), 1e-15],
  'keras:ops.gelu': [0.3, geluTanh(0.3), 1e-15],
  'torch:nn.functional.gelu': [0.3, 0.3 * PHI_03, 1e-15], // x·Φ(x)
  'nnlib:gelu_erf': [0.3, 0.3 * PHI_03, 1e-15],
  'keras:activations.gelu': [0.3, 0.3 * PHI_03, 1e-15],
  'tf:nn.gelu': [0.3, 0.3 * PHI_03, 1e-15],
  'torch:nn.functional.leaky_relu': [-1, -0.01],
  'torch:nn.LeakyReLU': [-1, -0.01],
  'jax:nn.leaky_relu': [-1, -0.01],
  'nnlib:leakyrelu': [-1, -0.01],
  'tf:nn.leaky_relu': [-1, -0.2],
  'keras:activations.leaky_relu': [-1, -0.2],
  'keras:ops.leaky_relu': [-1, -0.2],
  'tfjs:leakyRelu': [-1, -0.2],
  'keras:layers.LeakyReLU': [-1, -0.3],
  'tf:keras.layers.LeakyReLU': [-1, -0.3],
  'tf:keras.activations.hard_sigmoid': [1, 0.7],
  'keras:activations.hard_sigmoid': [1, 4 / 6],
  'torch:nn.functional.hardsigmoid': [1, 4 / 6],
  'jax:nn.hard_sigmoid': [1, 4 / 6],
  'nnlib:hardσ': [1, 4 / 6],
  'torch:nn.functional.softplus': [30, 30],
  'jax:nn.softplus': [30, 30 + Math.log1p(Math.exp(-30)), 1e-15],
  'nnlib:trelu': [0.5, 0],
  'torch:nn.functional.rrelu': [-1, -(1 / 8 + 1 / 3) / 2, 1e-16],
  'torch:nn.PReLU': [-1, -0.25],
  'jax:nn.squareplus': [0, 1],
  'keras:activations.soft_shrink': [1, 0.5],
  'torch:nn.functional.hardtanh': [2, 1],
};

/** Rows whose library has no defaults for some argument: resolve them with what the call must give. */
const REQUIRED_GIVEN: Readonly<Record<string, readonly (number | string)[]>> = {
  'torch:nn.functional.threshold': [0.5, 0],
  'torch:nn.Threshold': [0.5, 0],
  'torch:softmax': [-1],
  'torch:log_softmax': [-1],
  'torch:nn.functional.prelu': [0.25],
  'tfjs:prelu': [0.25],
  'keras:activations.threshold': [0.5, 0],
  'keras:ops.threshold': [0.5, 0],
};

function bound(p: Preset) {
  const given = REQUIRED_GIVEN[`${p.framework}:${p.name}`] ?? [];
  return bindArguments(p, given, new Map());
}

describe('frameworks: presets', () => {
  it('lists ten frameworks with display names', () => {
    assert.deepEqual(FRAMEWORKS.map((f) => f.id), ['torch', 'jax', 'keras', 'tf', 'tfjs', 'nnlib', 'scipy', 'numpy', 'hf', 'timm']);
    for (const f of FRAMEWORKS) assert.ok(frameworkLabel(f.id).length > 1);
    assert.equal(frameworkLabel('nnlib'), 'NNlib (Julia)');
  });

  it("package.json's defaultFramework enum is the table's settings list, a subset of the presets", () => {
    const setting = manifest.contributes.configuration.properties['activationPlayground.defaultFramework'];
    assert.deepEqual(setting.enum, [...SETTING_FRAMEWORKS]);
    assert.ok(SETTING_FRAMEWORKS.includes(setting.default as never));
    for (const f of SETTING_FRAMEWORKS) assert.ok(isPresetFramework(f), f);
  });

  it('the protocol and the call reader take their frameworks from the table', () => {
    assert.deepEqual([...PROTOCOL_FRAMEWORKS], FRAMEWORKS.filter((f) => f.preset).map((f) => f.id));
    assert.equal(FRAMEWORK_LABELS.tfjs, frameworkLabel('tfjs'));
    assert.equal(splitPath('transformers.activations.ACT2FN')?.framework, 'hf');
    assert.equal(splitPath('timm.layers.create_act_layer')?.framework, 'timm');
    assert.deepEqual(splitPath('tensorflow.keras.layers.ReLU'), { framework: 'tf', rel: 'keras.layers.ReLU' });
    assert.deepEqual(splitPath('flax.linen.gelu'), { framework: 'jax', rel: 'nn.gelu' });
  });

  it('has one row per (framework, name)', () => {
    const keys = PRESETS.map((p) => `${p.framework}:${p.name}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  for (const p of PRESETS) {
    const key = `${p.framework}:${p.name}`;
    it(`${key} → ${p.id}`, () => {
      const def = activation(p.id);
      assert.ok(def, `core has ${p.id}`);
      assert.equal(def.id, p.id);
      assert.equal(preset(p.framework, p.name), p);
      for (const a of p.aliases) assert.equal(preset(p.framework, a)?.id, p.id, `alias ${a}`);
      const b = bound(p);
      assert.equal(b.problem, undefined, b.problem);
      let params: Params = b.params;
      if (b.dimMode) params = { ...params };
      const resolved = activation(b.id)!.resolve(params);
      for (const [k, v] of Object.entries(p.defaults)) assert.equal(resolved[k], v, `default ${k}`);
      const known = KNOWN[key];
      if (known) {
        const [x, want, tol = 0] = known;
        const got = elementwise(b.id).value(x, resolved);
        assert.ok(Math.abs(got - want) <= tol, `${key}(${x}) = ${got}, want ${want}`);
      }
      if (def.kind === 'vector' && p.id !== 'glu') {
        // a 4-D input fits every default axis (Softmax2d's -3, tf.layers.softmax's 1)
        const x = typeof resolved.dim === 'number' && resolved.dim !== -1 && resolved.dim !== 0 ? [[[[1, 2], [3, 4]]]] : [1, 2, 3];
        const v = (def as VectorActivation).value(x, resolved);
        assert.ok(Array.isArray(v) || typeof v === 'number');
      }
    });
  }
});

describe('frameworks: lookup and binding', () => {
  it('finds unqualified names in the primary namespace first', () => {
    assert.equal(presetForName('torch', 'softmax')?.name, 'nn.functional.softmax');
    assert.equal(presetForName('torch', 'sigmoid')?.name, 'nn.functional.sigmoid');
    assert.equal(presetForName('tf', 'leaky_relu')?.name, 'nn.leaky_relu');
    assert.equal(presetForName('nnlib', 'σ')?.id, 'sigmoid');
    assert.equal(presetForName('jax', 'gelu')?.defaults.approximate, 'tanh');
    assert.equal(presetForName('tfjs', 'leaky_relu'), undefined);
  });

  it('looks paths up exactly', () => {
    assert.equal(preset('torch', 'softmax')?.args[0].required, true);
    assert.equal(preset('torch', 'nn.functional.gelu')?.id, 'gelu');
    assert.equal(preset('torch', 'special.expit')?.id, 'sigmoid');
    assert.equal(preset('tf', 'keras.layers.LeakyReLU')?.defaults.negative_slope, 0.3);
    assert.equal(preset('torch', 'nn.functional.nope'), undefined);
    assert.equal(preset('torch', 'x'.repeat(1000)), undefined);
  });

  it('maps positional and keyword arguments to our names', () => {
    const softplus = preset('torch', 'nn.functional.softplus')!;
    assert.deepEqual(bindArguments(softplus, [2, 20], new Map()).params, { beta: 2, threshold: 20 });
    const jaxGelu = preset('jax', 'nn.gelu')!;
    assert.equal(bindArguments(jaxGelu, [], new Map([['approximate', false]])).params.approximate, 'none');
    const shrink = preset('keras', 'activations.soft_shrink')!;
    assert.deepEqual(bindArguments(shrink, [], new Map([['threshold', 0.7]])).params, { lambd: 0.7 });
    const trelu = preset('nnlib', 'trelu')!;
    assert.deepEqual(bindArguments(trelu, [2], new Map()).params, { threshold: 2, value: 0 });
    const sm = preset('nnlib', 'softmax')!;
    assert.equal(bindArguments(sm, [], new Map([['dims', 1]])).params.dim, 0);
    const kl = preset('keras', 'layers.LeakyReLU')!;
    assert.equal(bindArguments(kl, [], new Map([['alpha', 0.1]])).params.negative_slope, 0.1);
  });

  it('reports unknown, duplicate, missing and non-literal arguments', () => {
    const gelu = preset('torch', 'nn.functional.gelu')!;
    assert.match(bindArguments(gelu, [], new Map([['foo', 1]]), 'F.gelu').problem ?? '', /F\.gelu: unknown argument 'foo'/);
    assert.match(bindArguments(gelu, ['tanh'], new Map()).problem ?? '', /positional/);
    const lrelu = preset('torch', 'nn.functional.leaky_relu')!;
    assert.match(bindArguments(lrelu, [0.2], new Map([['negative_slope', 0.3]])).problem ?? '', /multiple values/);
    assert.match(bindArguments(preset('torch', 'nn.functional.threshold')!, [1], new Map(), 'F.threshold').problem ?? '', /F\.threshold needs value/);
    assert.deepEqual(bindArguments(lrelu, [undefined], new Map()).unknown, ['negative_slope']);
    assert.match(bindArguments(preset('jax', 'nn.gelu')!, ['tanh'], new Map()).problem ?? '', /approximate cannot be tanh/);
  });

  it('maps Keras relu arguments to the function that has them', () => {
    const relu = preset('keras', 'activations.relu')!;
    const b = (kw: [string, number | null][]) => bindArguments(relu, [], new Map(kw));
    assert.equal(b([]).id, 'relu');
    assert.deepEqual([b([['negative_slope', 0.1]]).id, b([['negative_slope', 0.1]]).params], ['leaky_relu', { negative_slope: 0.1 }]);
    assert.equal(b([['max_value', 6]]).id, 'relu6');
    assert.deepEqual([b([['max_value', 2]]).id, b([['max_value', 2]]).params], ['hardtanh', { min_val: 0, max_val: 2 }]);
    assert.deepEqual([b([['threshold', 1]]).id, b([['threshold', 1]]).params], ['threshold', { threshold: 1, value: 0 }]);
    assert.match(b([['negative_slope', 0.1], ['max_value', 6]]).problem ?? '', /not one of our functions/);
    const tfRelu = preset('tf', 'keras.activations.relu')!;
    assert.equal(bindArguments(tfRelu, [0.2], new Map()).id, 'leaky_relu');
  });

  it('says what no dim means', () => {
    assert.equal(bindArguments(preset('torch', 'argmax')!, [], new Map()).dimMode, 'flatten');
    assert.equal(bindArguments(preset('torch', 'nn.functional.softmax')!, [], new Map()).dimMode, 'torch-implicit');
    assert.equal(bindArguments(preset('tf', 'math.argmax')!, [], new Map()).params.dim, 0);
    assert.equal(bindArguments(preset('tf', 'nn.softmax')!, [null], new Map()).params.dim, -1);
    assert.equal(bindArguments(preset('jax', 'nn.softmax')!, [], new Map()).params.dim, -1);
    assert.equal(bindArguments(preset('jax', 'nn.softmax')!, [null], new Map()).dimMode, 'flatten');
    assert.match(bindArguments(preset('keras', 'activations.softmax')!, [null], new Map()).problem ?? '', /axis=None/);
  });

  it('names the input keywords each library uses', () => {
    const all: Framework[] = ['torch', 'jax', 'keras', 'tf', 'tfjs', 'nnlib', 'scipy', 'numpy'];
    for (const f of all) assert.ok(Array.isArray(inputNames(f)));
    assert.deepEqual(inputNames('torch'), ['input']);
    assert.ok(inputNames('tf').includes('features'));
  });

  for (const v of VARIANTS) {
    it(`variant "${v.label}" resolves for ${v.id}`, () => {
      assert.doesNotThrow(() => activation(v.id)!.resolve(v.params));
    });
  }
});
