// What each Depth chart draws, as plain data (no chart.js, no DOM): axes, and per activation a theory line
// and the simulation's measured markers. The view hands these to one generic chart; the unit tests read them.
import type { TheoryCurve } from './theory';
import type { SimulatedNetwork, TrainedNetwork } from './workerProtocol';

export interface Point { readonly x: number; readonly y: number }

export interface SeriesSpec {
  readonly label: string;
  /** index into the theme's series colours (one per compared activation) */
  readonly color: number;
  readonly points: readonly Point[];
  /** 'line' for theory and curves, 'markers' for measured values, 'point' for the user's point */
  readonly style: 'line' | 'dashed' | 'markers' | 'point';
}

export interface AxisSpec {
  readonly title: string;
  readonly log?: boolean;
  readonly min?: number;
  readonly max?: number;
}

export interface ChartSpec {
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  readonly series: readonly SeriesSpec[];
}

const sameAxis = (a: AxisSpec, b: AxisSpec) => a.title === b.title && a.log === b.log && Object.is(a.min, b.min) && Object.is(a.max, b.max);
const samePoints = (a: readonly Point[], b: readonly Point[]) =>
  a === b || (a.length === b.length && a.every((p, i) => Object.is(p.x, b[i].x) && Object.is(p.y, b[i].y)));
const sameSeries = (a: SeriesSpec, b: SeriesSpec) => a.label === b.label && a.color === b.color && a.style === b.style && samePoints(a.points, b.points);

/** True when two specs have the same axes (titles, scale type, bounds). */
export const sameAxes = (a: ChartSpec, b: ChartSpec): boolean => sameAxis(a.x, b.x) && sameAxis(a.y, b.y);

/** True when two specs draw the same picture: a slider that moves σw² leaves the simulation's charts as they are. */
export function sameSpec(a: ChartSpec | undefined, b: ChartSpec): boolean {
  return a !== undefined && sameAxes(a, b) && a.series.length === b.series.length && a.series.every((s, i) => sameSeries(s, b.series[i]));
}

/** Non-positive values cannot sit on a log axis: a gap instead. */
const positive = (v: number) => (v > 0 && Number.isFinite(v) ? v : NaN);
const perLayer = (values: readonly number[], first = 0): Point[] => values.map((y, i) => ({ x: i + first, y }));

/** q per layer: theory lines, measured pre-activation variance as markers (log axis: q vanishes or explodes). */
export function qSpec(curves: readonly TheoryCurve[], sims: readonly (SimulatedNetwork | undefined)[]): ChartSpec {
  const series: SeriesSpec[] = [];
  curves.forEach((c, i) => {
    series.push({ label: `${c.name} q (theory)`, color: i, style: 'line', points: perLayer(c.q.map(positive)) });
    const sim = sims[i];
    if (sim) series.push({ label: `${c.name} q (measured)`, color: i, style: 'markers', points: perLayer(sim.layers.map((l) => positive(l.variance))) });
  });
  return { x: { title: 'layer l', min: 0 }, y: { title: 'q (pre-activation variance)', log: true }, series };
}

/** χ per layer: theory lines, measured (‖g_l‖ / ‖g_{l+1}‖)² as markers, and χ = 1 for reference. */
export function chiSpec(curves: readonly TheoryCurve[], sims: readonly (SimulatedNetwork | undefined)[]): ChartSpec {
  const series: SeriesSpec[] = [];
  curves.forEach((c, i) => {
    series.push({ label: `${c.name} χ (theory)`, color: i, style: 'line', points: perLayer(c.chi.map(positive)) });
    const layers = sims[i]?.layers;
    if (layers && layers.length > 1) {
      const measured = layers.slice(0, -1).map((l, k) => positive((l.gradNorm / layers[k + 1].gradNorm) ** 2));
      series.push({ label: `${c.name} χ (measured)`, color: i, style: 'markers', points: perLayer(measured) });
    }
  });
  return { x: { title: 'layer l', min: 0 }, y: { title: 'χ (gradient growth per layer)', log: true }, series };
}

