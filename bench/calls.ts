// Call reader speed: describeCallAt at 1,000 random call sites and 1,000 random other offsets in a generated
// 50,000-line and a 500-line Python file (imports read once per document version, so the big file should
// not be slower), then the slowest call over a hostile corpus (1 MB line, 200k-element list, deep parens …).
// Goals: median < 0.2 ms, p99 < 1 ms, hostile < 5 ms. Run through `npm run bench` (bench/index.ts).
import { existsSync, readFileSync } from 'node:fs';
import { clearImportCache, describeCallAt } from '../src/calls';
import { formulasFor } from '../src/core';
import { toHoverInput } from '../src/hover/input';
import { renderHover, type FormulaSvgs, type RenderContext } from '../src/hover/markdown';

/** The hover as the provider renders it, with the build's formula SVGs when `npm run compile` has run. */
const FORMULAS: Record<string, FormulaSvgs> = existsSync('dist/formulas.json') ? JSON.parse(readFileSync('dist/formulas.json', 'utf8')) : {};
const COLORS = { curve: '#4fc1ff', derivative: '#c586c0', axis: '#6b6b6b', point: '#f48771', text: '#cccccc' };
function describeAndRender(text: string, offset: number, options: Parameters<typeof describeCallAt>[3]): boolean {
  const call = describeCallAt(text, offset, 'python', options);
  const input = call && toHoverInput(call);
  if (!input) return false;
  const ctx: RenderContext = { digits: 6, colors: COLORS, formulas: FORMULAS[formulasFor(input.def, input.params).key], vanishingThreshold: 0.01 };
  return renderHover(input, ctx).length > 0;
}

