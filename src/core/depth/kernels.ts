// The kernels a simulation or a training run computes with, and the float32 buffers they work on in
// place: WebAssembly SIMD (kernels.wat) where the runtime allows it, plain JS (dense.ts, Random)
// where it does not (no WebAssembly, no SIMD, or a Content-Security-Policy refusing compilation).
// The two give the same bits, so a seed makes the same run on either.
//
// float32 throughout, as PyTorch computes by default ("When PyTorch is initialized its default floating point
// dtype is torch.float32": docs.pytorch.org/docs/stable/generated/torch.set_default_dtype.html).
import { backwardDense, forwardDense, weightGradient } from './dense';
import { summarise } from './histogram';
import type { Summary } from './histogram';
import type { Random } from './random';
import { createWasmKernels, wasmModule } from './wasmKernels';

export type KernelPath = 'wasm' | 'js';

export interface KernelOptions {
  /** The kernels (tests compare the two); by default the fastest this runtime has. */
  readonly path?: KernelPath;
}

/** Random fills of a buffer that continue `rng`'s stream exactly as its own fillNormal and fillUniform. */
export interface Fills {
  fillNormal(rng: Random, out: Float32Array, mean: number, std: number): void;
  fillUniform(rng: Random, out: Float32Array, limit: number): void;
}

export interface Kernels extends Fills {
  readonly path: KernelPath;
  /** The buffers asked for, zero-filled; the kernels take only these (or parts of them, by subarray). */
  readonly buffers: Float32Array[];
  /** out[b, i] = bias[i] + Σ_k x[b, k]·w[i, k]: W is m × n, one unit's weights per row. */
  forward(x: Float32Array, batch: number, n: number, w: Float32Array, m: number, bias: Float32Array, out: Float32Array): void;
  /** out[b, k] = Σ_i g[b, i]·w[i, k]: the gradient through the layer. */
  backward(g: Float32Array, batch: number, m: number, w: Float32Array, n: number, out: Float32Array): void;
  /** dw[i, k] = Σ_b g[b, i]·x[b, k]. */
  weightGradient(g: Float32Array, x: Float32Array, batch: number, m: number, n: number, dw: Float32Array): void;
  /** histogram.ts's `summarise` of the first `len` values. */
  summarise(v: Float32Array, len: number, bins: number): Summary;
  /** out[i] = out[i]·by[i] for i < n. */
  multiply(out: Float32Array, by: Float32Array, n: number): void;
}

/** The fills of the JS Random itself. */
export const JS_FILLS: Fills = {
  fillNormal: (rng, out, mean, std) => rng.fillNormal(out, mean, std),
  fillUniform: (rng, out, limit) => rng.fillUniform(out, limit),
};

/** 'wasm' where this runtime compiles the SIMD module, else 'js'. */
export function bestKernelPath(): KernelPath {
  return wasmModule() ? 'wasm' : 'js';
}

/**
 * Kernels and buffers of the given sizes (floats), on `path` (default: the best this runtime has).
 * `weights` is the largest weight matrix `forward` will get (floats): room is kept for its transpose.
 */
export function createKernels(sizes: readonly number[], weights: number, path: KernelPath = bestKernelPath()): Kernels {
  const module = path === 'wasm' ? wasmModule() : undefined;
  if (path === 'wasm' && !module) throw new Error('depth: WebAssembly SIMD is not available here');
  return module ? createWasmKernels(module, sizes, weights) : jsKernels(sizes);
}

function jsKernels(sizes: readonly number[]): Kernels {
  return {
    path: 'js',
    buffers: sizes.map((n) => new Float32Array(n)),
    forward: forwardDense,
    backward: backwardDense,
    weightGradient,
    summarise,
    multiply: (out, by, n) => {
      for (let i = 0; i < n; i++) out[i] *= by[i];
    },
    ...JS_FILLS,
  };
}