/** Gradient norm per layer relative to the output's, log axis: the vanishing gradient as a slope. */
export function gradientSpec(curves: readonly TheoryCurve[], sims: readonly (SimulatedNetwork | undefined)[]): ChartSpec {
  const series: SeriesSpec[] = [];
  curves.forEach((c, i) => {
    series.push({ label: `${c.name} (theory)`, color: i, style: 'line', points: perLayer(c.gradient.map(positive)) });
    const layers = sims[i]?.layers;
    if (layers && layers.length > 0) {
      const out = layers[layers.length - 1].gradNorm;
      series.push({ label: `${c.name} (measured)`, color: i, style: 'markers', points: perLayer(layers.map((l) => positive(l.gradNorm / out))) });
    }
  });
  return { x: { title: 'layer l', min: 0 }, y: { title: '‖g at layer l‖ / ‖g at the output‖', log: true }, series };
}

/** The activations' output histograms at one layer, as densities (fraction of values per unit of x). */
export function distributionSpec(names: readonly string[], sims: readonly (SimulatedNetwork | undefined)[], layer: number): ChartSpec {
  const series: SeriesSpec[] = [];
  sims.forEach((sim, i) => {
    const h = sim?.layers[layer]?.histogram;
    if (!h || h.counts.length === 0) return;
    const total = h.counts.reduce((a, b) => a + b, 0) || 1;
    const w = (h.max - h.min) / h.counts.length || 1;
    const points = h.counts.map((c, k) => ({ x: h.min + (k + 0.5) * w, y: c / total / w }));
    series.push({ label: names[i], color: i, style: 'line', points });
  });
  return { x: { title: `f(h) at layer ${layer}` }, y: { title: 'density', min: 0 }, series };
}

/** Dead (solid) and saturated (dashed) fractions per layer, measured. */
export function deadSpec(names: readonly string[], sims: readonly (SimulatedNetwork | undefined)[]): ChartSpec {
  const series: SeriesSpec[] = [];
  sims.forEach((sim, i) => {
    if (!sim) return;
    series.push({ label: `${names[i]} dead`, color: i, style: 'line', points: perLayer(sim.layers.map((l) => l.dead)) });
    series.push({ label: `${names[i]} saturated`, color: i, style: 'dashed', points: perLayer(sim.layers.map((l) => l.saturated)) });
  });
  return { x: { title: 'layer l', min: 0 }, y: { title: 'fraction of units', min: 0, max: 1 }, series };
}

/** The phase diagram: σw² against σb², each activation's critical line, the user's point. */
export function phaseSpec(
  curves: readonly TheoryCurve[], lines: readonly (readonly Point[])[], point: Point,
): ChartSpec {
  const series: SeriesSpec[] = curves.map((c, i) => ({ label: `${c.name} edge of chaos`, color: i, style: 'line', points: lines[i] ?? [] }));
  series.push({ label: 'your network', color: -1, style: 'point', points: [point] });
  const top = Math.max(4, point.y * 1.2, ...lines.flatMap((l) => l.map((p) => (Number.isFinite(p.y) ? p.y : 0))));
  return { x: { title: 'σb² (bias variance)', min: 0, max: 2 }, y: { title: 'σw² (weight variance)', min: 0, max: Math.min(10, Math.ceil(top)) }, series };
}

/** Training loss per step, one line per activation. */
export function lossSpec(names: readonly string[], runs: readonly TrainedNetwork[] | undefined): ChartSpec {
  const series: SeriesSpec[] = (runs ?? []).map((r, i) => ({ label: names[i] ?? r.id, color: i, style: 'line', points: perLayer(r.loss.map(positive)) }));
  return { x: { title: 'step', min: 0 }, y: { title: 'loss', log: true }, series };
}

/** Dead-unit fraction per training step. */
export function trainingDeadSpec(names: readonly string[], runs: readonly TrainedNetwork[] | undefined): ChartSpec {
  const series: SeriesSpec[] = (runs ?? []).map((r, i) => ({ label: names[i] ?? r.id, color: i, style: 'line', points: perLayer(r.dead) }));
  return { x: { title: 'step', min: 0 }, y: { title: 'dead units', min: 0, max: 1 }, series };
}
