// Argument forms: number literals of each language, arithmetic, constants, lists, tensor constructors and
// dtypes, keyword and positional parameters, temperature as softmax(x / T), calls over several lines.
import assert from 'node:assert/strict';
import { assertCore, at, call, ew, vec } from './helpers';

const input = (code: string, lang = 'python') => call(code, lang).input;

describe('calls: number literals', () => {
  it('Python: exponents, leading and trailing dots, separators, hex/octal/binary, signed zero, overflow', () => {
    assert.equal(input('F.gelu(1e-3)'), 1e-3);
    assert.equal(input('F.gelu(.5)'), 0.5);
    assert.equal(input('F.gelu(5.)'), 5);
    assert.equal(input('F.gelu(1_000.5)'), 1000.5);
    assert.equal(input('F.gelu(0x1F)'), 31);
    assert.equal(input('F.gelu(0o17)'), 15);
    assert.equal(input('F.gelu(0b101)'), 5);
    assert.equal(input('F.gelu(2E+2)'), 200);
    assert.ok(Object.is(input('F.gelu(-0.0)'), -0));
    assert.equal(input('F.gelu(1e999)'), Infinity);
    assert.equal(call('F.gelu(1e999)').value, Infinity);
    assert.equal(input('F.gelu(-1e999)'), -Infinity);
  });

  it('JavaScript: separators, hex; BigInt is refused politely', () => {
    assert.equal(input('tf.relu(1_000)', 'typescript'), 1000);
    assert.equal(input('tf.relu(0xff)', 'javascript'), 255);
    const d = call('tf.relu(1n)', 'typescript');
    assert.equal(d.value, undefined);
    assert.match(d.problem ?? '', /BigInt/);
  });

  it('Julia: Float32 literals (1f0) set the dtype; 2π multiplies', () => {
    const d = call('elu(-1f0)', 'julia');
    assert.equal(d.input, -1);
    assert.equal(d.dtype, 'float32');
    assert.equal(input('relu(1.5f-3)', 'julia'), 1.5e-3);
    assert.equal(input('relu(2π)', 'julia'), 2 * Math.PI);
    assert.equal(input('relu(1_000)', 'julia'), 1000);
  });

  it('complex literals are reported', () => {
    assert.match(call('F.gelu(1j)').problem ?? '', /complex/);
  });
});

describe('calls: arithmetic and constants', () => {
  it('unary ±, + − * / ** % //, precedence and parentheses', () => {
    assert.equal(input('F.gelu(- -1)'), 1);
    assert.equal(input('F.gelu(+2)'), 2);
    assert.equal(input('F.gelu(1 + 2 * 3)'), 7);
    assert.equal(input('F.gelu((1 + 2) * 3)'), 9);
    assert.equal(input('F.gelu(-2 ** 2)'), -4);
    assert.equal(input('F.gelu(2 ** -1)'), 0.5);
    assert.equal(input('F.gelu(2 ** 3 ** 2)'), 512);
    assert.equal(input('F.gelu(7 % 3)'), 1);
    assert.equal(input('F.gelu(-7 % 3)'), 2);
    assert.equal(input('F.gelu(7 // 2)'), 3);
    assert.equal(input('F.gelu(1 / 4 - 3)'), -2.75);
    assert.equal(input('relu(2^3)', 'julia'), 8);
    assert.equal(input('relu(-7 % 3)', 'julia'), -1);
    assert.equal(input('tf.relu(-7 % 3)', 'typescript'), -1);
  });

  it('named constants of each language', () => {
    assert.equal(input('import math\nF.gelu(math.pi)'.split('\n')[1]), Math.PI);
    assert.equal(input('F.gelu(np.pi / 2)'), Math.PI / 2);
    assert.equal(input('F.gelu(math.e)'), Math.E);
    assert.equal(input('F.gelu(-math.inf)'), -Infinity);
    assert.equal(input('F.gelu(np.inf)'), Infinity);
    assert.equal(input("F.gelu(float('inf'))"), Infinity);
    assert.equal(input("F.gelu(float('-inf'))"), -Infinity);
    assert.ok(Number.isNaN(input('F.gelu(float("nan"))') as number));
    assert.equal(input("F.gelu(float('1e-3'))"), 1e-3);
    assert.equal(at('from math import pi\nF.gelu(pi)', 'F.gelu').input, Math.PI);
    assert.ok(Number.isNaN(at('from numpy import *\nF.gelu(nan)', 'F.gelu').input as number));
    assert.equal(at('from math import inf\nF.gelu(-inf)', 'F.gelu').input, -Infinity);
    assert.equal(input('relu(Inf)', 'julia'), Infinity);
    assert.ok(Number.isNaN(input('relu(NaN)', 'julia') as number));
    assert.equal(input('relu(π/2)', 'julia'), Math.PI / 2);
    assert.equal(input('tf.relu(Math.PI)', 'typescript'), Math.PI);
    assert.equal(input('tf.relu(-Infinity)', 'typescript'), -Infinity);
    assert.ok(Number.isNaN(input('tf.relu(NaN)', 'typescript') as number));
  });

  it('a bare name is not a literal unless imported as a constant', () => {
    assert.equal(call('F.gelu(pi)').problem, 'needs a literal argument');
    assert.equal(call('tf.relu(Inf)', 'typescript').problem, 'needs a literal argument');
  });

  it('a few math functions', () => {
    assert.equal(input('F.gelu(math.sqrt(2))'), Math.SQRT2);
    assert.equal(input('F.gelu(math.exp(1))'), Math.E);
    assert.equal(input('tf.relu(Math.sqrt(4))', 'typescript'), 2);
    assert.equal(input('relu(sqrt(4))', 'julia'), 2);
  });
});

