// The document scan's lexer and bracket matching, and the number readers underneath the call reader.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberValue, plainNumber, plainNumberEnd, scanNumericList } from '../../../src/calls/literals';
import type { Syntax } from '../../../src/calls/language';
import { DocumentScan, stringValue } from '../../../src/calls/scan';

function tokens(text: string, syntax: Syntax): string[] {
  const scan = new DocumentScan(text, syntax);
  const out: string[] = [];
  for (let i = 0; i < scan.count; i++) out.push(`${scan.kind(i)}:${scan.kind(i) === 'str' ? stringValue(scan, i) ?? '…' : scan.textOf(i)}`);
  return out;
}

/** Where the bracket opened at text[open] closes (just after it), or -1 when it never closes. */
function close(text: string, open: number, syntax: Syntax): number {
  const scan = new DocumentScan(text, syntax);
  const i = scan.tokenAt(open);
  assert.ok(i >= 0 && scan.isOpen(i), `a bracket at ${open}`);
  const p = scan.partner(i);
  return p < 0 ? -1 : scan.end(p);
}

describe('calls: tokenizer', () => {
  it('Python: names, numbers, strings with prefixes, operators; comments skipped', () => {
    assert.deepEqual(tokens("F.gelu(x, r'a)', 1e-3) ** 2 // 3 # (", 'python'), [
      'id:F', 'op:.', 'id:gelu', 'op:(', 'id:x', 'op:,', 'str:a)', 'op:,', 'num:1e-3', 'op:)', 'op:**', 'num:2', 'op://', 'num:3',
    ]);
    assert.deepEqual(tokens('"""a\n(b"""  .5 5. 0x1F 1_000 1j', 'python'), ['str:a\n(b', 'num:.5', 'num:5.', 'num:0x1F', 'num:1_000', 'num:1j']);
  });

  it('JavaScript: comments, template strings, regexes vs division, BigInt', () => {
    assert.deepEqual(tokens('a / b /* ( */ // )\n`x(${y}`', 'js'), ['id:a', 'op:/', 'id:b', 'str:x(${y}']);
    assert.deepEqual(tokens('f(/\\)[)]/g, 1n)', 'js'), ['id:f', 'op:(', 'str:…', 'op:,', 'num:1n', 'op:)']);
  });

  it('Julia: σ and π, !-names, block comments, dotted operators, adjoint vs char literal, 1f0', () => {
    assert.deepEqual(tokens("σ.(x) .+ π #= ( =# relu!(a') 'c' 1f0", 'julia'), [
      'id:σ', 'op:.', 'op:(', 'id:x', 'op:)', 'op:.+', 'id:π', 'id:relu!', 'op:(', 'id:a', "op:'", 'op:)', 'str:…', 'num:1f0',
    ]);
  });

  it('unknown characters become one-character tokens (NUL, lone surrogates, emoji)', () => {
    assert.deepEqual(tokens('\u0000\ud800😀', 'python').map((t) => t.split(':')[0]), ['bad', 'bad', 'bad']);
  });

  it('brackets are matched past strings and comments', () => {
    const py = 'f(a, "(", [1, (2)], # )\n b)';
    assert.equal(close(py, 1, 'python'), py.length);
    const js = "f(a, ')', /\\)/, `)`, /* ) */ b)";
    assert.equal(close(js, 1, 'js'), js.length);
    const jl = 'f(a, ")", #= ) =# b)';
    assert.equal(close(jl, 1, 'julia'), jl.length);
    assert.equal(close('f(a, (b', 1, 'python'), -1);
    assert.equal(close('f(a,\ndef g():\n  return (1)\n', 1, 'python'), -1);
  });
});

describe('calls: number literals', () => {
  it('numberValue reads each language’s forms', () => {
    const v = (t: string, s: Syntax = 'python') => {
      const r = numberValue(t, s);
      return r.k === 'num' ? [r.v, r.dtype] : [r.k, r.k === 'opaque' ? r.why : undefined];
    };
    assert.deepEqual(v('0x1F'), [31, undefined]);
    assert.deepEqual(v('0o17'), [15, undefined]);
    assert.deepEqual(v('0b101'), [5, undefined]);
    assert.deepEqual(v('1_000.5'), [1000.5, undefined]);
    assert.deepEqual(v('1e999'), [Infinity, undefined]);
    assert.deepEqual(v('1f0', 'julia'), [1, 'float32']);
    assert.deepEqual(v('1.5f-3', 'julia'), [1.5e-3, 'float32']);
    assert.equal(v('1n', 'js')[0], 'opaque');
    assert.match(String(v('1n', 'js')[1]), /BigInt/);
    assert.match(String(v('2j')[1]), /complex/);
  });

  it('plainNumber equals Number() for plain decimals (the fast path is exact)', () => {
    const edge = ['0', '-0.0', '.5', '5.', '1e22', '1e23', '1e-22', '1e-23', '123456789012345', '1234567890123456789', '9007199254740993',
      '4.9e-324', '2.2250738585072014e-308', '1.7976931348623157e308', '1e999', '00012.5000', '0.000000000000000000001'];
    for (const s of edge) {
      assert.equal(plainNumberEnd(s, 0, s.length), s.length, s);
      assert.ok(Object.is(plainNumber(s, 0, s.length), Number(s)), s);
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat({ max: 3 }), fc.nat({ max: 17 }), (x, form, digits) => {
        const s = [String(x), x.toFixed(Math.min(digits, 20)), x.toPrecision(Math.max(1, digits)), x.toExponential(Math.min(digits, 20))][form];
        if (plainNumberEnd(s, 0, s.length) !== s.length) return;
        assert.ok(Object.is(plainNumber(s, 0, s.length), Number(s)), s);
      }),
      { numRuns: 20_000 },
    );
  });

  it('plainNumberEnd refuses what is not a plain number', () => {
    for (const s of ['0x1F', '1_0', '1e', '1e+', '.', '-', '1j', '1n', '1f0', '2π', '1..2', 'x']) assert.notEqual(plainNumberEnd(s, 0, s.length), s.length, s);
  });

  it('scanNumericList reads nested lists of plain numbers and stops at anything else', () => {
    const text = '[[1, -2.5], [3e1, .5]] tail';
    const r = scanNumericList(text, 1, text.length, 10, 100);
    assert.ok('items' in r);
    assert.deepEqual(r.items, [[1, -2.5], [30, 0.5]]);
    assert.equal(text.slice(r.end), ' tail');
    assert.equal(r.count, 4);
    assert.ok('failAt' in scanNumericList('[1, x]', 1, 6, 10, 100));
    assert.ok('failAt' in scanNumericList('[[[1]]]', 1, 7, 1, 100));
    const many = scanNumericList('[1, 2, 3, 4]', 1, 12, 10, 3);
    assert.ok('failAt' in many && many.tooMany);
  });
});
