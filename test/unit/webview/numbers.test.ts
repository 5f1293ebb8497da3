// The webviews' thousands commas: what toLocaleString('en-US') writes, without the Intl start-up cost.
import * as assert from 'node:assert/strict';
import { groupedInteger } from '../../../webview/shared/numbers';

describe('webview numbers: groupedInteger', () => {
  it("writes whole numbers as toLocaleString('en-US') does", () => {
    const cases = [0, 7, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, 2 ** 53, -1, -1000, -1_234_567];
    for (const n of cases) assert.equal(groupedInteger(n), n.toLocaleString('en-US'), String(n));
  });
});
