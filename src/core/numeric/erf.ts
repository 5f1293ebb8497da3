// erf and erfc after FreeBSD msun's s_erf.c (Sun Microsystems, "freely distributable"): rational
// approximations on |x| < 0.84375, [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 28); errors below 1 ULP.
// The tail pieces are exported so that GELU can fold its argument's rounding error into the exponent.

const ERX = 8.45062911510467529297e-1;
const EFX = 1.28379167095512586316e-1;
const EFX8 = 1.02703333676410069053;
const TINY = 1e-300;
/** 2/√π */
export const TWO_OVER_SQRT_PI = 1.1283791670955126;

function pp(z: number): number {
  const r = 1.28379167095512558561e-1 + z * (-3.25042107247001499370e-1 + z * (-2.84817495755985104766e-2
    + z * (-5.77027029648944159157e-3 + z * -2.37630166566501626084e-5)));
  const s = 1 + z * (3.97917223959155352819e-1 + z * (6.50222499887672944485e-2 + z * (5.08130628187576562776e-3
    + z * (1.32494738004321644526e-4 + z * -3.96022827877536812320e-6))));
  return r / s;
}

function pq(s: number): number {
  const p = -2.36211856075265944077e-3 + s * (4.14856118683748331666e-1 + s * (-3.72207876035701323847e-1
    + s * (3.18346619901161753674e-1 + s * (-1.10894694282396677476e-1 + s * (3.54783043256182359371e-2
    + s * -2.16637559486879084300e-3)))));
  const q = 1 + s * (1.06420880400844228286e-1 + s * (5.40397917702171048937e-1 + s * (7.18286544141962662868e-2
    + s * (1.26171219808761642112e-1 + s * (1.36370839120290507362e-2 + s * 1.19844998467991074170e-2)))));
  return p / q;
}

/** R/S of the tail form erfc(x) = exp(−x² − 0.5625 + R/S)/x, for 1.25 ≤ x < 28. */
export function erfcTailRS(x: number): number {
  const s = 1 / (x * x);
  if (x < 2.857142857142857) {
    const r = -9.86494403484714822705e-3 + s * (-6.93858572707181764372e-1 + s * (-1.05586262253232909814e1
      + s * (-6.23753324503260060396e1 + s * (-1.62396669462573470355e2 + s * (-1.84605092906711035994e2
      + s * (-8.12874355063065934246e1 + s * -9.81432934416914548592))))));
    const q = 1 + s * (1.96512716674392571292e1 + s * (1.37657754143519042600e2 + s * (4.34565877475229228821e2
      + s * (6.45387271733267880336e2 + s * (4.29008140027567833386e2 + s * (1.08635005541779435134e2
      + s * (6.57024977031928170135 + s * -6.04244152148580987438e-2)))))));
    return r / q;
  }
  const r = -9.86494292470009928597e-3 + s * (-7.99283237680523006574e-1 + s * (-1.77579549177547519889e1
    + s * (-1.60636384855821916062e2 + s * (-6.37566443368389627722e2 + s * (-1.02509513161107724954e3
    + s * -4.83519191608651397019e2)))));
  const q = 1 + s * (3.03380607434824582924e1 + s * (3.25792512996573918826e2 + s * (1.53672958608443695994e3
    + s * (3.19985821950859553908e3 + s * (2.55305040643316442583e3 + s * (4.74528541206955367215e2
    + s * -2.24409524465858183362e1))))));
  return r / q;
}

/** 2^33 + 1: the Veltkamp split with this keeps 20 bits, so hi² + 0.5625 is exact (as fdlibm's low-word clear). */
const SPLIT20 = 8589934593;
export function high20(x: number): number {
  const t = SPLIT20 * x;
  return t - (t - x);
}

export function erf(x: number): number {
  if (x !== x) return NaN;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 3.725290298461914e-9) {
      if (ax < 2.848094538889218e-306) return 0.125 * (8 * x + EFX8 * x); // keeps −0 and subnormals
      return x + EFX * x;
    }
    return x + x * pp(x * x);
  }
  if (ax < 1.25) {
    const v = ERX + pq(ax - 1);
    return x < 0 ? -v : v;
  }
  if (ax >= 6) return x < 0 ? TINY - 1 : 1 - TINY;
  const z = high20(ax);
  const r = Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + erfcTailRS(ax));
  return x < 0 ? r / ax - 1 : 1 - r / ax;
}

export function erfc(x: number): number {
  if (x !== x) return NaN;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 1.3877787807814457e-17) return 1 - x;
    const y = pp(x * x);
    if (x < 0.25) return 1 - (x + x * y);
    return 0.5 - (x * y + (x - 0.5));
  }
  if (ax < 1.25) {
    const pq1 = pq(ax - 1);
    return x >= 0 ? 1 - ERX - pq1 : 1 + (ERX + pq1);
  }
  if (ax < 28) {
    if (x < -6) return 2 - TINY;
    const z = high20(ax);
    const r = Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + erfcTailRS(ax));
    return x > 0 ? r / ax : 2 - r / ax;
  }
  return x > 0 ? 0 : 2;
}

/**
 * erfc(w + wl) for a double-double argument, |wl| ≤ ulp(w): erfc(w) plus the first-order term
 * −(2/√π)·e^(−w²)·wl. Without it the rounding of w is amplified by 2w² in the tail.
 */
export function erfcDD(w: number, wl: number): number {
  if (w >= 28) return 0; // erfc(28) < 2^−1130
  if (w >= 1.25) {
    // Tail: fold −2w·wl into the exponent (d/dw of −w²), keeping one exp and a normal intermediate.
    const z = high20(w);
    const r = Math.exp(-z * z - 0.5625) * Math.exp((z - w) * (z + w) - 2 * w * wl + erfcTailRS(w));
    return r / w;
  }
  // The correction is a few ULP at most; e^(−w²) to 2% (its Taylor reciprocal, |w| < 1.25) is plenty.
  const s = w * w;
  return erfc(w) - (TWO_OVER_SQRT_PI * wl) / (1 + s * (1 + s * (0.5 + s * (1 / 6 + s / 24))));
}
