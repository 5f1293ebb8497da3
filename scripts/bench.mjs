// `npm run bench`: bundles bench/index.ts as the extension ships (one scope, no per-module getters
// between files, which tsx's per-file transpile adds and which cost V8 ~3× on small functions) and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

await esbuild.build({
  entryPoints: ['bench/index.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  outfile: 'out/bench/index.js', logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['out/bench/index.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
