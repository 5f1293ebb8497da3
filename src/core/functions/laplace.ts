// transformers' Laplace activation (MEGA): Φ((x − μ)/σ) = ½·erfc(w), w = (μ − x)/(σ√2). Its left tail is
// e^(−w²)-small, so there w carries its rounding (μ − x, the division, σ√2) as a double-double into erfc and
// exp, as GELU does; on the right (w ≤ 0) erfc(w) ∈ [1, 2) damps it and plain doubles suffice.
import { erfc, erfcDD } from '../numeric/erf';
import { dd, scaledExp, SPLITTER, twoProduct } from '../numeric/float';
import type { ScalarKernels } from '../types';

/** √2 = R_HI + R_LO */
const R_HI = 1.4142135623730951;
const R_LO = -9.667293313452913e-17;
/** 1/√(2π) */
const INV_SQRT_2PI = 0.3989422804014327;

/** Kernels for one (μ, σ): σ√2 as a double-double, its high part split once for the remainders below. */
export function laplaceKernels(mu: number, sigma: number): ScalarKernels {
  const ch = twoProduct(sigma, R_HI);
  const cl = dd.lo + sigma * R_LO;
  const chH = SPLITTER * ch - (SPLITTER * ch - ch);
  const chL = ch - chH;
  const k = INV_SQRT_2PI / sigma;

  /** w = (μ − x)/(σ√2) as hi (returned) + lo (in `dd.lo`), for 0 < w ≤ 40. */
  const lowPart = (x: number, q: number): void => {
    const dh = mu - x;
    const bb = dh - mu;
    const dl = mu - (dh - bb) + (-x - bb);
    const t = SPLITTER * q;
    const qH = t - (t - q);
    const qL = q - qH;
    const p = q * ch;
    const pl = qH * chH - p + qH * chL + qL * chH + qL * chL;
    dd.lo = (dh - p - pl + dl - q * cl) / ch;
  };

  const f = (x: number): number => {
    const w = (mu - x) / ch;
    if (!(w > 0)) return w !== w ? w : w < -40 ? 1 : 0.5 * erfc(w);
    if (w >= 28) return 0; // erfc(28)/2 < 2^−1131
    lowPart(x, w);
    return 0.5 * erfcDD(w, dd.lo);
  };

  /** φ(w√2)/σ = e^(−w²)/(σ√(2π)), w² carried as a double-double with w's low part folded in. */
  const df = (x: number): number => {
    const w = (mu - x) / ch;
    if (!(Math.abs(w) <= 40)) return w !== w ? w : 0;
    lowPart(x, w);
    const wl = dd.lo;
    const p = twoProduct(w, w);
    return scaledExp(k * (1 - dd.lo - 2 * w * wl), -p);
  };
  return { f, df };
}
