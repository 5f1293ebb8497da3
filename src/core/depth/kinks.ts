// Where each element-wise activation is not smooth: the z at which f or f′ jumps or bends. The
// quadrature cuts there (and always at z = 0, so kinks at 0 need no entry); an activation missing
// here still integrates correctly, only with more bisection. test/unit/depth/kinks.test.ts scans
// every registry function for derivative jumps and fails if one is not listed.
import { gelu } from '../functions/gelu';
import type { ResolvedParams } from '../types';

type Kinks = (p: ResolvedParams) => readonly number[];

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
  // clip(gelu(x), min, max) bends where gelu crosses max (and min, when min is above gelu's −0.17 dip).
  gelu_10: (p) => [...geluCrossings(n(p, 'max')), ...geluCrossings(n(p, 'min'))],
};

/** x where gelu(x) = c, by bisection on each side of gelu's minimum at −0.7518. */
function geluCrossings(c: number): number[] {
  const root = (lo: number, hi: number): number => {
    const rising = gelu(hi) > gelu(lo);
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if ((gelu(mid) < c) === rising) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const out: number[] = [];
  if (c > gelu(-0.7518)) out.push(root(-0.7518, Math.max(1, c + 1)));
  if (c > gelu(-0.7518) && c < 0) out.push(root(-40, -0.7518));
  return out;
}

/** The kinks of activation `id` at resolved parameters (none for the smooth ones). */
export function kinksOf(id: string, p: ResolvedParams): readonly number[] {
  return (KINKS[id] ?? none)(p);
}
