// Tensor methods: `x.sigmoid()`, `x.relu_()`, `attn.softmax(dim=-1)`, `logits.argmax(dim=-1)` (PyTorch) and
// `t.relu()`, `t.softmax()` (TensorFlow.js). The receiver is the input: a literal or a constant of the file
// gives the hover a value.
import { preset, type Framework } from '../core/frameworks';
import type { Callee } from './callees';
import type { CallDescription, Context, Origin } from './context';
import { describeSite } from './site';
import { ArgumentReader } from './arguments';
import type { CallSite } from './locate';

/** torch.Tensor methods (torch/_tensor_docs.py @v2.9) → the torch row with the same arguments after the input. */
const TORCH_METHODS: Readonly<Record<string, string>> = {
  sigmoid: 'sigmoid', sigmoid_: 'sigmoid_', relu: 'relu', relu_: 'relu_', tanh: 'tanh', tanh_: 'tanh_',
  softmax: 'softmax', log_softmax: 'log_softmax', argmax: 'argmax', erf: 'erf', exp: 'exp',
  hardshrink: 'hardshrink',
};
/** tf.Tensor chained ops (tfjs-core/src/public/chained_ops @0fc04d9). */
const TFJS_METHODS: Readonly<Record<string, string>> = {
  relu: 'relu', relu6: 'relu6', elu: 'elu', selu: 'selu', leakyRelu: 'leakyRelu', prelu: 'prelu', sigmoid: 'sigmoid',
  tanh: 'tanh', softplus: 'softplus', softmax: 'softmax', logSoftmax: 'logSoftmax', logSigmoid: 'logSigmoid', argMax: 'argMax',
  erf: 'erf', exp: 'exp',
};

function methodCallee(framework: Framework, method: string): Callee | undefined {
  const table = framework === 'torch' ? TORCH_METHODS : TFJS_METHODS;
  const name = Object.hasOwn(table, method) ? table[method] : undefined;
  const p = name ? preset(framework, name) : undefined;
  if (!p || p.kind !== 'function') return undefined;
  const qualifiedName = framework === 'torch' ? `torch.Tensor.${method}` : `tf.Tensor.${method}`;
  return { preset: p, framework, library: framework, qualifiedName };
}

/** The method call at `site` with the receiver's tokens [from, site.openToken - 2). */
function methodCall(ctx: Context, site: CallSite, from: number, recv: string): CallDescription | undefined {
  const method = site.parts[site.parts.length - 1];
  const callee = methodCallee(ctx.syntax === 'js' ? 'tfjs' : 'torch', method);
  if (!callee) return undefined;
  // the receiver as an expression (a name holding a literal becomes that literal): the tokens before `.method`
  const receiver = new ArgumentReader(ctx.scan, from, site.openToken - 2, ctx.env).expression();
  const d = describeSite(ctx, site, { given: callee, receiver });
  // arguments the method does not take: a method of something else (`mylib.sigmoid(x)`)
  if (!d || /positional argument|unknown argument/.test(d.problem ?? '')) return undefined;
  const origin: Origin = { kind: 'method', detail: `a tensor method: ${recv} is the input` };
  return { ...d, origin, notes: [origin.detail, ...d.notes] };
}

export function describeMethod(ctx: Context, site: CallSite): CallDescription | undefined {
  if (site.parts.length < 2 || site.broadcast || ctx.syntax === 'julia') return undefined;
  const head = site.parts[0];
  // `F.relu`, `np.tanh`: a module's function, not a tensor's method (read as library calls elsewhere)
  if (head === 'self' || head === 'this' || ctx.imports.aliases.has(head) || ctx.models.bindings().relative.has(head)) return undefined;
  return methodCall(ctx, site, ctx.scan.firstFrom(site.calleeStart), site.parts.slice(0, -1).join('.'));
}

/** `torch.tensor([1., 2.]).softmax(0)`: a method of a call's result, the cursor on the method's name (token i). */
export function describeMethodOfCall(ctx: Context, i: number): CallDescription | undefined {
  const s = ctx.scan;
  if (ctx.syntax === 'julia' || !s.is(i - 1, '.') || !s.is(i - 2, ')') || !s.is(i + 1, '(')) return undefined;
  const open = s.partner(i - 2);
  if (open < 0) return undefined;
  // the receiver starts at the called name (`torch.tensor`), or at the bracket of a parenthesised value
  let from = open;
  if (from >= 1 && s.kind(from - 1) === 'id') {
    from--;
    while (from >= 2 && s.is(from - 1, '.') && s.kind(from - 2) === 'id') from -= 2;
  }
  const method = s.textOf(i, 64);
  if (!method) return undefined;
  const site: CallSite = { parts: ['(value)', method], calleeStart: s.start(from), calleeEnd: s.end(i), open: s.start(i + 1), openToken: i + 1, broadcast: false, after: false };
  return methodCall(ctx, site, from, ctx.text.slice(s.start(from), Math.min(s.end(i - 2), s.start(from) + 60)));
}
