// Lint also guards the worlds (scripts/eslint/boundaries.mjs): pure code (src/core, src/calls, src/protocol,
// src/snippets, the hover renderer src/hover) and webview code never import `vscode`; src/core imports nothing
// outside itself; host features (src/host/<feature>/) share src/host/*.ts and never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from './scripts/eslint/boundaries.mjs';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tmp/**', '.vscode-host/**', 'test-results/**', 'media/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { local: boundaries },
    rules: {
      'local/three-worlds': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // The extension also runs in the web extension host (vscode.dev): no Node built-ins in src/.
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'util'], message: 'src/ runs in the web extension host too: use vscode.workspace.fs, Web Crypto, TextEncoder.' }] }],
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/calls/**/*.ts', 'src/protocol/**/*.ts', 'src/snippets/**/*.ts', 'src/hover/**/*.ts'],
    rules: {
      // Pure code runs in the extension host, the webviews and plain Node alike.
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'navigator', '__dirname'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
