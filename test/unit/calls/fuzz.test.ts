// Fuzzing the call reader with fast-check: > 100,000 generated and mutated inputs (token soup, mutated real
// calls, arbitrary UTF-16 including lone surrogates and NUL, and a few huge hostile inputs). The reader
// itself (not the public wrapper that swallows errors) must never throw or overflow the stack, and what it
// returns must be consistent.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describeCallAt, type CallDescription } from '../../../src/calls';
import { describe as describeUnwrapped } from '../../../src/calls/describe';
import { DocumentScan } from '../../../src/calls/scan';
import { activation } from '../../../src/core';

const LANGS = ['python', 'typescript', 'javascript', 'julia', 'javascriptreact', 'plaintext'] as const;
const FRAMEWORKS = ['torch', 'jax', 'keras', 'tf', 'tfjs', 'nnlib', undefined] as const;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
/** FUZZ_SCALE=10 for a longer campaign (the default keeps the suite at a few seconds). */
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);

const TOKENS = [
  'F.gelu', 'F.softmax', 'F.leaky_relu', 'torch.tensor', 'torch.argmax', 'jax.nn.gelu', 'jnp.array', 'tf.nn.leaky_relu',
  'tf.leakyRelu', 'tf.scalar', 'tf.tensor1d', 'keras.activations.relu', 'layers.LeakyReLU', 'nn.GELU', 'nn.LeakyReLU',
  'layers.Activation', 'np.argmax', 'expit', 'σ', 'hardσ', 'relu', 'softmax', 'gelu', 'Float32', 'print',
  '(', ')', '[', ']', '{', '}', ',', ';', '=', '.', '.(', ' ', '  ', '\n', '\t', '\r\n', '\\\n',
  '0.3', '-', '+', '*', '/', '**', '^', '%', '//', './', '.*', '÷', '−',
  '1e999', '-0.0', '1_000', '0x1F', '0b2', '1f0', '1n', '1j', '.5', '5.', '2π', '1e', '1e+', '0x', '9'.repeat(40),
  'math.pi', 'np.inf', "float('inf')", 'float("nan")', 'Inf', 'NaN', 'Infinity', 'Math.PI', 'nan', 'True', 'None', 'nothing',
  '"', "'", '"""', "'''", '`', '${', '#', '#=', '=#', '/*', '*/', '/gelu(/g', 'r"(', "f'{x}'",
  'dim=', 'axis=', 'dims=', 'approximate=', "'tanh'", 'negative_slope=', 'dtype=torch.float16', 'alpha=0.2', 'beta=',
  'x', 'logits', 'self.fc(x)', '*args', '**kw', '...', '@', 'lambda x: x', 'for', 'if', 'else', 'def ', 'class ',
  'import torch.nn.functional as F\n', 'from jax import nn\n', 'using Flux\n', "import * as tf from '@tensorflow/tfjs'\n",
  'import NNlib: gelu\n', 'from scipy.special import softmax\n', 'def gelu(x):\n',
  '\u0000', '\ud800', '\udc00', '\udbff\udfff', '😀', 'π', '\u00a0', '\ufeff', '\u2028',
] as const;

const SEEDS = [
  'import torch\nimport torch.nn.functional as F\ny = F.gelu(torch.tensor(0.3), approximate="tanh")\n',
  'x = F.softmax(torch.tensor([[1.0, 2.0], [3.0, 4.0]]) / 0.5, dim=-1)',
  'nn.LeakyReLU(0.2)(torch.tensor([-1.0, 2.0], dtype=torch.float16))',
  'print(jax.nn.gelu(jnp.array([0.3, -1e-3, .5, 5.])))',
  'keras.activations.relu(-1.5, negative_slope=0.1, max_value=6.0)',
  "tf.leakyRelu(tf.tensor2d([1, -2, 3, -4], [2, 2], 'float32'), 0.2).print();",
  'using Flux\nσ.(Float32[1, 2]) .+ softmax([1.0, 2.0] ./ 0.5; dims = 1)',
  'F.softplus(torch.linspace(-1, 1, 5), 2, 20) # comment (',
  'torch.argmax(torch.tensor([[0.1, 2.5], [3.0, 0.0]]) * 2 ** -1)',
  "layers.Activation('gelu')(float('-inf'))",
];

