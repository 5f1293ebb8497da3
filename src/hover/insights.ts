// What the numbers mean at this point: saturation, vanishing or dead gradients, softplus past its threshold,
// and for distributions the argmax, the top-2 margin and the entropy. Each list comes most useful first: the
// hover shows the first on its own line and folds the rest into one line. Pure.
import { entropy, formatNumber, formatTensor, topTwo, type Activation, type ResolvedParams } from '../core';

export interface Insight {
  readonly kind: 'saturated' | 'vanishing' | 'dead' | 'threshold' | 'leaky' | 'minimum' | 'margin' | 'entropy' | 'argmax' | 'overflow';
  readonly text: string;
  /** worth a warning sign */
  readonly warn?: boolean;
}

/** The function's minimum (where f′ changes sign) when it holds for these parameters: a fact of the core's definitions. */
function minimumOf(def: Activation, p: ResolvedParams): number | undefined {
  const m = def.properties.minimum;
  if (!m) return undefined;
  return Object.entries(m.when ?? {}).every(([k, v]) => p[k] === v) ? m.x : undefined;
}

/** Which insight a user needs first: a warning about the gradient before a remark about the shape. */
const RANK: Record<Insight['kind'], number> = {
  overflow: 0, dead: 1, saturated: 2, vanishing: 3, threshold: 4, leaky: 5, minimum: 6, argmax: 7, margin: 8, entropy: 9,
};

export function scalarInsights(def: Activation, p: ResolvedParams, x: number, fx: number, dfx: number, threshold = 0.01): Insight[] {
  return collectScalar(def, p, x, fx, dfx, threshold).sort((a, b) => RANK[a.kind] - RANK[b.kind]);
}

function collectScalar(def: Activation, p: ResolvedParams, x: number, fx: number, dfx: number, threshold: number): Insight[] {
  const out: Insight[] = [];
  const g = formatNumber(dfx, 2);
  const facts = def.properties;
  const m = minimumOf(def, p);
  if (!Number.isFinite(fx) && Number.isFinite(x)) {
    out.push({ kind: 'overflow', text: `Overflows to ${formatNumber(fx)} in float64.`, warn: true });
  }
  if (def.id === 'softplus' && (p.beta as number) * x > (p.threshold as number)) {
    out.push({ kind: 'threshold', text: `Past the threshold (β·x = ${formatNumber((p.beta as number) * x, 4)} > ${p.threshold}): PyTorch returns x itself, gradient 1.` });
  }
  if (dfx === 0 && facts.deadRegion) {
    out.push({ kind: 'dead', text: `Dead region: the gradient is exactly 0, a unit stuck here stops learning.`, warn: true });
  } else if (Number.isFinite(dfx) && Math.abs(dfx) < threshold && !facts.minimum && facts.saturates !== 'none') {
    const sat = facts.saturates === 'both' || (facts.saturates === 'below' && x < 0) || (facts.saturates === 'above' && x > 0);
    out.push({
      kind: sat ? 'saturated' : 'vanishing',
      text: `${sat ? 'Saturated' : 'Flat'}: ${def.id}′(${formatNumber(x, 4)}) ≈ ${g}, the gradient almost vanishes.`,
      warn: true,
    });
  } else if (Number.isFinite(dfx) && Math.abs(dfx) < threshold && facts.minimum && x < facts.minimum.x - 1) {
    out.push({ kind: 'vanishing', text: `Far in the negative tail: ${def.id}′ ≈ ${g}, the gradient almost vanishes.`, warn: true });
  }
  if (facts.leaky && x <= 0) {
    out.push({ kind: 'leaky', text: `Negative side: the gradient is the slope ${formatNumber(dfx, 4)}, small but not dead.` });
  }
  if (m !== undefined && Math.abs(x - m) < 0.25) {
    out.push({ kind: 'minimum', text: `Near the minimum of ${def.id} (x ≈ ${m}): the derivative changes sign here.` });
  }
  return out;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
/** An index as subscript digits: p₁₂. */
const sub = (i: number) => String(i).replace(/\d/g, (d) => SUB[Number(d)]);

/** The seed's question: "if two highest outputs are pretty close, we don't see that". */
export function distributionInsights(ps: readonly number[], closeMargin = 0.1): Insight[] {
  const out: Insight[] = [];
  if (ps.length === 0) return out;
  const [a, b] = topTwo(ps);
  out.push({ kind: 'argmax', text: `argmax = ${a} (p = ${formatNumber(ps[a], 4)})` });
  if (b >= 0) {
    const margin = ps[a] - ps[b];
    out.push({
      kind: 'margin',
      text: `Top-2 margin: p${sub(a)} − p${sub(b)} = ${formatNumber(margin, 3)}${margin < closeMargin ? ' — too close: a small change in the logits flips the argmax' : ''}`,
      warn: margin < closeMargin,
    });
  }
  const h = entropy(ps);
  const hmax = Math.log(ps.length);
  const rel = hmax > 0 ? h / hmax : 0;
  const verdict = rel > 0.9 ? 'near uniform' : rel < 0.1 ? 'confident' : 'mixed';
  out.push({ kind: 'entropy', text: `Entropy ${formatNumber(h, 3)} nats (${formatNumber(h / Math.LN2, 3)} bits, ${Math.round(rel * 100)}% of the maximum log ${ps.length}): ${verdict}` });
  return out;
}

/**
 * Rows of a 2-D softmax: each row's argmax, the closest top-2 race, and each row's entropy. One insight per
 * kind, so the hover's two lines hold them whatever the number of rows.
 */
export function rowsInsights(rows: readonly (readonly number[])[], closeMargin = 0.1): Insight[] {
  if (rows.length === 0) return [];
  const tops = rows.map((r) => topTwo(r));
  const out: Insight[] = [{ kind: 'argmax', text: `argmax per row = ${formatTensor(tops.map(([a]) => a), 6, 8)}` }];
  let closest = -1;
  let closestMargin = Infinity;
  tops.forEach(([a, b], k) => {
    if (b >= 0 && rows[k][a] - rows[k][b] < closestMargin) [closest, closestMargin] = [k, rows[k][a] - rows[k][b]];
  });
  if (closest >= 0) {
    const tight = closestMargin < closeMargin;
    out.push({ kind: 'margin', text: `Top-2 margin ${formatNumber(closestMargin, 3)} in row ${closest}${tight ? ' — too close: its argmax flips easily' : ''}`, warn: tight });
  }
  out.push({ kind: 'entropy', text: `Entropy per row ${formatTensor(rows.map((r) => entropy(r)), 3, 8)} nats` });
  return out;
}
