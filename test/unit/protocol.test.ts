// The message validators against hostile input: wrong types, huge arrays, prototype-pollution keys, NaN,
// extra fields. Every malformed message must come back undefined; every good one as a fresh copy.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFormulaKeys } from '../../src/protocol/fields';
import {
  defaultPanelState, defaultPlaygroundState, isPngDataUrl, LIMITS, parseFromPanel, parseFromPlayground, parsePanelState,
  parsePick, parsePlaygroundState, parseSelection, parseSettings, parseToPanel, parseToPlayground, rangeProblem, snippet,
  type SnippetRequest,
} from '../../src/protocol';

const settings = { vanishingThreshold: 0.01, defaultFramework: 'torch', significantDigits: 6 };
const png = 'data:image/png;base64,' + Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
const elementwiseRequest = { kind: 'elementwise', functions: [{ id: 'gelu', params: {} }], range: { min: -6, max: 6 }, transform: { m: 1, b: 0 }, dtype: 'float64' };

describe('protocol: parseSelection (command arguments, hover links)', () => {
  it('accepts a well-formed selection and normalises aliases to core ids', () => {
    assert.deepEqual(parseSelection({ id: 'swish', params: { beta: 2 }, x: 0.5, framework: 'jax' }), { id: 'silu', params: { beta: 2 }, x: 0.5, framework: 'jax' });
    assert.deepEqual(parseSelection({ id: 'softmax', xs: [1, 2, 3], params: { temperature: 0.5 } }), { id: 'softmax', xs: [1, 2, 3], params: { temperature: 0.5 } });
  });
  it('rejects unknown ids, wrong types and extra fields', () => {
    for (const bad of [
      undefined, null, 42, 'gelu', [], { id: 'nope' }, { id: 7 }, { id: 'gelu', extra: 1 }, { id: 'gelu', x: '0.5' },
      { id: 'gelu', framework: 'theano' }, { id: 'gelu', params: [] }, { id: 'gelu', params: 'x' }, { id: 'x'.repeat(10_000) },
    ]) {
      assert.equal(parseSelection(bad), undefined, JSON.stringify(bad)?.slice(0, 80));
    }
  });
  it('rejects NaN, ±Infinity and out-of-range numbers', () => {
    assert.equal(parseSelection({ id: 'gelu', x: NaN }), undefined);
    assert.equal(parseSelection({ id: 'gelu', x: Infinity }), undefined);
    assert.equal(parseSelection({ id: 'leaky_relu', params: { negative_slope: NaN } }), undefined);
    assert.equal(parseSelection({ id: 'softplus', params: { beta: 0 } }), undefined, 'beta must be > 0');
    assert.equal(parseSelection({ id: 'softplus', params: { beta: Infinity } }), undefined);
    assert.equal(parseSelection({ id: 'softmax', xs: [1, NaN] }), undefined);
    assert.equal(parseSelection({ id: 'softmax', xs: [1, 1e300] }), undefined);
  });
  it('rejects parameters the function does not take, and broken cross-parameter constraints', () => {
    assert.equal(parseSelection({ id: 'relu', params: { alpha: 2 } }), undefined);
    assert.equal(parseSelection({ id: 'hardtanh', params: { min_val: 2, max_val: 1 } }), undefined);
    assert.equal(parseSelection({ id: 'gelu', params: { approximate: 'cubic' } }), undefined);
    assert.equal(parseSelection({ id: 'gelu', params: { approximate: 1 } }), undefined);
  });
  it('treats a null parameter as not given (JSON has no ∞)', () => {
    assert.deepEqual(parseSelection({ id: 'softplus', params: { beta: 1, threshold: null } }), { id: 'softplus', params: { beta: 1 } });
  });
  it('rejects prototype-pollution keys without polluting anything', () => {
    const hostile = JSON.parse('{"id":"gelu","__proto__":{"polluted":true}}') as unknown;
    assert.equal(parseSelection(hostile), undefined);
    const params = JSON.parse('{"id":"leaky_relu","params":{"__proto__":{"polluted":true}}}') as unknown;
    assert.equal(parseSelection(params), undefined);
    assert.equal(parseSelection({ id: 'gelu', params: { constructor: 1 } }), undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
  it('rejects class instances and objects with odd prototypes', () => {
    class Sel { id = 'gelu'; }
    assert.equal(parseSelection(new Sel()), undefined);
    assert.equal(parseSelection(Object.create({ id: 'gelu' })), undefined);
    assert.deepEqual(parseSelection(Object.assign(Object.create(null), { id: 'gelu' })), { id: 'gelu' });
  });
  it('caps vectors at LIMITS.logits entries', () => {
    assert.ok(parseSelection({ id: 'softmax', xs: new Array(LIMITS.logits).fill(0) }));
    assert.equal(parseSelection({ id: 'softmax', xs: new Array(LIMITS.logits + 1).fill(0) }), undefined);
    assert.equal(parseSelection({ id: 'softmax', xs: new Array(100_000).fill(1) }), undefined);
    assert.equal(parseSelection({ id: 'softmax', xs: { length: 2, 0: 1, 1: 2 } }), undefined, 'array-likes are not arrays');
  });
  it('returns a copy, never the received object', () => {
    const params = { negative_slope: 0.2 };
    const sel = parseSelection({ id: 'leaky_relu', params });
    assert.notEqual(sel?.params, params);
  });
});

describe('protocol: parseFromPanel (webview → host)', () => {
  it('accepts each message type', () => {
    assert.deepEqual(parseFromPanel({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromPanel({ type: 'exportPng', dataUrl: png, fileName: 'plot.png' }), { type: 'exportPng', dataUrl: png, fileName: 'plot.png' });
    assert.deepEqual(parseFromPanel({ type: 'exportCsv', csv: 'x\n1\n', fileName: 'a-b_c.csv' }), { type: 'exportCsv', csv: 'x\n1\n', fileName: 'a-b_c.csv' });
    const code = snippet(elementwiseRequest as SnippetRequest, 'jax');
    assert.deepEqual(parseFromPanel({ type: 'copyCode', framework: 'jax', code }), { type: 'copyCode', framework: 'jax', code });
    assert.deepEqual(parseFromPanel({ type: 'error', message: 'boom' }), { type: 'error', message: 'boom' });
  });
  it('drops unknown types, extra fields and wrong field types', () => {
    for (const bad of [
      {}, { type: 'ready', extra: true }, { type: 'READY' }, { type: 'exec', command: 'rm -rf' }, { type: 'error', message: 5 },
      { type: 'error', message: 'x'.repeat(LIMITS.message + 1) }, { type: 'exportCsv', csv: 1, fileName: 'a.csv' },
      { type: 'copyCode', framework: 'tfjs', code: 'import tensorflow' }, { type: 'copyCode', framework: 'torch', code: 42 },
      { type: 'copyCode', framework: 'torch', code: '  \n' }, { type: 'copyCode', framework: 'torch', code: 'x'.repeat(LIMITS.code + 1) },
      { type: 'copyCode', framework: 'torch', request: elementwiseRequest }, { type: 'copyCode', framework: 'torch', code: 'x', extra: 1 },
    ]) {
      assert.equal(parseFromPanel(bad), undefined, JSON.stringify(bad).slice(0, 100));
    }
  });
  it('accepts only PNG data URLs under the cap, and plain file names', () => {
    const msg = (dataUrl: unknown, fileName: unknown = 'p.png') => parseFromPanel({ type: 'exportPng', dataUrl, fileName });
    assert.equal(msg('data:image/svg+xml;base64,PHN2Zz4='), undefined);
    assert.equal(msg('data:image/png;base64,<script>'), undefined);
    assert.equal(msg('javascript:alert(1)'), undefined);
    assert.equal(msg('data:image/png;base64,' + 'A'.repeat(LIMITS.pngDataUrl)), undefined);
    assert.equal(msg(png, '../../etc/passwd.png'), undefined);
    assert.equal(msg(png, '/abs.png'), undefined);
    assert.equal(msg(png, 'plot.exe'), undefined);
    assert.equal(isPngDataUrl(png), true);
  });
});

describe('protocol: formula images and state from the panel', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><path fill="currentColor" d="M0 0"/></svg>';
  it('the panel may ask for formulas of known ids only', () => {
    assert.deepEqual(parseFromPanel({ type: 'formulas', ids: ['gelu', 'relu'] }), { type: 'formulas', ids: ['gelu', 'relu'] });
    assert.equal(parseFromPanel({ type: 'formulas', ids: ['gelu', '../../etc'] }), undefined);
    assert.deepEqual(parseFromPanel({ type: 'formulas', ids: new Array(LIMITS.functions * 2 + 1).fill('relu').map((_, i) => (i % 2 ? 'relu' : 'gelu')) }), { type: 'formulas', ids: ['gelu', 'relu'] });
  });
  it('the host sends SVG text without scripts or handlers', () => {
    assert.ok(parseToPanel({ type: 'formulas', svgs: { gelu: { formula: svg, derivative: svg } } }));
    for (const bad of [
      '<script>alert(1)</script>', '<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>',
      '<svg><foreignObject><iframe/></foreignObject></svg>', 'x'.repeat(10), '<svg>' + 'x'.repeat(LIMITS.svg),
    ]) {
      assert.equal(parseToPanel({ type: 'formulas', svgs: { gelu: { formula: bad, derivative: svg } } }), undefined, bad.slice(0, 40));
    }
    assert.equal(parseToPanel({ type: 'formulas', svgs: { nope: { formula: svg, derivative: svg } } }), undefined);
    assert.equal(parseToPanel({ type: 'formulas', svgs: JSON.parse(`{"__proto__":{"formula":"${'<svg/>'}","derivative":"<svg/>"}}`) as unknown }), undefined);
  });
  it('every formula image the build made passes the validator', function () {
    const file = path.join(__dirname, '..', '..', 'dist', 'formulas.json');
    if (!fs.existsSync(file)) this.skip();
    const all = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { formula: string; derivative: string }>;
    for (const [id, v] of Object.entries(all)) {
      assert.ok(parseToPanel({ type: 'formulas', svgs: { [id]: v } }), id);
    }
  });
  it('the panel state message is repaired, not trusted', () => {
    const msg = parseFromPanel({ type: 'state', state: { ...defaultPanelState(), dtype: 'float16', range: { min: 3, max: -3 } } });
    assert.ok(msg && msg.type === 'state');
    assert.equal(msg.state.dtype, 'float16');
    assert.deepEqual(msg.state.range, { min: -6, max: 6 });
    assert.equal(parseFromPanel({ type: 'state', state: null }), undefined);
  });
});

describe('protocol: parseFromPlayground (webview → host)', () => {
  it('accepts ready, openInPanel, state, error', () => {
    assert.deepEqual(parseFromPlayground({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromPlayground({ type: 'openInPanel', selection: { id: 'gelu', x: 1 } }), { type: 'openInPanel', selection: { id: 'gelu', x: 1 } });
    const st = parseFromPlayground({ type: 'state', state: { ...defaultPlaygroundState(), x: 2 } });
    assert.equal(st?.type === 'state' && st.state.x, 2);
  });
  it('drops malformed ones', () => {
    for (const bad of [
      { type: 'openInPanel' }, { type: 'openInPanel', selection: { id: 'nope' } }, { type: 'state', state: 'x' }, { type: 'state', state: [] },
      { type: 'state', state: {}, extra: 1 }, { type: 'copyCode', framework: 'torch', code: 'import torch' },
    ]) {
      assert.equal(parseFromPlayground(bad), undefined, JSON.stringify(bad));
    }
  });
  it('repairs a state with bad fields instead of trusting it', () => {
    const st = parseFromPlayground({ type: 'state', state: { x: NaN, selected: '__proto__', filter: 7, sort: { column: 'evil' }, vector: { logits: [NaN] } } });
    assert.ok(st && st.type === 'state');
    assert.deepEqual(st.state, defaultPlaygroundState());
  });
});

describe('protocol: host → webview validators', () => {
  it('parseToPanel accepts init/select/settings/theme/exportResult', () => {
    assert.ok(parseToPanel({ type: 'init', settings }));
    assert.ok(parseToPanel({ type: 'init', settings, state: defaultPanelState(), selection: { id: 'gelu', x: 0.3 }, pick: ['relu', 'gelu'] }));
    assert.equal(parseToPanel({ type: 'init', settings, formulaBase: 'https://x/y' }), undefined, 'no such field any more');
    assert.ok(parseToPanel({ type: 'select', pick: ['softmax'] }));
    assert.ok(parseToPanel({ type: 'theme', kind: 'highContrast' }));
    assert.ok(parseToPanel({ type: 'exportResult', kind: 'png', ok: true, message: 'Saved' }));
  });
  it('parseToPanel drops malformed ones', () => {
    for (const bad of [
      { type: 'init' }, { type: 'init', settings: { ...settings, significantDigits: 40 } }, { type: 'init', settings: { ...settings, vanishingThreshold: -1 } },
      { type: 'init', settings, selection: { id: 'nope' } }, { type: 'init', settings, pick: ['nope'] }, { type: 'select' },
      { type: 'theme', kind: 'neon' }, { type: 'settings', settings: { ...settings, extra: 1 } },
    ]) {
      assert.equal(parseToPanel(bad), undefined, JSON.stringify(bad));
    }
  });
  it('parseToPlayground checks seq numbers', () => {
    assert.ok(parseToPlayground({ type: 'init', settings, seq: 0 }));
    assert.ok(parseToPlayground({ type: 'select', selection: { id: 'relu' }, seq: 3 }));
    assert.equal(parseToPlayground({ type: 'select', selection: { id: 'relu' }, seq: -1 }), undefined);
    assert.equal(parseToPlayground({ type: 'select', selection: { id: 'relu' }, seq: 1.5 }), undefined);
    assert.equal(parseToPlayground({ type: 'select', selection: { id: 'relu' } }), undefined);
  });
  it('parseSettings and parsePick', () => {
    assert.deepEqual(parseSettings(settings), settings);
    assert.equal(parseSettings({ ...settings, defaultFramework: 'caffe' }), undefined);
    assert.deepEqual(parsePick(['GELU', 'relu', 'gelu']), ['gelu', 'relu']);
    assert.equal(parsePick(new Array(65).fill('relu')), undefined);
  });
});

describe('protocol: restored state (migration and repair)', () => {
  it('a missing or foreign state gives the defaults', () => {
    assert.deepEqual(parsePanelState(undefined), defaultPanelState());
    assert.deepEqual(parsePanelState('junk'), defaultPanelState());
    assert.deepEqual(parsePanelState({ version: 99, tab: 'softmax' }), defaultPanelState());
  });
  it('an unversioned (version 0) state keeps its good fields', () => {
    const s = parsePanelState({ tab: 'softmax', functions: [{ id: 'relu', params: {} }, { id: 'leaky_relu', params: { negative_slope: 0.2 } }], dtype: 'float16' });
    assert.equal(s.version, 1);
    assert.equal(s.tab, 'softmax');
    assert.equal(s.dtype, 'float16');
    assert.deepEqual(s.functions, [{ id: 'relu', params: {} }, { id: 'leaky_relu', params: { negative_slope: 0.2 } }]);
  });
  it('repairs field by field', () => {
    const s = parsePanelState({
      version: 1, functions: [{ id: 'nope' }, { id: 'elu', params: { alpha: 'x' } }, 'junk', { id: 'softmax' }],
      range: { min: 5, max: -5 }, transform: { m: 1e9, b: 2 }, dtype: 'int8', framework: 'jax', point: 1e308, shaded: 7,
      softmax: { fn: 'softmax', logits: new Array(2000).fill(1), temperature: 0, log: 'yes' },
    });
    assert.deepEqual(s.functions, [{ id: 'elu', params: {} }]);
    assert.deepEqual(s.range, { min: -6, max: 6 });
    assert.deepEqual(s.transform, { m: 1, b: 2 });
    assert.equal(s.dtype, 'float64');
    assert.equal(s.framework, 'jax');
    assert.equal(s.point, undefined);
    assert.equal(s.shaded, 0);
    assert.deepEqual(s.softmax, defaultPanelState().softmax);
  });
  it('keeps at most LIMITS.functions functions', () => {
    const s = parsePanelState({ functions: new Array(20).fill({ id: 'relu', params: {} }) });
    assert.equal(s.functions.length, LIMITS.functions);
  });
  it('playground state repairs too', () => {
    const s = parsePlaygroundState({ x: 3, selected: 'swish', params: { beta: 2 }, sort: { column: 'value', descending: true }, appliedSeq: 4 });
    assert.equal(s.x, 3);
    assert.equal(s.selected, 'silu');
    assert.deepEqual(s.params, { beta: 2 });
    assert.deepEqual(s.sort, { column: 'value', descending: true });
    assert.equal(s.appliedSeq, 4);
  });
  it('rangeProblem names what is wrong', () => {
    assert.equal(rangeProblem(-1, 1), undefined);
    assert.match(rangeProblem(1, 1) ?? '', /less than/);
    assert.match(rangeProblem(2, 1) ?? '', /less than/);
    assert.match(rangeProblem(NaN, 1) ?? '', /numbers/);
    assert.match(rangeProblem(-1e308, 1e308) ?? '', /within/);
    assert.match(rangeProblem(1, 1 + 1e-12) ?? '', /narrow/);
  });
});

describe('protocol: formula keys', () => {
  it('accepts ids and known variants, normalises aliases, refuses unknown variants', () => {
    assert.deepEqual(parseFormulaKeys(['gelu', 'gelu@tanh', 'GELU', 'expit']), ['gelu', 'gelu@tanh', 'sigmoid']);
    assert.equal(parseFormulaKeys(['gelu@fast']), undefined);
    assert.equal(parseFormulaKeys(['relu@tanh']), undefined);
    assert.equal(parseFormulaKeys(['gelu@tanh@x']), undefined);
    assert.equal(parseFormulaKeys([42]), undefined);
  });
});
