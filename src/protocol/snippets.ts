// "Copy as code": the PyTorch / JAX / Keras lines that compute what the panel shows. Built by the host from a
// checked SnippetRequest (never from text the webview sent), and shown as a preview in the webview.
import { activation } from '../core';
import type { DType, ResolvedParams } from '../core';
import { TABLE_POINTS, type SnippetFramework, type SnippetRequest } from './messages';

/** A Python float literal: 2 → 2.0, 0.01 → 0.01, 1e-7 → 1e-07 style is fine as 1e-7. */
export function py(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return v.toFixed(1);
  return String(v);
}

type Expr = (u: string, p: ResolvedParams) => string;
const n = (p: ResolvedParams, k: string) => p[k] as number;

const torch: Record<string, Expr> = {
  sigmoid: (u) => `torch.sigmoid(${u})`,
  relu: (u) => `F.relu(${u})`,
  leaky_relu: (u, p) => `F.leaky_relu(${u}, negative_slope=${py(n(p, 'negative_slope'))})`,
  softplus: (u, p) => `F.softplus(${u}, beta=${py(n(p, 'beta'))}, threshold=${py(n(p, 'threshold'))})`,
  gelu: (u, p) => `F.gelu(${u}, approximate='${String(p.approximate)}')`,
  tanh: (u) => `torch.tanh(${u})`,
  silu: (u, p) => (n(p, 'beta') === 1 ? `F.silu(${u})` : `${u} * torch.sigmoid(${py(n(p, 'beta'))} * ${u})`),
  mish: (u) => `F.mish(${u})`,
  elu: (u, p) => `F.elu(${u}, alpha=${py(n(p, 'alpha'))})`,
  selu: (u) => `F.selu(${u})`,
  celu: (u, p) => `F.celu(${u}, alpha=${py(n(p, 'alpha'))})`,
  prelu: (u, p) => `F.prelu(${u}, torch.tensor([${py(n(p, 'weight'))}], dtype=${u}.dtype))`,
  rrelu: (u, p) => `F.rrelu(${u}, lower=${py(n(p, 'lower'))}, upper=${py(n(p, 'upper'))}, training=False)`,
  relu6: (u) => `F.relu6(${u})`,
  hardtanh: (u, p) => `F.hardtanh(${u}, min_val=${py(n(p, 'min_val'))}, max_val=${py(n(p, 'max_val'))})`,
  hardsigmoid: (u, p) => (n(p, 'slope') === 1 / 6 ? `F.hardsigmoid(${u})` : `torch.clamp(${py(n(p, 'slope'))} * ${u} + 0.5, 0.0, 1.0)`),
  hardswish: (u) => `F.hardswish(${u})`,
  logsigmoid: (u) => `F.logsigmoid(${u})`,
  softsign: (u) => `F.softsign(${u})`,
  tanhshrink: (u) => `F.tanhshrink(${u})`,
  softshrink: (u, p) => `F.softshrink(${u}, lambd=${py(n(p, 'lambd'))})`,
  hardshrink: (u, p) => `F.hardshrink(${u}, lambd=${py(n(p, 'lambd'))})`,
  threshold: (u, p) => `F.threshold(${u}, ${py(n(p, 'threshold'))}, ${py(n(p, 'value'))})`,
  squareplus: (u, p) => `0.5 * (${u} + torch.sqrt(${u} * ${u} + ${py(n(p, 'b'))}))`,
  sparse_plus: (u) => `torch.where(${u} <= -1, 0.0, torch.where(${u} >= 1, ${u}, (${u} + 1) ** 2 / 4))`,
  sparse_sigmoid: (u) => `torch.clamp(${u} + 1, 0.0, 2.0) / 2`,
  exponential: (u) => `torch.exp(${u})`,
  linear: (u) => u,
  erf: (u) => `torch.erf(${u})`,
  quick_gelu: (u) => `${u} * torch.sigmoid(1.702 * ${u})`,
  gelu_10: (u, p) => `torch.clip(F.gelu(${u}), ${py(n(p, 'min'))}, ${py(n(p, 'max'))})`,
  xielu: (u, p) => `torch.where(${u} > 0, ${py(n(p, 'alpha_p'))} * ${u} * ${u} + ${py(n(p, 'beta'))} * ${u}, ${py(n(p, 'alpha_n'))} * (torch.expm1(torch.clamp(${u}, max=${py(n(p, 'eps'))})) - ${u}) + ${py(n(p, 'beta'))} * ${u})`,
  relu2: (u) => `torch.square(F.relu(${u}))`,
  hard_mish: (u) => `0.5 * ${u} * torch.clamp(${u} + 2, 0.0, 2.0)`,
  lisht: (u) => `${u} * torch.tanh(${u})`,
  logcosh: (u) => `torch.abs(${u}) + F.softplus(-2.0 * torch.abs(${u})) - 0.6931471805599453`,
  laplace: (u, p) => `0.5 * (1.0 + torch.erf((${u} - ${py(n(p, 'mu'))}) / (${py(n(p, 'sigma'))} * 1.4142135623730951)))`,
};

