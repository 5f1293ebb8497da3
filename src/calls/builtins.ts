// The few non-activation names an argument may use and still be a literal: constants (math.pi, Inf, Math.PI),
// tensor constructors that remember a dtype (torch.tensor, np.array, tf.constant, tf.tensor1d, Float32),
// ranges (linspace, arange) and a handful of math functions. Keyed by the expanded dotted path.
import { flatten, mapTensor, MAX_RANK, reshape, sizeOf, type Tensor } from '../core';
import type { Syntax } from './language';
import { MAX_ELEMENTS, PROBLEM } from './limits';
import { itemsOf, num, opaque, toTensor, type Val } from './values';

export interface Args {
  readonly pos: readonly Val[];
  readonly kw: ReadonlyMap<string, Val>;
}

type Builtin = (a: Args, syntax: Syntax) => Val;

const CONSTANTS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = {};
  const common = { pi: Math.PI, e: Math.E, inf: Infinity, nan: NaN };
  for (const mod of ['math', 'numpy', 'jax.numpy', 'torch']) for (const [k, v] of Object.entries(common)) out[`${mod}.${k}`] = v;
  Object.assign(out, {
    'math.tau': 2 * Math.PI, 'numpy.Inf': Infinity, 'numpy.NaN': NaN, 'numpy.euler_gamma': 0.5772156649015329,
    'Math.PI': Math.PI, 'Math.E': Math.E, 'Math.SQRT2': Math.SQRT2, 'Math.SQRT1_2': Math.SQRT1_2, 'Math.LN2': Math.LN2, 'Math.LN10': Math.LN10,
    'Math.LOG2E': Math.LOG2E, 'Math.LOG10E': Math.LOG10E, Infinity, NaN,
    'Number.POSITIVE_INFINITY': Infinity, 'Number.NEGATIVE_INFINITY': -Infinity, 'Number.NaN': NaN,
    'Number.MAX_VALUE': Number.MAX_VALUE, 'Number.MIN_VALUE': Number.MIN_VALUE, 'Number.EPSILON': Number.EPSILON,
  });
  return out;
})();

const JULIA_CONSTANTS: Readonly<Record<string, [number, string?]>> = {
  Inf: [Infinity], NaN: [NaN], Inf64: [Infinity], NaN64: [NaN], Inf32: [Infinity, 'float32'], NaN32: [NaN, 'float32'],
  Inf16: [Infinity, 'float16'], NaN16: [NaN, 'float16'], π: [Math.PI], pi: [Math.PI], ℯ: [Math.E],
};

/** A constant's value, or undefined. Julia's bare names only in Julia, JS's only in JS. */
export function constant(path: string, syntax: Syntax): Val | undefined {
  if (syntax === 'julia') {
    const j = JULIA_CONSTANTS[path] ?? JULIA_CONSTANTS[path.replace(/^(?:Base|MathConstants|Base\.MathConstants)\./, '')];
    return j ? num(j[0], j[1]) : undefined;
  }
  if ((path === 'Infinity' || path === 'NaN' || path.startsWith('Math.') || path.startsWith('Number.')) !== (syntax === 'js')) return undefined;
  const v = CONSTANTS[path];
  return v === undefined ? undefined : num(v);
}

/** A dtype named by a value: 'float16', torch.float16, jnp.bfloat16, np.float32, float. */
export function dtypeName(v: Val | undefined): string | undefined {
  if (!v) return undefined;
  if (v.k === 'str') return v.v;
  if (v.k === 'name') return v.path;
  return undefined;
}

function arg(a: Args, i: number, ...names: string[]): Val | undefined {
  for (const n of names) {
    const v = a.kw.get(n);
    if (v) return v;
  }
  return a.pos[i];
}

/** The value with a dtype; `tensor` makes even a scalar a (0-d) tensor, as torch.tensor(0.3) is. */
function withDtype(v: Val, dtype: string | undefined, tensor = false): Val {
  if (v.k === 'num' && !tensor) return num(v.v, dtype ?? v.dtype);
  if (v.k === 'num') return { k: 'tensor', t: v.v, dtype: dtype ?? v.dtype };
  if (v.k === 'tensor') return { k: 'tensor', t: v.t, dtype: dtype ?? v.dtype };
  const r = toTensor(v);
  if ('problem' in r) return v.k === 'opaque' || v.k === 'name' ? opaque(v.k === 'opaque' ? v.why : undefined) : opaque(r.problem);
  return typeof r.t === 'number' && !tensor ? num(r.t, dtype) : { k: 'tensor', t: r.t, dtype };
}

/** tf.tensor(values, shape): flat values laid out in a shape. */
function laidOut(t: Tensor, shape: Val | undefined): Tensor | undefined {
  const items = shape ? itemsOf(shape) : undefined;
  if (!items) return t;
  const dims = items.map((d) => (d.k === 'num' ? d.v : NaN));
  if (dims.length > MAX_RANK || dims.some((d) => !Number.isInteger(d) || d < 0 || d > MAX_ELEMENTS)) return undefined;
  const flat = flatten(t);
  return sizeOf(dims) === flat.length ? reshape(flat, dims) : undefined;
}

