import * as assert from 'node:assert/strict';
import { formatNumber, parseDType, sample, activation, toDType } from '../../../src/core';

describe('core dtypes', () => {
  it('rounds to float16 to nearest even, with overflow and subnormals', () => {
    assert.equal(toDType(0.1, 'float16'), 0.0999755859375);
    assert.equal(toDType(65504, 'float16'), 65504);
    assert.equal(toDType(65519.98828125, 'float16'), 65504);
    assert.equal(toDType(65520, 'float16'), Infinity); // the tie rounds to even: overflow
    assert.equal(toDType(-65520, 'float16'), -Infinity);
    assert.equal(toDType(2 ** -24, 'float16'), 2 ** -24); // smallest subnormal
    assert.equal(toDType(2 ** -25, 'float16'), 0); // tie to even → 0
    assert.equal(toDType(3 * 2 ** -26, 'float16'), 2 ** -24);
    assert.equal(toDType(1 + 2 ** -11, 'float16'), 1); // tie → even
    assert.equal(toDType(1 + 3 * 2 ** -11, 'float16'), 1 + 2 ** -9);
    assert.ok(Object.is(toDType(-0, 'float16'), -0));
  });

  it('rounds to bfloat16 (8-bit significand, float32 range)', () => {
    assert.equal(toDType(1 / 3, 'bfloat16'), 0.333984375);
    assert.equal(toDType(3.4e38, 'bfloat16'), Infinity);
    assert.equal(toDType(2 ** -133, 'bfloat16'), 2 ** -133);
    assert.equal(toDType(-0.7, 'bfloat16'), -0.69921875);
  });

  it('rounds to float32 and parses the spellings code uses', () => {
    assert.equal(toDType(0.1, 'float32'), Math.fround(0.1));
    assert.equal(parseDType('torch.float16'), 'float16');
    assert.equal(parseDType('jnp.bfloat16'), 'bfloat16');
    assert.equal(parseDType("'half'"), 'float16');
    assert.equal(parseDType('tf.float32'), 'float32');
    assert.equal(parseDType('torch.int8'), undefined);
  });
});

describe('core sampling and formatting', () => {
  it('samples f and f′ through x = m·x′ + b', () => {
    const sig = activation('sigmoid');
    if (sig?.kind !== 'elementwise') throw new Error();
    const s = sample(sig, undefined, -1, 1, 3, { transform: { m: 2, b: 1 } });
    assert.deepEqual(Array.from(s.xs), [-1, 0, 1]);
    assert.equal(s.ys[1], sig.value(1));
    assert.equal(s.dys[2], 2 * sig.derivative(3));
    assert.throws(() => sample(sig, undefined, 1, 1, 10), /min < max/);
    assert.throws(() => sample(sig, undefined, 0, Infinity, 10), RangeError);
  });

  it('formats significant digits, signs and specials', () => {
    assert.equal(formatNumber(0.1853734266566858, 4), '0.1854');
    assert.equal(formatNumber(-1.2e-9, 3), '−1.2e-9');
    assert.equal(formatNumber(-0), '−0');
    assert.equal(formatNumber(Infinity), '∞');
    assert.equal(formatNumber(NaN), 'NaN');
    assert.equal(formatNumber(3.4e-4, 2), '0.00034');
    assert.equal(formatNumber(3.4e-5, 2), '3.4e-5');
    assert.equal(formatNumber(1234567, 3), '1.23e+6');
  });
});
