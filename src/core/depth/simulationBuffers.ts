// The float32 buffers of one simulation, allocated at its first step and dropped after its last (a
// worker may hold several simulations, one per compared activation, of which one runs at a time).
import { createKernels } from './kernels';
import type { KernelOptions, Kernels } from './kernels';
import type { SimulationSettings } from './simulationSettings';

/**
 * Weights kept from the forward pass for the backward one, at most (floats): 32 MiB, as for the slopes
 * (32 layers of width 512). Each kept layer saves drawing its n² normals again (~1.3 ms at width 512).
 */
export const WEIGHT_CACHE_FLOATS = 2 ** 23;

export interface SimulationOptions extends KernelOptions {
  /** Floats of weights kept for the backward pass (default WEIGHT_CACHE_FLOATS); the rest are drawn again. */
  readonly weightCache?: number;
}

export interface SimulationBuffers {
  readonly kernels: Kernels;
  /** One layer's weights (width × width) and biases, where a layer's weights are not kept. */
  readonly w: Float32Array;
  readonly bias: Float32Array;
  /** h^l and f(h^l), batch × width. */
  readonly h: Float32Array;
  readonly a: Float32Array;
  /** δ^l and the next one, gradientBatch × width. */
  g: Float32Array;
  gNext: Float32Array;
  /** f′(h^l) of the gradient batch for every layer l (empty without the backward pass). */
  readonly slopes: Float32Array;
  /** The weights of the top `keptLayers` layers, layer `depth` first. */
  readonly kept: Float32Array;
  readonly keptLayers: number;
}

export function allocateBuffers(s: Required<SimulationSettings>, options: SimulationOptions): SimulationBuffers {
  const { width: n, batch, depth } = s;
  const gb = s.gradients ? s.gradientBatch : 0;
  const keptLayers = s.gradients ? Math.min(depth, Math.floor((options.weightCache ?? WEIGHT_CACHE_FLOATS) / (n * n))) : 0;
  const kernels = createKernels([n * n, n, batch * n, batch * n, gb * n, gb * n, (depth + 1) * gb * n, keptLayers * n * n], n * n, options.path);
  const [w, bias, h, a, g, gNext, slopes, kept] = kernels.buffers;
  return { kernels, w, bias, h, a, g, gNext, slopes, kept, keptLayers };
}

/** Layer l's (1-based) kept weights, if they are kept. */
export function keptWeights(b: SimulationBuffers, l: number, depth: number, n: number): Float32Array | undefined {
  const slot = depth - l;
  return slot < b.keptLayers ? b.kept.subarray(slot * n * n, (slot + 1) * n * n) : undefined;
}
