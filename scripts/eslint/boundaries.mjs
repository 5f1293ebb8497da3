// ESLint rule keeping the three worlds apart by where an import resolves, not by how it is spelled:
// pure code (src/core, src/calls, src/protocol) imports no packages and no `vscode`; src/core imports only
// itself; webview code never imports `vscode` or extension-host code.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const inside = (p, dir) => p === dir || p.startsWith(dir + '/');

/** folder → folders it may import from (relative imports), and whether packages are allowed */
const worlds = [
  { dir: 'src/core', may: ['src/core'], packages: false },
  { dir: 'src/calls', may: ['src/calls', 'src/core'], packages: false },
  { dir: 'src/protocol', may: ['src/protocol', 'src/core'], packages: false },
  { dir: 'webview', may: ['webview', 'src/core', 'src/calls', 'src/protocol'], packages: true },
];

export default {
  rules: {
    'three-worlds': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = rel(context.filename);
        const world = worlds.find((w) => inside(file, w.dir));
        if (!world) return {};
        const check = (node, source) => {
          if (typeof source !== 'string') return;
          if (source === 'vscode') {
            context.report({ node, message: `${world.dir} must not import vscode (three worlds)` });
            return;
          }
          if (!source.startsWith('.')) {
            if (!world.packages) context.report({ node, message: `${world.dir} imports no packages ('${source}')` });
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
