// The call at an offset, described: which activation, from which library, with which parameters, and what
// it evaluates to. Candidates come innermost first from locate.ts; the first that names an activation wins.
import { activation, type DType, type ResolvedParams, type Tensor } from '../core';
import { preset, type Framework, type Preset } from '../core/frameworks';
import { defaultFor, expandName, resolveCallee, splitPath, type Callee } from './callees';
import { evaluateCall, withDefaults, type CallAlternative, type CallParts } from './evaluate';
import { ArgumentReader, type CallArgs, type ParseEnv } from './expression';
import { importsOf, type ImportTable } from './imports';
import { syntaxOf, type Syntax } from './language';
import { MAX_ARGUMENT_CHARS, PROBLEM } from './limits';
import { callSitesAt, type CallSite } from './locate';
import { skipBalanced } from './brackets';
import { Lexer } from './tokenizer';
import { num, opaque, type Val } from './values';
import { modelReaders, type ModelReaders } from './models';
import { describeConfigAt, isConfigLanguage } from './configKeys';
import { objectKeywords } from './jsObjects';

/** Library a call was read as: undefined when the name was unqualified and not imported. */
export type Library = Framework;

export interface DescribeOptions {
  /** Framework whose definitions apply to unqualified, unimported names (default 'torch'). */
  readonly defaultFramework?: Framework;
  /** Other notebook cells' text, for their imports. */
  readonly preamble?: string;
  /** With `version`, the key under which the document's imports are cached. */
  readonly uri?: string;
  readonly version?: number;
}

export interface CallDescription {
  /** Core id. */
  readonly activation: string;
  readonly library: Library | undefined;
  /** Whose definitions and defaults were applied (the default framework for an unqualified name). */
  readonly framework: Framework;
  /** The callee as written: `F.leaky_relu`, `σ`, `nn.LeakyReLU`. */
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
  readonly imports: ImportTable;
  readonly requested: Framework | undefined;
  readonly env: ParseEnv;
  /** Readers beyond library calls (bindings, strings, methods): see ./models.ts. */
  readonly models: ModelReaders;
}

/** The extent of a bracket group opening at `open`: end offset after its closer; -1 unclosed; -2 too long. */
export function groupEnd(ctx: Context, open: number): number {
  const lex = new Lexer(ctx.text, open + 1, ctx.text.length, ctx.syntax);
  return skipBalanced(lex, MAX_ARGUMENT_CHARS);
}

/** `(x)` right after a module's constructor call (spaces only between). */
function appliedGroup(ctx: Context, close: number): { open: number; end: number } | undefined {
  let i = close;
  const t = ctx.text;
  while (i < t.length && i - close < 200 && (t[i] === ' ' || t[i] === '\t')) i++;
  if (t[i] !== '(') return undefined;
  const end = groupEnd(ctx, i);
  return end > 0 ? { open: i, end } : undefined;
}

export function readArgs(ctx: Context, open: number, end: number): { args: CallArgs; stop?: string } {
  const r = new ArgumentReader(ctx.text, open + 1, end - 1, ctx.env);
  const args = r.readArguments();
  return { args, stop: r.stop ? PROBLEM[r.stop] : undefined };
}

/** Keras `layers.Activation('gelu')`: the named activation as a module. */
function activationLayer(site: CallSite, ctx: Context, args: CallArgs): Callee | undefined {
  if (site.parts[site.parts.length - 1] !== 'Activation') return undefined;
  const split = splitPath(expandName(site.parts, ctx.imports, ctx.syntax, defaultFor(ctx.syntax, ctx.requested) ?? 'torch'));
  if (!split || !/^(keras\.)?layers\.Activation$/.test(split.rel)) return undefined;
  const name = args.positional[0] ?? args.keywords.get('activation');
  if (name?.k !== 'str') return undefined;
  const prefix = split.framework === 'tf' ? 'keras.activations.' : 'activations.';
  const p = preset(split.framework, prefix + name.v);
  if (!p) return undefined;
  const root = split.framework === 'tf' ? 'tensorflow' : 'keras';
  return { preset: { ...p, kind: 'module', args: [], keywords: [] }, framework: split.framework, library: split.framework, qualifiedName: `${root}.${prefix}${name.v}` };
}

/** The library's defaults as our parameters (when the arguments could not be read). */
export function defaultParams(p: Preset): ResolvedParams {
  const def = activation(p.id);
  return def ? withDefaults(def, p.defaults) : {};
}

const NO_ARGS = (): CallArgs => ({ positional: [], keywords: new Map(), starred: false });

/** How a site is read when its name is not the library's (./models.ts). */
export interface SiteOverrides {
  /** The module's application found elsewhere (`self.act(x)` for `self.act = nn.GELU()`). */
  readonly applied?: { open: number; end: number };
  /** The callee (a binding's, a string's). */
  readonly given?: Callee;
  /** A tensor method's receiver: the input (`x.softmax(-1)`). */
  readonly receiver?: Val;
}

