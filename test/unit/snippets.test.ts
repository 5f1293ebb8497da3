// "Copy as code": the snippet per framework names the right library function with our parameters.
import * as assert from 'node:assert/strict';
import { activations, DTYPES, type DType } from '../../src/core';
import { hasSnippet, py, snippet, SNIPPET_FRAMEWORKS, type SnippetRequest } from '../../src/protocol';

const ew = (functions: { id: string; params: Record<string, number | string> }[], transform = { m: 1, b: 0 }, dtype: DType = 'float64'): SnippetRequest => ({
  kind: 'elementwise', functions, range: { min: -6, max: 6 }, transform, dtype,
});

/** Names a Python import line binds (`import a.b as c` → c; `from k import ops` → ops; `import jax.x` → jax.x). */
function importedNames(code: string): string[] {
  return code.split('\n').flatMap((l) => {
    const as = /^import [\w.]+ as (\w+)$/.exec(l) ?? /^from [\w.]+ import (\w+)$/.exec(l) ?? /^import ([\w.]+)$/.exec(l);
    return as ? [as[1]] : [];
  });
}

describe('snippets', () => {
  it('py() writes Python float literals', () => {
    assert.equal(py(2), '2.0');
    assert.equal(py(-6), '-6.0');
    assert.equal(py(0.01), '0.01');
    assert.equal(py(1e-7), '1e-7');
    assert.equal(py(1 / 3), '0.3333333333333333');
  });
  it('PyTorch', () => {
    const s = snippet(ew([{ id: 'leaky_relu', params: { negative_slope: 0.2 } }, { id: 'gelu', params: { approximate: 'tanh' } }]), 'torch');
    assert.equal(s, [
      'import torch', 'import torch.nn.functional as F', '',
      'x = torch.linspace(-6.0, 6.0, 101, dtype=torch.float64)',
      'y_leaky_relu = F.leaky_relu(x, negative_slope=0.2)',
      "y_gelu = F.gelu(x, approximate='tanh')", '',
    ].join('\n'));
  });
  it('JAX and Keras spell gelu’s approximate as a bool', () => {
    assert.match(snippet(ew([{ id: 'gelu', params: { approximate: 'tanh' } }]), 'jax'), /jax\.nn\.gelu\(x, approximate=True\)/);
    assert.match(snippet(ew([{ id: 'gelu', params: {} }]), 'keras'), /keras\.activations\.gelu\(x, approximate=False\)/);
  });
  it('writes the input transform once and uses it', () => {
    const s = snippet(ew([{ id: 'tanh', params: {} }], { m: 2, b: -0.5 }), 'jax');
    assert.match(s, /^u = 2\.0 \* x - 0\.5 {2}# input transform x = m·x′ \+ b$/m);
    assert.match(s, /y_tanh = jnp\.tanh\(u\)/);
  });
  it('falls back to the formula where a library has no such parameter', () => {
    assert.match(snippet(ew([{ id: 'silu', params: { beta: 2 } }]), 'torch'), /x \* torch\.sigmoid\(2\.0 \* x\)/);
    assert.match(snippet(ew([{ id: 'softplus', params: { beta: 2 } }]), 'jax'), /jax\.nn\.softplus\(2\.0 \* x\) \/ 2\.0/);
  });
  it('numbers repeated functions', () => {
    const s = snippet(ew([{ id: 'elu', params: { alpha: 1 } }, { id: 'elu', params: { alpha: 2 } }]), 'keras');
    assert.match(s, /y_elu = /);
    assert.match(s, /y_elu_2 = keras\.activations\.elu\(x, alpha=2\.0\)/);
  });
  it('vector snippets: temperature, log, softmin, sparsemax', () => {
    const v = (fn: 'softmax' | 'softmin' | 'sparsemax', log: boolean, temperature = 1): SnippetRequest => ({ kind: 'vector', fn, logits: [2, 1, 0.1], temperature, log, dtype: 'float64' });
    assert.match(snippet(v('softmax', false, 0.5), 'torch'), /p = F\.softmax\(logits \/ 0\.5, dim=-1\)/);
    assert.match(snippet(v('softmax', true), 'jax'), /p = jax\.nn\.log_softmax\(logits, axis=-1\)/);
    assert.match(snippet(v('softmin', false, 2), 'keras'), /softmax\(-logits \/ 2\.0, axis=-1\)/);
    assert.match(snippet(v('sparsemax', false), 'torch'), /def sparsemax\(z\):/);
  });
  it('every element-wise activation has a snippet in every framework, with balanced parentheses', () => {
    for (const fw of SNIPPET_FRAMEWORKS) {
      for (const d of activations()) {
        if (d.kind !== 'elementwise') continue;
        assert.ok(hasSnippet(d.id, fw), `${fw} ${d.id}`);
        const line = snippet(ew([{ id: d.id, params: {} }]), fw).trim().split('\n').pop() ?? '';
        const open = (line.match(/\(/g) ?? []).length;
        const close = (line.match(/\)/g) ?? []).length;
        assert.equal(open, close, `${fw} ${d.id}: ${line}`);
      }
    }
  });
  it('imports only what the code uses, in every framework and dtype', () => {
    for (const fw of SNIPPET_FRAMEWORKS) {
      for (const dtype of DTYPES) {
        for (const fns of [[{ id: 'gelu', params: {} }], [{ id: 'erf', params: {} }, { id: 'tanh', params: {} }], [{ id: 'prelu', params: {} }]]) {
          const code = snippet(ew(fns, { m: 1, b: 0 }, dtype), fw);
          const body = code.split('\n').filter((l) => !/^(import|from) /.test(l)).join('\n');
          for (const name of importedNames(code)) assert.ok(body.includes(`${name}.`), `${fw}/${dtype}: unused import ${name} in\n${code}`);
        }
      }
    }
    assert.doesNotMatch(snippet(ew([{ id: 'gelu', params: {} }]), 'jax'), /scipy/);
  });
  it('computes in the chosen dtype; JAX enables x64 for float64 (else it computes in float32)', () => {
    const jax64 = snippet(ew([{ id: 'gelu', params: {} }]), 'jax');
    assert.match(jax64, /^jax\.config\.update\("jax_enable_x64", True\)/m);
    assert.ok(jax64.indexOf('jax_enable_x64') < jax64.indexOf('jnp.linspace'), 'x64 before the first array');
    assert.match(jax64, /dtype=jnp\.float64/);
    const jax32 = snippet(ew([{ id: 'gelu', params: {} }], { m: 1, b: 0 }, 'float32'), 'jax');
    assert.doesNotMatch(jax32, /x64/);
    assert.match(jax32, /dtype=jnp\.float32/);
    assert.match(snippet(ew([{ id: 'gelu', params: {} }], { m: 1, b: 0 }, 'bfloat16'), 'torch'), /dtype=torch\.bfloat16/);
    assert.match(snippet(ew([{ id: 'gelu', params: {} }], { m: 1, b: 0 }, 'float16'), 'keras'), /dtype="float16"/);
  });
  it('samples the same 101 points as the panel table and CSV', () => {
    assert.match(snippet(ew([{ id: 'relu', params: {} }]), 'keras'), /ops\.linspace\(-6\.0, 6\.0, 101,/);
  });
});
