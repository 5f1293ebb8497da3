// One build script for every bundle: the extension host (node, CommonJS, `vscode` external) and the
// webviews (browser, IIFE). Flags: --production (minify, no source maps), --watch, --report (the host
// bundle's size and its largest inputs, from esbuild's metafile: the 200 KB budget is checked with it).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { buildFormulas } from './formulas.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const report = process.argv.includes('--report');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'info',
  legalComments: production ? 'none' : 'inline',
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // Node reads the file as UTF-8: the definitions' −, σ, ′ stay one character, not a 6-byte \u escape.
    charset: 'utf8',
    metafile: report,
  },
  {
    // The web extension host (vscode.dev, github.dev): the same code, bundled for a web worker.
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: 'dist/web',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  },
];

// Webview bundles appear as their entry points are written.
// depthWorker: the Depth tab's Web Worker, loaded from our own bundle next to panel.js.
const webviews = { panel: 'webview/panel/main.ts', playground: 'webview/playground/main.ts', depthWorker: 'webview/depth/worker.ts' };
const webviewEntries = Object.fromEntries(Object.entries(webviews).filter(([, file]) => existsSync(file)));
if (Object.keys(webviewEntries).length > 0) {
  builds.push({
    ...common,
    entryPoints: webviewEntries,
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}

// Formula SVGs (MathJax) are rendered at build time: no TeX engine ships in the extension.
const count = await buildFormulas();
console.log(`formulas: ${count} activations → dist/formulas.json`);

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const [host] = await Promise.all(builds.map((b) => esbuild.build(b)));
  if (report) printReport(host.metafile);
}

/** The host bundle's bytes and its 15 largest inputs (bytes each adds to the output). */
function printReport(metafile) {
  const [file, out] = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint);
  console.log(`${file}: ${out.bytes.toLocaleString('en-US')} B${production ? ' (minified)' : ''}`);
  const inputs = Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 15);
  for (const [path, { bytesInOutput }] of inputs) console.log(`${bytesInOutput.toLocaleString('en-US').padStart(9)} B  ${path}`);
}
