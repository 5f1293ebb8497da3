// Which formula describes a function with these parameters: the definition's own, or a variant
// (GELU's tanh form). The key names the build-time SVG (`gelu`, `gelu@tanh`).
import type { Activation, Formula, Params } from './types';

export interface FormulaChoice {
  readonly key: string;
  readonly formula: Formula;
  readonly derivativeFormula: Formula;
}

export function formulasFor(def: Activation, params?: Params): FormulaChoice {
  for (const v of def.formulaVariants ?? []) {
    if (Object.entries(v.when).every(([k, want]) => params?.[k] === want)) {
      return { key: `${def.id}@${v.key}`, formula: v.formula, derivativeFormula: v.derivativeFormula };
    }
  }
  return { key: def.id, formula: def.formula, derivativeFormula: def.derivativeFormula };
}
