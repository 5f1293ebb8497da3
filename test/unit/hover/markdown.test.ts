import * as assert from 'node:assert/strict';
import { activation, activations, entropy, type Activation, type ElementwiseActivation } from '../../../src/core';
import { distributionInsights, rowsInsights, scalarInsights } from '../../../src/hover/insights';
import { HOVER_COMMANDS, renderHover, type RenderContext } from '../../../src/hover/markdown';
import { base64 } from '../../../src/hover/picture';
import { decodedImages, plain } from './support';

const colors = { curve: '#111111', derivative: '#222222', axis: '#333333', point: '#ff0000', text: '#444444' };
const ctx: RenderContext = {
  digits: 6,
  colors,
  vanishingThreshold: 0.01,
  formulas: { formula: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="20" viewBox="0 0 10 2" fill="currentColor">f</svg>', derivative: '<svg width="500" height="30" viewBox="0 0 50 3">d</svg>' },
};
const ew = (id: string) => activation(id) as ElementwiseActivation;
const def = (id: string) => activation(id) as Activation;

function scalarHover(id: string, x: number, params = {}) {
  const d = ew(id);
  const p = d.resolve(params);
  return renderHover({ def: d, params: p, qualifiedName: `torch.nn.functional.${id}`, input: x, value: d.value(x, p), derivative: d.derivative(x, p) }, ctx);
}

describe('hover markdown', () => {
  it('shows the qualified name, parameters, value and derivative to the configured digits', () => {
    const md = scalarHover('gelu', 0.3);
    assert.match(md, /^\*\*torch\\\.nn\\\.functional\\\.gelu\*\* `approximate='none'` — GELU {2}\n/);
    assert.match(md, /\n`gelu\(0\.3\)` = `0\.185373` · derivative `0\.732328` {2}\n/);
  });

  it('is one paragraph of hard-broken lines: no blank line, no table, no heading', () => {
    for (const md of [scalarHover('gelu', 0.3), scalarHover('relu', -1), scalarHover('softplus', 30)]) {
      assert.doesNotMatch(md, /\n\s*\n/, 'a blank line starts a new paragraph (8 px margins)');
      assert.doesNotMatch(md, /^\|/m);
      assert.ok(md.split('\n').length <= 6, `${md.split('\n').length} lines`);
    }
  });

  it('embeds ONE image: the curve beside the formula and derivative coloured for the theme', () => {
    const images = decodedImages(scalarHover('gelu', 0.3));
    assert.equal(images.length, 1);
    const [svg] = images;
    assert.ok(svg.includes('>f</svg>') && svg.includes('>d</svg>'), 'both formulas nested');
    assert.ok(svg.includes('fill="#444444"') && !svg.includes('currentColor'), 'formula coloured for the theme');
    assert.ok(svg.includes('<circle'), 'curve marks the point');
    assert.match(svg, /<svg x="200" y="[\d.]+" width="278\.0" height="16\.7"/, 'a wide derivative is scaled down to fit its box');
  });

  it('falls back to text formulas drawn in the image (and in its alt text) and says a literal is needed', () => {
    const d = ew('sigmoid');
    const md = renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.sigmoid' }, { ...ctx, formulas: undefined });
    assert.match(plain(md), /!\[sigmoid around the point; σ\(x\) = 1 \/ \(1 \+ e\^\(−x\)\)/);
    assert.match(md, /needs a literal argument/);
    const [svg] = decodedImages(md);
    assert.match(svg, /<text[^>]*font-family="serif"[^>]*>&#963;\(x\) = 1 \/ \(1 \+ e\^\(&#8722;x\)\)<\/text>/);
    assert.match(svg, /<polyline/, 'the curve is still drawn');
  });

  it('links only to our own commands, carrying function, parameters and point', () => {
    const md = scalarHover('leaky_relu', -2, { negative_slope: 0.2 });
    const links = [...md.matchAll(/\]\(command:([\w.]+)\?([^)]+)\)/g)];
    assert.deepEqual(links.map((l) => l[1]), ['activationPlayground.plot', 'activationPlayground.openPlayground', 'activationPlayground.simulateDepth']);
    for (const [, cmd, arg] of links) {
      assert.ok((HOVER_COMMANDS as readonly string[]).includes(cmd));
      assert.deepEqual(JSON.parse(decodeURIComponent(arg)), [{ id: 'leaky_relu', params: { negative_slope: 0.2 }, x: -2 }]);
    }
  });

  it('says what the point means: saturation, dead ReLU, softplus threshold, the most useful first', () => {
    assert.match(plain(scalarHover('sigmoid', 8)), /\n⚠️ Saturated: sigmoid′\(8\) ≈ 0\.00034/);
    assert.match(plain(scalarHover('relu', -1)), /\n⚠️ Dead region: the gradient is exactly 0/);
    assert.match(plain(scalarHover('softplus', 30)), /\nPast the threshold \(β·x = 30 > 20\)/);
    assert.doesNotMatch(scalarHover('sigmoid', 0.5), /Saturated/);
    assert.match(plain(scalarHover('leaky_relu', -1)), /small but not dead/);
    assert.match(plain(scalarHover('gelu', -0.7)), /Near the minimum/);
    // gelu far left: the vanishing gradient is the headline, the minimum is not mentioned there.
    const lines = plain(scalarHover('gelu', -8)).split('\n');
    assert.match(lines[2], /^⚠️ Far in the negative tail/);
  });

  it('for softmax shows the distribution, the argmax, the top-2 margin and the entropy', () => {
    const d = def('softmax');
    const xs = [1, 2, 2.05];
    const p = d.value(xs) as number[];
    const md = plain(renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.softmax', input: xs, value: p }, ctx));
    assert.match(md, /\nargmax = 2 \(p = 0\.\d+\) {2}\n/);
    assert.match(md, /Top-2 margin: p₂ − p₁ = 0\.0\d+ — too close/);
    assert.match(md, /Entropy [\d.]+ nats/);
    assert.match(md, /!\[the distribution as bars;/);
    const [svg] = decodedImages(md);
    assert.equal((svg.match(/<rect/g) ?? []).length, 3, 'one bar per class');
    assert.equal((svg.match(/fill="#ff0000"/g) ?? []).length, 1, 'the argmax bar highlighted');
  });

  it('for a 2-D softmax shows bars per row, each row\'s argmax, the closest race and the entropies', () => {
    const d = def('softmax');
    const xs = [[1, 2], [3, 1], [0, 0.01]];
    const p = d.value(xs) as number[][];
    const md = plain(renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.softmax', input: xs, value: p }, ctx));
    assert.match(md, /\nargmax per row = \[1, 0, 1\] {2}\n/);
    assert.match(md, /Top-2 margin 0\.005\d* in row 2 — too close/);
    assert.match(md, /Entropy per row \[0\.582, 0\.365, 0\.693\] nats/);
    const [svg] = decodedImages(md);
    assert.equal((svg.match(/<rect/g) ?? []).length, 6);
    assert.equal((svg.match(/fill="#ff0000"/g) ?? []).length, 3, 'one argmax per row');
    assert.match(md, /Plot shows the first row/);
  });
});

describe('hover with a bad parameter', () => {
  it('says which parameter and why, shows the formula and no curve', () => {
    const d = ew('softplus');
    const params = { beta: -1, threshold: 20 };
    const md = renderHover({ def: d, params, qualifiedName: 'torch.nn.functional.softplus', input: 1, problem: 'softplus: beta must be in (0, ∞), got -1' }, ctx);
    assert.match(plain(md), /\n⚠️ beta must be in \(0, ∞\), got −1 {2}\n/);
    const [svg] = decodedImages(md);
    assert.ok(svg.includes('>f</svg>'), 'formula shown');
    assert.doesNotMatch(svg, /<polyline|<circle/, 'no curve');
    assert.match(svg, /<svg x="2" /, 'the formulas take the whole width');
  });

  it('renders for every parameter problem the call reader reports (14 calls, none throws)', () => {
    const cases: [string, Record<string, number | string>][] = [
      ['softplus', { beta: -1 }], ['softplus', { beta: 0 }], ['gelu', { approximate: 'foo' }], ['hardtanh', { min_val: 2, max_val: 1 }],
      ['elu', { alpha: Number.NaN }], ['leaky_relu', { negative_slope: Number.NaN }], ['celu', { alpha: 0 }],
      ['threshold', { threshold: Number.NaN }], ['rrelu', { lower: 0.5, upper: 0.1 }], ['silu', { beta: Number.NaN }],
      ['hardsigmoid', { slope: Number.NaN }], ['squareplus', { b: -1 }], ['softshrink', { lambd: -1 }], ['hardshrink', { lambd: -1 }],
    ];
    for (const [id, given] of cases) {
      const d = ew(id);
      const params = { ...Object.fromEntries(d.params.map((s) => [s.name, s.default])), ...given };
      const md = renderHover({ def: d, params, qualifiedName: id, input: 0.5 }, ctx);
      assert.match(plain(md), /⚠️ \S+ must be/, `${id} ${JSON.stringify(given)}: ${plain(md).split('\n')[1]}`);
    }
  });
});

describe('hover pictures and insights', () => {
  it('keeps the image a few KB beyond the formulas and finite for extreme points', () => {
    for (const x of [0.3, -800, 1e308, -1.7e308, Number.MAX_VALUE, NaN, Infinity]) {
      const [svg] = decodedImages(scalarHover('softplus', x));
      assert.ok(svg.length < 8000, `${svg.length} bytes at ${x}`);
      assert.doesNotMatch(svg, /NaN|Infinity/, `at ${x}`);
    }
  });

  it('draws a smooth curve (sub-pixel points, over 64 of them) whose range label sits below the plot', () => {
    const [svg] = decodedImages(scalarHover('tanh', 0.5));
    assert.match(svg, /<g transform="scale\(0\.1\)"[^>]*><polyline/, 'points in tenths of a pixel');
    const curve = /<polyline stroke="#111111"[^>]*points="([^"]+)"/.exec(svg)?.[1] ?? '';
    const points = curve.split(' ').map((p) => p.split(',').map((v) => Number(v) / 10));
    assert.ok(points.length > 64, `${points.length} points`);
    assert.ok(points.some(([x, y]) => !Number.isInteger(x) || !Number.isInteger(y)), 'not snapped to whole pixels');
    const labelY = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*text-anchor="end"[^>]*>x &#8712;/.exec(svg)?.[1]);
    const lowest = Math.max(...points.map(([, y]) => y));
    assert.ok(labelY - 10 > lowest, `label top ${labelY - 10} must be below the curve's lowest point ${lowest}`);
  });

  it('computes entropy and flags a confident or uniform distribution', () => {
    assert.equal(entropy([0.5, 0.5]), Math.LN2);
    assert.equal(entropy([1, 0]), 0);
    assert.match(distributionInsights([0.25, 0.25, 0.25, 0.25]).map((i) => i.text).join('\n'), /near uniform/);
    assert.match(distributionInsights([0.999, 0.001]).map((i) => i.text).join('\n'), /confident/);
    assert.equal(scalarInsights(ew('tanh'), {}, 0, 0, 1).length, 0);
    assert.deepEqual(rowsInsights([]), []);
  });

  it('base64 encodes UTF-8 like Buffer does', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'σ′(x) ∈ [−5, 5]', '<svg>😀</svg>']) assert.equal(base64(s), Buffer.from(s, 'utf8').toString('base64'));
  });
});

