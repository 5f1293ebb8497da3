// The shapes every activation shares. The hover, the panel, the playground and the tests read only these.

/** A scalar or an array nested to any depth (a tensor written as nested lists). */
export type Tensor = number | readonly Tensor[];

export type ParamValue = number | string;
/** Parameters as a caller gives them: any subset, by PyTorch's names. */
export type Params = Readonly<Record<string, ParamValue | undefined>>;
/** Parameters after defaults are applied and ranges checked. */
export type ResolvedParams = Readonly<Record<string, ParamValue>>;

export interface NumberParamSpec {
  readonly name: string;
  readonly type: 'number' | 'integer';
  readonly default: number;
  /** Allowed range; `minExclusive`/`maxExclusive` make an end open. */
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  /** Range a slider offers (the allowed range is often unbounded). */
  readonly slider: readonly [number, number];
  readonly description: string;
}

export interface ChoiceParamSpec {
  readonly name: string;
  readonly type: 'choice';
  readonly default: string;
  readonly options: readonly string[];
  readonly description: string;
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec;

/** A formula as plain Unicode text; its TeX (build time only) is in definitions/tex.ts under the formula's key. */
export interface Formula {
  readonly text: string;
}

/** Where the gradient is zero or vanishing, in words and as a predicate the views can shade. */
export interface GradientNote {
  readonly text: string;
}

export interface Properties {
  /** Output range as text, e.g. "(0, 1)", "[0, ∞)". */
  readonly range: string;
  readonly monotonic: boolean;
  readonly smooth: boolean;
  readonly zeroCentered: boolean;
  /** Which sides approach a constant. */
  readonly saturates: 'none' | 'below' | 'above' | 'both';
  /** Where the gradient vanishes (tends to 0) or dies (is exactly 0). */
  readonly gradient: GradientNote;
  /** The gradient is exactly 0 on a whole region: a unit stuck there stops learning (relu, hardtanh, …). */
  readonly deadRegion?: boolean;
  /** The negative side has a constant small slope instead of a dead region (leaky_relu, prelu, rrelu). */
  readonly leaky?: boolean;
  /** A smooth non-monotonic function's minimum, where f′ changes sign (gelu, silu, mish). */
  readonly minimum?: Minimum;
}

export interface Minimum {
  /** Where f′ = 0, to 4 decimals. */
  readonly x: number;
  /** The parameter values it holds for (silu: β = 1); absent when it holds for every value. */
  readonly when?: Readonly<Record<string, ParamValue>>;
}

/**
 * What the panel opens for a vector function: the distribution view (which function, and whether it shows
 * log-probabilities; `log` absent keeps the user's choice), or the curve of the element-wise function a
 * gated or concatenating function applies (glu's σ on the second half, swiglu's silu on the first).
 */
export type VectorView =
  | { readonly kind: 'distribution'; readonly fn: 'softmax' | 'softmin' | 'sparsemax'; readonly log?: boolean }
  | { readonly kind: 'curve'; readonly id: string; readonly params?: Readonly<Record<string, ParamValue>>; readonly note: string };

/** A different formula for some parameter values (GELU's tanh form). */
export interface FormulaVariant {
  /** Suffix of the formula key: `gelu@tanh`. */
  readonly key: string;
  /** Parameter values that select it. */
  readonly when: Readonly<Record<string, ParamValue>>;
  readonly formula: Formula;
  readonly derivativeFormula: Formula;
}

interface ActivationBase {
  /** PyTorch's functional name, e.g. `leaky_relu`. */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly params: readonly ParamSpec[];
  readonly formula: Formula;
  readonly derivativeFormula: Formula;
  readonly formulaVariants?: readonly FormulaVariant[];
  readonly description: string;
  readonly properties: Properties;
  /** Applies defaults and checks ranges; throws RangeError naming the parameter and its range. */
  resolve(params?: Params): ResolvedParams;
  /** What `resolve` would throw, without the id prefix ("lower must be ≤ upper, got …"); undefined if it resolves. */
  problem(params?: Params): string | undefined;
}

export interface ElementwiseActivation extends ActivationBase {
  readonly kind: 'elementwise';
  /** f(x); on nested arrays, applied to every entry. */
  value(x: number, params?: Params): number;
  value(x: Tensor, params?: Params): Tensor;
  /** PyTorch autograd's choice at kinks (relu'(0) = 0); on nested arrays, to every entry. */
  derivative(x: number, params?: Params): number;
  derivative(x: Tensor, params?: Params): Tensor;
  /** Kernels bound to resolved parameters, for tight loops (plots, tables, benchmarks). */
  bind(params?: Params): ScalarKernels;
  /** Where the derivative is defined by convention rather than by the limit, e.g. "relu'(0) = 0, as PyTorch". */
  readonly kinkNote?: string;
}

export interface ScalarKernels {
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
}

export interface VectorActivation extends ActivationBase {
  readonly kind: 'vector';
  /** Which view the panel opens for it. */
  readonly view: VectorView;
  /** Applies along `dim` (default −1) of a 1-D or nested array; argmax returns indices. */
  value(xs: Tensor, params?: Params): Tensor;
  /** Jacobian of a 1-D input, where the function has one (softmax, log_softmax, softmin, sparsemax). */
  jacobian?(xs: readonly number[], params?: Params): number[][];
  /** Where our (mathematical) answer differs from PyTorch's for this input, one line saying so. */
  caveat?(xs: Tensor): string | undefined;
}

export type Activation = ElementwiseActivation | VectorActivation;