describe('calls: lists, tuples and tensors', () => {
  it('nested lists and tuples to any depth', () => {
    assert.deepEqual(input('F.relu(torch.tensor([[1.0, -2.0], [3.0, -4.0]]))'), [[1, -2], [3, -4]]);
    assert.deepEqual(input('F.relu(torch.tensor(((1.0, -2.0), (3.0, -4.0))))'), [[1, -2], [3, -4]]);
    assert.deepEqual(input('F.relu(torch.tensor([[[[[0.5]]]]]))'), [[[[[0.5]]]]]);
    assert.deepEqual(input('F.relu(torch.tensor([1.0, -2.0, ]))'), [1, -2]);
    assert.deepEqual(input('F.relu(torch.tensor([]))'), []);
    assert.deepEqual(input('F.relu(torch.tensor([1 + 1, -(2), 3e0]))'), [2, -2, 3]);
    assert.deepEqual(input('F.relu(torch.tensor([[1, 2], [3, x]]))'), undefined);
  });

  it('Python list repetition and concatenation; tensors broadcast', () => {
    assert.deepEqual(input('F.relu(torch.tensor([0.5] * 3))'), [0.5, 0.5, 0.5]);
    assert.deepEqual(input('F.relu(torch.tensor([1.0] + [2.0]))'), [1, 2]);
    assert.deepEqual(input('F.relu(torch.tensor([1.0, 2.0]) * 2)'), [2, 4]);
    assert.deepEqual(input('F.relu(-torch.tensor([1.0, 2.0]))'), [-1, -2]);
    assert.deepEqual(input('F.relu(torch.tensor([1.0, 2.0]) + torch.tensor([3.0, 4.0]))'), [4, 6]);
    assert.deepEqual(input('relu.([1.0, 2.0] .* 2)', 'julia'), [2, 4]);
    assert.deepEqual(input('relu.(-[1.0, 2.0])', 'julia'), [-1, -2]);
    assert.equal(input('tf.relu([1, 2] * 2)', 'typescript'), undefined);
  });

  it('tensor constructors of each library, with dtype', () => {
    const cases: [string, string, string | undefined][] = [
      ['F.relu(torch.tensor(0.5, dtype=torch.float16))', 'python', 'float16'],
      ['F.relu(torch.as_tensor([0.5]))', 'python', undefined],
      ['F.relu(torch.tensor(0.5).half())', 'python', 'float16'],
      ['F.relu(torch.tensor(0.5).to(torch.bfloat16))', 'python', 'bfloat16'],
      ['F.relu(torch.tensor(0.5).double())', 'python', 'float64'],
      ['jax.nn.relu(jnp.array([0.5], dtype=jnp.bfloat16))', 'python', 'bfloat16'],
      ['jax.nn.relu(jnp.asarray(0.5, jnp.float16))', 'python', 'float16'],
      ["jax.nn.relu(np.array([0.5], dtype='float32'))", 'python', 'float32'],
      ['jax.nn.relu(np.float32(0.5))', 'python', 'float32'],
      ['jax.nn.relu(np.array([0.5]).astype(np.float16))', 'python', 'float16'],
      ['tf.nn.relu(tf.constant(0.5, dtype=tf.float16))', 'python', 'float16'],
      ['tf.nn.relu(tf.convert_to_tensor([0.5], tf.float32))', 'python', 'float32'],
      ["tf.relu(tf.scalar(0.5, 'float32'))", 'typescript', 'float32'],
      ["tf.relu(tf.tensor1d([0.5], 'float32'))", 'typescript', 'float32'],
      ['relu.(Float16[0.5])', 'julia', 'float16'],
      ['relu(Float32(0.5))', 'julia', 'float32'],
    ];
    for (const [code, lang, dtype] of cases) {
      const d = call(code, lang);
      assert.equal(d.problem, undefined, `${code}: ${d.problem}`);
      assert.equal(d.dtype, dtype, code);
      assert.deepEqual(d.value, typeof d.input === 'number' ? 0.5 : [0.5], code);
    }
  });

  it('moving a tensor to a device keeps its values and dtype', () => {
    assert.equal(call("F.gelu(torch.tensor(0.3).to('cuda'))").value, ew('gelu').value(0.3));
    assert.equal(call("F.gelu(torch.tensor(0.3).to('cuda', torch.float16))").dtype, 'float16');
    assert.equal(call('F.gelu(torch.tensor(0.3).cuda().half())').dtype, 'float16');
    assert.equal(call('F.gelu(torch.tensor(0.3, device=dev))').input, 0.3);
  });

  it('dtype named on the call itself', () => {
    assert.equal(call('F.softmax(torch.tensor([1.0, 2.0]), dim=0, dtype=torch.float64)').dtype, 'float64');
    const d = call('F.relu(torch.tensor([1, 2], dtype=torch.int32))');
    assert.equal(d.dtype, undefined);
    assert.match(d.notes.join(' '), /not a float type/);
  });

  it('tfjs shapes: tensor(values, shape) and tensor2d', () => {
    assert.deepEqual(input('tf.relu(tf.tensor([1, -2, 3, -4], [2, 2]))', 'typescript'), [[1, -2], [3, -4]]);
    assert.deepEqual(input('tf.relu(tf.tensor2d([1, -2, 3, -4], [2, 2]))', 'typescript'), [[1, -2], [3, -4]]);
    assert.deepEqual(input('tf.relu(tf.tensor2d([[1, -2], [3, -4]]))', 'typescript'), [[1, -2], [3, -4]]);
  });

  it('ranges: linspace and arange', () => {
    assert.deepEqual(input('F.relu(torch.linspace(-1, 1, 5))'), [-1, -0.5, 0, 0.5, 1]);
    assert.deepEqual(input('F.relu(torch.arange(-2, 2))'), [-2, -1, 0, 1]);
    assert.deepEqual(input('jax.nn.relu(jnp.arange(3))'), [0, 1, 2]);
    assert.deepEqual(input('F.relu(np.linspace(0, 1, num=3))'), [0, 0.5, 1]);
    assert.deepEqual(input('tf.relu(tf.linspace(0, 1, 3))', 'typescript'), [0, 0.5, 1]);
    assert.deepEqual(input('F.relu(torch.zeros(2, 2))'), [[0, 0], [0, 0]]);
  });

  it('activation calls inside the argument are evaluated', () => {
    const d = call('F.softmax(F.gelu(torch.tensor([1.0, 2.0])), dim=0)');
    const g = [ew('gelu').value(1), ew('gelu').value(2)];
    assert.deepEqual(d.input, g);
    assert.deepEqual(d.value, vec('softmax').value(g, { dim: 0 }));
  });
});

