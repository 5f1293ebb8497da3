// The Depth tab's Web Worker entry (bundled as dist/webview/depthWorker.js): the simulation and the training
// run off the UI thread, through the same runner the unit tests drive.
import { bestKernelPath } from '../../src/core/depth';
import { createRunner, messageScheduler } from './runner';
import { makeTask } from './tasks';

// Compiles the core's WebAssembly kernels now, before the first job, and says which kernels the runs get
// (the JS ones if this page's CSP or the runtime refuses WebAssembly: ~8× slower).
console.info(`depth worker: ${bestKernelPath() === 'wasm' ? 'WebAssembly SIMD' : 'JS (WebAssembly refused)'} kernels`);

/** The worker global, typed without the WebWorker lib (the webview code is typed against the DOM). */
const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<unknown>) => void): void;
};

const runner = createRunner({
  post: (m) => scope.postMessage(m),
  makeTask,
  schedule: messageScheduler(),
  now: () => performance.now(),
});
scope.addEventListener('message', (e) => runner.handle(e.data));
