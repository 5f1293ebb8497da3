// Framework presets, the shapes: which libraries there are and what a row of the preset table holds.
import type { ParamValue, Params } from './types';

export type Framework = 'torch' | 'jax' | 'keras' | 'tf' | 'tfjs' | 'nnlib' | 'scipy' | 'numpy';

export interface FrameworkInfo {
  readonly id: Framework;
  readonly label: string;
  /** The language its code is written in. */
  readonly language: 'python' | 'javascript' | 'julia';
  /** Module paths whose functions the table names relative to (`torch.nn.functional.gelu` → `nn.functional.gelu`). */
  readonly roots: readonly string[];
}

export const FRAMEWORKS: readonly FrameworkInfo[] = [
  { id: 'torch', label: 'PyTorch', language: 'python', roots: ['torch'] },
  { id: 'jax', label: 'JAX', language: 'python', roots: ['jax'] },
  { id: 'keras', label: 'Keras', language: 'python', roots: ['keras'] },
  { id: 'tf', label: 'TensorFlow', language: 'python', roots: ['tensorflow'] },
  { id: 'tfjs', label: 'TensorFlow.js', language: 'javascript', roots: ['@tensorflow/tfjs'] },
  { id: 'nnlib', label: 'NNlib (Julia)', language: 'julia', roots: ['NNlib', 'Flux'] },
  { id: 'scipy', label: 'SciPy', language: 'python', roots: ['scipy'] },
  { id: 'numpy', label: 'NumPy', language: 'python', roots: ['numpy'] },
];

export function frameworkLabel(f: Framework): string {
  return FRAMEWORKS.find((i) => i.id === f)?.label ?? f;
}

/** An argument's value as the library receives it: `None`/`nothing` is null. */
export type LibValue = number | string | boolean | null;

/** One library parameter: its name, and which of our parameters it sets (none: accepted and ignored). */
export interface LibArg {
  readonly name: string;
  readonly to?: string;
  /** Converts the library's value to ours (jax `approximate=True` → 'tanh'); undefined means invalid. */
  readonly map?: (v: LibValue) => ParamValue | undefined;
  /** PyTorch's `F.threshold(x, threshold, value)` has no defaults. */
  readonly required?: boolean;
}

/** What `dim=None` (or no dim where the library has no default) means. */
export type DimNone = number | 'flatten' | 'torch-implicit';

export interface Preset {
  readonly framework: Framework;
  /** Dotted path below the framework root, as the library spells it: `nn.functional.leaky_relu`, `leakyRelu`. */
  readonly name: string;
  /** Other paths to the same function (`sigmoid` for `torch.sigmoid` = `torch.nn.functional.sigmoid`). */
  readonly aliases: readonly string[];
  /** Core id. */
  readonly id: string;
  /** `function`: f(x, …); `module`: M(…)(x), the arguments being the constructor's. */
  readonly kind: 'function' | 'module';
  /** Our parameters pinned to the library's defaults (only those that differ from or pin the core's). */
  readonly defaults: Params;
  /** Parameters after the input (functions) or of the constructor (modules), in positional order. */
  readonly args: readonly LibArg[];
  /** Keyword-only parameters. */
  readonly keywords: readonly LibArg[];
  /** Vector functions: what no dim / dim=None means. */
  readonly dimNone?: DimNone;
  /** Maps the library's arguments when no single core function has them all (Keras `relu(x, negative_slope, max_value, threshold)`). */
  readonly adapt?: (given: Readonly<Record<string, LibValue | undefined>>) => { id: string; params: Params } | { problem: string };
  /** One line for the hover: where this library's definition is unusual. */
  readonly note?: string;
  /** The note is moot when the call sets this parameter (ours) itself. */
  readonly noteUnless?: string;
}

// --- building blocks ------------------------------------------------------------------------------------------