function checkResult(text: string, offset: number, d: CallDescription | undefined): void {
  if (!d) return;
  const at = Math.max(0, Math.min(text.length, Math.floor(offset)));
  assert.ok(d.range.start >= 0 && d.range.start <= at && at <= d.range.end && d.range.end <= text.length, 'range holds the offset');
  const def = activation(d.activation);
  assert.ok(def, `core knows ${d.activation}`);
  for (const spec of def.params) assert.notEqual(d.params[spec.name], undefined, `param ${spec.name} of ${d.activation}`);
  if (d.value !== undefined) assert.equal(d.problem, undefined, 'a value comes without a problem');
  assert.equal(typeof d.callee, 'string');
}

/** Inputs read, and how many were recognised calls (so the fuzzing is seen to reach the evaluator). */
const counts = { runs: 0, calls: 0, values: 0 };

function run(text: string, offset: number, lang: string, fw: (typeof FRAMEWORKS)[number], preamble?: string): void {
  const options = { defaultFramework: fw, preamble };
  counts.runs++;
  const d = describeUnwrapped(text, offset, lang, options);
  checkResult(text, offset, d);
  if (d) counts.calls++;
  if (d?.value !== undefined) counts.values++;
}

const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((xs) => xs.join(''));
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 });

function mutate(text: string, muts: readonly [number, number, string, 'ins' | 'del' | 'dup' | 'rep'][]): string {
  let t = text;
  for (const [p, n, tok, kind] of muts) {
    const i = t.length ? p % (t.length + 1) : 0;
    if (kind === 'ins') t = t.slice(0, i) + tok + t.slice(i);
    else if (kind === 'del') t = t.slice(0, i) + t.slice(i + n);
    else if (kind === 'dup') t = t.slice(0, i) + t.slice(i, i + n).repeat(3) + t.slice(i);
    else t = t.slice(0, i) + tok + t.slice(i + Math.max(1, n));
  }
  return t;
}

