// The field parsers the message tables (./validate.ts) are built from: selections, settings, PNG data URLs, quick-pick ids, formula keys and images. Each returns a fresh value or undefined.
import { finiteArray, isFiniteIn, isIntIn, isObj, isOneOf, isStr, onlyKeys, type Obj } from './guards';
import { FRAMEWORKS, LIMITS, type Selection, type WebviewSettings } from './messages';
import { lookup, parseParams } from './params';

/** Keys of an object, checked: a plain object with exactly the `required` keys and maybe some `optional` ones. */
export function shape(v: unknown, required: readonly string[], optional: readonly string[] = []): Obj | undefined {
  if (!isObj(v)) return undefined;
  if (!onlyKeys(v, [...required, ...optional])) return undefined;
  return required.every((k) => v[k] !== undefined) ? v : undefined;
}

/**
 * A selection from a command argument (command URI, hover link) or a message: a known activation, its
 * parameters checked against its specs, a finite point, a vector of at most LIMITS.logits finite entries.
 */
export function parseSelection(v: unknown): Selection | undefined {
  const o = shape(v, ['id'], ['params', 'x', 'xs', 'framework', 'note']);
  const def = o && lookup(o.id);
  if (!o || !def) return undefined;
  const params = o.params === undefined ? undefined : parseParams(def, o.params);
  if (o.params !== undefined && !params) return undefined;
  if (o.x !== undefined && !isFiniteIn(o.x, -LIMITS.playgroundX, LIMITS.playgroundX)) return undefined;
  const xs = o.xs === undefined ? undefined : finiteArray(o.xs, LIMITS.logits, LIMITS.logit);
  if (o.xs !== undefined && !xs) return undefined;
  if (o.framework !== undefined && !isOneOf(o.framework, FRAMEWORKS)) return undefined;
  if (o.note !== undefined && !isStr(o.note, LIMITS.message)) return undefined;
  return {
    id: def.id,
    ...(params ? { params } : {}),
    ...(o.x !== undefined ? { x: o.x as number } : {}),
    ...(xs ? { xs } : {}),
    ...(o.framework !== undefined ? { framework: o.framework } : {}),
    ...(o.note !== undefined ? { note: o.note } : {}),
  };
}

export function parseSettings(v: unknown): WebviewSettings | undefined {
  const o = shape(v, ['vanishingThreshold', 'defaultFramework', 'significantDigits']);
  if (!o) return undefined;
  if (!isFiniteIn(o.vanishingThreshold, 0, 1)) return undefined;
  if (!isOneOf(o.defaultFramework, FRAMEWORKS)) return undefined;
  if (!isIntIn(o.significantDigits, 1, 17)) return undefined;
  return { vanishingThreshold: o.vanishingThreshold, defaultFramework: o.defaultFramework, significantDigits: o.significantDigits };
}

const PNG_PREFIX = 'data:image/png;base64,';

/** A PNG data URL: the prefix, base64 only, under the size cap. (The host also checks the decoded signature.) */
export function isPngDataUrl(v: unknown): v is string {
  if (!isStr(v, LIMITS.pngDataUrl) || !v.startsWith(PNG_PREFIX)) return false;
  const body = v.slice(PNG_PREFIX.length);
  return body.length >= 12 && body.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(body);
}

/** Quick-pick ids: known activations, at most LIMITS.functions + a few vector ones. */
export function parsePick(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length > 64) return undefined;
  const out: string[] = [];
  for (const id of v as unknown[]) {
    const def = lookup(id);
    if (!def) return undefined;
    if (!out.includes(def.id)) out.push(def.id);
  }
  return out;
}

/** Formula keys: an id (or alias, normalised to the id), or `id@variant` for one of its formula variants. */
export function parseFormulaKeys(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length > 64) return undefined;
  const out: string[] = [];
  for (const k of v as unknown[]) {
    if (typeof k !== 'string' || k.length > 80) return undefined;
    const [id, variant, extra] = k.split('@');
    const def = lookup(id);
    if (!def || extra !== undefined) return undefined;
    if (variant !== undefined && !def.formulaVariants?.some((fv) => fv.key === variant)) return undefined;
    const key = variant === undefined ? def.id : `${def.id}@${variant}`;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}

/** The optional `selection` and `pick` of init/select: undefined when either is present but malformed. */
export function parseChoice(o: Obj): { selection?: Selection; pick?: string[] } | undefined {
  const selection = o.selection === undefined ? undefined : parseSelection(o.selection);
  if (o.selection !== undefined && !selection) return undefined;
  const pick = o.pick === undefined ? undefined : parsePick(o.pick);
  if (o.pick !== undefined && !pick) return undefined;
  return { ...(selection ? { selection } : {}), ...(pick ? { pick } : {}) };
}

const isSvg = (v: unknown): v is string => isStr(v, LIMITS.svg) && v.startsWith('<svg') && !/<script|<foreignObject|\son\w+\s*=/i.test(v);

/** Formula images by key: known keys, SVG text without scripts or event handlers. */
export function parseSvgs(v: unknown): Record<string, { formula: string; derivative: string }> | undefined {
  if (!isObj(v) || Object.keys(v).length > LIMITS.functions * 2) return undefined;
  const out: Record<string, { formula: string; derivative: string }> = {};
  for (const [id, images] of Object.entries(v)) {
    const o = shape(images, ['formula', 'derivative']);
    // Keys are ids, or id@variant for a formula variant (gelu@tanh).
    if (parseFormulaKeys([id])?.[0] !== id || !o || !isSvg(o.formula) || !isSvg(o.derivative)) return undefined;
    out[id] = { formula: o.formula, derivative: o.derivative };
  }
  return out;
}