const jaxExprs: Record<string, Expr> = {
  sigmoid: (u) => `jax.nn.sigmoid(${u})`,
  relu: (u) => `jax.nn.relu(${u})`,
  leaky_relu: (u, p) => `jax.nn.leaky_relu(${u}, negative_slope=${py(n(p, 'negative_slope'))})`,
  softplus: (u, p) => (n(p, 'beta') === 1 ? `jax.nn.softplus(${u})` : `jax.nn.softplus(${py(n(p, 'beta'))} * ${u}) / ${py(n(p, 'beta'))}`),
  gelu: (u, p) => `jax.nn.gelu(${u}, approximate=${p.approximate === 'tanh' ? 'True' : 'False'})`,
  tanh: (u) => `jnp.tanh(${u})`,
  silu: (u, p) => (n(p, 'beta') === 1 ? `jax.nn.silu(${u})` : `${u} * jax.nn.sigmoid(${py(n(p, 'beta'))} * ${u})`),
  mish: (u) => `${u} * jnp.tanh(jax.nn.softplus(${u}))`,
  elu: (u, p) => `jax.nn.elu(${u}, alpha=${py(n(p, 'alpha'))})`,
  selu: (u) => `jax.nn.selu(${u})`,
  celu: (u, p) => `jax.nn.celu(${u}, alpha=${py(n(p, 'alpha'))})`,
  prelu: (u, p) => `jnp.where(${u} >= 0, ${u}, ${py(n(p, 'weight'))} * ${u})`,
  rrelu: (u, p) => `jnp.where(${u} >= 0, ${u}, ${py((n(p, 'lower') + n(p, 'upper')) / 2)} * ${u})  # evaluation mode`,
  relu6: (u) => `jax.nn.relu6(${u})`,
  hardtanh: (u, p) => `jnp.clip(${u}, ${py(n(p, 'min_val'))}, ${py(n(p, 'max_val'))})`,
  hardsigmoid: (u, p) => (n(p, 'slope') === 1 / 6 ? `jax.nn.hard_sigmoid(${u})` : `jnp.clip(${py(n(p, 'slope'))} * ${u} + 0.5, 0.0, 1.0)`),
  hardswish: (u) => `jax.nn.hard_swish(${u})`,
  logsigmoid: (u) => `jax.nn.log_sigmoid(${u})`,
  softsign: (u) => `jax.nn.soft_sign(${u})`,
  tanhshrink: (u) => `${u} - jnp.tanh(${u})`,
  softshrink: (u, p) => { const l = py(n(p, 'lambd')); return `jnp.where(${u} > ${l}, ${u} - ${l}, jnp.where(${u} < -${l}, ${u} + ${l}, 0.0))`; },
  hardshrink: (u, p) => `jnp.where(jnp.abs(${u}) > ${py(n(p, 'lambd'))}, ${u}, 0.0)`,
  threshold: (u, p) => `jnp.where(${u} > ${py(n(p, 'threshold'))}, ${u}, ${py(n(p, 'value'))})`,
  squareplus: (u, p) => `jax.nn.squareplus(${u}, b=${py(n(p, 'b'))})`,
  sparse_plus: (u) => `jax.nn.sparse_plus(${u})`,
  sparse_sigmoid: (u) => `jax.nn.sparse_sigmoid(${u})`,
  exponential: (u) => `jnp.exp(${u})`,
  linear: (u) => u,
  erf: (u) => `jax.scipy.special.erf(${u})`,
  quick_gelu: (u) => `${u} * jax.nn.sigmoid(1.702 * ${u})`,
  gelu_10: (u, p) => `jnp.clip(jax.nn.gelu(${u}, approximate=False), ${py(n(p, 'min'))}, ${py(n(p, 'max'))})`,
  xielu: (u, p) => `jnp.where(${u} > 0, ${py(n(p, 'alpha_p'))} * ${u} * ${u} + ${py(n(p, 'beta'))} * ${u}, ${py(n(p, 'alpha_n'))} * (jnp.expm1(jnp.minimum(${u}, ${py(n(p, 'eps'))})) - ${u}) + ${py(n(p, 'beta'))} * ${u})`,
  relu2: (u) => `jnp.square(jax.nn.relu(${u}))`,
  hard_mish: (u) => `0.5 * ${u} * jnp.clip(${u} + 2, 0.0, 2.0)`,
  lisht: (u) => `${u} * jnp.tanh(${u})`,
  logcosh: (u) => `jnp.abs(${u}) + jax.nn.softplus(-2.0 * jnp.abs(${u})) - 0.6931471805599453`,
  laplace: (u, p) => `0.5 * (1.0 + jax.scipy.special.erf((${u} - ${py(n(p, 'mu'))}) / (${py(n(p, 'sigma'))} * 1.4142135623730951)))`,
};