let seed = 7;
function rand(): number {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const lit = () => (rand() * 6 - 3).toFixed(2);

const HEADER = [
  '"""A generated model file for the call reader benchmark."""',
  'import math',
  'import numpy as np',
  'import torch',
  'import torch.nn as nn',
  'import torch.nn.functional as F',
  'import jax',
  'import jax.numpy as jnp',
  'from jax import nn as jnn',
  'import tensorflow as tf',
  'from keras import layers, activations',
  '',
];

/** Calls with literal arguments (evaluated) and with variables (recognised, no value). */
const CALLS: readonly (() => string)[] = [
  () => `F.gelu(torch.tensor(${lit()}))`,
  () => `F.gelu(torch.tensor(${lit()}), approximate='tanh')`,
  () => `F.leaky_relu(torch.tensor(${lit()}), negative_slope=0.2)`,
  () => `torch.sigmoid(torch.tensor([${lit()}, ${lit()}, ${lit()}]))`,
  () => `F.softmax(torch.tensor([${lit()}, ${lit()}, ${lit()}, ${lit()}]) / 0.5, dim=-1)`,
  () => `F.softplus(torch.tensor(${lit()}), beta=2)`,
  () => `jax.nn.gelu(${lit()})`,
  () => `jnn.softmax(jnp.array([${lit()}, ${lit()}]), axis=-1)`,
  () => `tf.nn.leaky_relu(${lit()})`,
  () => `activations.hard_sigmoid(${lit()})`,
  () => `nn.LeakyReLU(0.2)(torch.tensor(${lit()}))`,
  () => 'F.gelu(x)',
  () => 'F.silu(self.w(x)) * self.v(x)',
  () => 'F.log_softmax(self.head(x), dim=-1)',
  () => 'torch.argmax(probs, dim=-1)',
];

const FILLER: readonly string[] = [
  'x = self.fc1(x)',
  'h = torch.cat([a, b], dim=-1)',
  '# a comment with gelu(0.3) in it',
  'for i in range(len(layers)):',
  '    total += weights[i] * values[i]',
  'loss = criterion(logits, target)',
  's = "a string with F.relu(1.0) inside"',
  'return x',
];

interface Doc {
  readonly text: string;
  /** Offsets on or inside a call. */
  readonly calls: number[];
}

function generate(lines: number): Doc {
  const out: string[] = [...HEADER];
  const calls: number[] = [];
  let pos = out.reduce((n, l) => n + l.length + 1, 0);
  const push = (line: string, call?: { at: number; length: number }) => {
    if (call) calls.push(pos + call.at + Math.floor(rand() * call.length));
    out.push(line);
    pos += line.length + 1;
  };
  let fn = 0;
  while (out.length < lines) {
    push(`def block_${fn++}(self, x, probs, logits, target):`);
    push(`    """Block ${fn}: a few layers."""`);
    for (let k = 0; k < 8 && out.length < lines; k++) {
      if (rand() < 0.45) {
        const c = pick(CALLS)();
        const prefix = pick(['    y = ', '    print(', '    return ', '    z = 1.0 + ']);
        push(prefix + c + (prefix.includes('print') ? ')' : ''), { at: prefix.length, length: c.length });
      } else {
        push('    ' + pick(FILLER));
      }
    }
    push('');
  }
  return { text: out.join('\n'), calls };
}

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function timeOne(text: string, offset: number, options: Parameters<typeof describeCallAt>[3], lang = 'python'): number {
  const t0 = process.hrtime.bigint();
  describeCallAt(text, offset, lang, options);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

interface Row { file: string; what: string; median: number; p99: number; max: number; found: string }

/**
 * 1,000 call sites and 1,000 other offsets per file, the two files interleaved call by call so that both see
 * the same machine (the numbers are per call; a loaded machine shows in p99 and max).
 */
function measure(files: readonly { name: string; doc: Doc }[], withVersion: boolean): Row[] {
  const rows: Row[] = [];
  const opts = (name: string) => (withVersion ? { uri: `bench://${name}`, version: 1 } : {});
  clearImportCache();
  const colds = files.map((f) => timeOne(f.doc.text, f.doc.calls[0], opts(f.name)));
  // Warm-up (JIT) for both paths measured below: the reader alone and the reader plus the hover rendering.
  for (const f of files) {
    for (let i = 0; i < 300; i++) {
      describeCallAt(f.doc.text, f.doc.calls[i % f.doc.calls.length], 'python', opts(f.name));
      describeAndRender(f.doc.text, f.doc.calls[(i * 7) % f.doc.calls.length], opts(f.name));
    }
  }
  const plan = files.map((f) => ({
    sites: Array.from({ length: 1000 }, () => pick(f.doc.calls)),
    others: Array.from({ length: 1000 }, () => Math.floor(rand() * f.doc.text.length)),
  }));
  const times = files.map(() => ({ sites: [] as number[], others: [] as number[], hover: [] as number[], foundSites: 0, foundOthers: 0, rendered: 0 }));
  for (let i = 0; i < 1000; i++) {
    files.forEach((f, k) => {
      const t0 = process.hrtime.bigint();
      if (describeAndRender(f.doc.text, plan[k].sites[i], opts(f.name))) times[k].rendered++;
      times[k].hover.push(Number(process.hrtime.bigint() - t0) / 1e6);
      for (const what of ['sites', 'others'] as const) {
        const o = plan[k][what][i];
        const t0 = process.hrtime.bigint();
        const d = describeCallAt(f.doc.text, o, 'python', opts(f.name));
        times[k][what].push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (d) times[k][what === 'sites' ? 'foundSites' : 'foundOthers']++;
      }
    });
  }
  files.forEach((f, k) => {
    const name = withVersion ? f.name : `${f.name}, no version`;
    const t = times[k];
    rows.push({ file: name, what: 'call sites', median: quantile(t.sites, 0.5), p99: quantile(t.sites, 0.99), max: Math.max(...t.sites), found: `${t.foundSites}/1000` });
    rows.push({ file: name, what: 'call sites + hover render', median: quantile(t.hover, 0.5), p99: quantile(t.hover, 0.99), max: Math.max(...t.hover), found: `${t.rendered}/1000` });
    rows.push({ file: name, what: 'random offsets', median: quantile(t.others, 0.5), p99: quantile(t.others, 0.99), max: Math.max(...t.others), found: `${t.foundOthers}/1000` });
    rows.push({ file: name, what: 'first call (reads imports)', median: colds[k], p99: colds[k], max: colds[k], found: '' });
  });
  return rows;
}

/** Inputs built to be slow: each is timed at a few offsets, median of 7 runs per offset. */
function hostile(): { name: string; ms: number; problem: string }[] {
  const list = (n: number) => Array.from({ length: n }, (_, i) => (((i * 37) % 101) / 10 - 5).toFixed(1)).join(', ');
  const cases: [string, string, number[]][] = [];
  const add = (name: string, text: string, offsets: number[]) => cases.push([name, text, offsets]);
  const big = `y = F.gelu(torch.tensor([${list(200_000)}]))`;
  add('200k-element list', big, [6, 30, big.length >> 1, big.length - 3]);
  const mbLine = `y = F.relu(${'1.0 + '.repeat(175_000)}1.0)`;
  add('1 MB expression line', mbLine, [6, mbLine.length >> 1, mbLine.length - 2]);
  const mbLine2 = 'x = 1; '.repeat(150_000) + 'F.gelu(torch.tensor(0.3))';
  add('call at the end of a 1 MB line', mbLine2, [mbLine2.length - 10, mbLine2.length >> 1]);
  const deep = `F.gelu(${'('.repeat(5000)}0.3${')'.repeat(5000)})`;
  add('5,000-deep parentheses', deep, [1, 2500, 5007, deep.length - 2]);
  const deepList = `F.gelu(torch.tensor(${'['.repeat(5000)}0.3${']'.repeat(5000)}))`;
  add('5,000-deep lists', deepList, [1, 3000]);
  const unbalanced = `F.gelu(${'('.repeat(100_000)}`;
  add('unbalanced brackets', unbalanced, [1, 50_000, unbalanced.length]);
  const mbString = `F.gelu("${'x'.repeat(1_000_000)}")`;
  add('1 MB string argument', mbString, [1, 500_000]);
  const mbIds = `F.gelu(${'a '.repeat(500_000)})`;
  add('1 MB of names', mbIds, [1, 500_000]);
  const minus = `F.gelu(${'-'.repeat(100_000)}1)`;
  add('100,000 unary minus', minus, [1, 50_000]);
  return timeCases(cases);
}

/** The largest inputs that are evaluated in full (10,000 elements: value, derivative, no alternatives). */
function largest(): { name: string; ms: number; problem: string }[] {
  const list = (n: number) => Array.from({ length: n }, (_, i) => (((i * 37) % 101) / 10 - 5).toFixed(1)).join(', ');
  return timeCases([
    ['softmax of 10,000 elements', `F.softmax(torch.tensor([${list(10_000)}]), dim=0)`, [2]],
    ['gelu of a 3-D list of 10,000', `F.gelu(torch.tensor([${'[[0.5, -0.5], [1.5, 2.5]], '.repeat(2500)}]))`, [1]],
    ['sigmoid of 10,000 (tfjs)', `tf.sigmoid(tf.tensor1d([${list(10_000)}]))`, [2]],
  ]);
}

function timeCases(cases: readonly [string, string, number[]][]): { name: string; ms: number; problem: string }[] {
  const out: { name: string; ms: number; problem: string }[] = [];
  for (const [name, text, offsets] of cases) {
    const flat = Buffer.from(text).toString(); // a flat string, as an editor's getText() returns
    let worst = 0;
    let problem = '';
    const lang = name.includes('tfjs') ? 'typescript' : 'python';
    for (const o of offsets) {
      describeCallAt(flat, o, lang);
      const times: number[] = [];
      for (let r = 0; r < 7; r++) times.push(timeOne(flat, o, undefined, lang));
      worst = Math.max(worst, quantile(times, 0.5));
      problem ||= describeCallAt(flat, o, lang)?.problem ?? '';
    }
    out.push({ name, ms: worst, problem });
  }
  return out;
}

const f3 = (x: number) => x.toFixed(3).padStart(8);

export function run(): void {
  console.log('\n== calls: describeCallAt latency (ms) ==');
  const big = generate(50_000);
  const small = generate(500);
  console.log(`files: 50,000 lines (${(big.text.length / 1e6).toFixed(1)} MB, ${big.calls.length} calls), 500 lines (${(small.text.length / 1e3).toFixed(0)} KB)`);
  console.log('file                  offsets                     median      p99      max  found');
  const files = [{ name: '50k lines', doc: big }, { name: '500 lines', doc: small }];
  const rows = [...measure(files, true), ...measure(files.slice(0, 1), false)];
  for (const r of rows) console.log(`${r.file.padEnd(22)}${r.what.padEnd(26)}${f3(r.median)} ${f3(r.p99)} ${f3(r.max)}  ${r.found}`);
  const ratio = rows[0].median / rows[4].median;
  const hoverRatio = rows[1].median / rows[5].median;
  console.log(`50k / 500 median at call sites: ${ratio.toFixed(2)}×, with hover render: ${hoverRatio.toFixed(2)}× (goal ≈ 1: imports are read once per document version)`);
  console.log('\n-- hostile inputs (median of 7 runs at each offset; the worst offset) --');
  const h = hostile();
  for (const c of h) console.log(`${c.name.padEnd(32)}${f3(c.ms)}  ${c.problem}`);
  const worst = h.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`slowest: ${worst.name} ${worst.ms.toFixed(3)} ms (goal < 5 ms)`);
  console.log('\n-- largest inputs evaluated in full (median of 7) --');
  for (const c of largest()) console.log(`${c.name.padEnd(32)}${f3(c.ms)}  ${c.problem}`);
}

