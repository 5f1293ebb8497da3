// The WebAssembly kernels (kernels.wat, assembled into kernelsWasm.ts): compiled once, synchronously
// (2 KB: allowed on any thread), then one instance and one memory per run, sized for its buffers at
// the start, so that the memory never grows and the buffers' views stay valid for the run.
import type { Kernels } from './kernels';
import { KERNELS_WASM_BASE64 } from './kernelsWasm';
import { ZIGGURAT } from './random';
import type { Random } from './random';

interface Exports {
  gemm(a: number, ar: number, ak: number, b: number, ldb: number, c: number, ldc: number, init: number, ir: number, rows: number, cols: number, k: number): void;
  transpose(src: number, rows: number, cols: number, dst: number): void;
  fillNormal(out: number, n: number, mean: number, std: number): void;
  fillUniform(out: number, n: number, limit: number): void;
  summarise(v: number, len: number, bins: number): void;
  multiply(out: number, by: number, n: number): void;
}

/** Memory layout (kernels.wat): the generator state, the ziggurat's tables, then the buffers. */
const STATE = 0;
const KN = 16;
const WN = 528;
const FN = 1552;
/** summarise's lo, hi, mean, variance (f64), then its counts (i32). */
const SUMMARY = 2576;
const COUNTS = 2640;
const BUFFERS = 4096;
/** Buffers start on cache lines. */
const ALIGN = 64;
const PAGE = 65536;
/** Summed indices per pass of `gemm` (a 64-row band of B stays in the L2 cache): the fastest of 32 … 512 measured at width 512. */
const K_BLOCK = 64;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly, its SIMD or its compilation (CSP) is refused. */
export function wasmModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(decode(KERNELS_WASM_BASE64)) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function createWasmKernels(module: WebAssembly.Module, sizes: readonly number[], weights: number): Kernels {
  const offsets: number[] = [];
  let end = BUFFERS;
  for (const n of sizes) {
    offsets.push(end);
    end += Math.ceil((4 * n) / ALIGN) * ALIGN;
  }
  // Room for the transpose of the largest weight matrix.
  const scratch = end;
  end += 4 * weights;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(end / PAGE) });
  const x = new WebAssembly.Instance(module, { env: { memory, exp: Math.exp, log: Math.log } }).exports as unknown as Exports;
  const heap = memory.buffer;
  new Uint32Array(heap, KN, 128).set(ZIGGURAT.KN);
  new Float64Array(heap, WN, 128).set(ZIGGURAT.WN);
  new Float64Array(heap, FN, 128).set(ZIGGURAT.FN);
  const state = new Int32Array(heap, STATE, 4);

  /** The byte address of a buffer of this run. */
  const at = (v: Float32Array): number => {
    if (v.buffer !== heap) throw new Error('depth: a kernel was given a buffer that is not one of its own');
    return v.byteOffset;
  };
  /** C = init + A·B in bands of K_BLOCK summed indices (C holds the float32 partial sums between bands). */
  const gemm = (a: number, ar: number, ak: number, b: number, ldb: number, c: number, ldc: number, init: number, ir: number, rows: number, cols: number, k: number) => {
    for (let k0 = 0; k0 < k; k0 += K_BLOCK) {
      const first = k0 === 0;
      x.gemm(a + k0 * ak, ar, ak, b + k0 * ldb, ldb, c, ldc, first ? init : c, first ? ir : ldc, rows, cols, Math.min(K_BLOCK, k - k0));
    }
  };
  const draw = (rng: Random, fill: () => void) => {
    rng.saveState(state);
    fill();
    rng.loadState(state);
  };

  return {
    path: 'wasm',
    buffers: sizes.map((n, i) => new Float32Array(heap, offsets[i], n)),
    forward(xs, batch, n, w, m, bias, out) {
      if (m * n > weights) throw new Error(`depth: a ${m} × ${n} layer is larger than the kernels were made for`);
      x.transpose(at(w), m, n, scratch);
      gemm(at(xs), 4 * n, 4, scratch, 4 * m, at(out), 4 * m, at(bias), 0, batch, m, n);
    },
    backward(g, batch, m, w, n, out) {
      out.fill(0, 0, batch * n);
      gemm(at(g), 4 * m, 4, at(w), 4 * n, at(out), 4 * n, at(out), 4 * n, batch, n, m);
    },
    weightGradient(g, xs, batch, m, n, dw) {
      dw.fill(0, 0, m * n);
      gemm(at(g), 4, 4 * m, at(xs), 4 * n, at(dw), 4 * n, at(dw), 4 * n, m, n, batch);
    },
    summarise(v, len, bins) {
      x.summarise(at(v), len, bins);
      const [lo, hi, mean, variance] = new Float64Array(heap, SUMMARY, 4);
      const found = lo !== Infinity; // some value was finite
      return { mean, variance, histogram: { lo: found ? lo : NaN, hi: found ? hi : NaN, counts: Array.from(new Int32Array(heap, COUNTS, bins)) } };
    },
    multiply: (out, by, n) => x.multiply(at(out), at(by), n),
    fillNormal: (rng, out, mean, std) => draw(rng, () => x.fillNormal(at(out), out.length, mean, std)),
    fillUniform: (rng, out, limit) => draw(rng, () => x.fillUniform(at(out), out.length, limit)),
  };
}
