import * as assert from 'node:assert/strict';
import { activation, type Activation, type ElementwiseActivation } from '../../../src/core';
import { base64, curveSvg } from '../../../src/hover/curve';
import { entropy } from '../../../src/core';
import { distributionInsights, scalarInsights } from '../../../src/hover/insights';
import { HOVER_COMMANDS, renderHover, type RenderContext } from '../../../src/hover/markdown';

const colors = { curve: '#111111', derivative: '#222222', axis: '#333333', point: '#ff0000', text: '#444444' };
const ctx: RenderContext = { digits: 6, colors, vanishingThreshold: 0.01, formulas: { formula: '<svg fill="currentColor">f</svg>', derivative: '<svg>d</svg>' } };
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
    assert.match(md, /\*\*torch\.nn\.functional\.gelu\*\* `approximate='none'`/);
    assert.match(md, /`gelu\(0\.3\)` \| `0\.185373` \|/);
    assert.match(md, /\| derivative \| `0\.732328` \|/);
  });

  it('embeds the formula coloured for the theme and the curve as data: SVG images', () => {
    const md = scalarHover('gelu', 0.3);
    const images = [...md.matchAll(/!\[[^\]]*\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'));
    assert.equal(images.length, 3);
    const formula = images.find((i) => i.includes('>f</svg>'));
    assert.ok(formula?.includes('fill="#444444"') && !formula.includes('currentColor'), 'formula coloured for the theme');
    assert.ok(images.some((i) => i.includes('<circle')), 'curve marks the point');
  });

  it('falls back to text formulas without images and says a literal is needed', () => {
    const d = ew('sigmoid');
    const md = renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.sigmoid' }, { ...ctx, formulas: undefined });
    assert.match(md, /σ\(x\) = 1 \/ \(1 \+ e\^\(−x\)\)/);
    assert.match(md, /needs a literal argument/);
    assert.match(md, /data:image\/svg\+xml/, 'the curve is still drawn');
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

  it('says what the point means: saturation, dead ReLU, softplus threshold', () => {
    assert.match(scalarHover('sigmoid', 8), /Saturated: sigmoid′\(8\) ≈ 0\.00034/);
    assert.match(scalarHover('relu', -1), /Dead region: the gradient is exactly 0/);
    assert.match(scalarHover('softplus', 30), /Past the threshold \(β·x = 30 > 20\)/);
    assert.doesNotMatch(scalarHover('sigmoid', 0.5), /Saturated/);
    assert.match(scalarHover('leaky_relu', -1), /small but not dead/);
    assert.match(scalarHover('gelu', -0.7), /Near the minimum/);
  });

  it('for softmax shows the distribution, the argmax, the top-2 margin and the entropy', () => {
    const d = def('softmax');
    const xs = [1, 2, 2.05];
    const p = d.value(xs) as number[];
    const md = renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.softmax', input: xs, value: p }, ctx);
    assert.match(md, /argmax = 2/);
    assert.match(md, /Top-2 margin: p₂ − p₁ = 0\.0\d+ — too close/);
    assert.match(md, /Entropy [\d.]+ nats/);
    assert.match(md, /!\[distribution\]\(data:image\/svg\+xml/);
  });

  it('escapes user text so a crafted name cannot inject links', () => {
    const d = ew('relu');
    const md = renderHover({ def: d, params: d.resolve(), qualifiedName: '[run](command:workbench.action.terminal.new)', input: 1, value: 1, derivative: 1 }, ctx);
    assert.ok(md.includes('\\[run\\](command:workbench'), 'brackets are escaped');
    assert.doesNotMatch(md, /(?<!\\)\[run(?<!\\)\]\(command:/);
  });
});

describe('hover pictures and insights', () => {
  it('keeps the curve a few KB and finite for extreme points', () => {
    for (const x of [0.3, -800, 1e308, NaN]) {
      const svg = curveSvg(ew('softplus'), undefined, x, colors);
      assert.ok(svg.length < 6000, `${svg.length} bytes`);
      assert.doesNotMatch(svg, /NaN|Infinity/);
    }
  });

  it('computes entropy and flags a confident or uniform distribution', () => {
    assert.equal(entropy([0.5, 0.5]), Math.LN2);
    assert.equal(entropy([1, 0]), 0);
    assert.match(distributionInsights([0.25, 0.25, 0.25, 0.25]).map((i) => i.text).join('\n'), /near uniform/);
    assert.match(distributionInsights([0.999, 0.001]).map((i) => i.text).join('\n'), /confident/);
    assert.equal(scalarInsights(ew('tanh'), {}, 0, 0, 1).length, 0);
  });

  it('base64 encodes UTF-8 like Buffer does', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'σ′(x) ∈ [−5, 5]', '<svg>😀</svg>']) assert.equal(base64(s), Buffer.from(s, 'utf8').toString('base64'));
  });
});

describe('formula variants', () => {
  it("shows GELU's tanh formula when approximate='tanh'", () => {
    const d = ew('gelu');
    const md = renderHover({ def: d, params: d.resolve({ approximate: 'tanh' }), qualifiedName: 'jax.nn.gelu', input: 0.3, value: 0.18, derivative: 0.7 }, { ...ctx, formulas: undefined });
    assert.match(md, /tanh\(√\(2\/π\)·\(x \+ 0\.044715x³\)\)/);
    const exact = renderHover({ def: d, params: d.resolve(), qualifiedName: 'torch.nn.functional.gelu', input: 0.3, value: 0.18, derivative: 0.7 }, { ...ctx, formulas: undefined });
    assert.match(exact, /x·Φ\(x\)/);
    assert.doesNotMatch(exact, /≈/);
  });
});