export function describeSite(ctx: Context, site: CallSite, over: SiteOverrides = {}): CallDescription | undefined {
  const { applied: appliedAt, given } = over;
  const direct = given ?? resolveCallee(site.parts, ctx.imports, ctx.syntax, ctx.requested);
  const isLayer = !direct && site.parts[site.parts.length - 1] === 'Activation';
  if (!direct && !isLayer) return appliedAt || given ? undefined : ctx.models.site(ctx, site);
  const close = groupEnd(ctx, site.open);
  if (close === -1) return undefined;
  const start = site.calleeStart;
  const tooLong = close === -2;
  // a module's application `(x)` belongs to the call
  const g = (isLayer || direct?.preset.kind === 'module') && !tooLong ? (appliedAt ?? appliedGroup(ctx, close)) : undefined;
  const end = g?.end ?? (tooLong ? Math.min(ctx.text.length, site.open + MAX_ARGUMENT_CHARS) : close);
  // the cursor must be on the call: its callee, its argument lists, or just after its end
  if (!appliedAt && (ctx.offset < start || ctx.offset > end)) return undefined;

  let first: { args: CallArgs; stop?: string } = tooLong ? { args: NO_ARGS(), stop: PROBLEM.tooLong } : readArgs(ctx, site.open, close);
  let callee = direct;
  if (isLayer) {
    callee = activationLayer(site, ctx, first.args);
    first = { args: NO_ARGS(), stop: first.stop };
  }
  if (!callee) return undefined;
  if (over.receiver) first.args.positional.unshift(over.receiver);
  // tfjs layers: one config object, its keys the keywords
  const object = ctx.syntax === 'js' && callee.preset.kind === 'module' && !tooLong && first.args.positional.length === 1 ? objectKeywords(ctx, site.open, close) : undefined;
  if (object) first = { args: { positional: [], keywords: object, starred: false }, stop: first.stop };
  const p = callee.preset;
  const applied = g ? readArgs(ctx, g.open, g.end) : undefined;

  const parts: CallParts = { args: first.args, applied: applied?.args, broadcast: site.broadcast, label: ctx.text.slice(site.calleeStart, site.calleeEnd) };
  const stop = first.stop ?? applied?.stop;
  const ev = stop ? undefined : evaluateCall(p, callee.framework, parts);
  const id = ev?.id ?? p.id;
  const kind = activation(id)?.kind ?? 'elementwise';
  const notes = [...(ev?.notes ?? [])];
  if (ctx.syntax === 'julia' && !site.broadcast && kind === 'elementwise' && Array.isArray(ev?.input)) {
    const name = site.parts.join('.');
    notes.push(`Julia applies ${name} to an array by broadcasting: ${name}.(x)`);
  }
  return {
    activation: id,
    library: callee.library,
    framework: callee.framework,
    callee: ctx.text.slice(site.calleeStart, site.calleeEnd),
    qualifiedName: callee.qualifiedName,
    params: ev?.params ?? defaultParams(p),
    input: ev?.input,
    dtype: ev?.dtype,
    value: ev?.value,
    derivative: ev?.derivative,
    range: { start, end },
    calleeRange: { start: site.calleeStart, end: site.calleeEnd },
    problem: stop ?? ev?.problem,
    alternatives: ev?.alternatives ?? [],
    notes,
    form: site.broadcast ? 'broadcast' : p.kind === 'module' ? 'module' : 'call',
    kind,
  };
}

/** An activation call nested in another's arguments, evaluated to a value (or opaque). */
function nestedCall(c: Context, parts: readonly string[], args: CallArgs, broadcast: boolean): Val | undefined {
  const callee = resolveCallee(parts, c.imports, c.syntax, c.requested);
  if (!callee || callee.preset.kind !== 'function') return undefined;
  const ev = evaluateCall(callee.preset, callee.framework, { args, broadcast });
  if (ev.value === undefined) return opaque(ev.problem === PROBLEM.literal ? undefined : ev.problem);
  return typeof ev.value === 'number' ? num(ev.value) : { k: 'tensor', t: ev.value };
}

export function describe(text: string, offset: number, languageId: string, options: DescribeOptions = {}): CallDescription | undefined {
  if (typeof text !== 'string' || typeof offset !== 'number' || !Number.isFinite(offset)) return undefined;
  const at = Math.max(0, Math.min(text.length, Math.floor(offset)));
  if (isConfigLanguage(languageId)) return describeConfigAt(text, at, languageId);
  const syntax = syntaxOf(languageId);
  if (!syntax) return undefined;
  const imports = importsOf(text, syntax, options);
  const requested = options.defaultFramework;
  const env: ParseEnv = {
    syntax, imports, fallback: defaultFor(syntax, requested) ?? 'torch',
    nested: (parts, args, broadcast) => nestedCall(ctx, parts, args, broadcast),
    value: (parts, from) => models.value(ctx, parts, from),
  };
  const models = modelReaders(text, syntax, options);
  const ctx: Context = { text, offset: at, syntax, imports, requested, env, models };
  const tried = new Set<number>();
  for (const full of [false, true]) {
    const { sites, complete } = callSitesAt(text, at, syntax, full);
    for (const site of sites) {
      const key = site.open * 2 + (site.after ? 1 : 0);
      if (tried.has(key)) continue;
      tried.add(key);
      const d = describeSite(ctx, site);
      if (d) return d;
    }
    if (complete) break;
  }
  return models.atCursor(ctx);
}
