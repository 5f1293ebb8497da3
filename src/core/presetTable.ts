// The preset table: one row per (framework, function name as the library spells it) → core id, the library's
// defaults and how its parameter names map to ours.
import type { DimNone, Framework, LibArg, LibValue, Preset } from './frameworkTypes';
import type { ParamValue, Params } from './types';

const pass = (name: string, to: string = name): LibArg => ({ name, to });
const ignore = (name: string): LibArg => ({ name });
const req = (name: string, to: string = name): LibArg => ({ name, to, required: true });
const inplace = ignore('inplace');
const bool2approx = (v: LibValue): ParamValue | undefined => (v === true ? 'tanh' : v === false ? 'none' : undefined);
const approxBool = (name = 'approximate'): LibArg => ({ name, to: 'approximate', map: bool2approx });
/** Julia's dims is 1-based. */
const juliaDims: LibArg = { name: 'dims', to: 'dim', map: (v) => (typeof v === 'number' ? v - 1 : undefined) };

interface RowOptions {
  aliases?: readonly string[];
  defaults?: Params;
  args?: readonly LibArg[];
  keywords?: readonly LibArg[];
  dimNone?: DimNone;
  adapt?: Preset['adapt'];
  note?: string;
  noteUnless?: string;
  positionalOnly?: boolean;
  ignoresArguments?: boolean;
  rejects?: Preset['rejects'];
}

function rows(framework: Framework, kind: 'function' | 'module', list: readonly (readonly [string, string, RowOptions?])[]): Preset[] {
  return list.map(([name, id, o = {}]) => ({
    framework, name, id, kind,
    aliases: o.aliases ?? [],
    defaults: o.defaults ?? {},
    args: o.args ?? [],
    keywords: o.keywords ?? [],
    dimNone: o.dimNone,
    adapt: o.adapt,
    note: o.note,
    noteUnless: o.noteUnless,
    ...(o.positionalOnly ? { positionalOnly: true } : {}),
    ...(o.ignoresArguments ? { ignoresArguments: true } : {}),
    ...(o.rejects ? { rejects: o.rejects } : {}),
  }));
}

const HARD_SIGMOID_K2 = { slope: 0.2 };
/** Plain log(1 + eˣ): no PyTorch-style linear branch. */
const PLAIN_SOFTPLUS = { beta: 1, threshold: Infinity };

/**
 * Keras `relu(x, negative_slope, max_value, threshold)` (Keras 2 calls the slope `alpha`): x for
 * threshold < x < max_value, max_value above, negative_slope·(x − threshold) below. The combinations one core
 * function covers are mapped; the rest are reported.
 */
function kerasRelu(slopeName: string): NonNullable<Preset['adapt']> {
  return (g) => {
    const slope = g[slopeName] ?? 0;
    const max = g.max_value ?? null;
    const th = g.threshold ?? 0;
    if (typeof slope !== 'number' || (max !== null && typeof max !== 'number') || typeof th !== 'number') {
      return { problem: `relu: ${slopeName}, max_value and threshold must be numbers` };
    }
    if (max === null && th === 0) return slope === 0 ? { id: 'relu', params: {} } : { id: 'leaky_relu', params: { negative_slope: slope } };
    if (slope === 0 && th === 0 && max !== null) return max === 6 ? { id: 'relu6', params: {} } : { id: 'hardtanh', params: { min_val: 0, max_val: max } };
    if (slope === 0 && max === null) return { id: 'threshold', params: { threshold: th, value: 0 } };
    return { problem: `relu with ${slopeName}, max_value and threshold combined is not one of our functions` };
  };
}

// --- PyTorch ---------------------------------------------------------------------------------------------------

const torchSoftmaxArgs = [pass('dim'), ignore('_stacklevel'), ignore('dtype')];

