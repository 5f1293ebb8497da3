// The hover's command links and the argument they carry: always one the panel and the playground accept
// (src/protocol's readSelectionArg, the one reader of command arguments), whatever the call held. A non-finite
// or huge point is dropped or clamped, and the hover says so, rather than sending a request the commands would
// refuse as a whole. The framework whose defaults the hover applied travels too: the panel shows its preset.
import { formatNumber, type Activation, type ResolvedParams, type Tensor } from '../core';
import { isPresetFramework } from '../core/frameworkTypes';
import { LIMITS, parseParams, type Selection } from '../protocol';

/** The commands a hover may link to; the MarkdownString trusts exactly these. */
export const HOVER_COMMANDS = ['activationPlayground.plot', 'activationPlayground.openPlayground', 'activationPlayground.simulateDepth'] as const;

/** A selection as a link carries it (the note is the reader's, never the sender's). */
export type PlotArgument = Omit<Selection, 'note'>;

export interface PlotLink {
  readonly arg: PlotArgument;
  /** What had to change for the plot ("x = ∞ is not plotted"), for the hover's notes line. */
  readonly notes: readonly string[];
}

/** The first row of a vector or of a 2-D input, as numbers; undefined for anything else. */
function firstRow(t: Tensor | undefined): number[] | undefined {
  if (!Array.isArray(t) || t.length === 0) return undefined;
  if (t.every((v) => typeof v === 'number')) return t as number[];
  return Array.isArray(t[0]) && t[0].every((v) => typeof v === 'number') ? (t[0] as number[]) : undefined;
}

function pointFor(x: Tensor | undefined, notes: string[]): number | undefined {
  if (typeof x !== 'number') return undefined;
  if (Number.isFinite(x) && Math.abs(x) <= LIMITS.playgroundX) return x;
  notes.push(`Plot leaves out the point x = ${formatNumber(x, 3)}`);
  return undefined;
}

function vectorFor(t: Tensor | undefined, notes: string[]): number[] | undefined {
  const row = firstRow(t);
  if (!row) return undefined;
  if (row !== t) notes.push('Plot shows the first row');
  const finite = row.filter(Number.isFinite).slice(0, LIMITS.logits);
  if (finite.length < row.length) notes.push(`Plot leaves out ${row.length - finite.length} of ${row.length} values (non-finite or past ${LIMITS.logits})`);
  const clamped = finite.map((v) => Math.min(Math.max(v, -LIMITS.logit), LIMITS.logit));
  const moved = clamped.filter((v, i) => v !== finite[i]).length;
  if (moved > 0) notes.push(`Plot clamps ${moved} value${moved > 1 ? 's' : ''} to ±${LIMITS.logit.toExponential(0).replace('e+', 'e')}`);
  return clamped.length > 0 ? clamped : undefined;
}

/**
 * The argument of the links for this call, and what had to give. `framework`: whose definition and defaults
 * the hover applied (a library without a panel preset, tfjs say, is left out: the panel keeps its own).
 */
export function plotLink(def: Activation, params: ResolvedParams, input: Tensor | undefined, framework?: string): PlotLink {
  const notes: string[] = [];
  // A library's "no linear branch" (∞) is the default's curve: travel as finite numbers and strings only.
  const given = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string' || Number.isFinite(v)));
  const fitting = parseParams(def, given);
  if (!fitting && def.params.length > 0) notes.push("Plot uses the defaults for the parameters it cannot take");
  const x = pointFor(input, notes);
  const xs = typeof input === 'number' ? undefined : vectorFor(input, notes);
  const arg: PlotArgument = {
    id: def.id,
    ...(fitting ? { params: fitting } : {}),
    ...(x !== undefined ? { x } : {}),
    ...(xs ? { xs } : {}),
    ...(isPresetFramework(framework) ? { framework } : {}),
  };
  return { arg, notes };
}

export function commandLink(label: string, command: (typeof HOVER_COMMANDS)[number], arg: PlotArgument): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([arg]))})`;
}