describe('calls: fuzz (fast-check)', function () {
  this.timeout(120_000);

  it('token soup in every language: 50,000 inputs', () => {
    fc.assert(
      fc.property(soup, fc.nat(), fc.constantFrom(...LANGS), fc.constantFrom(...FRAMEWORKS), (text, o, lang, fw) => {
        run(text, (o % (text.length + 3)) - 1, lang, fw);
      }),
      { numRuns: 50_000 * scale, seed },
    );
  });

  it('mutated real calls, cursor anywhere: 40,000 inputs', () => {
    const mutation = fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...TOKENS), fc.constantFrom('ins' as const, 'del' as const, 'dup' as const, 'rep' as const));
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { maxLength: 8 }), fc.nat(), fc.constantFrom(...LANGS), fc.option(soup), (seedText, muts, o, lang, preamble) => {
        const text = mutate(seedText, muts);
        run(text, o % (text.length + 2), lang, undefined, preamble ?? undefined);
      }),
      { numRuns: 40_000 * scale, seed },
    );
  });

  it('generated calls with random literal expressions: 20,000 inputs', () => {
    const literal = fc.oneof(
      fc.double().map((x) => String(x)),
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.constantFrom('1e-3', '.5', '5.', '1_000', '0x1F', '1e999', '-0.0', 'math.pi', "float('inf')", 'np.nan', 'x', 'True', "'tanh'"),
    );
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', maxDepth: 6 },
        literal,
        tie('expr').map((e) => `-${e}`),
        tie('expr').map((e) => `(${e})`),
        fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '**', '%', '//'), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
        fc.array(tie('expr'), { maxLength: 5 }).map((xs) => `[${xs.join(', ')}]`),
        fc.array(tie('expr'), { maxLength: 3 }).map((xs) => `(${xs.join(', ')},)`),
        tie('expr').map((e) => `torch.tensor(${e})`),
        tie('expr').map((e) => `np.array(${e}, dtype=np.float16)`),
      ),
    }));
    const callees = ['F.gelu', 'F.softmax', 'F.leaky_relu', 'torch.argmax', 'jax.nn.gelu', 'jax.nn.softmax', 'tf.math.argmax', 'nn.LeakyReLU(0.2)', 'F.softplus', 'F.glu', 'F.hardtanh', 'scipy.special.softmax'];
    const kwargs = ['', ', dim=0', ', dim=-1', ', axis=1', ', negative_slope=0.2', ', approximate="tanh"', ', beta=2', ', 0.5, 1.5', ', dim=None'];
    fc.assert(
      fc.property(fc.constantFrom(...callees), expr, fc.constantFrom(...kwargs), fc.option(expr), fc.nat(), (callee, e, kw, t, o) => {
        const text = `y = ${callee}(${e}${t === null ? '' : ` / ${t}`}${kw})`;
        run(text, o % (text.length + 1), 'python', 'torch');
      }),
      { numRuns: 20_000 * scale, seed },
    );
  });

  it('arbitrary UTF-16 (lone surrogates, NUL) around a call: 15,000 inputs', () => {
    fc.assert(
      fc.property(anyUnits, anyUnits, fc.nat({ max: 400 }), fc.constantFrom(...LANGS), (pre, post, o, lang) => {
        const text = `${pre}F.gelu(${post})σ.(${pre})`;
        run(text, o % (text.length + 1), lang, 'torch');
      }),
      { numRuns: 15_000 * scale, seed },
    );
  });

  it('huge inputs: 1 MB lines, 200k-element lists, 5,000-deep brackets, unbalanced text', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => (i % 13) - 6).join(',');
    const builders: ((k: number) => string)[] = [
      (k) => `y = F.gelu(torch.tensor([${list(200_000 + k)}]))`,
      (k) => `y = F.relu(${'1.0 + '.repeat(170_000 + k)}1)`,
      (k) => `F.gelu(${'('.repeat(5000 + k)}0.3${')'.repeat(5000 + k)})`,
      (k) => `F.gelu(torch.tensor(${'['.repeat(5000 + k)}0.3${']'.repeat(5000 - k)}))`,
      (k) => `F.gelu(${'('.repeat(100_000 + k)}`,
      (k) => `F.gelu(${')'.repeat(50_000 + k)}`,
      (k) => `F.gelu("${'x'.repeat(1_000_000 + k)}")`,
      (k) => `F.gelu(${'-'.repeat(20_000 + k)}1)`,
      (k) => `F.gelu(${'a '.repeat(500_000 + k)})`,
      (k) => `σ.(${'[1.0, '.repeat(30_000 + k)}`,
      (k) => `tf.relu(${'`'.repeat(k + 1)}${'x'.repeat(300_000)})`,
      (k) => `F.softmax(torch.tensor([${list(10_000)}]) / 0.${k + 1}, dim=0)`,
      (k) => 'x = 1; '.repeat(150_000 + k) + 'F.gelu(torch.tensor(0.3))',
    ];
    fc.assert(
      fc.property(fc.nat({ max: builders.length - 1 }), fc.nat({ max: 9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('python', 'typescript', 'julia'), (b, k, where, lang) => {
        const text = builders[b](k);
        const offset = Math.floor(where * text.length);
        run(text, offset, lang, 'torch');
        run(text, 2, lang, 'torch');
      }),
      { numRuns: 60 * scale, seed },
    );
  });

  it('read more than 100,000 inputs, thousands of them recognised calls with values', function () {
    if (counts.runs === 0) this.skip(); // run alone (--grep)
    assert.ok(counts.runs > 100_000 * scale, `${counts.runs} inputs`);
    assert.ok(counts.calls > 10_000, `${counts.calls} calls`);
    assert.ok(counts.values > 2_000, `${counts.values} values`);
    console.log(`      (${counts.runs} inputs, ${counts.calls} recognised calls, ${counts.values} with values)`);
  });

  it('the public function agrees with the reader and never throws on garbage', () => {
    const garbage: unknown[] = [null, undefined, 42, {}, [], 'F.gelu(0.3)'];
    for (const g of garbage) {
      assert.doesNotThrow(() => describeCallAt(g as string, 0, 'python'));
      assert.doesNotThrow(() => describeCallAt('F.gelu(0.3)', g as number, g as string, g as object));
    }
    const text = SEEDS[0];
    const o = text.indexOf('gelu');
    assert.deepEqual(describeCallAt(text, o, 'python'), describeUnwrapped(text, o, 'python', {}));
  });
});

// --- the document scan: structure on any input, and the strings-and-comments grammar against a generator ---

const SYNTAXES = ['python', 'js', 'julia'] as const;
const LANG_OF = { python: 'python', js: 'typescript', julia: 'julia' } as const;

/** Every token in order, inside the text and apart; partners paired both ways; `up` points back at an opener. */
function checkScan(text: string, syntax: (typeof SYNTAXES)[number]): void {
  const s = new DocumentScan(text, syntax);
  assert.ok(s.count <= text.length, 'at most a token per character');
  let last = 0;
  for (let i = 0; i < s.count; i++) {
    assert.ok(s.start(i) >= last && s.end(i) > s.start(i) && s.end(i) <= text.length, `token ${i} in order`);
    last = s.end(i);
    const p = s.partner(i);
    if (p >= 0) assert.equal(s.partner(p), i, 'partners pair both ways');
    if (p >= 0) assert.ok(s.isOpen(i) ? p > i && s.isClose(p) : p < i && s.isOpen(p), 'an opener before its closer');
    const up = s.up(i);
    assert.ok(up === -1 || (up < i && s.isOpen(up)), 'up is an earlier opener');
  }
}

