// ESLint rule keeping the worlds apart by where an import resolves, not by how it is spelled. Pure worlds
// (src/core, src/calls, src/protocol, src/snippets, the hover renderer src/hover) import no packages and no
// `vscode`; the extension host's features (src/host/<feature>/) import the shared host files
// (src/host/*.ts) and pure code, never another feature; webview code never imports `vscode` or host code.
// Every file under src/ and webview/ must belong to a world, so a new folder has to be declared here.
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

/** A module path names a file (`src/host/settings`), not a folder's index (`src/host/panel`). */
const isFile = (p) => p.endsWith('.ts') || existsSync(path.join(root, `${p}.ts`));

/** `dir` matches the folder and everything below; `dir/*` only the files directly in it. */
function inside(p, entry) {
  if (entry.endsWith('/*')) {
    const dir = entry.slice(0, -2);
    return p.startsWith(dir + '/') && !p.slice(dir.length + 1).includes('/') && isFile(p);
  }
  return p === entry || p.startsWith(entry + '/') || p === `${entry}.ts`;
}

const PURE = ['src/core', 'src/calls', 'src/protocol'];
const HOST_SHARED = 'src/host/*';
/** Host features: each may use the shared host files and the pure worlds, and only its own folder. */
const feature = (name, extra = []) => ({
  dir: `src/host/${name}`,
  may: [`src/host/${name}`, HOST_SHARED, ...PURE, ...extra],
  packages: ['vscode'],
});

/** Most specific first: the first world whose `dir` holds the file is its world. */
const worlds = [
  { dir: 'src/core', may: ['src/core'], packages: [] },
  { dir: 'src/calls', may: ['src/calls', 'src/core'], packages: [] },
  { dir: 'src/protocol', may: ['src/protocol', 'src/core', 'src/snippets'], packages: [] },
  { dir: 'src/snippets', may: ['src/snippets', 'src/core', 'src/protocol'], packages: [] },
  // The hover renderer: markdown, pictures, insights. Pure; the host's hover feature adapts it to VS Code.
  { dir: 'src/hover', may: ['src/hover', ...PURE], packages: [] },
  feature('hover', ['src/hover']),
  feature('inlineValues'),
  feature('panel'),
  feature('playground'),
  // Shared host code (settings, languages, formulas, the document reader, webview HTML): no feature imports.
  { dir: HOST_SHARED, may: [HOST_SHARED, ...PURE, 'src/hover'], packages: ['vscode'] },
  { dir: 'src/extension', may: ['src'], packages: ['vscode'] },
  { dir: 'webview', may: ['webview', ...PURE], packages: true },
];

const packageAllowed = (world, source) => world.packages === true || world.packages.includes(source);

export default {
  rules: {
    'three-worlds': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = rel(context.filename);
        const world = worlds.find((w) => inside(file, w.dir));
        if (!world) {
          if (!file.startsWith('src/') && !file.startsWith('webview/')) return {};
          return { Program: (node) => context.report({ node, message: `${file} belongs to no world: declare its folder in scripts/eslint/boundaries.mjs` }) };
        }
        const check = (node, source) => {
          if (typeof source !== 'string') return;
          if (!source.startsWith('.')) {
            if (!packageAllowed(world, source)) {
              context.report({ node, message: source === 'vscode' ? `${world.dir} must not import vscode (pure or webview code)` : `${world.dir} imports no packages ('${source}')` });
            }
            return;
          }
          const target = rel(path.resolve(path.dirname(context.filename), source));
          if (!world.may.some((d) => inside(target, d))) {
            context.report({ node, message: `${world.dir} may import only from ${world.may.join(', ')} (got '${source}')` });
          }
        };
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
        };
      },
    },
  },
};
