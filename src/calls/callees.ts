// From a callee as written (`F.leaky_relu`, `σ`, `tf.leakyRelu`, `nn.GELU`) to the library function it names:
// the import aliases expand its first segment, the module path picks the framework, the table the row.
import { FRAMEWORKS, frameworkInfo, preset, presetForName, type Framework, type FrameworkRoot, type Preset } from '../core/frameworks';
import type { ImportTable } from './imports';
import type { Syntax } from './language';

/** Aliases people use without importing them in the snippet at hand (a notebook cell, a README). */
const CONVENTIONAL: Readonly<Record<Syntax, Readonly<Record<string, string>>>> = {
  python: {
    torch: 'torch', F: 'torch.nn.functional', nn: 'torch.nn', jax: 'jax', jnp: 'jax.numpy', jnn: 'jax.nn', np: 'numpy',
    tf: 'tensorflow', keras: 'keras', scipy: 'scipy', math: 'math', layers: 'keras.layers', activations: 'keras.activations', ops: 'keras.ops',
  },
  js: { tf: '@tensorflow/tfjs', Math: 'Math', Number: 'Number' },
  julia: { NNlib: 'NNlib', Flux: 'Flux' },
};

/** The conventional `nn` follows the default framework: `jax.nn` when the user's default is JAX. */
function conventional(name: string, syntax: Syntax, fallback: Framework): string | undefined {
  if (syntax === 'python' && name === 'nn' && fallback === 'jax') return 'jax.nn';
  return CONVENTIONAL[syntax][name];
}

/** The dotted path a name written in code stands for: the first segment through the imports (or convention). */
export function expandName(parts: readonly string[], imports: ImportTable, syntax: Syntax, fallback: Framework): string {
  const [head, ...rest] = parts;
  const mapped = imports.aliases.get(head) ?? (imports.locals.has(head) ? undefined : rest.length ? conventional(head, syntax, fallback) : undefined);
  return [mapped ?? head, ...rest].join('.');
}

interface Root extends FrameworkRoot {
  readonly framework: Framework;
}

/** Every framework's import roots, longest prefixes first. */
const ROOTS: readonly Root[] = FRAMEWORKS.flatMap((f) => f.roots.map((r) => ({ ...r, framework: f.id })))
  .sort((x, y) => y.prefix.length - x.prefix.length);

const LANGUAGE: Readonly<Record<Syntax, string>> = { python: 'python', js: 'javascript', julia: 'julia' };

function frameworkFits(f: Framework, syntax: Syntax): boolean {
  return frameworkInfo(f).language === LANGUAGE[syntax];
}

/** A full dotted path → (framework, path below its root), or undefined if no framework owns it. */
export function splitPath(path: string): { framework: Framework; rel: string } | undefined {
  for (const r of ROOTS) {
    if (path === r.prefix || !path.startsWith(r.prefix + '.')) continue;
    const rest = path.slice(r.prefix.length + 1);
    if (r.exports && !r.exports.includes(rest)) return undefined;
    return { framework: r.framework, rel: r.under ? `${r.under}.${rest}` : rest };
  }
  return undefined;
}

export interface Callee {
  readonly preset: Preset;
  readonly framework: Framework;
  /** Undefined when the name is unqualified and not imported: the default framework's meaning was taken. */
  readonly library: Framework | undefined;
  readonly qualifiedName: string;
}

function display(framework: Framework, rel: string, full: string): string {
  if (framework === 'tfjs') return `tf.${rel}`;
  if (framework === 'nnlib') return full.startsWith('Flux.') || full.startsWith('NNlib.') ? full : `NNlib.${rel}`;
  return full;
}

/** The default framework for unqualified names, as far as the language allows. */
export function defaultFor(syntax: Syntax, requested: Framework | undefined): Framework | undefined {
  if (syntax === 'julia') return 'nnlib';
  // an unqualified `gelu(0.3)` in JS/TS: the default framework's definition, as in Python (tfjs has no gelu)
  if (syntax === 'js') return requested ?? 'torch';
  return requested && frameworkFits(requested, 'python') ? requested : 'torch';
}

/** Resolves a callee's dotted parts to a table row, or undefined if it is not a known activation. */
export function resolveCallee(parts: readonly string[], imports: ImportTable, syntax: Syntax, requested?: Framework): Callee | undefined {
  if (parts.length === 0 || parts.some((p) => p.length === 0)) return undefined;
  const fallback = defaultFor(syntax, requested) ?? 'torch';
  const head = parts[0];
  if (parts.length === 1 && !imports.aliases.has(head)) {
    if (imports.locals.has(head)) return undefined;
    for (const star of imports.stars) {
      const hit = fromPath(`${star}.${head}`, syntax);
      if (hit) return hit;
    }
    const d = defaultFor(syntax, requested);
    if (!d) return undefined;
    const p = presetForName(d, head);
    if (!p) return undefined;
    const root = frameworkInfo(d).roots[0].prefix;
    return { preset: p, framework: d, library: undefined, qualifiedName: display(d, p.name, `${root}.${p.name}`) };
  }
  return fromPath(expandName(parts, imports, syntax, fallback), syntax);
}

function fromPath(full: string, syntax: Syntax): Callee | undefined {
  const split = splitPath(full);
  if (!split || !frameworkFits(split.framework, syntax)) return undefined;
  const p = preset(split.framework, split.rel);
  if (!p) return undefined;
  return { preset: p, framework: split.framework, library: split.framework, qualifiedName: display(split.framework, split.rel, full) };
}