/** A literal of each language that hides `inside`, and whether a generated body may hold each character. */
const HIDING: Record<(typeof SYNTAXES)[number], readonly ((body: string, inside: string) => string)[]> = {
  python: [
    (b, x) => `'${b.replace(/['\\\n]/g, ' ')}${x}'`,
    (b, x) => `"${b.replace(/["\\\n]/g, ' ')}${x}"`,
    (b, x) => `'''${b.replace(/['\\]/g, ' ')}\n${x}\n'''`,
    (b, x) => `"""${b.replace(/["\\]/g, ' ')}${x}"""`,
    (b, x) => `f"{a['k']} ${b.replace(/["\\\n{}]/g, ' ')}{{${x}}}"`,
    (b, x) => `rb'${b.replace(/['\\\n]/g, ' ')}${x}'`,
    (b, x) => `# ${b.replace(/\n/g, ' ')}${x}\n`,
  ],
  js: [
    (b, x) => `'${b.replace(/['\\\n]/g, ' ')}${x}'`,
    (b, x) => `"${b.replace(/["\\\n]/g, ' ')}${x}"`,
    (b, x) => `\`${b.replace(/[`\\$]/g, ' ')}\${ a ? \`\${"}"}\` : '{' }\n${x}\``,
    (b, x) => `/* ${b.replace(/\*/g, ' ')}\n${x} */`,
    (b, x) => `// ${b.replace(/\n/g, ' ')}${x}\n`,
  ],
  julia: [
    (b, x) => `"${b.replace(/["\\$]/g, ' ')}$(f(")"))\n${x}"`,
    (b, x) => `"""${b.replace(/["\\$]/g, ' ')}${x}"""`,
    (b, x) => `#= ${b.replace(/[#=]/g, ' ')} #= nested =#\n${x} =#`,
    (b, x) => `# ${b.replace(/\n/g, ' ')}${x}\n`,
  ],
};

const CALL: Record<(typeof SYNTAXES)[number], string> = { python: 'F.relu(-2.0)', js: 'tf.relu(-2)', julia: 'relu(-2.0)' };

describe('calls: fuzz the document scan (fast-check)', function () {
  this.timeout(120_000);

  it('any input: tokens in order, brackets paired, never throws (20,000 inputs)', () => {
    const text = fc.oneof(soup, anyUnits, fc.array(fc.constantFrom('(', ')', '[', ']', '{', '}', '"', "'", '`', '#=', '=#', '/*', '*/', '${', '$(', 'f"{', '\n', 'x'), { maxLength: 60 }).map((x) => x.join('')));
    fc.assert(fc.property(text, fc.constantFrom(...SYNTAXES), (t, syntax) => checkScan(t, syntax)), { numRuns: 20_000 * scale, seed });
  });

  it('a call hidden in a generated string or comment is silent; the same call around it is found (10,000 documents)', () => {
    const body = fc.string({ unit: fc.constantFrom('a', ' ', '(', ')', '[', '"', "'", '`', '#', '=', '{', '}', '$', '\\', '\n', '*', '/'), maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom(...SYNTAXES), fc.array(fc.tuple(fc.nat(), body, fc.boolean()), { minLength: 1, maxLength: 6 }), (syntax, parts) => {
        const forms = HIDING[syntax];
        const call = CALL[syntax];
        let text = '';
        const hidden: number[] = [];
        const visible: number[] = [];
        for (const [k, b, code] of parts) {
          if (code) {
            visible.push(text.length + 4);
            text += `\ny = ${call}\n`;
          } else {
            const lit = forms[k % forms.length](b, call);
            hidden.push(text.length + 4 + lit.lastIndexOf(call));
            text += `\ns = ${lit}\n`;
          }
        }
        checkScan(text, syntax);
        for (const o of hidden) assert.equal(describeUnwrapped(text, o + 1, LANG_OF[syntax], {}), undefined, `hidden at ${o} in ${JSON.stringify(text)}`);
        for (const o of visible) assert.equal(describeUnwrapped(text, o + 1, LANG_OF[syntax], {})?.activation, 'relu', `found at ${o} in ${JSON.stringify(text)}`);
      }),
      { numRuns: 10_000 * scale, seed },
    );
  });
});