describe('calls: parameters', () => {
  it('keyword names of each library map to ours; inplace is ignored', () => {
    assertCore(call('F.elu(torch.tensor(-1.0), alpha=2.0, inplace=True)'), 'elu', -1, { alpha: 2 });
    assertCore(call("F.gelu(torch.tensor(1.0), approximate='tanh')"), 'gelu', 1, { approximate: 'tanh' });
    assertCore(call('F.gelu(torch.tensor(1.0), approximate="none")'), 'gelu', 1, { approximate: 'none' });
    assertCore(call('jax.nn.gelu(1.0, approximate=True)'), 'gelu', 1, { approximate: 'tanh' });
    assertCore(call('jax.nn.gelu(1.0, False)'), 'gelu', 1, { approximate: 'none' });
    assertCore(call('F.softmax(torch.tensor([1.0, 2.0]), dim=0)'), 'softmax', [1, 2], { dim: 0 });
    assertCore(call('jax.nn.softmax(jnp.array([1.0, 2.0]), axis=0)'), 'softmax', [1, 2], { dim: 0 });
    assertCore(call('F.softshrink(torch.tensor(1.0), lambd=0.2)'), 'softshrink', 1, { lambd: 0.2 });
    assertCore(call('F.threshold(torch.tensor(1.0), 0.5, value=2.0)'), 'threshold', 1, { threshold: 0.5, value: 2 });
    assertCore(call('jax.nn.squareplus(1.0, b=1.0)'), 'squareplus', 1, { b: 1 });
    assertCore(call('F.leaky_relu(torch.tensor(-1.0), 1 / 8)'), 'leaky_relu', -1, { negative_slope: 0.125 });
  });

  it('a parameter given as a one-element tensor is its number', () => {
    assertCore(call('F.prelu(torch.tensor(-1.0), torch.tensor([0.3]))'), 'prelu', -1, { weight: 0.3 });
  });
});

