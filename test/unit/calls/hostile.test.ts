// Issue 10, findings 1 and 6 as they reach the call reader: calls inside strings and comments are silent
// wherever the string starts (the document is read from its start, not from a window), calls after them
// are found, and unclosed call chains are read from one scan per document version (no per-candidate
// rescans: counted, not timed).
import assert from 'node:assert/strict';
import { describeCallAt } from '../../../src/calls';
import { clearScanCache, documentScan, scanStats } from '../../../src/calls/scan';
import { at, none } from './helpers';

const lines = (n: number, line = 'x = 1') => `${line}\n`.repeat(n);

describe('calls: strings and comments (issue 10, finding 6)', () => {
  it('Python: a call on the sixth line of a triple-quoted string is silent; one after a 6 KB docstring is found', () => {
    none(`"""Doc.\n${lines(5, 'text')}F.gelu(0.3)\n"""\nx = 1\n`, 'gelu');
    none(`def f():\n    '''\n${lines(8, '    more')}    F.gelu(0.3)\n    '''\n`, 'gelu');
    const doc = `"""${'A long docstring line (with a bracket. '.repeat(160)}\n"""\n`;
    assert.ok(doc.length > 6000);
    assert.equal(at(`${doc}y = F.gelu(0.3)\n`, 'F.gelu').value, at('F.gelu(0.3)', 'F.gelu').value);
  });

  it('Python f-strings: fields with nested quotes (3.12) do not end the string', () => {
    const src = 'y = f"{cfg["act"]} F.gelu(0.3) {x!r:>{width}}"\nz = F.relu(-1.0)\n';
    none(src, 'gelu');
    assert.equal(at(src, 'F.relu').value, 0);
    none("s = f'{{F.gelu(0.3)}}'\n", 'gelu');
    assert.equal(at(`s = f"{'"'}"; y = F.relu(-1.0)\n`, 'F.relu').value, 0);
  });

  it('Python: an unterminated one-line string ends at its line', () => {
    assert.equal(at('s = "abc\ny = F.relu(-2.0)\n', 'F.relu').activation, 'relu');
  });

  it('TypeScript: block comments, template literals with ${…} (nested backticks) are silent; calls after them are found', () => {
    none(`/*\n${lines(6, ' * text')} tf.relu(1)\n */\nconst a = 1;\n`, 'relu', 'typescript');
    none('const s = `\n\n\n\n\n tf.relu(1)\n`;\n', 'relu', 'typescript');
    none('const s = `${a ? `x` : "}"} tf.relu(1)`;\n', 'relu', 'typescript');
    const src = 'const s = `${`inner ${"`"}`}`; // tf.elu(1)\nconst y = tf.relu(-1);\n';
    none(src, 'elu', 'typescript');
    assert.equal(at(src, 'tf.relu', 'typescript').value, 0);
  });

  it('Julia: nested #= =# comments and strings with $(…) are silent; calls after them are found', () => {
    const src = `#= outer\n${lines(6, 'text')}#= inner =#\nrelu(1.0)\n=#\ns = "$(f(")")) relu(2.0)"\ny = relu(-3.0)\n`;
    none(src, 'relu(1.0)', 'julia');
    none(src, 'relu(2.0)', 'julia');
    assert.equal(at(src, 'relu(-3.0)', 'julia').value, 0);
  });

  it('imports and definitions inside strings and comments are not read', () => {
    const doc = '"""Usage:\nfrom jax import nn as act\n"""\nimport torch.nn.functional as act\ny = act.gelu(0.3)\n';
    assert.equal(at(doc, 'act.gelu').library, 'torch');
    const quoted = 's = """\nfrom jax import nn as act\n"""\ny = act.gelu(0.3)\n';
    none(quoted, 'act.gelu');
    const commented = '#= relu(x) = 0 =#\ny = relu(-3.0)\n';
    assert.equal(at(commented, 'relu(-3.0)', 'julia').value, 0);
  });

  it('comments and strings inside a call do not hide its closing bracket', () => {
    assert.equal(at('y = F.gelu(  # a comment )\n    0.5,\n)\n', 'gelu').input, 0.5);
    assert.equal(at("y = tf.relu(/* ) */ -1, `)`);\n", 'relu', 'typescript').input, -1);
  });
});

describe('calls: unclosed call chains (issue 10, finding 1)', () => {
  const chains: [string, string, string][] = [
    ['python', 'F.gelu(', 'F.gelu(0.3)'],
    ['typescript', 'tf.relu(', 'tf.relu(-1)'],
    ['julia', 'σ(', 'σ(0.0)'],
  ];

  for (const [lang, open, closed] of chains) {
    it(`${lang}: 150,000 unclosed \`${open}\` on one line are lexed once for any number of requests`, () => {
      clearScanCache();
      const text = `${open.repeat(150_000)}${closed}`;
      const options = { uri: `test://${lang}`, version: 1 };
      const input = at(closed, closed, lang).input;
      const before = scanStats().chars;
      // the innermost, closed call is read; the unclosed ones around it are not calls
      assert.equal(describeCallAt(text, text.length - closed.length + 1, lang, options)?.input, input);
      for (let k = 1; k <= 300; k++) {
        const o = Math.floor((k / 301) * (text.length - closed.length));
        assert.equal(describeCallAt(text, o, lang, options), undefined, `offset ${o}`);
      }
      assert.equal(scanStats().chars - before, text.length, 'one scan of the document');
    });
  }

  it('150,000 unclosed brackets, and 10,000 unclosed calls over many lines, give nothing (and do not throw)', () => {
    const brackets = `y = F.gelu(${'('.repeat(150_000)}`;
    for (const o of [0, 6, 75_000, brackets.length]) assert.equal(describeCallAt(brackets, o, 'python'), undefined);
    const chain = 'y = F.gelu(\n'.repeat(10_000);
    for (const o of [4, chain.length >> 1, chain.length]) assert.equal(describeCallAt(chain, o, 'python'), undefined);
  });

  it('a version is scanned once; a new version, or a different text, is scanned again', () => {
    clearScanCache();
    const v1 = 'y = F.gelu(0.3)\n';
    const a = documentScan(v1, 'python', { uri: 'u', version: 1 });
    assert.equal(documentScan(v1, 'python', { uri: 'u', version: 1 }), a);
    assert.notEqual(documentScan(v1, 'python', { uri: 'u', version: 2 }), a);
    const b = documentScan(v1, 'python');
    assert.equal(documentScan(v1, 'python'), b);
    assert.notEqual(documentScan(`${v1} `, 'python'), b);
  });
});
