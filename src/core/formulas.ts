// Which formula describes a function with these parameters: the definition's own, or a variant
// (GELU's tanh form). The key names the build-time SVG (`gelu`, `gelu@tanh`) and the TeX it is made from
// (definitions/tex.ts).
import type { Activation, Formula, FormulaVariant, Params } from './types';

export interface FormulaChoice {
  readonly key: string;
  readonly formula: Formula;
  readonly derivativeFormula: Formula;
}

const ownChoice = (def: Activation): FormulaChoice => ({ key: def.id, formula: def.formula, derivativeFormula: def.derivativeFormula });
const variantChoice = (def: Activation, v: FormulaVariant): FormulaChoice => ({
  key: `${def.id}@${v.key}`, formula: v.formula, derivativeFormula: v.derivativeFormula,
});

export function formulasFor(def: Activation, params?: Params): FormulaChoice {
  for (const v of def.formulaVariants ?? []) {
    if (Object.entries(v.when).every(([k, want]) => params?.[k] === want)) return variantChoice(def, v);
  }
  return ownChoice(def);
}

/** Every formula a definition can show: its own first, then each variant (what the build renders). */
export function formulaChoices(def: Activation): FormulaChoice[] {
  return [ownChoice(def), ...(def.formulaVariants ?? []).map((v) => variantChoice(def, v))];
}
