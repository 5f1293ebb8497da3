// describeCallsIn: the inline values' reader. Every activation call in a range, none from strings or
// comments, each as the hover describes it, in chunks of a budget of call sites that resume where they stopped.
import assert from 'node:assert/strict';
import { describeCallAt, describeCallsIn } from '../../../src/calls';

const SRC = [
  'import torch.nn.functional as F',
  'a = F.gelu(torch.tensor(0.3))  # F.relu(1.0) in a comment',
  's = "F.silu(2.0)"',
  'b = nn.LeakyReLU(0.2)(torch.tensor(-1.0))',
  'c = print(F.relu(-2.0), max(1, 2))',
  'd = F.softmax(x, dim=-1)',
].join('\n');

describe('calls: every call in a range (inline values)', () => {
  it('finds each activation call once, in order, with the hover’s description; strings and comments are silent', () => {
    const r = describeCallsIn(SRC, 0, SRC.length, 'python');
    assert.equal(r.next, SRC.length);
    assert.deepEqual(r.calls.map((c) => c.callee), ['F.gelu', 'nn.LeakyReLU', 'F.relu', 'F.softmax']);
    for (const c of r.calls) assert.deepEqual(c, describeCallAt(SRC, c.calleeRange.start, 'python'));
    assert.deepEqual(r.calls.map((c) => c.value), [describeCallAt('F.gelu(0.3)', 0, 'python')?.value, -0.2, 0, undefined]);
  });

  it('only calls whose callee starts in the range', () => {
    const from = SRC.indexOf('b = ');
    const to = SRC.indexOf('d = ');
    assert.deepEqual(describeCallsIn(SRC, from, to, 'python').calls.map((c) => c.callee), ['nn.LeakyReLU', 'F.relu']);
  });

  it('a budget of call sites: the rest comes from `next`, nothing lost or repeated', () => {
    const line = 'y = print(F.relu(-1.0), F.gelu(0.5), g(h(1)), F.silu(2.0))\n';
    const text = line.repeat(50);
    const all = describeCallsIn(text, 0, text.length, 'python').calls.map((c) => c.range.start);
    assert.equal(all.length, 150);
    const chunked: number[] = [];
    let from = 0;
    let chunks = 0;
    while (from < text.length) {
      const r = describeCallsIn(text, from, text.length, 'python', {}, 7);
      assert.ok(r.next > from, 'progress');
      chunked.push(...r.calls.map((c) => c.range.start));
      from = r.next;
      chunks++;
    }
    assert.deepEqual(chunked, all);
    assert.ok(chunks >= 300 / 7, `${chunks} chunks`);
  });

  it('150,000 unclosed calls: nothing, and each chunk examines at most its budget', () => {
    const text = 'F.gelu('.repeat(150_000);
    const r = describeCallsIn(text, 0, text.length, 'python', {}, 100);
    assert.deepEqual(r.calls, []);
    assert.equal(r.next, 700);
  });

  it('bad input gives no calls and never throws', () => {
    assert.deepEqual(describeCallsIn(SRC, 0, SRC.length, 'plaintext').calls, []);
    assert.deepEqual(describeCallsIn(undefined as unknown as string, 0, 10, 'python').calls, []);
    assert.deepEqual(describeCallsIn(SRC, 50, 10, 'python').calls, []);
    assert.deepEqual(describeCallsIn(SRC, Number.NaN, Number.NaN, 'python').calls, []);
  });
});