const K = 'keras.activations';
const kerasExprs: Record<string, Expr> = {
  sigmoid: (u) => `${K}.sigmoid(${u})`,
  relu: (u) => `${K}.relu(${u})`,
  leaky_relu: (u, p) => `${K}.leaky_relu(${u}, negative_slope=${py(n(p, 'negative_slope'))})`,
  softplus: (u, p) => (n(p, 'beta') === 1 ? `${K}.softplus(${u})` : `${K}.softplus(${py(n(p, 'beta'))} * ${u}) / ${py(n(p, 'beta'))}`),
  gelu: (u, p) => `${K}.gelu(${u}, approximate=${p.approximate === 'tanh' ? 'True' : 'False'})`,
  tanh: (u) => `${K}.tanh(${u})`,
  silu: (u, p) => (n(p, 'beta') === 1 ? `${K}.silu(${u})` : `${u} * ${K}.sigmoid(${py(n(p, 'beta'))} * ${u})`),
  mish: (u) => `${K}.mish(${u})`,
  elu: (u, p) => `${K}.elu(${u}, alpha=${py(n(p, 'alpha'))})`,
  selu: (u) => `${K}.selu(${u})`,
  celu: (u, p) => `${K}.celu(${u}, alpha=${py(n(p, 'alpha'))})`,
  prelu: (u, p) => `ops.where(${u} >= 0, ${u}, ${py(n(p, 'weight'))} * ${u})`,
  rrelu: (u, p) => `ops.where(${u} >= 0, ${u}, ${py((n(p, 'lower') + n(p, 'upper')) / 2)} * ${u})  # evaluation mode`,
  relu6: (u) => `${K}.relu6(${u})`,
  hardtanh: (u, p) => `ops.clip(${u}, ${py(n(p, 'min_val'))}, ${py(n(p, 'max_val'))})`,
  hardsigmoid: (u, p) => (n(p, 'slope') === 1 / 6 ? `${K}.hard_sigmoid(${u})` : `ops.clip(${py(n(p, 'slope'))} * ${u} + 0.5, 0.0, 1.0)`),
  hardswish: (u) => `${K}.hard_silu(${u})`,
  logsigmoid: (u) => `${K}.log_sigmoid(${u})`,
  softsign: (u) => `${K}.softsign(${u})`,
  tanhshrink: (u) => `${K}.tanh_shrink(${u})`,
  softshrink: (u, p) => `${K}.soft_shrink(${u}, threshold=${py(n(p, 'lambd'))})`,
  hardshrink: (u, p) => `${K}.hard_shrink(${u}, threshold=${py(n(p, 'lambd'))})`,
  threshold: (u, p) => `${K}.threshold(${u}, threshold=${py(n(p, 'threshold'))}, default_value=${py(n(p, 'value'))})`,
  squareplus: (u, p) => `${K}.squareplus(${u}, b=${py(n(p, 'b'))})`,
  sparse_plus: (u) => `${K}.sparse_plus(${u})`,
  sparse_sigmoid: (u) => `${K}.sparse_sigmoid(${u})`,
  exponential: (u) => `${K}.exponential(${u})`,
  linear: (u) => `${K}.linear(${u})`,
  erf: (u) => `ops.erf(${u})`,
  quick_gelu: (u) => `${u} * ops.sigmoid(1.702 * ${u})`,
  gelu_10: (u, p) => `ops.clip(${K}.gelu(${u}, approximate=False), ${py(n(p, 'min'))}, ${py(n(p, 'max'))})`,
  xielu: (u, p) => `ops.where(${u} > 0, ${py(n(p, 'alpha_p'))} * ${u} * ${u} + ${py(n(p, 'beta'))} * ${u}, ${py(n(p, 'alpha_n'))} * (ops.expm1(ops.minimum(${u}, ${py(n(p, 'eps'))})) - ${u}) + ${py(n(p, 'beta'))} * ${u})`,
  relu2: (u) => `ops.square(${K}.relu(${u}))`,
  hard_mish: (u) => `0.5 * ${u} * ops.clip(${u} + 2, 0.0, 2.0)`,
  lisht: (u) => `${u} * ops.tanh(${u})`,
  logcosh: (u) => `ops.abs(${u}) + ops.softplus(-2.0 * ops.abs(${u})) - 0.6931471805599453`,
  laplace: (u, p) => `0.5 * (1.0 + ops.erf((${u} - ${py(n(p, 'mu'))}) / (${py(n(p, 'sigma'))} * 1.4142135623730951)))`,
};