const torch: Preset[] = [
  ...rows('torch', 'function', [
    ['nn.functional.relu', 'relu', { aliases: ['relu', 'nn.functional.relu_', 'relu_'], args: [inplace] }],
    ['nn.functional.relu6', 'relu6', { args: [inplace] }],
    ['nn.functional.leaky_relu', 'leaky_relu', { aliases: ['nn.functional.leaky_relu_'], args: [pass('negative_slope'), inplace] }],
    ['nn.functional.elu', 'elu', { aliases: ['nn.functional.elu_'], args: [pass('alpha'), inplace] }],
    ['nn.functional.selu', 'selu', { aliases: ['selu', 'nn.functional.selu_', 'selu_'], args: [inplace] }],
    ['nn.functional.celu', 'celu', { aliases: ['celu', 'nn.functional.celu_', 'celu_'], args: [pass('alpha'), inplace] }],
    ['nn.functional.gelu', 'gelu', { keywords: [pass('approximate')] }],
    ['nn.functional.silu', 'silu', { args: [inplace] }],
    ['nn.functional.mish', 'mish', { args: [inplace] }],
    ['nn.functional.hardswish', 'hardswish', { args: [inplace] }],
    ['nn.functional.hardsigmoid', 'hardsigmoid', { args: [inplace] }],
    ['nn.functional.hardtanh', 'hardtanh', { aliases: ['nn.functional.hardtanh_'], args: [pass('min_val'), pass('max_val'), inplace] }],
    ['nn.functional.sigmoid', 'sigmoid', { aliases: ['sigmoid', 'special.expit', 'sigmoid_'] }],
    ['nn.functional.tanh', 'tanh', { aliases: ['tanh', 'tanh_'] }],
    ['nn.functional.logsigmoid', 'logsigmoid'],
    ['nn.functional.softplus', 'softplus', { args: [pass('beta'), pass('threshold')] }],
    ['nn.functional.softsign', 'softsign'],
    ['nn.functional.tanhshrink', 'tanhshrink'],
    ['nn.functional.softshrink', 'softshrink', { args: [pass('lambd')] }],
    ['nn.functional.hardshrink', 'hardshrink', { aliases: ['hardshrink'], args: [pass('lambd')] }], // torch/nn/functional.py @v2.9: torch.hardshrink too
    ['nn.functional.threshold', 'threshold', { aliases: ['threshold', 'nn.functional.threshold_', 'threshold_'], args: [req('threshold'), req('value'), inplace] }],
    ['nn.functional.rrelu', 'rrelu', {
      aliases: ['rrelu', 'nn.functional.rrelu_', 'rrelu_'], args: [pass('lower'), pass('upper'), ignore('training'), inplace],
      note: 'Evaluation mode: the slope is (lower + upper)/2; training=True draws it at random.',
    }],
    ['nn.functional.prelu', 'prelu', { aliases: ['prelu'], args: [req('weight')] }],
    ['nn.functional.glu', 'glu', { args: [pass('dim')] }],
    ['nn.functional.softmax', 'softmax', { args: torchSoftmaxArgs, dimNone: 'torch-implicit' }],
    ['nn.functional.log_softmax', 'log_softmax', { args: torchSoftmaxArgs, dimNone: 'torch-implicit' }],
    ['nn.functional.softmin', 'softmin', { args: torchSoftmaxArgs, dimNone: 'torch-implicit' }],
    ['softmax', 'softmax', { aliases: ['special.softmax'], args: [req('dim'), ignore('dtype')] }],
    ['log_softmax', 'log_softmax', { aliases: ['special.log_softmax'], args: [req('dim'), ignore('dtype')] }],
    ['argmax', 'argmax', { args: [pass('dim'), ignore('keepdim')], dimNone: 'flatten', note: 'No dim: the index into the flattened tensor.', noteUnless: 'dim' }],
    ['erf', 'erf', { aliases: ['special.erf'] }],
    ['exp', 'exponential'],
  ]),
  ...rows('torch', 'module', [
    ['nn.ReLU', 'relu', { args: [inplace] }],
    ['nn.ReLU6', 'relu6', { args: [inplace] }],
    ['nn.LeakyReLU', 'leaky_relu', { args: [pass('negative_slope'), inplace] }],
    ['nn.ELU', 'elu', { args: [pass('alpha'), inplace] }],
    ['nn.SELU', 'selu', { args: [inplace] }],
    ['nn.CELU', 'celu', { args: [pass('alpha'), inplace] }],
    ['nn.GELU', 'gelu', { args: [pass('approximate')] }],
    ['nn.SiLU', 'silu', { args: [inplace] }],
    ['nn.Mish', 'mish', { args: [inplace] }],
    ['nn.Hardswish', 'hardswish', { args: [inplace] }],
    ['nn.Hardsigmoid', 'hardsigmoid', { args: [inplace] }],
    // torch/nn/modules/activation.py @v2.9: min_value/max_value still accepted (deprecated)
    ['nn.Hardtanh', 'hardtanh', { args: [pass('min_val'), pass('max_val'), inplace], keywords: [pass('min_value', 'min_val'), pass('max_value', 'max_val')] }],
    ['nn.Sigmoid', 'sigmoid'],
    ['nn.Tanh', 'tanh'],
    ['nn.LogSigmoid', 'logsigmoid'],
    ['nn.Softplus', 'softplus', { args: [pass('beta'), pass('threshold')] }],
    ['nn.Softsign', 'softsign'],
    ['nn.Tanhshrink', 'tanhshrink'],
    ['nn.Softshrink', 'softshrink', { args: [pass('lambd')] }],
    ['nn.Hardshrink', 'hardshrink', { args: [pass('lambd')] }],
    ['nn.Threshold', 'threshold', { args: [req('threshold'), req('value'), inplace] }],
    ['nn.RReLU', 'rrelu', { args: [pass('lower'), pass('upper'), inplace], note: 'Evaluation mode: the slope is (lower + upper)/2.' }],
    ['nn.PReLU', 'prelu', { args: [ignore('num_parameters'), pass('init', 'weight')], note: 'The slope as initialised (init=0.25); training changes it.', noteUnless: 'weight' }],
    ['nn.GLU', 'glu', { args: [pass('dim')] }],
    ['nn.Softmax', 'softmax', { args: [pass('dim')], dimNone: 'torch-implicit' }],
    ['nn.LogSoftmax', 'log_softmax', { args: [pass('dim')], dimNone: 'torch-implicit' }],
    ['nn.Softmin', 'softmin', { args: [pass('dim')], dimNone: 'torch-implicit' }],
    // torch/nn/modules/linear.py @v2.9: Identity(*args, **kwargs) ignores its arguments
    ['nn.Identity', 'linear', { ignoresArguments: true }],
    // torch/nn/modules/activation.py @v2.9: Softmax2d is softmax over dim -3 (channels)
    ['nn.Softmax2d', 'softmax', { defaults: { dim: -3 } }],
  ]),
];

