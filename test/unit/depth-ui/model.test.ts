// The Depth tab's view model: theory arranged per chart, the sentences under the charts, and the worker's
// message handling (a newer run or a cancel stops the old job; its result is never posted).
import * as assert from 'node:assert/strict';
import { edgeOfChaos, signalPropagation, simulate } from '../../../src/core';
import { defaultDepthState, type DepthState } from '../../../src/protocol';
import { createRunner, type Task } from '../../../webview/depth/runner';
import { phaseTask, simulateTask, trainTask } from '../../../webview/depth/tasks';
import { formatRatio, gradientSentence, phaseSentence, signalSentence } from '../../../webview/depth/sentences';
import { deadSpec, gradientSpec, phaseSpec, qSpec, sameSpec } from '../../../webview/depth/specs';
import { criticalLine, inputVariance, relativeGradient, theoryFor } from '../../../webview/depth/theory';
import type { FromWorker, JobResult } from '../../../webview/depth/workerProtocol';

const state = (patch: Partial<DepthState> = {}): DepthState => ({ ...defaultDepthState(), ...patch });

describe('depth tab: theory per chart', () => {
  it('a σw² slider move changes the theory charts and leaves the others to be skipped (redraw within a frame)', () => {
    const fns = [{ id: 'sigmoid', params: {} }, { id: 'relu', params: {} }];
    const at = (weightVariance: number) => fns.map((fn) => theoryFor(fn, state({ activations: fns, init: 'custom', weightVariance })));
    assert.ok(!sameSpec(qSpec(at(1), []), qSpec(at(1.1), [])), 'q moves with σw²');
    assert.ok(sameSpec(qSpec(at(1), []), qSpec(at(1), [])), 'the same σw² draws the same q');
    assert.ok(sameSpec(deadSpec(['Sigmoid', 'ReLU'], []), deadSpec(['Sigmoid', 'ReLU'], [])), 'no measurement: the dead chart stays');
    const layer = { variance: 1, dead: 0.25, saturated: 0, gradNorm: 1, histogram: { min: 0, max: 1, counts: [1] } };
    const sim = { id: 'relu', layers: [layer, layer] };
    assert.ok(sameSpec(deadSpec(['ReLU'], [sim]), deadSpec(['ReLU'], [{ ...sim, layers: [layer, { ...layer }] }])), 'equal numbers: skipped');
    assert.ok(!sameSpec(deadSpec(['ReLU'], [sim]), deadSpec(['ReLU'], [{ ...sim, layers: [layer, { ...layer, dead: 0.5 }] }])), 'a new measurement redraws');
    assert.ok(!sameSpec(deadSpec(['ReLU'], [sim]), deadSpec(['GELU'], [sim])), 'a renamed series redraws');
    assert.ok(!sameSpec(undefined, deadSpec([], [])), 'nothing drawn yet: draw');
  });

  it('q and χ are the core’s signalPropagation for the state (Xavier: σw² = 1)', () => {
    const s = state({ activations: [{ id: 'sigmoid', params: {} }, { id: 'relu', params: {} }], depth: 30 });
    for (const fn of s.activations) {
      const c = theoryFor(fn, s);
      const core = signalPropagation(fn.id, {}, { weightVariance: 1, biasVariance: 0, inputVariance: inputVariance(s), depth: 30 });
      assert.deepEqual(c.q, core.q);
      assert.deepEqual(c.chi, core.chi);
      assert.equal(c.q.length, 31);
    }
  });

  it('He init makes ReLU critical: χ = 1 and the gradient keeps its size', () => {
    const c = theoryFor({ id: 'relu', params: {} }, state({ init: 'he_normal', depth: 50 }), edgeOfChaos('relu', {}, 0));
    assert.equal(c.phase, 'critical');
    assert.equal(theoryFor({ id: 'relu', params: {} }, state({ init: 'he_normal', depth: 50 })).phase, 'critical', 'from χ alone too');
    assert.ok(Math.abs(c.gradient[0] - 1) < 1e-12, String(c.gradient[0]));
    assert.ok(Math.abs(c.critical - 2) < 1e-9);
  });

  it('sigmoid with Xavier init: the gradient vanishes geometrically with depth', () => {
    const g10 = theoryFor({ id: 'sigmoid', params: {} }, state({ depth: 10 })).gradient[0];
    const g30 = theoryFor({ id: 'sigmoid', params: {} }, state({ depth: 30 })).gradient[0];
    assert.ok(g10 < 1e-3 && g30 < g10 ** 2, `${g10} ${g30}`);
    assert.equal(theoryFor({ id: 'sigmoid', params: {} }, state()).phase, 'ordered');
  });

  it('relativeGradient is √∏χ from each layer to the output, without underflow in logs', () => {
    assert.deepEqual(relativeGradient([4, 4]), [4, 2, 1]);
    const tiny = relativeGradient(new Array(100).fill(1e-5)); // 1e-250: the product 1e-500 of the squares is below double range
    assert.ok(tiny[0] > 0 && Math.abs(Math.log10(tiny[0]) + 250) < 1e-9, String(tiny[0]));
  });

  it('the q chart has a theory line per activation on a log axis; the gradient chart too', () => {
    const s = state();
    const curves = s.activations.map((fn) => theoryFor(fn, s));
    const q = qSpec(curves, curves.map(() => undefined));
    assert.equal(q.y.log, true);
    assert.equal(q.series.length, s.activations.length);
    assert.equal(q.series[0].points.length, s.depth + 1);
    assert.equal(gradientSpec(curves, []).series[2].points[s.depth].y, 1, 'the output layer is the reference');
  });

  it('the phase diagram has each critical line and the user’s point', () => {
    const s = state({ activations: [{ id: 'tanh', params: {} }] });
    const curves = s.activations.map((fn) => theoryFor(fn, s));
    const line = criticalLine({ id: 'tanh', params: {} });
    assert.equal(line[0].y, edgeOfChaos('tanh', {}, 0));
    const p = phaseSpec(curves, [line], { x: 0, y: 1 });
    assert.deepEqual(p.series[1].points, [{ x: 0, y: 1 }]);
    assert.equal(p.series[1].style, 'point');
  });
});