describe('formula variants', () => {
  it("shows GELU's tanh formula when approximate='tanh'", () => {
    const d = ew('gelu');
    const md = renderHover({ def: d, params: d.resolve({ approximate: 'tanh' }), qualifiedName: 'jax.nn.gelu', input: 0.3, value: 0.18, derivative: 0.7 }, { ...ctx, formulas: undefined });
    assert.match(plain(md), /tanh\(√\(2\/π\)·\(x \+ 0\.044715x³\)\)/);
    const exact = renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.nn.functional.gelu', input: 0.3, value: 0.18, derivative: 0.7 }, { ...ctx, formulas: undefined });
    assert.match(plain(exact), /x·Φ\(x\)/);
    assert.doesNotMatch(plain(exact).split('; ')[1], /≈/);
  });
});

describe('hover height budget (VS Code caps a hover at ~250 px in a 1400×900 window)', () => {
  /** Characters of 13 px text on one line of a 500 px hover (484 px of content): a generous upper bound. */
  const LINE = 80;
  const visible = (line: string) => plain(line).replace(/!\[.*\]\(data:[^)]*\)/, '[image]').replace(/\]\(command:[^)]*\)/g, ']').replace(/\$\([\w-]+\)/g, '□').replace(/[`*_[\]]/g, '').trim();

  for (const d of activations()) {
    it(`${d.id}: at most 6 lines, each short enough for one line (the notes for two), one 100 px image`, () => {
      const p = d.resolve();
      const vector = /glu$/.test(d.id) ? [1, 2, 3, 4] : [1, 2, 3]; // the gated units halve their input
      const input = d.kind === 'elementwise' ? 0.5 : vector;
      const value = d.kind === 'elementwise' ? d.value(0.5, p) : d.value(vector, p);
      const derivative = d.kind === 'elementwise' ? d.derivative(0.5, p) : undefined;
      const md = renderHover({ def: d, params: p, qualifiedName: `torch.nn.functional.${d.id}`, input, value, derivative }, ctx);
      const lines = md.split('  \n');
      assert.ok(lines.length <= 6, `${lines.length} lines`);
      // The values line and the notes may wrap once; the rest stays on one line; six text lines in all.
      const wrapped = lines.map((line, i) => {
        const n = Math.ceil(visible(line).length / LINE);
        assert.ok(n <= (i === 1 || line.startsWith('_') ? 2 : 1), `${visible(line).length} characters: ${visible(line)}`);
        return line.startsWith('![') ? 0 : n;
      });
      assert.ok(wrapped.reduce((a, b) => a + b, 0) <= 6, `${wrapped.join('+')} text lines`);
      assert.equal(decodedImages(md).length, 1);
      assert.match(decodedImages(md)[0], /^<svg [^>]*height="100"/);
    });
  }
});