// --- JAX -------------------------------------------------------------------------------------------------------

// jax/_src/nn/functions.py @v0.7: softmax(x, axis=-1, where=None); `initial` was removed
const jaxAxis = [pass('axis', 'dim'), ignore('where')];

const jax: Preset[] = rows('jax', 'function', [
  ['nn.relu', 'relu'],
  ['nn.identity', 'linear'], // jax/_src/nn/functions.py @v0.7
  ['nn.relu6', 'relu6'],
  ['nn.leaky_relu', 'leaky_relu', { defaults: { negative_slope: 0.01 }, args: [pass('negative_slope')] }],
  ['nn.elu', 'elu', { args: [pass('alpha')] }],
  ['nn.celu', 'celu', { args: [pass('alpha')] }],
  ['nn.selu', 'selu'],
  ['nn.gelu', 'gelu', { defaults: { approximate: 'tanh' }, args: [approxBool()], note: 'JAX defaults to the tanh approximation (approximate=True).', noteUnless: 'approximate' }],
  ['nn.silu', 'silu', { aliases: ['nn.swish'] }],
  ['nn.mish', 'mish'],
  ['nn.hard_sigmoid', 'hardsigmoid'],
  ['nn.hard_silu', 'hardswish', { aliases: ['nn.hard_swish'] }],
  ['nn.hard_tanh', 'hardtanh'],
  ['nn.sigmoid', 'sigmoid', { aliases: ['scipy.special.expit'] }],
  ['nn.tanh', 'tanh', { aliases: ['numpy.tanh'] }],
  ['nn.log_sigmoid', 'logsigmoid'],
  ['nn.softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
  ['nn.soft_sign', 'softsign'],
  ['nn.sparse_plus', 'sparse_plus'],
  ['nn.sparse_sigmoid', 'sparse_sigmoid'],
  ['nn.squareplus', 'squareplus', { args: [pass('b')] }],
  ['nn.glu', 'glu', { args: [pass('axis', 'dim')] }],
  ['nn.softmax', 'softmax', { defaults: { dim: -1 }, args: jaxAxis, dimNone: 'flatten' }],
  ['nn.log_softmax', 'log_softmax', { defaults: { dim: -1 }, args: jaxAxis, dimNone: 'flatten' }],
  ['numpy.argmax', 'argmax', { args: [pass('axis', 'dim'), ignore('out'), ignore('keepdims')], dimNone: 'flatten', note: 'No axis: the index into the flattened array.', noteUnless: 'dim' }],
  ['numpy.exp', 'exponential'],
  ['scipy.special.erf', 'erf', { aliases: ['lax.erf'] }],
  // jax/_src/scipy/special.py @v0.7: softmax(x, /, *, axis=None) — keyword-only, over every element by default
  ['scipy.special.softmax', 'softmax', { keywords: [pass('axis', 'dim')], dimNone: 'flatten', note: 'jax.scipy.special.softmax defaults to axis=None: over every element.', noteUnless: 'dim' }],
  ['scipy.special.log_softmax', 'log_softmax', { keywords: [pass('axis', 'dim')], dimNone: 'flatten', note: 'jax.scipy.special.log_softmax defaults to axis=None: over every element.', noteUnless: 'dim' }],
]);

/** Flax modules (flax/linen/activation.py, flax/nnx/nn/activations.py @v0.12.7): PReLU's slope starts at 0.01. */
const flax: Preset[] = rows('jax', 'module', [
  ['nn.PReLU', 'prelu', { defaults: { weight: 0.01 }, keywords: [ignore('param_dtype'), pass('negative_slope_init', 'weight')], note: 'The slope as initialised (negative_slope_init=0.01); training changes it.', noteUnless: 'weight' }],
]);

// --- Keras 3 ---------------------------------------------------------------------------------------------------

const kerasAxis = [pass('axis', 'dim')];
const kerasShrink = [pass('threshold', 'lambd')];

const keras: Preset[] = [
  ...rows('keras', 'function', [
    ['activations.relu', 'relu', { args: [ignore('negative_slope'), ignore('max_value'), ignore('threshold')], adapt: kerasRelu('negative_slope') }],
    ['activations.relu6', 'relu6'],
    ['activations.leaky_relu', 'leaky_relu', { defaults: { negative_slope: 0.2 }, args: [pass('negative_slope')] }],
    ['activations.elu', 'elu', { args: [pass('alpha')] }],
    ['activations.selu', 'selu'],
    ['activations.celu', 'celu', { args: [pass('alpha')] }],
    ['activations.gelu', 'gelu', { defaults: { approximate: 'none' }, args: [approxBool()] }],
    ['activations.silu', 'silu', { aliases: ['activations.swish'] }],
    ['activations.mish', 'mish'],
    ['activations.hard_sigmoid', 'hardsigmoid', { note: 'Keras 3: relu6(x + 3)/6 (Keras 2 used clip(0.2x + 0.5, 0, 1)).' }],
    ['activations.hard_silu', 'hardswish', { aliases: ['activations.hard_swish'] }],
    ['activations.hard_tanh', 'hardtanh'],
    ['activations.sigmoid', 'sigmoid'],
    ['activations.tanh', 'tanh'],
    ['activations.log_sigmoid', 'logsigmoid'],
    ['activations.softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
    ['activations.softsign', 'softsign'],
    ['activations.soft_shrink', 'softshrink', { args: kerasShrink }],
    ['activations.hard_shrink', 'hardshrink', { args: kerasShrink }],
    ['activations.tanh_shrink', 'tanhshrink'],
    ['activations.threshold', 'threshold', { args: [req('threshold'), req('default_value', 'value')] }],
    ['activations.squareplus', 'squareplus', { args: [pass('b')] }],
    ['activations.sparse_plus', 'sparse_plus'],
    ['activations.sparse_sigmoid', 'sparse_sigmoid'],
    ['activations.exponential', 'exponential'],
    ['activations.linear', 'linear'],
    ['activations.glu', 'glu', { args: kerasAxis }],
    ['activations.softmax', 'softmax', { defaults: { dim: -1 }, args: kerasAxis }],
    ['activations.log_softmax', 'log_softmax', { defaults: { dim: -1 }, args: kerasAxis }],
    ['activations.sparsemax', 'sparsemax', { defaults: { dim: -1 }, args: kerasAxis }],
    ['ops.relu', 'relu', { aliases: ['ops.nn.relu'] }],
    ['ops.relu6', 'relu6'],
    ['ops.leaky_relu', 'leaky_relu', { defaults: { negative_slope: 0.2 }, args: [pass('negative_slope')] }],
    ['ops.elu', 'elu', { args: [pass('alpha')] }],
    ['ops.selu', 'selu'],
    ['ops.celu', 'celu', { args: [pass('alpha')] }],
    ['ops.gelu', 'gelu', { defaults: { approximate: 'tanh' }, args: [approxBool()], note: 'keras.ops.gelu defaults to approximate=True (keras.activations.gelu to False).', noteUnless: 'approximate' }],
    ['ops.silu', 'silu', { aliases: ['ops.swish'] }],
    ['ops.hard_sigmoid', 'hardsigmoid'],
    ['ops.hard_silu', 'hardswish', { aliases: ['ops.hard_swish'] }],
    ['ops.hard_tanh', 'hardtanh'],
    ['ops.sigmoid', 'sigmoid'],
    ['ops.tanh', 'tanh'],
    ['ops.log_sigmoid', 'logsigmoid'],
    ['ops.softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
    ['ops.softsign', 'softsign'],
    ['ops.soft_shrink', 'softshrink', { args: kerasShrink }],
    ['ops.hard_shrink', 'hardshrink', { args: kerasShrink }],
    ['ops.tanh_shrink', 'tanhshrink'],
    ['ops.threshold', 'threshold', { args: [req('threshold'), req('default_value', 'value')] }],
    ['ops.squareplus', 'squareplus', { args: [pass('b')] }],
    ['ops.sparse_plus', 'sparse_plus'],
    ['ops.glu', 'glu', { args: kerasAxis }],
    ['ops.softmax', 'softmax', { defaults: { dim: -1 }, args: kerasAxis, dimNone: 'flatten' }],
    ['ops.log_softmax', 'log_softmax', { defaults: { dim: -1 }, args: kerasAxis, dimNone: 'flatten' }],
    ['ops.sparsemax', 'sparsemax', { defaults: { dim: -1 }, args: kerasAxis }],
    ['ops.argmax', 'argmax', { args: [pass('axis', 'dim'), ignore('keepdims')], dimNone: 'flatten', note: 'No axis: the index into the flattened tensor.', noteUnless: 'dim' }],
    ['ops.erf', 'erf'],
    ['ops.exp', 'exponential'],
  ]),
  ...rows('keras', 'module', [
    // keras/src/layers/activations/prelu.py @v3.15: alpha_initializer="Zeros"
    ['layers.PReLU', 'prelu', { defaults: { weight: 0 }, keywords: [ignore('alpha_initializer'), ignore('alpha_regularizer'), ignore('alpha_constraint'), ignore('shared_axes')], note: "The slope as initialised (alpha_initializer='zeros'); training changes it." }],
    ['layers.ReLU', 'relu', { args: [ignore('max_value'), ignore('negative_slope'), ignore('threshold')], adapt: kerasRelu('negative_slope') }],
    ['layers.LeakyReLU', 'leaky_relu', { defaults: { negative_slope: 0.3 }, args: [pass('negative_slope')], keywords: [pass('alpha', 'negative_slope')], note: 'The layer defaults to 0.3 (keras.activations.leaky_relu to 0.2).', noteUnless: 'negative_slope' }],
    ['layers.ELU', 'elu', { args: [pass('alpha')] }],
    ['layers.Softmax', 'softmax', { defaults: { dim: -1 }, args: kerasAxis }],
  ]),
];

// --- TensorFlow (tf.nn, tf.math and tf.keras with Keras 2 semantics) ------------------------------------------

const TF_KERAS_NOTE = 'tf.keras here is Keras 2; TensorFlow ≥ 2.16 ships Keras 3 as tf.keras unless TF_USE_LEGACY_KERAS=1.';
const tfAxis = [pass('axis', 'dim'), ignore('name')];
const tfName = [ignore('name')];

const tf: Preset[] = [
  ...rows('tf', 'function', [
    ['nn.relu', 'relu', { args: tfName }],
    ['nn.relu6', 'relu6', { args: tfName }],
    ['nn.leaky_relu', 'leaky_relu', { defaults: { negative_slope: 0.2 }, args: [pass('alpha', 'negative_slope'), ignore('name')] }],
    ['nn.elu', 'elu', { args: tfName }],
    ['nn.selu', 'selu', { args: tfName }],
    ['nn.gelu', 'gelu', { args: [approxBool(), ignore('name')] }],
    // tensorflow/python/ops/nn_impl.py @v2.20: swish(features, beta=1.0) — tf.nn.silu takes no name
    ['nn.silu', 'silu', { aliases: ['nn.swish'], args: [pass('beta')] }],
    ['nn.sigmoid', 'sigmoid', { aliases: ['math.sigmoid', 'sigmoid'], args: tfName }],
    ['nn.tanh', 'tanh', { aliases: ['math.tanh', 'tanh'], args: tfName }],
    ['math.log_sigmoid', 'logsigmoid', { args: tfName }],
    // tensorflow/python/ops/nn_ops.py @v2.20: crelu(features, name=None, axis=-1) concatenates relu(x), relu(−x)
    ['nn.crelu', 'crelu', { defaults: { dim: -1 }, args: [ignore('name'), pass('axis', 'dim')] }],
    ['nn.softplus', 'softplus', { aliases: ['math.softplus'], defaults: PLAIN_SOFTPLUS, args: tfName }],
    ['nn.softsign', 'softsign', { aliases: ['math.softsign'], args: tfName }],
    ['nn.softmax', 'softmax', { aliases: ['math.softmax'], args: tfAxis, dimNone: -1 }],
    ['nn.log_softmax', 'log_softmax', { aliases: ['math.log_softmax'], args: tfAxis, dimNone: -1 }],
    ['math.argmax', 'argmax', { aliases: ['argmax'], args: [pass('axis', 'dim'), ignore('output_type'), ignore('name')], dimNone: 0, note: 'tf.math.argmax defaults to axis=0, not the last axis.', noteUnless: 'dim' }],
    ['math.erf', 'erf', { args: tfName }],
    ['math.exp', 'exponential', { aliases: ['exp'], args: tfName }],
    ['keras.activations.relu', 'relu', { args: [ignore('alpha'), ignore('max_value'), ignore('threshold')], adapt: kerasRelu('alpha'), note: TF_KERAS_NOTE }],
    ['keras.activations.elu', 'elu', { args: [pass('alpha')] }],
    ['keras.activations.selu', 'selu'],
    ['keras.activations.gelu', 'gelu', { args: [approxBool()] }],
    ['keras.activations.swish', 'silu'],
    ['keras.activations.mish', 'mish'],
    ['keras.activations.hard_sigmoid', 'hardsigmoid', { defaults: HARD_SIGMOID_K2, note: `Keras 2: clip(0.2x + 0.5, 0, 1). ${TF_KERAS_NOTE}` }],
    ['keras.activations.sigmoid', 'sigmoid'],
    ['keras.activations.tanh', 'tanh'],
    ['keras.activations.softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
    ['keras.activations.softsign', 'softsign'],
    ['keras.activations.exponential', 'exponential'],
    ['keras.activations.linear', 'linear'],
    // tf-keras keras/activations.py softmax: raises ValueError for rank ≤ 1 ("Cannot apply softmax to a tensor that is 1D")
    ['keras.activations.softmax', 'softmax', { defaults: { dim: -1 }, args: [pass('axis', 'dim')], rejects: (rank) => (rank <= 1 ? 'tf.keras softmax raises on 1-D input (Cannot apply softmax to a tensor that is 1D)' : undefined) }],
  ]),
  ...rows('tf', 'module', [
    ['keras.layers.ReLU', 'relu', { args: [ignore('max_value'), ignore('negative_slope'), ignore('threshold')], adapt: kerasRelu('negative_slope') }],
    ['keras.layers.LeakyReLU', 'leaky_relu', { defaults: { negative_slope: 0.3 }, args: [pass('alpha', 'negative_slope')], note: `Keras 2 layer: alpha=0.3. ${TF_KERAS_NOTE}`, noteUnless: 'negative_slope' }],
    ['keras.layers.ELU', 'elu', { args: [pass('alpha')] }],
    ['keras.layers.Softmax', 'softmax', { defaults: { dim: -1 }, args: [pass('axis', 'dim')] }],
    // tf-keras keras/layers/activation/thresholded_relu.py, prelu.py: theta=1.0, alpha_initializer='zeros'
    ['keras.layers.ThresholdedReLU', 'threshold', { defaults: { threshold: 1, value: 0 }, args: [pass('theta', 'threshold')] }],
    ['keras.layers.PReLU', 'prelu', { defaults: { weight: 0 }, keywords: [ignore('alpha_initializer'), ignore('alpha_regularizer'), ignore('alpha_constraint'), ignore('shared_axes')], note: "The slope as initialised (alpha_initializer='zeros'); training changes it." }],
  ]),
];

// --- TensorFlow.js ---------------------------------------------------------------------------------------------

/** tfjs-core/src/ops/softmax.ts, log_softmax.ts @0fc04d9: only the last axis is supported. */
const lastAxisOnly = (what: string): Preset['rejects'] => (rank, params) => {
  const d = typeof params.dim === 'number' ? params.dim : -1;
  return d === -1 || d === rank - 1 ? undefined : `tf.${what} along a non-last axis is not supported by TensorFlow.js (it throws)`;
};

const tfjsLayers: Preset[] = rows('tfjs', 'module', [
  // tfjs-layers/src/layers/advanced_activations.ts @0fc04d9 (tf.layers.*: one config object)
  ['layers.reLU', 'relu', { keywords: [ignore('maxValue')], adapt: (g) => (g.maxValue == null ? { id: 'relu', params: {} } : typeof g.maxValue === 'number' ? { id: 'hardtanh', params: { min_val: 0, max_val: g.maxValue } } : { problem: 'reLU: maxValue must be a number' }) }],
  ['layers.leakyReLU', 'leaky_relu', { defaults: { negative_slope: 0.3 }, keywords: [pass('alpha', 'negative_slope')], note: 'tf.layers.leakyReLU defaults to alpha=0.3 (tf.leakyRelu to 0.2).', noteUnless: 'negative_slope' }],
  ['layers.elu', 'elu', { keywords: [pass('alpha')] }],
  ['layers.thresholdedReLU', 'threshold', { defaults: { threshold: 1, value: 0 }, keywords: [pass('theta', 'threshold')] }],
  ['layers.softmax', 'softmax', { defaults: { dim: 1 }, keywords: [pass('axis', 'dim')], note: 'tf.layers.softmax defaults to axis=1.', noteUnless: 'dim' }],
  ['layers.prelu', 'prelu', { defaults: { weight: 0 }, keywords: [ignore('alphaInitializer'), ignore('sharedAxes')], note: "The slope as initialised (alphaInitializer 'zeros'); training changes it." }],
  // tfjs-layers/src/activations.ts @0fc04d9: the identifiers `activation: '…'` accepts
  ['activations.elu', 'elu'],
  ['activations.selu', 'selu'],
  ['activations.relu', 'relu'],
  ['activations.relu6', 'relu6'],
  ['activations.linear', 'linear'],
  ['activations.sigmoid', 'sigmoid'],
  ['activations.hardSigmoid', 'hardsigmoid', { defaults: HARD_SIGMOID_K2, note: 'tfjs hardSigmoid: clip(0.2x + 0.5, 0, 1).' }],
  ['activations.softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
  ['activations.softsign', 'softsign'],
  ['activations.tanh', 'tanh'],
  ['activations.softmax', 'softmax', { defaults: { dim: -1 } }],
  ['activations.logSoftmax', 'log_softmax', { defaults: { dim: -1 } }],
  ['activations.gelu', 'gelu', { defaults: { approximate: 'none' } }],
  ['activations.gelu_new', 'gelu', { defaults: { approximate: 'tanh' } }],
  ['activations.mish', 'mish'],
  ['activations.swish', 'silu'],
]);

const tfjs: Preset[] = rows('tfjs', 'function', [
  ['relu', 'relu'],
  ['relu6', 'relu6'],
  ['leakyRelu', 'leaky_relu', { defaults: { negative_slope: 0.2 }, args: [pass('alpha', 'negative_slope')] }],
  ['prelu', 'prelu', { args: [req('alpha', 'weight')] }],
  ['elu', 'elu'],
  ['selu', 'selu'],
  ['sigmoid', 'sigmoid'],
  ['tanh', 'tanh'],
  ['softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
  ['logSigmoid', 'logsigmoid'],
  ['softmax', 'softmax', { defaults: { dim: -1 }, args: [pass('dim')], rejects: lastAxisOnly('softmax') }],
  ['logSoftmax', 'log_softmax', { defaults: { dim: -1 }, args: [pass('axis', 'dim')], rejects: lastAxisOnly('logSoftmax') }],
  ['argMax', 'argmax', { defaults: { dim: 0 }, args: [pass('axis', 'dim')], note: 'tf.argMax defaults to axis=0.', noteUnless: 'dim' }],
  ['erf', 'erf'],
  ['exp', 'exponential'],
]);

// --- NNlib / Flux ----------------------------------------------------------------------------------------------

// NNlib.jl src/activations.jl @v0.9.36: parameters after x are positional (leakyrelu(x, a), trelu(x, theta=1))
const nnlibRows: readonly (readonly [string, string, RowOptions?])[] = [
  ['σ', 'sigmoid', { aliases: ['sigmoid'] }],
  ['sigmoid_fast', 'sigmoid', { note: 'sigmoid_fast is an approximation; shown is the exact σ.' }],
  ['hardσ', 'hardsigmoid', { aliases: ['hardsigmoid'] }],
  ['logσ', 'logsigmoid', { aliases: ['logsigmoid'] }],
  ['relu', 'relu'],
  ['leakyrelu', 'leaky_relu', { defaults: { negative_slope: 0.01 }, args: [pass('a', 'negative_slope')] }],
  ['relu6', 'relu6'],
  ['elu', 'elu', { args: [pass('α', 'alpha')] }],
  ['celu', 'celu', { args: [pass('α', 'alpha')] }],
  ['selu', 'selu'],
  ['gelu', 'gelu', { aliases: ['gelu_tanh'], defaults: { approximate: 'tanh' }, note: "NNlib's gelu is the tanh approximation; gelu_erf is exact." }],
  // x·σ(√(8/π)(x + 0.044715x³)) is the tanh form exactly (½(1 + tanh z) = σ(2z))
  ['gelu_sigmoid', 'gelu', { defaults: { approximate: 'tanh' } }],
  ['rrelu', 'rrelu', { args: [pass('lo', 'lower'), pass('hi', 'upper')], note: 'rrelu draws its slope at random in [lo, hi]; shown is the mean slope (lo + hi)/2.' }],
  ['gelu_erf', 'gelu', { defaults: { approximate: 'none' } }],
  ['swish', 'silu'],
  ['hardswish', 'hardswish'],
  ['mish', 'mish'],
  ['softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
  ['softsign', 'softsign'],
  ['tanhshrink', 'tanhshrink'],
  ['softshrink', 'softshrink', { args: [pass('λ', 'lambd')] }],
  ['trelu', 'threshold', { aliases: ['thresholdrelu'], defaults: { threshold: 1, value: 0 }, args: [pass('theta', 'threshold')] }],
  ['hardtanh', 'hardtanh'],
  ['tanh_fast', 'tanh', { aliases: ['tanh'] }],
  ['lisht', 'lisht'], // lisht(x) = x * tanh_fast(x)
  ['logcosh', 'logcosh'], // logcosh(x) = x + softplus(-2x) - log(2)
  ['softmax', 'softmax', { defaults: { dim: 0 }, keywords: [juliaDims] }],
  ['logsoftmax', 'log_softmax', { defaults: { dim: 0 }, keywords: [juliaDims] }],
];
const nnlib: Preset[] = rows('nnlib', 'function', nnlibRows.map(([n, id, o]) => [n, id, { ...o, positionalOnly: true }] as const));

// --- SciPy and NumPy -------------------------------------------------------------------------------------------

const scipy: Preset[] = rows('scipy', 'function', [
  ['special.expit', 'sigmoid'],
  // scipy/special/_basic.py @v1.15: softplus(x) = log(1 + eˣ), no threshold
  ['special.softplus', 'softplus', { defaults: PLAIN_SOFTPLUS }],
  ['special.log_expit', 'logsigmoid'],
  ['special.erf', 'erf'],
  ['special.softmax', 'softmax', { args: [pass('axis', 'dim')], dimNone: 'flatten', note: 'SciPy defaults to axis=None: normalised over every element.', noteUnless: 'dim' }],
  ['special.log_softmax', 'log_softmax', { args: [pass('axis', 'dim')], dimNone: 'flatten', note: 'SciPy defaults to axis=None: normalised over every element.', noteUnless: 'dim' }],
]);

const numpy: Preset[] = rows('numpy', 'function', [
  ['tanh', 'tanh'],
  ['exp', 'exponential'],
  ['argmax', 'argmax', { args: [pass('axis', 'dim'), ignore('out'), ignore('keepdims')], dimNone: 'flatten', note: 'No axis: the index into the flattened array.', noteUnless: 'dim' }],
]);

// --- Hugging Face transformers --------------------------------------------------------------------------------
// src/transformers/activations.py (ACT2CLS; read at swiss-ai/transformers @2ba8345, upstream ≈ v4.56). ACT2FN[name]
// instantiates the class with no arguments; the rows are named by the key, the classes are aliases.

const hf: Preset[] = rows('hf', 'module', [
  ['ACT2CLS.gelu', 'gelu', { aliases: ['activations.GELUActivation'], defaults: { approximate: 'none' } }],
  ['ACT2CLS.gelu_python', 'gelu', { defaults: { approximate: 'none' } }],
  ['ACT2CLS.gelu_new', 'gelu', { aliases: ['activations.NewGELUActivation'], defaults: { approximate: 'tanh' }, note: "transformers' gelu_new is the tanh approximation." }],
  ['ACT2CLS.gelu_pytorch_tanh', 'gelu', { aliases: ['activations.PytorchGELUTanh', 'activations.GELUTanh'], defaults: { approximate: 'tanh' }, note: "F.gelu(x, approximate='tanh')." }],
  ['ACT2CLS.gelu_fast', 'gelu', { aliases: ['activations.FastGELUActivation'], defaults: { approximate: 'tanh' }, note: 'The tanh form with √(2/π) rounded to 0.7978845608.' }],
  ['ACT2CLS.gelu_accurate', 'gelu', { aliases: ['activations.AccurateGELUActivation'], defaults: { approximate: 'tanh' } }],
  ['ACT2CLS.leaky_relu', 'leaky_relu', { defaults: { negative_slope: 0.01 } }],
  ['ACT2CLS.linear', 'linear', { aliases: ['activations.LinearActivation'] }],
  ['ACT2CLS.mish', 'mish', { aliases: ['activations.MishActivation'] }],
  ['ACT2CLS.relu', 'relu'],
  ['ACT2CLS.relu6', 'relu6'],
  ['ACT2CLS.sigmoid', 'sigmoid'],
  ['ACT2CLS.silu', 'silu', { aliases: ['activations.SiLUActivation'] }],
  ['ACT2CLS.swish', 'silu'],
  ['ACT2CLS.tanh', 'tanh'],
  ['ACT2CLS.prelu', 'prelu', { defaults: { weight: 0.25 }, note: 'nn.PReLU: the slope as initialised (0.25); training changes it.' }],
  ['ACT2CLS.quick_gelu', 'quick_gelu', { aliases: ['activations.QuickGELUActivation'] }], // input * torch.sigmoid(1.702 * input)
  ['ACT2CLS.gelu_10', 'gelu_10', { aliases: ['activations.ClippedGELUActivation'], defaults: { min: -10, max: 10 } }], // (ClippedGELUActivation, {"min": -10, "max": 10})
  ['ACT2CLS.laplace', 'laplace', { aliases: ['activations.LaplaceActivation'] }], // forward(input, mu=0.707107, sigma=0.282095)
  ['ACT2CLS.relu2', 'relu2', { aliases: ['activations.ReLUSquaredActivation'] }], // torch.square(relu(input))
  ['ACT2CLS.xielu', 'xielu', { aliases: ['activations.XIELUActivation'], note: 'xIELU: α_p, α_n are learned; shown at their initial values (0.8, 0.8), β = 0.5.' }],
]);

// --- timm ------------------------------------------------------------------------------------------------------
// timm/layers/create_act.py and activations.py @v1.0.28: get_act_layer/get_act_fn/create_act_layer names (lower-cased).

const timmNames: readonly (readonly [string, string, RowOptions?])[] = [
  ['silu', 'silu'], ['swish', 'silu'], ['mish', 'mish'], ['relu', 'relu'], ['relu6', 'relu6'],
  ['leaky_relu', 'leaky_relu', { defaults: { negative_slope: 0.01 } }], ['elu', 'elu'], ['celu', 'celu'], ['selu', 'selu'],
  ['prelu', 'prelu', { defaults: { weight: 0.25 }, note: 'timm PReLU: the slope as initialised (init=0.25); training changes it.' }],
  ['gelu', 'gelu', { defaults: { approximate: 'none' } }],
  ['gelu_tanh', 'gelu', { defaults: { approximate: 'tanh' }, note: "timm gelu_tanh: F.gelu(x, approximate='tanh')." }],
  ['sigmoid', 'sigmoid'], ['tanh', 'tanh'],
  ['hard_sigmoid', 'hardsigmoid'], ['hardsigmoid', 'hardsigmoid'], ['hard_swish', 'hardswish'], ['hardswish', 'hardswish'],
  ['identity', 'linear'],
  ['quick_gelu', 'quick_gelu'], // x * torch.sigmoid(1.702 * x)
  ['hard_mish', 'hard_mish'], // 0.5 * x * (x + 2).clamp(min=0, max=2)
];

const timm: Preset[] = [
  ...rows('timm', 'module', timmNames.map(([n, id, o]) => [`act.${n}`, id, o] as const)),
  ...rows('timm', 'module', [
    ['layers.GELU', 'gelu', { aliases: ['layers.activations.GELU'], args: [inplace] }],
    ['layers.GELUTanh', 'gelu', { aliases: ['layers.activations.GELUTanh'], defaults: { approximate: 'tanh' }, args: [inplace] }],
    ['layers.PReLU', 'prelu', { aliases: ['layers.activations.PReLU'], args: [ignore('num_parameters'), pass('init', 'weight'), inplace], defaults: { weight: 0.25 } }],
    ['layers.QuickGELU', 'quick_gelu', { aliases: ['layers.activations.QuickGELU'], args: [inplace] }],
    ['layers.HardMish', 'hard_mish', { aliases: ['layers.activations.HardMish'], args: [inplace] }],
  ]),
];

/** Every row, each framework's primary namespace first (the first row with a short name wins unqualified lookups). */
export const PRESETS: readonly Preset[] = [
  ...torch, ...jax, ...flax, ...keras, ...tf, ...tfjs, ...tfjsLayers, ...nnlib, ...scipy, ...numpy, ...hf, ...timm,
];
