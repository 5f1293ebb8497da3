// Core speed: each element-wise function over 1e6 points in [−10, 10] next to the naive one-line formula,
// in the same process, plus softmax over a 1e6-long vector. Prints ns/element and the ratio.
// Each function has its own loop: a shared generic loop shares V8's call-site feedback and runs ~2× slower.
import stdlibErf from '@stdlib/math-base-special-erf';
import { gelu, geluTanh } from '../src/core/functions/gelu';
import { elu, erf, selu } from '../src/core/functions/exponential';
import { leaky, relu } from '../src/core/functions/piecewise';
import { logsigmoid, mish, sigmoid, silu, softplus } from '../src/core/functions/sigmoid';
import { softmax1d } from '../src/core/functions/softmax';
import { tanh } from '../src/core/functions/tanh';
import { activation } from '../src/core/registry';
import type { ElementwiseActivation } from '../src/core/types';

const N = 1_000_000;
const xs = new Float64Array(N);
const out = new Float64Array(N);
let seed = 42;
for (let i = 0; i < N; i++) {
  seed = (seed * 1103515245 + 12345) >>> 0;
  xs[i] = (seed / 2 ** 32) * 20 - 10;
}

type Loop = () => void;
function once(loop: Loop, n = N): number {
  const s = process.hrtime.bigint();
  loop();
  return Number(process.hrtime.bigint() - s) / n;
}

const median = (t: number[]) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)];

/** ns/element of two loops, alternated so that both see the same machine state; medians of `reps`. */
function pair(a: Loop, b: Loop, reps = 9, n = N): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < reps; r++) {
    ta.push(once(a, n));
    tb.push(once(b, n));
  }
  return [median(ta), median(tb)];
}

const C = Math.sqrt(2 / Math.PI);
/** The kernels the panel and the hover call (bound to default parameters). */
const k = (id: string) => (activation(id) as ElementwiseActivation).bind().f;
const [quickGelu, gelu10, laplace, relu2, hardMish, lisht, logcosh, xielu] =
  ['quick_gelu', 'gelu_10', 'laplace', 'relu2', 'hard_mish', 'lisht', 'logcosh', 'xielu'].map(k);
