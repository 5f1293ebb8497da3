// Where each element-wise activation is not smooth: the z at which f or f′ jumps or bends. The
// quadrature cuts there (and always at z = 0, so kinks at 0 need no entry); an activation missing
// here still integrates correctly, only with more bisection. test/unit/depth/kinks.test.ts scans
// every registry function for derivative jumps and fails if one is not listed.
import { activation } from '../registry';
import type { ElementwiseActivation, ResolvedParams, ScalarKernels } from '../types';

/** From the resolved parameters; `kernels` binds the function, for kinks found on the function itself. */
type Kinks = (p: ResolvedParams, kernels: () => ScalarKernels) => readonly number[];

const n = (p: ResolvedParams, name: string) => p[name] as number;
const none: Kinks = () => [];
const zero: Kinks = () => [0];

const KINKS: Readonly<Record<string, Kinks>> = {
  relu: zero, leaky_relu: zero, prelu: zero, rrelu: zero, elu: zero, celu: zero, selu: zero, softsign: zero,
  relu6: () => [0, 6],
  hardtanh: (p) => [n(p, 'min_val'), n(p, 'max_val')],
  threshold: (p) => [n(p, 'threshold')],
  softshrink: (p) => [-n(p, 'lambd'), n(p, 'lambd')],
  hardshrink: (p) => [-n(p, 'lambd'), n(p, 'lambd')],
  // clip(slope·x + 1/2, 0, 1) bends where slope·x + 1/2 is 0 or 1.
  hardsigmoid: (p) => [-0.5 / n(p, 'slope'), 0.5 / n(p, 'slope')],
  hardswish: () => [-3, 3],
  sparse_plus: () => [-1, 1],
  sparse_sigmoid: () => [-1, 1],
  // PyTorch returns x itself once β·x exceeds the threshold: a (tiny) jump there.
  softplus: (p) => [n(p, 'threshold') / n(p, 'beta')],
  squareplus: zero,
  relu2: zero,
  hard_mish: () => [-2, 0],
  xielu: (p) => [n(p, 'eps'), 0],
  // Not a kink: laplace's step has width σ about μ, however small σ is next to the input's std.
  laplace: (p) => [n(p, 'mu')],
  // Where the clip starts: gelu(x) = max (and = min when min is above GELU's minimum ≈ −0.17).
  gelu_10: (p, k) => [...edgesOf(k().f, (y) => y >= n(p, 'max')), ...edgesOf(k().f, (y) => y <= n(p, 'min'))],
};

/**
 * The x in [−64, 64] where `clipped(f(x))` switches, to the adjacent doubles: the corners of a
 * function clipped on its output, found on the function itself (a 1/16 grid, then bisection).
 */
function edgesOf(f: (x: number) => number, clipped: (y: number) => boolean): number[] {
  const edges: number[] = [];
  let a = -64;
  let inA = clipped(f(a));
  for (let i = 1; i <= 2048; i++) {
    const b = -64 + i / 16;
    const inB = clipped(f(b));
    if (inA !== inB) {
      let lo = a;
      let hi = b;
      for (let j = 0; j < 60 && (lo + hi) / 2 > lo && (lo + hi) / 2 < hi; j++) {
        const m = (lo + hi) / 2;
        if (clipped(f(m)) === inA) lo = m;
        else hi = m;
      }
      edges.push(hi);
    }
    a = b;
    inA = inB;
  }
  return edges;
}

/** The kinks of activation `id` at resolved parameters (none for the smooth ones); `k` its kernels if already bound. */
export function kinksOf(id: string, p: ResolvedParams, k?: ScalarKernels): readonly number[] {
  return (KINKS[id] ?? none)(p, () => k ?? (activation(id) as ElementwiseActivation).bind(p));
}
