// Deterministic 2-D toy classification sets (two moons, circles, spiral): evenly spaced along each
// class's curve, with seeded Gaussian noise. Labels 0 and 1, the classes alternating.
import { Random, deriveSeed } from './random';

export const TOY_DATASETS = ['moons', 'circles', 'spiral'] as const;
export type ToyDataset = (typeof TOY_DATASETS)[number];

export interface ToyData {
  /** points × 2, row-major. */
  readonly x: Float64Array;
  /** 0 or 1 per point. */
  readonly y: Float64Array;
  readonly count: number;
}

/** The point at parameter t ∈ [0, 1] of class c's curve. */
function curve(set: ToyDataset, c: number, t: number): [number, number] {
  switch (set) {
    case 'moons': {
      const a = Math.PI * t;
      return c === 0 ? [Math.cos(a), Math.sin(a)] : [1 - Math.cos(a), 0.5 - Math.sin(a)];
    }
    case 'circles': {
      const a = 2 * Math.PI * t;
      const r = c === 0 ? 1 : 0.5;
      return [r * Math.cos(a), r * Math.sin(a)];
    }
    case 'spiral': {
      const r = 0.1 + 0.9 * t;
      const a = 3 * Math.PI * t + c * Math.PI;
      return [r * Math.cos(a), r * Math.sin(a)];
    }
  }
}

/** `count` points (half per class), noise of standard deviation `noise`, from `seed`. */
export function toyData(set: ToyDataset, count: number, noise: number, seed: number): ToyData {
  const x = new Float64Array(2 * count);
  const y = new Float64Array(count);
  const rng = new Random(deriveSeed(seed, 0x70d));
  const perClass = Math.ceil(count / 2);
  for (let p = 0; p < count; p++) {
    const c = p % 2;
    const t = perClass > 1 ? Math.floor(p / 2) / (perClass - 1) : 0.5;
    const [u, v] = curve(set, c, t);
    x[2 * p] = u + noise * rng.normal();
    x[2 * p + 1] = v + noise * rng.normal();
    y[p] = c;
  }
  return { x, y, count };
}
