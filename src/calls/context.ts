// What a request reads with: the document's scan and imports (both cached per version), the offset, and the
// options; and what it answers with. Every candidate reader (describe.ts) takes the same Context.
import type { DType, ResolvedParams, Tensor } from '../core';
import type { Framework } from '../core/frameworks';
import { defaultFor } from './callees';
import type { CallAlternative } from './evaluate';
import type { ParseEnv } from './expression';
import { importsOf, type ImportTable } from './imports';
import type { Syntax } from './language';
import { documentScan, type DocumentScan } from './scan';
import { nestedCall } from './site';
import { constantValue } from './constants';
import { modelReaders, type ModelReaders } from './models';

/** Library a call was read as: undefined when the name was unqualified and not imported. */
export type Library = Framework;

export interface DescribeOptions {
  /** Framework whose definitions apply to unqualified, unimported names (default 'torch'). */
  readonly defaultFramework?: Framework;
  /** Other notebook cells' text, for their imports. */
  readonly preamble?: string;
  /** With `version`, the key under which the document's scan and imports are cached. */
  readonly uri?: string;
  readonly version?: number;
}

export interface CallDescription {
  /** Core id. */
  readonly activation: string;
  readonly library: Library | undefined;
  /** Whose definitions and defaults were applied (the default framework for an unqualified name). */
  readonly framework: Framework;
  /** The callee's dotted name (`F.leaky_relu`, `σ`, `nn.LeakyReLU`), rebuilt from its names: no comment or space inside. */
  readonly callee: string;
  /** `torch.nn.functional.leaky_relu`, `tf.leakyRelu`, `NNlib.σ`. */
  readonly qualifiedName: string;
  /** Our parameter names, the library's defaults and the call's arguments applied (and range-checked when possible). */
  readonly params: ResolvedParams;
  readonly input: Tensor | undefined;
  readonly dtype: DType | undefined;
  /** float64 through the core; undefined when an argument is not a literal (see `problem`). */
  readonly value: Tensor | undefined;
  /** Element-wise: the derivative at each input; vector functions: the Jacobian of a 1-D input, where the core has one. */
  readonly derivative: Tensor | undefined;
  /** The whole call, `F.gelu(torch.tensor(0.3))` or `nn.LeakyReLU(0.2)(x)`: [start, end) offsets in the text. */
  readonly range: { readonly start: number; readonly end: number };
  readonly calleeRange: { readonly start: number; readonly end: number };
  /** Why a recognised call has no value: "needs a literal argument", a parameter out of range, … */
  readonly problem: string | undefined;
  /** What other libraries' definitions give for this call where they differ (jax gelu → exact GELU). */
  readonly alternatives: readonly CallAlternative[];
  /** Short remarks: the library's unusual default, PyTorch's implicit dim, a dtype that is not a float. */
  readonly notes: readonly string[];
  /** `call`: f(x); `module`: M(…) or M(…)(x); `broadcast`: Julia f.(x). */
  readonly form: 'call' | 'module' | 'broadcast';
  readonly kind: 'elementwise' | 'vector';
  /** Set when the code names the activation other than by calling the library (a bound module, a string, a config key, …). */
  readonly origin?: Origin;
}

/** How an activation was named away from a library call; `detail` is the one line the hover shows (also the first note). */
export interface Origin {
  readonly kind: 'instance' | 'reference' | 'string' | 'config' | 'method' | 'local';
  readonly detail: string;
  /** 0-based line where the name was bound (instances, references through a binding). */
  readonly line?: number;
  /** The activation shown is a default the code names (`act_layer=nn.GELU`), the real one set by a caller or a config. */
  readonly isDefault?: boolean;
  /** `config.hidden_act`, `act_layer`: what sets it when not the default. */
  readonly setFrom?: string;
}

export interface Context {
  readonly text: string;
  readonly offset: number;
  readonly syntax: Syntax;
  readonly scan: DocumentScan;
  readonly imports: ImportTable;
  readonly requested: Framework | undefined;
  readonly env: ParseEnv;
  /** Readers beyond library calls (bindings, strings, methods), sharing one bindings index per scan: ./models.ts. */
  readonly models: ModelReaders;
}

/** Import tables of texts without a version, kept with their scan (no fingerprint per request). */
const unversioned = new WeakMap<DocumentScan, ImportTable>();

/** Offsets inside a string or comment are not code (imports there are not read). */
function inCode(scan: DocumentScan): (offset: number) => boolean {
  return (offset) => {
    if (scan.inComment(offset)) return false;
    const t = scan.tokenAt(offset);
    return t < 0 || scan.kind(t) !== 'str' || scan.start(t) === offset;
  };
}

function importsFor(scan: DocumentScan, options: DescribeOptions): ImportTable {
  if (options.preamble !== undefined || (options.uri !== undefined && options.version !== undefined)) return importsOf(scan.text, scan.syntax, options, inCode(scan));
  let table = unversioned.get(scan);
  if (!table) {
    table = importsOf(scan.text, scan.syntax, options, inCode(scan));
    unversioned.set(scan, table);
  }
  return table;
}

/** The context of a request at `offset` (clamped into the text). */
export function makeContext(text: string, offset: number, syntax: Syntax, options: DescribeOptions): Context {
  const scan = documentScan(text, syntax, options);
  const imports = importsFor(scan, options);
  const requested = options.defaultFramework;
  const env: ParseEnv = {
    syntax, imports, fallback: defaultFor(syntax, requested) ?? 'torch',
    nested: (parts, args, broadcast) => nestedCall(ctx, parts, args, broadcast),
    value: (parts, from) => constantValue(ctx, parts, from),
  };
  const at = Math.max(0, Math.min(text.length, Math.floor(offset)));
  const ctx: Context = { text, offset: at, syntax, scan, imports, requested, env, models: modelReaders(scan, options) };
  return ctx;
}

/** The same request at another offset (the inline values walk a range). */
export function atOffset(ctx: Context, offset: number): Context {
  const moved: Context = { ...ctx, offset, env: { ...ctx.env, nested: (parts, args, broadcast) => nestedCall(moved, parts, args, broadcast) } };
  return moved;
}
