// Bundles the extension-host integration suite: test/integration/index.ts and every
// test/integration/**/*.test.ts become out/test/integration/**/*.js (CommonJS, node20). `vscode` is provided by
// the extension host and `mocha` is required at run time from node_modules, so both stay external.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { integrationOutDir, repoRoot } from './paths';

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

export async function buildIntegrationSuite(): Promise<string> {
  const srcDir = path.join(repoRoot, 'test', 'integration');
  // No wipe first: a concurrent run may be loading these files right now. Stale outputs are removed after.
  const result = await esbuild.build({
    entryPoints: [path.join(srcDir, 'index.ts'), ...testFiles(srcDir)],
    outbase: srcDir,
    outdir: integrationOutDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: repoRoot,
  });
  const outputs = new Set(Object.keys(result.metafile.outputs).map((o) => path.resolve(repoRoot, o)));
  for (const file of listFiles(integrationOutDir)) if (!outputs.has(file)) fs.rmSync(file, { force: true });
  return path.join(integrationOutDir, 'index.js');
}

if (require.main === module) {
  buildIntegrationSuite().then(
    (index) => console.log(`[vscode-host] integration suite built: ${path.relative(repoRoot, index)}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
