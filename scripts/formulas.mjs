// Build step: every activation's formula and derivative formula, TeX → SVG with MathJax, into
// dist/formulas.json. The SVGs keep `currentColor`; the host substitutes the theme's foreground colour
// when it embeds one in a hover as a data: URI (an <img> does not inherit colour).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';

/** Pixels per ex in the hover's font (13 px): sizes become absolute so the image is the same everywhere. */
const PX_PER_EX = 7;

/** The core and its TeX table (src/core/definitions/tex.ts: the extension's bundle never includes it). */
async function loadCore() {
  const out = 'out/build/core.cjs';
  await esbuild.build({
    stdin: { contents: "export * from './src/core/index'; export { FORMULA_TEX } from './src/core/definitions/tex';", resolveDir: '.', loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
  });
  return createRequire(import.meta.url)(`../${out}`);
}

export async function buildFormulas(outFile = 'dist/formulas.json') {
  const core = await loadCore();
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const doc = mathjax.document('', { InputJax: new TeX({ packages: AllPackages }), OutputJax: new SVG({ fontCache: 'local' }) });
  const render = (tex) => {
    const svg = adaptor.innerHTML(doc.convert(tex, { display: true }));
    // MathJax renders a TeX error, or an undefined macro, as red text inside the picture: fail the build instead.
    const err = /data-mjx-error="([^"]*)"/.exec(svg) ?? (svg.includes('fill="red"') ? ['', 'an undefined macro'] : null);
    if (err) throw new Error(`formula TeX does not render (${err[1]}): ${tex}`);
    return svg
      .replace(/ style="vertical-align: [^"]*"/, '')
      .replace(/ (width|height)="([\d.]+)ex"/g, (_, k, v) => ` ${k}="${Math.ceil(Number(v) * PX_PER_EX)}"`)
      .replace(/ (role|focusable)="[^"]*"/g, '');
  };
  const formulas = {};
  for (const def of core.activations()) {
    for (const { key } of core.formulaChoices(def)) {
      const tex = core.FORMULA_TEX[key];
      if (!tex) throw new Error(`no TeX for the formula ${key} (src/core/definitions/tex.ts)`);
      formulas[key] = { formula: render(tex.formula), derivative: render(tex.derivative) };
    }
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync(outFile, JSON.stringify(formulas));
  return Object.keys(formulas).length;
}
