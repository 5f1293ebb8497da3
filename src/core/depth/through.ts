// One activation fed a Gaussian: z = m·x′ + b with x′ ~ N(0, 1) is z ~ N(mean, std²). What comes
// out: the output's mean and variance, the mean slope, and how much of the input gets no gradient.
import type { Params } from '../types';
import { checkFinite } from './checks';
import { bindActivation, expectationsAt } from './expectations';
import type { BoundActivation } from './expectations';
import { closedForm, closedVariance } from './closedForms';
import { normalInterval } from './gauss';
import { integrateGaussian } from './quadrature';

/** |f′| below this counts as a vanishing gradient (the Plot panel's setting has the same default). */
export const DEFAULT_VANISHING_THRESHOLD = 0.01;

export interface ThroughInput {
  readonly mean: number;
  readonly std: number;
  /** |f′| below it is "saturated"; default 0.01. */
  readonly vanishingThreshold?: number;
}

export interface ThroughActivation {
  /** E[f(z)] */
  readonly mean: number;
  /** Var[f(z)] */
  readonly variance: number;
  /** E[f′(z)] */
  readonly meanDerivative: number;
  /** E[f′(z)²] */
  readonly meanSquaredDerivative: number;
  /** P(f′(z) = 0): the mass on pieces where the derivative is identically zero (a dead ReLU). */
  readonly zeroGradient: number;
  /** P(|f′(z)| < threshold), the zero-gradient mass included. */
  readonly saturated: number;
}

/** The sorted distinct cut points: kinks, 0, a grid over the bell and a geometric one around 0. */
function scanPoints(b: BoundActivation, mu: number, s: number): number[] {
  const grid: number[] = [];
  for (let i = -400; i <= 400; i++) grid.push(mu + s * (i / 20));
  for (let k = -24; k <= 12; k++) grid.push(10 ** (k / 4), -(10 ** (k / 4)));
  const lo = mu - 40 * s;
  const hi = mu + 40 * s;
  // Kinks are kept wherever they are: a cell must never straddle one.
  const pts = [0, ...b.kinks, ...grid.filter((z) => z >= lo && z <= hi)].filter(Number.isFinite).sort((x, y) => x - y);
  return [-Infinity, ...pts.filter((z, i) => i === 0 || z > pts[i - 1]), Infinity];
}

/** A point strictly inside (a, b), also when an end is infinite. */
function inner(a: number, b: number, t: number): number {
  if (a === -Infinity) return b - (1 + Math.abs(b)) * 2 ** (4 * (1 - t));
  if (b === Infinity) return a + (1 + Math.abs(a)) * 2 ** (4 * t);
  return a + (b - a) * t;
}

/** The first z in (a, b) at which `below(z)` changes from its value at a; by bisection. */
function crossing(below: (z: number) => boolean, a: number, b: number): number {
  const start = below(a);
  for (let i = 0; i < 80; i++) {
    const m = a + (b - a) / 2;
    if (m <= a || m >= b) break;
    if (below(m) === start) a = m;
    else b = m;
  }
  return b;
}

/** P(z on a piece between kinks where f′ is identically 0), sampling each piece inside. */
function zeroMass(b: BoundActivation, mu: number, s: number): number {
  const cuts = [...new Set([0, ...b.kinks])].filter(Number.isFinite).sort((x, y) => x - y);
  const ends = [-Infinity, ...cuts, Infinity];
  let zero = 0;
  for (let i = 0; i + 1 < ends.length; i++) {
    const a = ends[i];
    const c = ends[i + 1];
    const dead = [1e-9, 0.1, 0.3, 0.5, 0.7, 0.9, 1 - 1e-9].every((t) => b.kernels.df(inner(a, c, t)) === 0);
    if (dead) zero += normalInterval((a - mu) / s, (c - mu) / s);
  }
  return zero;
}

/**
 * P(|f′(z)| < threshold): the cells between scan points are classified by their ends (just
 * inside, so a kink's own convention does not count), a change of class inside a cell located by
 * bisection, and runs of saturated cells summed as one interval. A dip below the threshold that
 * starts and ends inside one cell (0.05·s wide, finer near 0) is not seen.
 */
function saturatedMass(b: BoundActivation, mu: number, s: number, threshold: number): number {
  const below = (z: number) => Math.abs(b.kernels.df(z)) < threshold;
  const prob = (a: number, c: number) => normalInterval((a - mu) / s, (c - mu) / s);
  const pts = scanPoints(b, mu, s);
  let total = 0;
  let runStart: number | undefined;
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i];
    const c = pts[i + 1];
    const l = inner(a, c, 1e-9);
    const r = inner(a, c, 1 - 1e-9);
    const bl = below(l);
    if (bl && runStart === undefined) runStart = a;
    if (!bl && runStart !== undefined) {
      total += prob(runStart, a);
      runStart = undefined;
    }
    if (bl !== below(r)) {
      const x = crossing(below, l, r);
      if (bl) total += prob(runStart as number, x);
      runStart = bl ? undefined : x;
    }
  }
  if (runStart !== undefined) total += prob(runStart, Infinity);
  return total;
}

/** Mean, variance, E[f′], E[f′²]: closed forms where the variance has one, else integrated about f(mean). */
function moments(b: BoundActivation, mu: number, s: number): Pick<ThroughActivation, 'mean' | 'variance' | 'meanDerivative' | 'meanSquaredDerivative'> {
  const variance = closedVariance(b.id, mu, s);
  const closed = variance === undefined ? undefined : closedForm(b.id, b.kernels, mu, s);
  if (closed && variance !== undefined) return { mean: closed.f, variance, meanDerivative: closed.df, meanSquaredDerivative: closed.df2 };
  const fm = b.kernels.f(mu);
  const anchor = Number.isFinite(fm) ? fm : 0;
  const r = integrateGaussian(b.kernels, mu, s, b.kinks, anchor);
  return { mean: anchor + r.f, variance: Math.max(0, r.f2 - r.f * r.f), meanDerivative: r.df, meanSquaredDerivative: r.df2 };
}

/**
 * The output of activation `id` (with `params`) for an input z ~ N(mean, std²): its mean and
 * variance, E[f′], E[f′²], P(f′ = 0) and P(|f′| < vanishingThreshold). The variance is integrated
 * about f(mean), so it keeps its relative accuracy when std is small.
 */
export function throughActivation(id: string, params: Params | undefined, input: ThroughInput): ThroughActivation {
  const b = bindActivation(id, params);
  const mu = checkFinite('throughActivation', 'mean', input?.mean);
  const s = checkFinite('throughActivation', 'std', input?.std, true);
  const threshold = checkFinite('throughActivation', 'vanishingThreshold', input.vanishingThreshold ?? DEFAULT_VANISHING_THRESHOLD, true);
  if (s === 0) {
    const e = expectationsAt(b, mu, 0);
    const dead = e.df === 0 ? 1 : 0;
    return { mean: e.f, variance: 0, meanDerivative: e.df, meanSquaredDerivative: e.df2, zeroGradient: dead, saturated: Math.abs(e.df) < threshold ? 1 : 0 };
  }
  const m = moments(b, mu, s);
  const zeroGradient = zeroMass(b, mu, s);
  return {
    ...m,
    zeroGradient,
    saturated: Math.max(zeroGradient, saturatedMass(b, mu, s, threshold)),
  };
}
