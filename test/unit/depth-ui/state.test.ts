// The Depth tab's saved state: repaired field by field (a bad depth keeps the chosen activations), limits
// enforced, unknown activations dropped, and the panel state carrying it through a restore.
import * as assert from 'node:assert/strict';
import {
  DEPTH_LIMITS, INITS, defaultDepthState, defaultPanelState, parseDepthState, parsePanelState, parseToPanel, withDepthActivation,
} from '../../../src/protocol';
import { INITIALISATIONS } from '../../../src/core';

describe('depth tab: state validation and repair', () => {
  it('keeps a good state as it is', () => {
    const s = { ...defaultDepthState(), depth: 50, width: 512, init: 'he_normal' as const, weightVariance: 2, biasVariance: 0.05 };
    assert.deepEqual(parseDepthState(JSON.parse(JSON.stringify(s))), s);
  });

  it('offers only initialisations the core simulates, and reads back the names an earlier version stored', () => {
    for (const init of INITS) assert.ok((INITIALISATIONS as readonly string[]).includes(init), init);
    assert.equal(parseDepthState({ init: 'he' }).init, 'he_normal');
    assert.equal(parseDepthState({ init: 'lecun' }).init, 'lecun_normal');
    assert.equal(parseDepthState({ init: 'toString' }).init, defaultDepthState().init);
  });

  it('repairs one bad field and keeps the rest', () => {
    const d = defaultDepthState();
    const s = parseDepthState({ ...d, depth: 1e9, activations: [{ id: 'tanh', params: {} }] });
    assert.equal(s.depth, d.depth, 'depth past the limit falls back to the default');
    assert.deepEqual(s.activations.map((a) => a.id), ['tanh'], 'the activations survive');
  });

  it('enforces the limits of width, batch, σw², σb², m and b', () => {
    const d = defaultDepthState();
    const s = parseDepthState({
      width: 100_000, batch: 0, weightVariance: -1, biasVariance: Infinity, transform: { m: 1e9, b: NaN }, seed: 1.5,
    });
    assert.equal(s.width, d.width);
    assert.equal(s.batch, d.batch);
    assert.equal(s.weightVariance, d.weightVariance);
    assert.equal(s.biasVariance, d.biasVariance);
    assert.deepEqual(s.transform, d.transform);
    assert.equal(s.seed, d.seed);
    assert.equal(parseDepthState({ width: DEPTH_LIMITS.width[1] }).width, 1024);
    assert.equal(parseDepthState({ depth: DEPTH_LIMITS.depth[1] }).depth, 100);
  });

  it('drops unknown and vector activations, repairs parameters, caps the count', () => {
    const s = parseDepthState({
      activations: [
        { id: 'no_such' }, { id: 'softmax', params: {} }, { id: 'leaky_relu', params: { negative_slope: 'x' } },
        { id: 'relu' }, { id: 'tanh' }, { id: 'gelu' }, { id: 'elu' }, { id: 'selu' },
      ],
    });
    assert.deepEqual(s.activations.map((a) => a.id), ['leaky_relu', 'relu', 'tanh', 'gelu']);
    assert.deepEqual(s.activations[0].params, {}, 'a bad parameter is dropped, the default applies');
  });

  it('an empty or forged list keeps the default activations', () => {
    const d = defaultDepthState();
    assert.deepEqual(parseDepthState({ activations: [] }).activations, d.activations);
    assert.deepEqual(parseDepthState({ activations: 'relu' }).activations, d.activations);
    assert.deepEqual(parseDepthState({ activations: [{ id: '__proto__' }] }).activations, d.activations);
  });

  it('repairs the training settings', () => {
    const s = parseDepthState({ training: { dataset: 'mnist', optimizer: 'adam', learningRate: 1e6, steps: 100 } });
    const d = defaultDepthState().training;
    assert.equal(s.training.dataset, d.dataset);
    assert.equal(s.training.optimizer, 'adam');
    assert.equal(s.training.learningRate, d.learningRate);
    assert.equal(s.training.steps, 100);
  });

  it('the panel state restores the Depth tab and its settings', () => {
    const saved = { ...defaultPanelState(), tab: 'depth', depth: { ...defaultDepthState(), depth: 12 } };
    const s = parsePanelState(JSON.parse(JSON.stringify(saved)));
    assert.equal(s.tab, 'depth');
    assert.equal(s.depth.depth, 12);
    const old = parsePanelState({ ...defaultPanelState(), depth: undefined });
    assert.deepEqual(old.depth, defaultDepthState(), 'a state saved before the Depth tab gets its defaults');
  });

  it('"Simulate depth" puts the chosen activation first without repeating it', () => {
    const s = withDepthActivation(defaultDepthState(), { id: 'relu', params: {} });
    assert.equal(s.activations[0].id, 'relu');
    assert.equal(s.activations.filter((a) => a.id === 'relu').length, 1);
    assert.ok(s.activations.length <= DEPTH_LIMITS.activations);
  });

  it('host messages may ask for the Depth tab, and for nothing else', () => {
    const settings = { vanishingThreshold: 0.01, defaultFramework: 'torch', significantDigits: 6 };
    const init = parseToPanel({ type: 'init', settings, tab: 'depth', selection: { id: 'relu' } });
    assert.equal(init?.type === 'init' && init.tab, 'depth');
    assert.equal(parseToPanel({ type: 'init', settings, tab: 'chaos' }), undefined);
    const select = parseToPanel({ type: 'select', tab: 'depth' });
    assert.equal(select?.type === 'select' && select.tab, 'depth');
    assert.equal(parseToPanel({ type: 'select', tab: 7 }), undefined);
  });
});
