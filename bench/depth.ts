// Depth speed: 100 layers of mean-field theory (budget 5 ms), a width-512, depth-50, batch-256
// random-network simulation (budget 1 s), 1,000 full-batch steps of a 4×32 MLP on 256 points
// (budget 2 s). Each is printed beside baselines run in the same process: the same run on the JS
// fallback kernels, and the plain f64 multiply-add loop of the same size, so a loaded machine shows in
// every column.
import { edgeOfChaos, signalPropagation, simulate, throughActivation, train } from '../src/core';
import { bestKernelPath } from '../src/core/depth/kernels';

const ms = (f: () => void): number => {
  const s = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - s) / 1e6;
};
const median = (t: number[]) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
const repeat = (n: number, f: () => void) => median(Array.from({ length: n }, () => ms(f)));

/**
 * n multiply-adds over Float64Arrays, four independent sums (no latency chain), in calls of 2²⁰: the
 * floor for plain JS dense kernels. (One call of all n ran 10× slower: its count outgrew the small
 * integers V8 had optimised the loop for.)
 */
function madds(n: number): () => void {
  const len = 1 << 12;
  const a = new Float64Array(len).fill(1.0001);
  const b = new Float64Array(len).fill(0.9999);
  const chunk = (): number => {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let r = 0; r < 256; r++) {
      for (let k = 0; k < len; k += 4) {
        s0 += a[k] * b[k];
        s1 += a[k + 1] * b[k + 1];
        s2 += a[k + 2] * b[k + 2];
        s3 += a[k + 3] * b[k + 3];
      }
    }
    return s0 + s1 + s2 + s3;
  };
  return () => {
    let s = 0;
    for (let done = 0; done < n; done += 1 << 20) s += chunk();
    if (s === 42) console.log('');
  };
}

/** The first run (what a user waits for) and the median of three more. */
function firstAndMedian(f: () => void): { first: number; median: number } {
  const first = ms(f);
  return { first, median: repeat(3, f) };
}

function theory(): void {
  console.log('theory                           median ms   budget');
  for (const id of ['relu', 'tanh', 'gelu', 'sigmoid', 'softplus', 'hardswish']) {
    const settings = { weightVariance: 1.5, biasVariance: 0.05, inputVariance: 1, depth: 100 };
    signalPropagation(id, {}, settings);
    const t = repeat(15, () => signalPropagation(id, {}, settings));
    console.log(`signalPropagation ${id.padEnd(10)} ×100 ${t.toFixed(2).padStart(8)}   < 5`);
  }
  for (const id of ['tanh', 'gelu']) console.log(`edgeOfChaos ${id.padEnd(21)} ${repeat(5, () => edgeOfChaos(id, {}, 0.05)).toFixed(2).padStart(8)}`);
  console.log(`throughActivation tanh           ${repeat(15, () => throughActivation('tanh', {}, { mean: 0.5, std: 2 })).toFixed(2).padStart(8)}`);
}

function simulation(): void {
  const work = 50 * 256 * 512 * 512;
  const base = madds(work);
  madds(1 << 24)();
  const settings = { activation: 'tanh', width: 512, depth: 50, batch: 256, init: 'glorot_normal', seed: 1 } as const;
  const ours = firstAndMedian(() => simulate(settings));
  const forwardOnly = repeat(3, () => simulate({ ...settings, gradients: false }));
  const js = ms(() => simulate(settings, { path: 'js' }));
  const floor = ms(base);
  console.log(`simulation 512×50, batch 256 (${bestKernelPath()}): first ${ours.first.toFixed(0)} ms, median of 3 ${ours.median.toFixed(0)} ms (forward only ${forwardOnly.toFixed(0)} ms); budget < 1000`);
  console.log(`  JS fallback ${js.toFixed(0)} ms (${(js / ours.median).toFixed(1)}× the median); ${work.toExponential(2)} bare f64 multiply-adds ${floor.toFixed(0)} ms`);
}

function training(): void {
  const work = 1000 * 3 * 256 * (2 * 32 + 3 * 32 * 32 + 32);
  const base = madds(work);
  madds(1 << 24)();
  const settings = { activation: 'relu', hidden: [32, 32, 32, 32], points: 256, steps: 1000, learningRate: 0.1, seed: 1 } as const;
  const ours = firstAndMedian(() => train(settings));
  const js = ms(() => train(settings, { path: 'js' }));
  const floor = ms(base);
  console.log(`training 4×32, 256 points, 1,000 steps (${bestKernelPath()}): first ${ours.first.toFixed(0)} ms, median of 3 ${ours.median.toFixed(0)} ms; budget < 2000`);
  console.log(`  JS fallback ${js.toFixed(0)} ms (${(js / ours.median).toFixed(1)}× the median); ${work.toExponential(2)} bare f64 multiply-adds ${floor.toFixed(0)} ms`);
}

export function run(): void {
  console.log('\n== depth: mean-field theory, simulation, training ==');
  theory();
  simulation();
  training();
}