describe('calls: temperature as softmax(x / T)', () => {
  it('a literal T is the temperature and x the input', () => {
    const d = call('F.softmax(torch.tensor([1.0, 2.0, 3.0]) / 0.5, dim=-1)');
    assertCore(d, 'softmax', [1, 2, 3], { temperature: 0.5, dim: -1 });
    assert.deepEqual(d.derivative, vec('softmax').jacobian!([1, 2, 3], { temperature: 0.5 }));
    assertCore(call('jax.nn.log_softmax(jnp.array([1.0, 2.0]) / 2)'), 'log_softmax', [1, 2], { temperature: 2 });
    assertCore(call('F.softmin(torch.tensor([1.0, 2.0]) / 4, dim=0)'), 'softmin', [1, 2], { temperature: 4 });
    assertCore(call('tf.softmax(tf.div(tf.tensor1d([1, 2, 3]), 0.5))', 'typescript'), 'softmax', [1, 2, 3], { temperature: 0.5 });
    assertCore(call('softmax([1.0, 2.0] ./ 0.5)', 'julia'), 'softmax', [1, 2], { temperature: 0.5 });
  });

  it('a variable x with a literal T: temperature known, value not', () => {
    const d = call('F.softmax(logits / 0.5, dim=-1)');
    assert.equal(d.params.temperature, 0.5);
    assert.equal(d.input, undefined);
    assert.equal(d.value, undefined);
    assert.equal(d.problem, 'needs a literal argument');
  });

  it('a variable T: needs a literal argument', () => {
    const d = call('F.softmax(torch.tensor([1.0, 2.0]) / temperature, dim=-1)');
    assert.equal(d.problem, 'needs a literal argument');
    assert.equal(d.params.temperature, 1);
  });

  it('other functions divide as usual', () => {
    assert.equal(call('F.gelu(torch.tensor(1.0) / 4)').input, 0.25);
    assert.deepEqual(call('F.softmax(torch.tensor([1.0, 2.0]) / 2 + 1, dim=0)').input, [1.5, 2]);
  });

  it('a non-positive T is the core’s RangeError', () => {
    assert.match(call('F.softmax(torch.tensor([1.0, 2.0]) / -1, dim=0)').problem ?? '', /temperature/);
  });
});

describe('calls: layout', () => {
  it('calls over several lines, with comments and trailing commas', () => {
    const src = [
      'y = F.gelu(',
      '    torch.tensor(  # the input',
      '        0.3,',
      '    ),',
      '    approximate="tanh",',
      ')',
    ].join('\n');
    const d = at(src, '0.3');
    assertCore(d, 'gelu', 0.3, { approximate: 'tanh' });
    assert.equal(src.slice(d.range.start, d.range.end), src.slice(4));
    const js = 'tf.leakyRelu(\n  tf.scalar(-2), // x\n  /* slope */ 0.1,\n);';
    assertCore(at(js, 'scalar', 'typescript'), 'leaky_relu', -2, { negative_slope: 0.1 });
    const jl = 'leakyrelu(\n  -1.0,  # x\n  #= slope =# 0.2)';
    assertCore(at(jl, '-1.0', 'julia'), 'leaky_relu', -1, { negative_slope: 0.2 });
  });

  it('strings with brackets and quotes do not confuse the reader', () => {
    const src = 'print("F.gelu(")\ny = F.gelu(torch.tensor(0.3))  # ")"\nz = ")"';
    assertCore(at(src, 'F.gelu(torch'), 'gelu', 0.3);
    const js = 'const re = /gelu\\(/; tf.relu(tf.scalar(-1)); const s = `)`;';
    assertCore(at(js, 'tf.relu', 'typescript'), 'relu', -1);
    const py = "s = '''\n F.gelu(\n'''\ny = F.relu(torch.tensor(-1.0))";
    assertCore(at(py, 'F.relu'), 'relu', -1);
  });

  it('whitespace between the callee and its arguments', () => {
    assertCore(call('F.gelu (torch.tensor(0.3))'), 'gelu', 0.3);
  });
});
