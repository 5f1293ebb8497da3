// Names the file defines itself (`def swish(x)`, `class GELU(nn.Module)`) shadow the library's: the hover says
// "defined in this file" and, where the body is recognisably an activation, which one. Unrecognised bodies
// stay silent (there is nothing true to show).
import { activation } from '../core';
import { preset, type Framework, type Preset } from '../core/frameworks';
import type { Callee } from './callees';
import type { Defined } from './bindings';
import type { CallDescription, Context, Origin } from './context';
import { describeSite } from './site';
import type { CallSite } from './locate';
import { namedDescription } from './references';

/** Characters of a body read for recognition. */
const MAX_BODY = 3000;

/** Body shapes (spaces and module prefixes removed, the argument renamed x) → the row that computes the same (torch unless `framework:`). */
const SHAPES: readonly (readonly [RegExp, string])[] = [
  [/^x\*sigmoid\(1\.702\*x\)$/, 'timm:act.quick_gelu'],
  [/^x\*sigmoid\(x\)$|^x\*x\.sigmoid\(\)$|^sigmoid\(x\)\*x$/, 'nn.functional.silu'],
  [/^0\.5\*x\*\(1(\.0)?\+tanh\(.*0\.044715.*\)\)$|^x\*0\.5\*\(1(\.0)?\+tanh\(.*0\.044715.*\)\)$/, 'gelu:tanh'],
  [/^(0\.5\*x|x\*0\.5)\*\(1(\.0)?\+erf\(x\/sqrt\(2(\.0)?\)\)\)$/, 'nn.functional.gelu'],
  [/^x\*tanh\(softplus\(x\)\)$/, 'nn.functional.mish'],
  [/^(maximum\(x,0(\.0)?\)|maximum\(0(\.0)?,x\)|clamp\(x,min=0(\.0)?\)|x\.clamp\(min=0(\.0)?\))$/, 'nn.functional.relu'],
  [/^1(\.0)?\/\(1(\.0)?\+exp\(-x\)\)$/, 'nn.functional.sigmoid'],
  [/^x\/\(1(\.0)?\+abs\(x\)\)$/, 'nn.functional.softsign'],
  [/^x\*tanh\(x\)$/, 'nnlib:lisht'],
];

const PREFIXES = /\b(torch\.nn\.functional|torch|nn\.functional|F|math|np|numpy|jnp|jax\.nn|jax\.numpy|tf\.math|tf\.nn|tf|NNlib)\./g;

/** The returned expression of a short body, normalised; undefined when the body is not one `return`. */
function returned(ctx: Context, d: Defined): { expr: string; arg: string } | undefined {
  const body = ctx.text.slice(d.start, Math.min(d.end, d.start + MAX_BODY));
  const ret = body.match(/\breturn\s+([^\n]+)/g);
  if (!ret || ret.length !== 1) return undefined;
  const sig = d.kind === 'def' ? /\(\s*(?:self\s*,\s*)?([\p{L}_][\p{L}\p{N}_]*)/u.exec(body) : /def\s+(?:forward|__call__|call)\s*\(\s*self\s*,\s*([\p{L}_][\p{L}\p{N}_]*)/u.exec(body);
  if (!sig) return undefined;
  const arg = sig[1];
  const raw = ret[0].replace(/^return\s+/, '').replace(/#.*$/, '').trim();
  const expr = raw.replace(/\s+/g, '').replace(PREFIXES, '').replace(new RegExp(`\\b${arg}\\b`, 'gu'), 'x');
  return { expr, arg };
}

/** The library row the body computes, if recognisable: a known shape, or a single library call on the argument. */
function recognise(ctx: Context, d: Defined): { row: Preset; params?: Record<string, string> } | undefined {
  const r = returned(ctx, d);
  if (!r) return undefined;
  for (const [re, name] of SHAPES) {
    if (!re.test(r.expr)) continue;
    if (name === 'gelu:tanh') { const row = preset('torch', 'nn.functional.gelu'); return row && { row: { ...row, defaults: { approximate: 'tanh' } } }; }
    const [fw, rel] = name.includes(':') ? (name.split(':') as [Framework, string]) : (['torch', name] as const);
    const row = preset(fw, rel);
    if (row && activation(row.id)) return { row };
  }
  const one = /^([a-z_]+)\(x\)$/.exec(r.expr);
  const row = one ? preset('torch', `nn.functional.${one[1]}`) : undefined;
  return row ? { row } : undefined;
}

function originFor(d: Defined, def: { name: string } | undefined): Origin {
  const what = d.kind === 'class' ? `class ${d.name}${d.bases ? `(${d.bases})` : ''}` : `def ${d.name}`;
  return { kind: 'local', detail: `${d.name} is defined in this file (${what}, line ${d.line + 1})${def ? `; its body computes ${def.name}` : ''}`, line: d.line };
}

function localCallee(d: Defined, row: Preset): Callee {
  return { preset: { ...row, kind: 'function', args: [], keywords: [] }, framework: 'torch', library: undefined, qualifiedName: `${d.name} (defined in this file)` };
}

/** A call of a function the file defines: `swish(x)` after `def swish(x): return x * torch.sigmoid(x)`. */
export function describeLocal(ctx: Context, site: CallSite): CallDescription | undefined {
  const d = ctx.models.bindings().defined.get(site.parts[0]);
  if (!d || d.kind !== 'def') return undefined;
  const r = recognise(ctx, d);
  if (!r) return undefined;
  const out = describeSite(ctx, site, { given: localCallee(d, r.row) });
  if (!out) return undefined;
  const origin = originFor(d, activation(r.row.id));
  return { ...out, origin, notes: [origin.detail, ...out.notes] };
}

/** The cursor on a definition's own name (`def swish`, `class GELU`): not a call, a definition. */
export function describeLocalName(ctx: Context, name: string, range: { start: number; end: number }): CallDescription | undefined {
  const d = ctx.models.bindings().defined.get(name);
  if (!d) return undefined;
  const r = recognise(ctx, d);
  if (!r) return undefined;
  return { ...namedDescription(ctx, localCallee(d, r.row), range, originFor(d, activation(r.row.id))), problem: 'a definition, not a call' };
}
