// Recognised calls that cannot be evaluated say why, in a short line, and never give a value.
import assert from 'node:assert/strict';
import { describeCallAt } from '../../../src/calls';
import { call } from './helpers';

const problem = (code: string, lang = 'python') => {
  const d = call(code, lang);
  assert.equal(d.value, undefined, `${code}: no value`);
  return d.problem;
};

describe('calls: problems', () => {
  it('needs a literal argument: a variable input, parameter or starred arguments', () => {
    assert.equal(problem('F.gelu(x)'), 'needs a literal argument');
    assert.equal(problem('F.leaky_relu(torch.tensor(-1.0), slope)'), 'needs a literal argument');
    assert.equal(problem('F.leaky_relu(torch.tensor(-1.0), negative_slope=cfg.slope)'), 'needs a literal argument');
    assert.equal(problem('F.gelu(*args)'), 'needs a literal argument');
    assert.equal(problem('F.gelu(torch.tensor(0.3), **kw)'), 'needs a literal argument');
    assert.equal(problem('F.gelu(torch.tensor([x for x in range(3)]))'), 'needs a literal argument');
    assert.equal(problem('F.gelu(self.fc1(x))'), 'needs a literal argument');
    assert.equal(problem('tf.relu(tf.tensor1d(values))', 'typescript'), 'needs a literal argument');
    assert.equal(problem('relu.(x)', 'julia'), 'needs a literal argument');
  });

  it('the known parameters are still reported when the input is not literal', () => {
    const d = call('F.leaky_relu(x, 0.2)');
    assert.equal(d.params.negative_slope, 0.2);
    assert.equal(d.input, undefined);
  });

  it('needs a numeric argument: strings, booleans, None', () => {
    assert.equal(problem("F.gelu('0.3')"), 'needs a numeric argument');
    assert.equal(problem('F.gelu(None)'), 'needs a numeric argument');
    assert.equal(problem('tf.relu(true)', 'typescript'), 'needs a numeric argument');
  });

  it('missing the input argument', () => {
    assert.equal(problem('F.gelu()'), 'missing the input argument');
    assert.equal(problem('nn.GELU()()'), 'missing the input argument');
  });

  it('input too large to evaluate (over 10,000 elements)', () => {
    const msg = 'input too large to evaluate (over 10,000 elements)';
    const list = (n: number) => Array.from({ length: n }, (_, i) => (i % 10) / 10).join(', ');
    assert.equal(problem(`F.relu(torch.tensor([${list(10_001)}]))`), msg);
    assert.equal(problem(`F.relu(torch.tensor([[${list(100)}]] * 101))`), msg);
    assert.equal(problem('F.relu(torch.tensor([0.0] * 20000))'), msg);
    assert.equal(problem('F.relu(torch.zeros(200, 200))'), msg);
    assert.equal(problem('F.relu(torch.linspace(0, 1, 1000000))'), msg);
    assert.equal(problem(`F.relu(torch.tensor([${'-1.0, '.repeat(12_000)}]))`), msg);
    // exactly 10,000 is fine
    const ok = call(`F.relu(torch.tensor([${list(10_000)}]))`);
    assert.equal(ok.problem, undefined);
    assert.equal((ok.value as number[]).length, 10_000);
  });

  it('nesting deeper than 100 levels', () => {
    const msg = 'nesting deeper than 100 levels';
    assert.equal(problem(`F.gelu(${'('.repeat(150)}0.3${')'.repeat(150)})`), msg);
    assert.equal(problem(`F.gelu(torch.tensor(${'['.repeat(150)}0.3${']'.repeat(150)}))`), msg);
    assert.equal(problem(`F.gelu(${'-'.repeat(150)}0.3)`), msg);
    assert.equal(call(`F.gelu(${'('.repeat(50)}0.3${')'.repeat(50)})`).value, call('F.gelu(0.3)').value);
  });

  it('more than 32 dimensions (the core tensor toolkit’s rank)', () => {
    assert.equal(problem(`F.gelu(torch.tensor(${'['.repeat(40)}0.3${']'.repeat(40)}))`), 'more than 32 dimensions');
    assert.equal(problem(`F.gelu(${'['.repeat(33)}0.3${']'.repeat(33)})`), 'more than 32 dimensions');
    const deepest = call(`F.gelu(torch.tensor(${'['.repeat(32)}0.3${']'.repeat(32)}))`);
    let v = deepest.value;
    for (let d = 0; d < 32; d++) v = (v as unknown[])[0] as typeof v;
    assert.equal(v, call('F.gelu(0.3)').value);
  });

  it('expression too long to evaluate (over 1,000 operations)', () => {
    const msg = 'expression too long to evaluate (over 1,000 operations)';
    assert.equal(problem(`F.gelu(${'1.0 + '.repeat(1001)}1.0)`), msg);
    assert.equal(problem(`F.gelu(${'2 * '.repeat(1001)}1.0)`), msg);
    assert.equal(call(`F.gelu(${'0.001 + '.repeat(999)}0.001)`).input, Array.from({ length: 1000 }, () => 0.001).reduce((a, b) => a + b));
  });

  it('the core’s RangeError for a bad parameter', () => {
    assert.match(problem('F.hardtanh(torch.tensor(0.0), 2.0, 1.0)') ?? '', /min_val must be ≤ max_val/);
    assert.match(problem('F.softplus(torch.tensor(0.0), beta=0)') ?? '', /beta must be in \(0, ∞\)/);
    assert.match(problem('F.celu(torch.tensor(0.0), alpha=0.0)') ?? '', /alpha/);
    assert.match(problem("F.gelu(torch.tensor(0.0), approximate='fast')") ?? '', /approximate must be one of 'none', 'tanh'/);
    assert.match(problem('F.softmax(torch.tensor([1.0, 2.0]), dim=3)') ?? '', /dim must be in \[-1, 0\]/);
    assert.match(problem('F.glu(torch.tensor([1.0, 2.0, 3.0]))') ?? '', /even/);
  });

  it('arguments the library does not take', () => {
    assert.equal(problem('F.gelu(torch.tensor(0.3), foo=1)'), "F.gelu: unknown argument 'foo'");
    assert.match(problem('F.relu(torch.tensor(0.3), False, 1)') ?? '', /positional/);
    assert.match(problem('F.leaky_relu(torch.tensor(0.3), 0.2, negative_slope=0.1)') ?? '', /multiple values/);
    assert.match(problem('F.threshold(torch.tensor(0.3))') ?? '', /F\.threshold needs threshold and value/);
    assert.match(problem("jax.nn.gelu(0.3, approximate='tanh')") ?? '', /approximate cannot be tanh/);
  });

  it('ragged lists, division by zero, complex powers', () => {
    assert.equal(problem('F.relu(torch.tensor([[1.0, 2.0], [3.0]]))'), 'ragged nested list (rows differ in length)');
    assert.equal(problem('F.relu(torch.tensor(1 / 0))'), 'division by zero');
    assert.equal(problem('F.relu(torch.tensor((-8) ** 0.5))'), 'complex numbers are not supported');
    assert.equal(call('relu(1 / 0)', 'julia').value, Infinity);
    assert.equal(call('tf.relu(1 / 0)', 'typescript').value, Infinity);
  });

  it('arguments longer than 2 MB', () => {
    const text = `F.gelu(x, ${'0'.repeat(2.1 * 1024 * 1024)})`;
    const d = describeCallAt(text, 0, 'python');
    assert.equal(d?.problem, 'arguments too long to read (over 2 MB)');
    assert.equal(d?.range.start, 0);
  });

  it('an unclosed call is not a call', () => {
    assert.equal(describeCallAt('y = F.gelu(torch.tensor(0.3)', 5, 'python'), undefined);
    assert.equal(describeCallAt('y = F.gelu(0.3\ndef f():\n    return g(1)\n', 5, 'python'), undefined);
  });

  it('parameters are complete even when the call has a problem (the hover lists them)', () => {
    const sp = call('F.softplus(torch.tensor(0.0), beta=0)');
    assert.deepEqual(sp.params, { beta: 0, threshold: 20 });
    const big = call(`F.gelu(torch.tensor([${'1.0, '.repeat(10_001)}]))`);
    assert.deepEqual(big.params, { approximate: 'none' });
    const jx = call(`jax.nn.gelu(${'('.repeat(120)}0.3${')'.repeat(120)})`);
    assert.deepEqual(jx.params, { approximate: 'tanh' });
  });

  it('a value comes without a problem; a problem without a value', () => {
    for (const code of ['F.gelu(0.3)', 'F.gelu(x)', 'F.gelu()', "F.gelu('a')", 'F.softplus(0.3, beta=0)']) {
      const d = call(code);
      assert.ok((d.value === undefined) !== (d.problem === undefined), code);
    }
  });
});
