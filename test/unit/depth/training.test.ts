// The training run: the dying ReLU at a high learning rate, and a backward pass that is the gradient.
import * as assert from 'node:assert/strict';
import { Training, train } from '../../../src/core/depth/training';
import type { TrainingSettings } from '../../../src/core/depth/training';
import { toyData } from '../../../src/core/depth/toyData';

const highRate: Omit<TrainingSettings, 'activation'> = { dataset: 'moons', optimizer: 'sgd', learningRate: 1, steps: 300, seed: 3 };

describe('depth: training run', function () {
  this.timeout(600_000);

  it('at a high learning rate ReLU units die while leaky ReLU keeps every unit alive', () => {
    const relu = train({ activation: 'relu', ...highRate });
    const leaky = train({ activation: 'leaky_relu', ...highRate });
    const last = relu.deadFraction.length - 1;
    assert.ok(relu.deadFraction[last] > relu.deadFraction[0] + 0.1, `relu dead ${relu.deadFraction[0]} → ${relu.deadFraction[last]}`);
    assert.ok(leaky.deadFraction.every((d) => d === 0), 'leaky_relu: no unit ever dead');
  });

  it('at a gentle learning rate the loss falls and the moons are separated', () => {
    const r = train({ activation: 'gelu', dataset: 'moons', learningRate: 0.1, steps: 300, seed: 3 });
    assert.ok(r.loss[299] < 0.2 * r.loss[0], `loss ${r.loss[0]} → ${r.loss[299]}`);
    assert.ok(r.accuracy[299] > 0.95, `accuracy ${r.accuracy[299]}`);
  });

  it('gives the same bits on the WebAssembly and the JS kernels (SGD and Adam, odd widths)', () => {
    for (const optimizer of ['sgd', 'adam'] as const) {
      const s: TrainingSettings = { activation: 'gelu', hidden: [7, 32, 5], points: 37, steps: 25, optimizer, learningRate: 0.05, seed: 4 };
      const wasm = train(s, { path: 'wasm' });
      assert.deepEqual(wasm, train(s, { path: 'js' }));
      assert.ok(wasm.loss[24] < wasm.loss[0], `${optimizer}: the loss falls`);
    }
  });

  it('is deterministic by seed, and the seed is what makes the data and weights', () => {
    const s: TrainingSettings = { activation: 'tanh', dataset: 'spiral', steps: 20, optimizer: 'adam', learningRate: 0.01, seed: 9 };
    assert.deepEqual(train(s), train(s));
    assert.notDeepEqual(train({ ...s, seed: 10 }).loss, train(s).loss);
    assert.deepEqual(toyData('circles', 10, 0.1, 5), toyData('circles', 10, 0.1, 5));
  });

  it("the first layer's gradient is the derivative of the loss (central differences, in float32)", () => {
    const run = new Training({ activation: 'softplus', hidden: [5, 4], points: 16, steps: 1, seed: 2, learningRate: 0 });
    const inner = run as unknown as { layers: { w: Float32Array; dw: Float32Array }[]; forward(): number; backward(): { loss: number } };
    inner.forward();
    inner.backward();
    const w = inner.layers[0].w;
    const dw = Float32Array.from(inner.layers[0].dw);
    for (const i of [0, 3, 7]) {
      // A step of 1e-3: the loss is computed from float32 activations (relative rounding ~6e-8), so a
      // smaller step would measure the rounding. The step actually taken is that of the stored weights.
      const w0 = w[i];
      const at = (v: number) => {
        w[i] = v;
        inner.forward();
        return { loss: inner.backward().loss, v: w[i] };
      };
      const up = at(w0 + 1e-3);
      const down = at(w0 - 1e-3);
      w[i] = w0;
      const numeric = (up.loss - down.loss) / (up.v - down.v);
      assert.ok(Math.abs(numeric - dw[i]) < 1e-4 + 1e-3 * Math.abs(dw[i]), `w[${i}]: ${numeric} vs ${dw[i]}`);
    }
  });

  it('names a bad setting', () => {
    assert.throws(() => train({ activation: 'relu', optimizer: 'rmsprop' as 'sgd' }), /optimizer must be one of sgd, adam/);
    assert.throws(() => train({ activation: 'relu', hidden: [0] }), /hidden\[0\]/);
    assert.throws(() => train({ activation: 'relu', steps: 1e9 }), /steps/);
    assert.throws(() => train({ activation: 'relu', dataset: 'mnist' as 'moons' }), /dataset/);
  });
});
