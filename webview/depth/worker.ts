// The Depth tab's Web Worker entry (bundled as dist/webview/depthWorker.js): the simulation and the training
// run off the UI thread, through the same runner the unit tests drive.
import { bestKernelPath } from '../../src/core/depth';
import { createRunner } from './runner';
import { makeTask } from './tasks';

// Compiles the core's WebAssembly kernels now, before the first job, and says which kernels the runs get
// (the JS ones if this page's CSP or the runtime refuses WebAssembly: ~8× slower).
console.info(`depth worker: ${bestKernelPath() === 'wasm' ? 'WebAssembly SIMD' : 'JS (WebAssembly refused)'} kernels`);

/** The worker global, typed without the WebWorker lib (the webview code is typed against the DOM). */
const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<unknown>) => void): void;
};

// Between slices the worker yields so that a newer `run` or a `cancel` gets in before the next slice. Not by
// setTimeout 0: nested timers wait at least 4 ms (HTML), once per layer of a simulation (~0.4 s for 100 steps).
// A message to ourselves queues behind the page's messages without that wait.
const channel = new MessageChannel();
const next: (() => void)[] = [];
channel.port1.onmessage = () => next.shift()?.();

const runner = createRunner({
  post: (m) => scope.postMessage(m),
  makeTask,
  schedule: (fn) => {
    next.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});
scope.addEventListener('message', (e) => runner.handle(e.data));
