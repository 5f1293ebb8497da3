// Turns a declarative spec into an activation definition: parameter checking, cached default kernels.
import { paramsProblem, resolveParams } from './params';
import { mapTensor } from './tensor';
import type {
  ElementwiseActivation, Formula, FormulaVariant, ParamSpec, Params, Properties, ResolvedParams, ScalarKernels, Tensor, VectorActivation,
  VectorView,
} from './types';

interface CommonSpec {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly params?: readonly ParamSpec[];
  readonly formula: Formula;
  readonly derivativeFormula: Formula;
  readonly formulaVariants?: readonly FormulaVariant[];
  readonly description: string;
  readonly properties: Properties;
  /** Constraints between parameters (min_val ≤ max_val): what is wrong, or undefined. */
  readonly check?: (p: ResolvedParams) => string | undefined;
}

export interface ElementwiseSpec extends CommonSpec {
  readonly kinkNote?: string;
  readonly kernels: (p: ResolvedParams) => ScalarKernels;
}

export interface VectorSpec extends CommonSpec {
  readonly view: VectorView;
  readonly value: (xs: Tensor, p: ResolvedParams) => Tensor;
  readonly jacobian?: (xs: readonly number[], p: ResolvedParams) => number[][];
  readonly caveat?: (xs: Tensor) => string | undefined;
}

function isEmpty(params: Params | undefined): boolean {
  if (!params) return true;
  for (const k in params) if (params[k] !== undefined) return false;
  return true;
}

function common(spec: CommonSpec) {
  const params = spec.params ?? [];
  const resolve = (given?: Params): ResolvedParams => {
    const p = resolveParams(spec.id, params, given);
    const bad = spec.check?.(p);
    if (bad !== undefined) throw new RangeError(`${spec.id}: ${bad}`);
    return p;
  };
  // Every value in range first: only then may the cross-parameter check read them.
  const problem = (given?: Params): string | undefined =>
    paramsProblem(params, given) ?? (spec.check ? spec.check(resolveParams(spec.id, params, given)) : undefined);
  return {
    id: spec.id,
    name: spec.name,
    aliases: spec.aliases ?? [],
    params,
    formula: spec.formula,
    derivativeFormula: spec.derivativeFormula,
    formulaVariants: spec.formulaVariants,
    description: spec.description,
    properties: spec.properties,
    resolve,
    problem,
  };
}

export function elementwise(spec: ElementwiseSpec): ElementwiseActivation {
  const base = common(spec);
  let defaults: ScalarKernels | undefined;
  const bind = (given?: Params): ScalarKernels => {
    if (isEmpty(given)) return (defaults ??= spec.kernels(base.resolve()));
    return spec.kernels(base.resolve(given));
  };
  return {
    ...base,
    kind: 'elementwise',
    kinkNote: spec.kinkNote,
    bind,
    value: ((x: Tensor, given?: Params) => mapTensor(x, bind(given).f)) as ElementwiseActivation['value'],
    derivative: ((x: Tensor, given?: Params) => mapTensor(x, bind(given).df)) as ElementwiseActivation['derivative'],
  };
}

export function vector(spec: VectorSpec): VectorActivation {
  const base = common(spec);
  const jac = spec.jacobian;
  return {
    ...base,
    kind: 'vector',
    view: spec.view,
    value: (xs, given) => spec.value(xs, base.resolve(given)),
    jacobian: jac ? (xs, given) => jac(xs, base.resolve(given)) : undefined,
    caveat: spec.caveat,
  };
}