interface Dialect {
  /** import lines, each kept only when the code uses its name (no unused imports) */
  readonly imports: readonly { readonly line: string; readonly uses: RegExp }[];
  /** what must come before any computation in `dtype` (JAX computes in float32 unless x64 is enabled) */
  readonly setup?: (dtype: DType) => string | undefined;
  readonly linspace: (a: number, b: number, n: number, dtype: DType) => string;
  readonly tensor: (xs: readonly number[], dtype: DType) => string;
  readonly exprs: Record<string, Expr>;
  readonly softmax: (z: string) => string;
  readonly logSoftmax: (z: string) => string;
}

const nums = (xs: readonly number[]) => xs.map(py).join(', ');

const dialects: Readonly<Record<SnippetFramework, Dialect>> = {
  torch: {
    imports: [{ line: 'import torch', uses: /\btorch\./ }, { line: 'import torch.nn.functional as F', uses: /\bF\./ }],
    linspace: (a, b, n, dt) => `torch.linspace(${py(a)}, ${py(b)}, ${n}, dtype=torch.${dt})`,
    tensor: (xs, dt) => `torch.tensor([${nums(xs)}], dtype=torch.${dt})`,
    exprs: torch,
    softmax: (z) => `F.softmax(${z}, dim=-1)`,
    logSoftmax: (z) => `F.log_softmax(${z}, dim=-1)`,
  },
  jax: {
    imports: [
      { line: 'import jax', uses: /\bjax\./ },
      { line: 'import jax.numpy as jnp', uses: /\bjnp\./ },
      { line: 'import jax.scipy.special', uses: /\bjax\.scipy\.special\./ },
    ],
    setup: (dt) => (dt === 'float64' ? 'jax.config.update("jax_enable_x64", True)  # else JAX computes in float32' : undefined),
    linspace: (a, b, n, dt) => `jnp.linspace(${py(a)}, ${py(b)}, ${n}, dtype=jnp.${dt})`,
    tensor: (xs, dt) => `jnp.array([${nums(xs)}], dtype=jnp.${dt})`,
    exprs: jaxExprs,
    softmax: (z) => `jax.nn.softmax(${z}, axis=-1)`,
    logSoftmax: (z) => `jax.nn.log_softmax(${z}, axis=-1)`,
  },
  keras: {
    imports: [{ line: 'import keras', uses: /\bkeras\./ }, { line: 'from keras import ops', uses: /\bops\./ }],
    linspace: (a, b, n, dt) => `ops.linspace(${py(a)}, ${py(b)}, ${n}, dtype="${dt}")`,
    tensor: (xs, dt) => `ops.convert_to_tensor([${nums(xs)}], dtype="${dt}")`,
    exprs: kerasExprs,
    softmax: (z) => `${K}.softmax(${z}, axis=-1)`,
    logSoftmax: (z) => `${K}.log_softmax(${z}, axis=-1)`,
  },
};