const S2 = 0.282095 * Math.SQRT2;
const rows: [string, Loop, Loop, string][] = [
  ['sigmoid', () => { for (let i = 0; i < N; i++) out[i] = sigmoid(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = 1 / (1 + Math.exp(-xs[i])); }, '1/(1+exp(−x))'],
  ['tanh', () => { for (let i = 0; i < N; i++) out[i] = tanh(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = Math.tanh(xs[i]); }, 'Math.tanh'],
  ['relu', () => { for (let i = 0; i < N; i++) out[i] = relu(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = Math.max(0, xs[i]); }, 'max(0,x)'],
  ['leaky_relu', () => { for (let i = 0; i < N; i++) out[i] = leaky(xs[i], 0.01); }, () => { for (let i = 0; i < N; i++) { const x = xs[i]; out[i] = x > 0 ? x : 0.01 * x; } }, 'x>0?x:0.01x'],
  ['softplus', () => { for (let i = 0; i < N; i++) out[i] = softplus(xs[i], 1, 20); }, () => { for (let i = 0; i < N; i++) out[i] = Math.log(1 + Math.exp(xs[i])); }, 'log(1+exp(x))'],
  ['logsigmoid', () => { for (let i = 0; i < N; i++) out[i] = logsigmoid(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = -Math.log(1 + Math.exp(-xs[i])); }, '−log(1+exp(−x))'],
  ['silu', () => { for (let i = 0; i < N; i++) out[i] = silu(xs[i], 1); }, () => { for (let i = 0; i < N; i++) out[i] = xs[i] / (1 + Math.exp(-xs[i])); }, 'x/(1+exp(−x))'],
  ['elu', () => { for (let i = 0; i < N; i++) out[i] = elu(xs[i], 1); }, () => { for (let i = 0; i < N; i++) { const x = xs[i]; out[i] = x > 0 ? x : Math.exp(x) - 1; } }, 'x>0?x:exp(x)−1'],
  ['selu', () => { for (let i = 0; i < N; i++) out[i] = selu(xs[i]); }, () => { for (let i = 0; i < N; i++) { const x = xs[i]; out[i] = x > 0 ? 1.0507009873554805 * x : 1.7580993408473766 * (Math.exp(x) - 1); } }, 'λ·(x or α(eˣ−1))'],
  ['mish', () => { for (let i = 0; i < N; i++) out[i] = mish(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = xs[i] * Math.tanh(Math.log1p(Math.exp(xs[i]))); }, 'x·tanh(log1p(exp(x)))'],
  ['erf', () => { for (let i = 0; i < N; i++) out[i] = erf(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = stdlibErf(xs[i]); }, '@stdlib erf'],
  ['gelu', () => { for (let i = 0; i < N; i++) out[i] = gelu(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = 0.5 * xs[i] * (1 + stdlibErf(xs[i] / Math.SQRT2)); }, '½x(1+erf(x/√2)), @stdlib erf'],
  ['gelu (tanh)', () => { for (let i = 0; i < N; i++) out[i] = geluTanh(xs[i]); }, () => { for (let i = 0; i < N; i++) { const x = xs[i]; out[i] = 0.5 * x * (1 + Math.tanh(C * (x + 0.044715 * x * x * x))); } }, '½x(1+tanh(…))'],
  ['quick_gelu', () => { for (let i = 0; i < N; i++) out[i] = quickGelu(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = xs[i] / (1 + Math.exp(-1.702 * xs[i])); }, 'x/(1+exp(−1.702x))'],
  ['gelu_10', () => { for (let i = 0; i < N; i++) out[i] = gelu10(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = Math.min(Math.max(0.5 * xs[i] * (1 + stdlibErf(xs[i] / Math.SQRT2)), -10), 10); }, 'clip(½x(1+erf(x/√2))), @stdlib erf'],
  ['laplace', () => { for (let i = 0; i < N; i++) out[i] = laplace(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = 0.5 * (1 + stdlibErf((xs[i] - 0.707107) / S2)); }, '½(1+erf((x−μ)/(σ√2))), @stdlib erf'],
  ['relu2', () => { for (let i = 0; i < N; i++) out[i] = relu2(xs[i]); }, () => { for (let i = 0; i < N; i++) { const x = xs[i]; out[i] = x > 0 ? x * x : 0; } }, 'x>0?x²:0'],
  ['hard_mish', () => { for (let i = 0; i < N; i++) out[i] = hardMish(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = 0.5 * xs[i] * Math.min(Math.max(xs[i] + 2, 0), 2); }, '½x·clamp(x+2,0,2)'],
  ['lisht', () => { for (let i = 0; i < N; i++) out[i] = lisht(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = xs[i] * Math.tanh(xs[i]); }, 'x·tanh(x)'],
  ['logcosh', () => { for (let i = 0; i < N; i++) out[i] = logcosh(xs[i]); }, () => { for (let i = 0; i < N; i++) out[i] = Math.log(Math.cosh(xs[i])); }, 'log(cosh(x))'],
  ['xielu', () => { for (let i = 0; i < N; i++) out[i] = xielu(xs[i]); }, () => { for (let i = 0; i < N; i++) { const x = xs[i]; out[i] = x > 0 ? 0.8 * x * x + 0.5 * x : 0.8 * (Math.expm1(Math.min(x, -1e-6)) - x) + 0.5 * x; } }, 'where(x>0, …, α(expm1(min(x,ε))−x)+βx)'],
];

export function run(): void {
  console.log('\n== core: ns/element over 1e6 points in [−10, 10] (median of 9, alternated with the naive loop) ==');
  console.log('function       ours   naive  ratio  naive formula');
  let stdlib = 0;
  for (const [name, ours, naive, formula] of rows) {
    const [a, b] = pair(ours, naive);
    if (name === 'erf') stdlib = b;
    const vsStdlib = name.startsWith('gelu') && stdlib ? `  (vs @stdlib erf alone: ${(a / stdlib).toFixed(2)}×)` : '';
    console.log(`${name.padEnd(13)} ${a.toFixed(2).padStart(6)} ${b.toFixed(2).padStart(6)} ${(a / b).toFixed(2).padStart(5)}×  ${formula}${vsStdlib}`);
  }
  const logits = Array.from(xs);
  const naiveSoftmax = (v: number[]) => {
    let m = -Infinity;
    for (const x of v) if (x > m) m = x;
    const e = v.map((x) => Math.exp(x - m));
    let s = 0;
    for (const x of e) s += x;
    return e.map((x) => x / s);
  };
  const [a, b] = pair(() => { softmax1d(logits, 1); }, () => { naiveSoftmax(logits); }, 5);
  console.log(`${'softmax 1e6'.padEnd(13)} ${a.toFixed(2).padStart(6)} ${b.toFixed(2).padStart(6)} ${(a / b).toFixed(2).padStart(5)}×  max-subtract, exp, sum, divide`);
}

