// Framework presets, the shapes: which libraries there are and what a row of the preset table holds.
import type { ParamValue, Params } from './types';

/** Where a library's functions live: a module path, and the path below the framework's root it stands for. */
export interface FrameworkRoot {
  readonly prefix: string;
  /** `flax.linen` is JAX's `nn`; empty: the prefix is the root itself. */
  readonly under: string;
  /** The names this prefix exports, when it re-exports only some of the root's (Flax has no `mish`). */
  readonly exports?: readonly string[];
}

export interface FrameworkInfo {
  readonly id: string;
  readonly label: string;
  /** The language its code is written in. */
  readonly language: 'python' | 'javascript' | 'julia';
  /** Module paths whose functions the table names relative to (`torch.nn.functional.gelu` → `nn.functional.gelu`); the first is its display root. */
  readonly roots: readonly FrameworkRoot[];
  /** Offered as a "Framework preset" in the panel and the playground (and accepted by the protocol). */
  readonly preset: boolean;
  /** Offered by the `activationPlayground.defaultFramework` setting (package.json's enum lists exactly these). */
  readonly setting: boolean;
  /** Where the rows for names given as strings live (`'relu'` in Keras is `activations.relu`). */
  readonly strings?: string;
  /** Those rows are reachable only through strings (`ACT2CLS.gelu_new` is no attribute path): not for unqualified names. */
  readonly stringsOnly?: boolean;
}

const root = (prefix: string, under = '', exports?: readonly string[]): FrameworkRoot => ({ prefix, under, ...(exports ? { exports } : {}) });

/** What flax.linen re-exports from jax.nn (flax/linen/activation.py @v0.12.7): no mish, squareplus, sparse_*. */
const FLAX_LINEN = [
  'celu', 'elu', 'gelu', 'glu', 'hard_sigmoid', 'hard_silu', 'hard_swish', 'hard_tanh', 'leaky_relu', 'log_sigmoid',
  'log_softmax', 'relu', 'relu6', 'selu', 'sigmoid', 'silu', 'soft_sign', 'softmax', 'softplus', 'swish', 'tanh', 'PReLU',
];
/** flax.nnx (flax/nnx/nn/activations.py @v0.12.7): the same and `identity`. */
const FLAX_NNX = [...FLAX_LINEN, 'identity'];

/** The one list of frameworks: every other list of them (protocol, settings, the manifest, the call reader) derives from it. */
export const FRAMEWORKS = [
  // torch/nn/modules/transformer.py @v2.9: activation="relu" | "gelu" names F.relu / F.gelu
  { id: 'torch', label: 'PyTorch', language: 'python', roots: [root('torch')], preset: true, setting: true, strings: 'nn.functional' },
  { id: 'jax', label: 'JAX', language: 'python', roots: [root('jax'), root('flax.linen', 'nn', FLAX_LINEN), root('flax.nnx', 'nn', FLAX_NNX)], preset: true, setting: true },
  { id: 'keras', label: 'Keras', language: 'python', roots: [root('keras'), root('keras.src')], preset: true, setting: true, strings: 'activations' },
  {
    id: 'tf', label: 'TensorFlow', language: 'python',
    roots: [root('tensorflow'), root('tensorflow.keras', 'keras'), root('tf_keras', 'keras')], preset: true, setting: true,
    strings: 'keras.activations',
  },
  {
    id: 'tfjs', label: 'TensorFlow.js', language: 'javascript',
    roots: [root('@tensorflow/tfjs'), root('@tensorflow/tfjs-node'), root('@tensorflow/tfjs-core')], preset: true, setting: true,
    strings: 'activations', stringsOnly: true,
  },
  { id: 'nnlib', label: 'NNlib (Julia)', language: 'julia', roots: [root('NNlib'), root('Flux')], preset: true, setting: true },
  { id: 'scipy', label: 'SciPy', language: 'python', roots: [root('scipy')], preset: false, setting: false },
  { id: 'numpy', label: 'NumPy', language: 'python', roots: [root('numpy')], preset: false, setting: false },
  { id: 'hf', label: 'Hugging Face transformers', language: 'python', roots: [root('transformers')], preset: false, setting: false, strings: 'ACT2CLS', stringsOnly: true },
  { id: 'timm', label: 'timm', language: 'python', roots: [root('timm')], preset: false, setting: false, strings: 'act', stringsOnly: true },
] as const satisfies readonly FrameworkInfo[];

type Row = (typeof FRAMEWORKS)[number];
export type Framework = Row['id'];
/** Frameworks the panel and playground offer as presets (the protocol's `Framework`). */
export type PresetFramework = Extract<Row, { preset: true }>['id'];
/** Frameworks the `defaultFramework` setting offers. */
export type SettingFramework = Extract<Row, { setting: true }>['id'];

export const PRESET_FRAMEWORKS = FRAMEWORKS.filter((f): f is Extract<Row, { preset: true }> => f.preset).map((f) => f.id);
export const SETTING_FRAMEWORKS = FRAMEWORKS.filter((f): f is Extract<Row, { setting: true }> => f.setting).map((f) => f.id);

export function isPresetFramework(f: unknown): f is PresetFramework {
  return (PRESET_FRAMEWORKS as readonly unknown[]).includes(f);
}

export function isSettingFramework(f: unknown): f is SettingFramework {
  return (SETTING_FRAMEWORKS as readonly unknown[]).includes(f);
}

export function frameworkInfo(f: Framework): FrameworkInfo {
  return FRAMEWORKS.find((i) => i.id === f) ?? FRAMEWORKS[0];
}

export function frameworkLabel(f: Framework): string {
  return frameworkInfo(f).label;
}

/** Display labels of the preset frameworks, keyed by id. */
export const PRESET_FRAMEWORK_LABELS = Object.fromEntries(
  FRAMEWORKS.filter((f) => f.preset).map((f) => [f.id, f.label]),
) as Readonly<Record<PresetFramework, string>>;

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
  /** Accepts and ignores any arguments (`nn.Identity(54, foo=1)`). */
  readonly ignoresArguments?: boolean;
  /** Julia: parameters after the input are positional only (`trelu(x; theta=2)` is a MethodError). */
  readonly positionalOnly?: boolean;
  /** What the library raises for an input of this rank with these parameters (tfjs softmax on a non-last axis). */
  readonly rejects?: (rank: number, params: Readonly<Record<string, ParamValue>>) => string | undefined;
}

// --- building blocks ------------------------------------------------------------------------------------------