/** A tensor constructor: data at position 0, dtype at `dtypeAt` or by keyword. */
function wrapper(dtypeAt: number | undefined, fixed?: string, shapeAt?: number): Builtin {
  return (a) => {
    const data = arg(a, 0, 'data', 'object', 'value', 'values', 'a', 'obj');
    if (!data) return opaque();
    const dtype = fixed ?? dtypeName(a.kw.get('dtype') ?? (dtypeAt === undefined ? undefined : a.pos[dtypeAt]));
    const v = withDtype(data, dtype, true);
    if (shapeAt === undefined || v.k !== 'tensor') return v;
    const shaped = laidOut(v.t, a.kw.get('shape') ?? a.pos[shapeAt]);
    return shaped === undefined ? opaque() : { ...v, t: shaped };
  };
}

const scalarType = (dtype: string): Builtin => (a) => (a.pos[0] ? withDtype(a.pos[0], dtype) : opaque());

function pyFloat(a: Args): Val {
  const v = a.pos[0];
  if (!v) return num(0);
  if (v.k === 'num') return num(v.v);
  if (v.k === 'bool') return num(v.v ? 1 : 0);
  if (v.k !== 'str') return opaque();
  const s = v.v.trim().toLowerCase().replace(/_/g, '');
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (m) return num(m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return opaque();
  return num(Number(s));
}

function elementwise(f: (x: number) => number, tensors: boolean): Builtin {
  return (a) => {
    const v = a.pos[0];
    if (v?.k === 'num') return num(f(v.v), v.dtype);
    if (tensors && v && (v.k === 'tensor' || v.k === 'list' || v.k === 'numlist')) {
      const r = toTensor(v);
      if ('t' in r) return { k: 'tensor', t: mapTensor(r.t, f), dtype: v.k === 'tensor' ? v.dtype : undefined };
    }
    return opaque();
  };
}

const numArg = (v: Val | undefined, dflt?: number): number | undefined => (v === undefined ? dflt : v.k === 'num' ? v.v : undefined);

function sized(n: number, at: (i: number) => number): Val {
  if (!Number.isFinite(n) || n < 0) return opaque();
  if (n > MAX_ELEMENTS) return opaque(PROBLEM.tooLarge);
  return { k: 'tensor', t: Array.from({ length: Math.floor(n) }, (_, i) => at(i)) };
}

/** linspace(start, stop, num): numpy's spacing, the last point exactly `stop`. */
function linspace(defaultNum: number | undefined): Builtin {
  return (a) => {
    const start = numArg(arg(a, 0, 'start'));
    const stop = numArg(arg(a, 1, 'stop', 'end'));
    const n = numArg(arg(a, 2, 'num', 'steps'), defaultNum);
    if (start === undefined || stop === undefined || n === undefined || !Number.isInteger(n)) return opaque();
    const step = n > 1 ? (stop - start) / (n - 1) : 0;
    return sized(n, (i) => (i === n - 1 && n > 1 ? stop : start + i * step));
  };
}

/** arange(stop) / arange(start, stop[, step]). */
const arange: Builtin = (a) => {
  const x = numArg(arg(a, 0, 'start'));
  const y = numArg(arg(a, 1, 'end', 'stop', 'limit'));
  const step = numArg(arg(a, 2, 'step', 'delta'), 1);
  if (x === undefined || step === undefined || step === 0) return opaque();
  const [start, stop] = y === undefined ? [0, x] : [x, y];
  return sized(Math.ceil((stop - start) / step), (i) => start + i * step);
};

function filled(value: number): Builtin {
  return (a) => {
    const dims: number[] = [];
    const first = a.pos[0] ?? a.kw.get('shape') ?? a.kw.get('size');
    const list = (first && itemsOf(first)) ?? a.pos;
    for (const d of list) {
      if (d.k !== 'num' || !Number.isInteger(d.v) || d.v < 0) return opaque();
      if (d.v > MAX_ELEMENTS) return opaque(PROBLEM.tooLarge);
      dims.push(d.v);
    }
    if (dims.length === 0) return num(value);
    if (sizeOf(dims) > MAX_ELEMENTS || dims.length > MAX_RANK) return opaque(PROBLEM.tooLarge);
    return { k: 'tensor', t: reshape(new Array<number>(sizeOf(dims)).fill(value), dims), dtype: dtypeName(a.kw.get('dtype')) };
  };
}

const divide: Builtin = (a) => {
  const x = a.pos[0];
  const y = a.pos[1];
  if (!x || !y) return opaque();
  return { k: 'opaque', div: { num: x, den: y } };
};

const TABLE: Readonly<Record<string, Builtin>> = (() => {
  const t: Record<string, Builtin> = {
    'torch.tensor': wrapper(undefined), 'torch.as_tensor': wrapper(undefined), 'torch.asarray': wrapper(undefined),
    'torch.Tensor': wrapper(undefined, 'float32'), 'torch.FloatTensor': wrapper(undefined, 'float32'),
    'torch.DoubleTensor': wrapper(undefined, 'float64'), 'torch.HalfTensor': wrapper(undefined, 'float16'),
    'torch.BFloat16Tensor': wrapper(undefined, 'bfloat16'),
    'numpy.array': wrapper(1), 'numpy.asarray': wrapper(1), 'jax.numpy.array': wrapper(1), 'jax.numpy.asarray': wrapper(1),
    'tensorflow.constant': wrapper(1), 'tensorflow.convert_to_tensor': wrapper(1), 'tensorflow.Variable': wrapper(undefined),
    'keras.ops.array': wrapper(1), 'keras.ops.convert_to_tensor': wrapper(1),
    '@tensorflow/tfjs.scalar': wrapper(1), '@tensorflow/tfjs.tensor1d': wrapper(1), '@tensorflow/tfjs.tensor': wrapper(2, undefined, 1),
    '@tensorflow/tfjs.tensor2d': wrapper(2, undefined, 1), '@tensorflow/tfjs.tensor3d': wrapper(2, undefined, 1),
    '@tensorflow/tfjs.div': divide, '@tensorflow/tfjs.divide': divide, 'tensorflow.math.divide': divide, 'tensorflow.divide': divide,
    'torch.div': divide, 'torch.divide': divide,
    float: pyFloat,
    Float64: scalarType('float64'), Float32: scalarType('float32'), Float16: scalarType('float16'),
    'Math.sqrt': elementwise(Math.sqrt, false), 'Math.exp': elementwise(Math.exp, false), 'Math.log': elementwise(Math.log, false), 'Math.abs': elementwise(Math.abs, false),
    'math.sqrt': elementwise(Math.sqrt, false), 'math.exp': elementwise(Math.exp, false), 'math.log': elementwise(Math.log, false), 'math.fabs': elementwise(Math.abs, false),
    abs: elementwise(Math.abs, false), sqrt: elementwise(Math.sqrt, true), exp: elementwise(Math.exp, true), log: elementwise(Math.log, true),
    'tensorflow.linspace': linspace(undefined), 'tensorflow.range': arange, '@tensorflow/tfjs.linspace': linspace(undefined), '@tensorflow/tfjs.range': arange,
    '@tensorflow/tfjs.zeros': filled(0), '@tensorflow/tfjs.ones': filled(1), 'tensorflow.zeros': filled(0), 'tensorflow.ones': filled(1),
  };
  for (const mod of ['numpy', 'jax.numpy', 'torch']) {
    t[`${mod}.linspace`] = linspace(mod === 'torch' ? undefined : 50);
    t[`${mod}.arange`] = arange;
    t[`${mod}.zeros`] = filled(0);
    t[`${mod}.ones`] = filled(1);
    t[`${mod}.sqrt`] = elementwise(Math.sqrt, true);
  }
  for (const mod of ['numpy', 'jax.numpy']) {
    for (const d of ['float16', 'float32', 'float64', 'bfloat16', 'half', 'single', 'double']) t[`${mod}.${d}`] = scalarType(d);
    t[`${mod}.log`] = elementwise(Math.log, true);
  }
  return t;
})();

/** Julia's builtins are bare names; Python's `float` too; JS has none bare. */
export function builtin(path: string, syntax: Syntax): Builtin | undefined {
  const f = Object.prototype.hasOwnProperty.call(TABLE, path) ? TABLE[path] : undefined;
  if (!f) return undefined;
  if (!path.includes('.') && path !== 'float' && syntax !== 'julia') return undefined;
  if (path === 'float' && syntax !== 'python') return undefined;
  return f;
}

const DTYPE_NAME = /^(?:u?int(?:8|16|32|64)|float(?:16|32|64)?|bfloat16|half|single|double|long|short|bool|complex(?:64|128)|f16|f32|f64|bf16)$/i;

/** torch.float16, 'int32', np.float32: a dtype rather than a device or anything else. */
function looksLikeDtype(name: string | undefined): name is string {
  return name !== undefined && DTYPE_NAME.test(name.split('.').pop() ?? '');
}

/** `.float()`, `.half()`, `.to(torch.float16)`, `.astype(np.float32)`, `.numpy()` on a literal tensor. */
export function method(v: Val, name: string, a: Args): Val {
  const dt: Readonly<Record<string, string>> = { float: 'float32', double: 'float64', half: 'float16', bfloat16: 'bfloat16' };
  if (v.k !== 'num' && v.k !== 'tensor' && v.k !== 'list' && v.k !== 'numlist') return opaque();
  if (dt[name] && a.pos.length === 0) return withDtype(v, dt[name]);
  if ((name === 'to' || name === 'astype' || name === 'type') && a.pos.length + a.kw.size >= 1) {
    // .to('cuda') moves the tensor and keeps its values
    const d = dtypeName(a.kw.get('dtype') ?? a.pos.find((x) => looksLikeDtype(dtypeName(x))) ?? a.pos[0]);
    if (!looksLikeDtype(d)) return name === 'to' ? v : opaque();
    return withDtype(v, d);
  }
  if (['numpy', 'cpu', 'detach', 'clone', 'tolist', 'item', 'cuda', 'contiguous'].includes(name) && a.pos.length === 0) return v;
  return opaque();
}
