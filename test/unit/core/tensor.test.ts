// The tensor toolkit: map, zip, shape, flatten, reshape, and their depth and shape checks.
import * as assert from 'node:assert/strict';
import { flatten, flattenRect, mapTensor, reshape, reshapeLike, shapeOf, sizeOf, zipTensor } from '../../../src/core';
import type { Tensor } from '../../../src/core';

const deep = (n: number): Tensor => (n === 0 ? 1 : [deep(n - 1)]);

describe('tensor toolkit', () => {
  it('maps a scalar, a vector and a nested array, keeping the nesting', () => {
    assert.equal(mapTensor(2, (x) => x * 3), 6);
    assert.deepEqual(mapTensor([[1, 2], [3, [4]]], (x) => -x), [[-1, -2], [-3, [-4]]]);
  });

  it('zips entry by entry with scalar broadcast, undefined for different nestings', () => {
    assert.deepEqual(zipTensor([1, 2], [10, 20], (a, b) => a + b), [11, 22]);
    assert.deepEqual(zipTensor(2, [[1], [2]], (a, b) => a * b), [[2], [4]]);
    assert.equal(zipTensor([1, 2], [1, 2, 3], (a, b) => a + b), undefined);
  });

  it('reads shapes, flattens in reading order, and refuses ragged arrays where a rectangle is needed', () => {
    assert.deepEqual(shapeOf(3), []);
    assert.deepEqual(shapeOf([[1, 2, 3], [4, 5, 6]]), [2, 3]);
    assert.deepEqual(flatten([[1, [2]], 3]), [1, 2, 3]);
    assert.deepEqual(flattenRect([[1, 2], [3, 4]]), [1, 2, 3, 4]);
    assert.throws(() => flattenRect([[1, 2], [3]]), /ragged/);
    assert.equal(sizeOf([2, 3, 4]), 24);
  });

  it('reshapes row-major, and back into the nesting of another tensor', () => {
    assert.deepEqual(reshape([1, 2, 3, 4, 5, 6], [2, 3]), [[1, 2, 3], [4, 5, 6]]);
    assert.deepEqual(reshape([1, 2, 3, 4, 5, 6], [3, 2]), [[1, 2], [3, 4], [5, 6]]);
    assert.equal(reshape([7], []), 7);
    assert.throws(() => reshape([1, 2, 3], [2, 2]), /do not fill/);
    assert.throws(() => reshape([1, 2], [2, -1]), /bad shape/);
    assert.deepEqual(reshapeLike([9, 8, 7], [[0], [0, 0]]), [[9], [8, 7]]);
  });

  it('refuses nesting deeper than 32 levels instead of recursing into it', () => {
    assert.throws(() => mapTensor(deep(40), (x) => x), /deeper than 32/);
    assert.throws(() => flatten(deep(40)), /deeper than 32/);
    assert.throws(() => shapeOf(deep(40)), /deeper than 32/);
    assert.deepEqual(flatten(deep(30)), [1]);
  });
});