describe('depth tab: sentences', () => {
  it('formats ratios as people read them', () => {
    assert.equal(formatRatio(3.2e-7), '3·10⁻⁷');
    assert.equal(formatRatio(0.42), '0.42');
    assert.equal(formatRatio(2e12), '2·10¹²');
    assert.equal(formatRatio(0), '0');
    assert.equal(formatRatio(100), '100');
    assert.equal(formatRatio(1e-5), '10⁻⁵');
  });

  it('the gradient sentence gives the theory figure for sigmoid with Xavier init', () => {
    const s = state({ activations: [{ id: 'sigmoid', params: {} }], depth: 30 });
    const c = theoryFor(s.activations[0], s);
    const text = gradientSentence([c], [undefined], s);
    assert.match(text, /^Sigmoid with Glorot\/Xavier normal: the gradient reaching layer 1 is \S+ of the output's \(theory\)\.$/);
    assert.ok(text.includes(formatRatio(c.gradient[1])));
  });

  it('the gradient sentence switches to the measured figure when the simulation is in', () => {
    const s = state({ activations: [{ id: 'relu', params: {} }], depth: 2 });
    const c = theoryFor(s.activations[0], s);
    const layer = (gradNorm: number) => ({ variance: 1, dead: 0, saturated: 0, gradNorm, histogram: { min: 0, max: 1, counts: [1] } });
    const text = gradientSentence([c], [{ id: 'relu', layers: [layer(0.25), layer(0.5), layer(1)] }], s);
    assert.match(text, /is 0\.5 of the output's \(measured\)/);
  });

  it('the phase sentence names the side of the edge for each activation', () => {
    const s = state({ activations: [{ id: 'tanh', params: {} }, { id: 'relu', params: {} }] });
    const curves = s.activations.map((fn) => theoryFor(fn, s, edgeOfChaos(fn.id, {}, 0)));
    const text = phaseSentence(curves, s, 1);
    assert.match(phaseSentence(s.activations.map((fn) => theoryFor(fn, s)), s, 1, true), /being computed/);
    assert.match(text, /on the edge of chaos for Tanh \(critical σw² = 1\)/);
    assert.match(text, /in the ordered phase for ReLU \(critical σw² = 2\)/);
    assert.match(signalSentence(curves, s, 1), /over 30 layers/);
  });
});

describe('depth tab: the worker’s message handling', () => {
  function harness() {
    const posted: FromWorker[] = [];
    const queue: (() => void)[] = [];
    let clock = 0;
    const result: JobResult = { kind: 'simulate', networks: [] };
    const task = (total: number): Task => {
      let done = 0;
      return { total, step: () => { clock += 5; return ++done; }, result: () => result };
    };
    const runner = createRunner({ post: (m) => posted.push(m), makeTask: () => task(10), schedule: (fn) => queue.push(fn), now: () => clock, sliceMs: 8 });
    const drain = () => { while (queue.length) queue.shift()?.(); };
    const job = { kind: 'simulate', request: defaultDepthState() };
    return { posted, queue, runner, drain, job };
  }

  it('runs a job in slices with progress, then posts its result', () => {
    const { posted, runner, drain, job } = harness();
    runner.handle({ type: 'run', seq: 1, job });
    drain();
    const progress = posted.filter((m) => m.type === 'progress');
    assert.ok(progress.length >= 3, `sliced: ${progress.length} progress messages`);
    assert.deepEqual(posted[posted.length - 1], { type: 'result', seq: 1, result: { kind: 'simulate', networks: [] } });
  });

  it('a newer run of the same kind cancels the old one: only the new result is posted', () => {
    const { posted, queue, runner, drain, job } = harness();
    runner.handle({ type: 'run', seq: 1, job });
    queue.shift()?.(); // one slice of the first
    runner.handle({ type: 'run', seq: 2, job });
    drain();
    const results = posted.filter((m) => m.type === 'result').map((m) => m.seq);
    assert.deepEqual(results, [2]);
  });

  it('cancel stops a job; malformed and oversized requests are dropped or repaired', () => {
    const { posted, runner, drain, job } = harness();
    runner.handle({ type: 'run', seq: 3, job });
    runner.handle({ type: 'cancel', seq: 3 });
    drain();
    assert.equal(posted.filter((m) => m.type === 'result').length, 0);
    assert.equal(runner.running('simulate'), undefined);
    runner.handle({ type: 'run', seq: -1, job });
    runner.handle({ type: 'launch', seq: 4, job });
    runner.handle(null);
    assert.equal(runner.running('simulate'), undefined);
  });

  it('the phase job finds each critical line in units, off the UI thread', () => {
    const task = phaseTask({ activations: [{ id: 'relu', params: {} }, { id: 'tanh', params: {} }], biasVariance: 0.05 });
    let done = 0;
    while (done < task.total) done = task.step();
    const r = task.result();
    assert.ok(r.kind === 'phase');
    assert.equal(r.lines.length, 2);
    assert.ok(r.lines[0].points.every((p) => Math.abs(p.y - 2) < 1e-9), 'ReLU: 2 for every σb²');
    assert.equal(r.lines[1].points[0].y, edgeOfChaos('tanh', {}, 0));
    assert.equal(r.lines[1].critical, edgeOfChaos('tanh', {}, 0.05));
  });

  it('the simulation job hands the core’s measures layer by layer: the input near q⁰, every layer the core’s own run', function () {
    this.timeout(20_000);
    const s = state({ activations: [{ id: 'relu', params: {} }], init: 'he_normal', weightVariance: 2, depth: 10, width: 256, batch: 128 });
    const task = simulateTask(s);
    let done = 0;
    while (done < task.total) done = task.step();
    const r = task.result();
    assert.ok(r.kind === 'simulate');
    const layers = r.networks[0].layers;
    assert.equal(layers.length, 11, 'layers 0 … depth');
    const q = theoryFor(s.activations[0], s).q;
    // The input is sampled (128 × 256 values): within a few per cent of q⁰ = m² + b² = 1.
    assert.ok(Math.abs(layers[0].variance / q[0] - 1) < 0.05, `input: ${layers[0].variance}`);
    // Layer by layer the numbers are the core's own run with the same seed (He normal, N(b, m²) input).
    const core = simulate({ activation: 'relu', width: 256, depth: 10, batch: 128, init: 'he_normal', biasVariance: 0, inputMean: 0, inputVariance: 1, seed: s.seed });
    layers.forEach((l, i) => {
      assert.equal(l.variance, core.layers[i].preActivation.variance, `layer ${i} variance`);
      assert.equal(l.dead, core.layers[i].deadFraction);
      assert.equal(l.gradNorm, core.gradientNorm[i]);
    });
    assert.ok(layers.every((l) => l.gradNorm > 0 && l.histogram.counts.length > 0));
  });

  it('the training job runs each activation for the steps asked, one unit per step', function () {
    this.timeout(20_000);
    const task = trainTask({ ...state().training, activations: [{ id: 'relu', params: {} }, { id: 'gelu', params: {} }], steps: 20, seed: 1 });
    assert.equal(task.total, 40);
    let done = 0;
    while (done < task.total) done = task.step();
    const r = task.result();
    assert.ok(r.kind === 'train');
    assert.deepEqual(r.networks.map((n) => [n.id, n.loss.length, n.dead.length]), [['relu', 20, 20], ['gelu', 20, 20]]);
  });

  it('a job that cannot start is reported as an error for its seq', () => {
    const posted: FromWorker[] = [];
    const runner = createRunner({ post: (m) => posted.push(m), makeTask: () => { throw new Error('no simulation'); }, schedule: () => undefined, now: () => 0 });
    runner.handle({ type: 'run', seq: 9, job: { kind: 'train', request: { ...defaultDepthState().training, seed: 1 } } });
    assert.deepEqual(posted, [{ type: 'error', seq: 9, message: 'no simulation' }]);
  });
});