/** The imports the body uses, the setup, then the body. */
function program(d: Dialect, dtype: DType, body: readonly string[]): string {
  const setup = d.setup?.(dtype);
  const code = [...(setup ? [setup] : []), ...body];
  const text = code.join('\n');
  const imports = d.imports.filter((i) => i.uses.test(text)).map((i) => i.line);
  return [...imports, '', ...code].join('\n') + '\n';
}

/** Sparsemax has no built-in in these libraries: the sort-based projection, written once with NumPy. */
const SPARSEMAX_NUMPY = [
  'import numpy as np',
  '',
  'def sparsemax(z):',
  '    z = np.asarray(z, dtype=np.float64)',
  '    s = np.sort(z)[::-1]',
  '    k = np.arange(1, len(s) + 1)',
  '    cumsum = np.cumsum(s) - 1',
  '    support = s - cumsum / k > 0',
  '    tau = cumsum[support][-1] / k[support][-1]',
  '    return np.maximum(z - tau, 0.0)',
].join('\n');

function ident(id: string): string {
  return `y_${id.replace(/\W/g, '_')}`;
}

/** Python source computing the request in `framework`, in the panel's dtype; one line per plotted function. */
export function snippet(request: SnippetRequest, framework: SnippetFramework): string {
  const d = dialects[framework];
  const dtype = request.dtype;
  if (request.kind === 'vector') {
    const t = request.temperature;
    if (request.fn === 'sparsemax') {
      const np = request.log ? 'np.log(sparsemax(logits))' : 'sparsemax(logits)';
      return [SPARSEMAX_NUMPY, '', `logits = np.array([${nums(request.logits)}])`, `p = ${np}`, ''].join('\n');
    }
    const z = request.fn === 'softmin' ? (t === 1 ? '-logits' : `-logits / ${py(t)}`) : t === 1 ? 'logits' : `logits / ${py(t)}`;
    return program(d, dtype, [`logits = ${d.tensor(request.logits, dtype)}`, `p = ${request.log ? d.logSoftmax(z) : d.softmax(z)}`]);
  }
  const body = [`x = ${d.linspace(request.range.min, request.range.max, TABLE_POINTS, dtype)}`];
  const { m, b } = request.transform;
  let u = 'x';
  if (m !== 1 || b !== 0) {
    body.push(`u = ${m === 1 ? 'x' : `${py(m)} * x`}${b === 0 ? '' : b > 0 ? ` + ${py(b)}` : ` - ${py(-b)}`}  # input transform x = m·x′ + b`);
    u = 'u';
  }
  const seen = new Map<string, number>();
  for (const f of request.functions) {
    const def = activation(f.id);
    const expr = d.exprs[f.id];
    if (!def || def.kind !== 'elementwise' || !expr) continue;
    const k = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, k);
    body.push(`${ident(f.id)}${k > 1 ? `_${k}` : ''} = ${expr(u, def.resolve(f.params))}`);
  }
  return program(d, dtype, body);
}

/** Element-wise ids a framework has a snippet for (all of ours, today). */
export function hasSnippet(id: string, framework: SnippetFramework): boolean {
  return id in dialects[framework].exprs;
}
