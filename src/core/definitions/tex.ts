// The TeX of every formula, keyed as the build's SVGs are (`gelu`, `gelu@tanh` for a variant): read only by
// the build (scripts/formulas.mjs renders it into dist/formulas.json) and the tests, so no TeX ships in the
// extension's bundle. The plain-text forms stay with the definitions (the hover and the panel show them).

export interface FormulaTex {
  readonly formula: string;
  readonly derivative: string;
}

export const FORMULA_TEX: Readonly<Record<string, FormulaTex>> = {
  sigmoid: {
    formula: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
    derivative: "\\sigma'(x) = \\sigma(x)\\,(1 - \\sigma(x))",
  },
  tanh: {
    formula: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
    derivative: "\\tanh'(x) = 1 - \\tanh^2(x)",
  },
  logsigmoid: {
    formula: '\\log\\sigma(x) = -\\log\\left(1 + e^{-x}\\right)',
    derivative: "\\frac{d}{dx}\\log\\sigma(x) = \\sigma(-x)",
  },
  softplus: {
    formula: '\\operatorname{softplus}(x) = \\frac{1}{\\beta}\\log\\left(1 + e^{\\beta x}\\right)',
    derivative: "\\operatorname{softplus}'(x) = \\sigma(\\beta x)",
  },
  silu: {
    formula: '\\operatorname{silu}(x) = x\\,\\sigma(\\beta x)',
    derivative: "\\operatorname{silu}'(x) = \\sigma(\\beta x)\\left(1 + \\beta x\\,(1 - \\sigma(\\beta x))\\right)",
  },
  mish: {
    formula: '\\operatorname{mish}(x) = x\\,\\tanh\\left(\\operatorname{softplus}(x)\\right)',
    derivative: "\\operatorname{mish}'(x) = \\tanh(\\operatorname{sp}(x)) + x\\,\\operatorname{sech}^2(\\operatorname{sp}(x))\\,\\sigma(x)",
  },
  tanhshrink: {
    formula: '\\operatorname{tanhshrink}(x) = x - \\tanh(x)',
    derivative: "\\operatorname{tanhshrink}'(x) = \\tanh^2(x)",
  },
  softsign: {
    formula: '\\operatorname{softsign}(x) = \\frac{x}{1 + |x|}',
    derivative: "\\operatorname{softsign}'(x) = \\frac{1}{(1 + |x|)^2}",
  },
  squareplus: {
    formula: '\\operatorname{squareplus}(x) = \\frac{x + \\sqrt{x^2 + b}}{2}',
    derivative: "\\operatorname{squareplus}'(x) = \\frac{1}{2}\\left(1 + \\frac{x}{\\sqrt{x^2 + b}}\\right)",
  },
  quick_gelu: {
    formula: '\\mathrm{quick\\_gelu}(x) = x\\,\\sigma(1.702\\,x)',
    derivative: "\\mathrm{quick\\_gelu}'(x) = \\sigma(1.702x)\\left(1 + 1.702x\\,(1 - \\sigma(1.702x))\\right)",
  },
  lisht: {
    formula: '\\operatorname{lisht}(x) = x\\,\\tanh(x)',
    derivative: "\\operatorname{lisht}'(x) = \\tanh(x) + x\\,\\operatorname{sech}^2(x)",
  },
  logcosh: {
    formula: '\\operatorname{logcosh}(x) = \\log\\cosh(x)',
    derivative: "\\operatorname{logcosh}'(x) = \\tanh(x)",
  },
  relu: {
    formula: '\\operatorname{relu}(x) = \\max(0, x)',
    derivative: "\\operatorname{relu}'(x) = [x > 0]",
  },
  leaky_relu: {
    formula: '\\mathrm{leaky\\_relu}(x) = \\begin{cases} x & x > 0 \\\\ a\\,x & x \\le 0 \\end{cases}',
    derivative: "\\mathrm{leaky\\_relu}'(x) = \\begin{cases} 1 & x > 0 \\\\ a & x \\le 0 \\end{cases}",
  },
  prelu: {
    formula: '\\operatorname{prelu}(x) = \\max(0, x) + w\\,\\min(0, x)',
    derivative: "\\operatorname{prelu}'(x) = \\begin{cases} 1 & x > 0 \\\\ w & x \\le 0 \\end{cases}",
  },
  rrelu: {
    formula: '\\operatorname{rrelu}(x) = \\begin{cases} x & x > 0 \\\\ \\frac{l + u}{2}\\,x & x \\le 0 \\end{cases}',
    derivative: "\\operatorname{rrelu}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\frac{l+u}{2} & x \\le 0 \\end{cases}",
  },
  relu6: {
    formula: '\\operatorname{relu6}(x) = \\min(\\max(0, x), 6)',
    derivative: "\\operatorname{relu6}'(x) = [0 < x < 6]",
  },
  hardtanh: {
    formula: '\\operatorname{hardtanh}(x) = \\min(\\max(x, a), b)',
    derivative: "\\operatorname{hardtanh}'(x) = [a < x < b]",
  },
  threshold: {
    formula: '\\operatorname{threshold}(x) = \\begin{cases} x & x > t \\\\ v & x \\le t \\end{cases}',
    derivative: "\\operatorname{threshold}'(x) = [x > t]",
  },
  softshrink: {
    formula: '\\operatorname{softshrink}(x) = \\begin{cases} x - \\lambda & x > \\lambda \\\\ x + \\lambda & x < -\\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    derivative: "\\operatorname{softshrink}'(x) = [|x| > \\lambda]",
  },
  hardshrink: {
    formula: '\\operatorname{hardshrink}(x) = \\begin{cases} x & |x| > \\lambda \\\\ 0 & \\text{otherwise} \\end{cases}',
    derivative: "\\operatorname{hardshrink}'(x) = [|x| > \\lambda]",
  },
  hardsigmoid: {
    formula: '\\operatorname{hardsigmoid}(x) = \\min\\left(\\max\\left(s\\,x + \\tfrac12, 0\\right), 1\\right)',
    derivative: "\\operatorname{hardsigmoid}'(x) = s\\,[|x| < \\tfrac{1}{2s}]",
  },
  hardswish: {
    formula: '\\operatorname{hardswish}(x) = x\\,\\frac{\\operatorname{relu6}(x + 3)}{6}',
    derivative: "\\operatorname{hardswish}'(x) = \\begin{cases} 0 & x < -3 \\\\ \\frac{x}{3} + \\frac12 & -3 \\le x \\le 3 \\\\ 1 & x > 3 \\end{cases}",
  },
  sparse_plus: {
    formula: '\\mathrm{sparse\\_plus}(x) = \\begin{cases} 0 & x \\le -1 \\\\ \\frac{(x+1)^2}{4} & -1 < x < 1 \\\\ x & x \\ge 1 \\end{cases}',
    derivative: "\\mathrm{sparse\\_plus}'(x) = \\min(\\max(\\tfrac{x+1}{2}, 0), 1)",
  },
  sparse_sigmoid: {
    formula: '\\mathrm{sparse\\_sigmoid}(x) = \\tfrac12 \\min(\\max(x + 1, 0), 2)',
    derivative: "\\mathrm{sparse\\_sigmoid}'(x) = \\tfrac12 [|x| < 1]",
  },
  relu2: {
    formula: '\\operatorname{relu2}(x) = \\max(0, x)^2',
    derivative: "\\operatorname{relu2}'(x) = 2\\max(0, x)",
  },
  hard_mish: {
    formula: '\\mathrm{hard\\_mish}(x) = \\tfrac12\\,x\\,\\min(\\max(x + 2, 0), 2)',
    derivative: "\\mathrm{hard\\_mish}'(x) = \\begin{cases} 0 & x < -2 \\\\ x + 1 & -2 \\le x \\le 0 \\\\ 1 & x > 0 \\end{cases}",
  },
  elu: {
    formula: '\\operatorname{elu}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    derivative: "\\operatorname{elu}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
  },
  celu: {
    formula: '\\operatorname{celu}(x) = \\max(0, x) + \\min\\left(0, \\alpha\\,(e^{x/\\alpha} - 1)\\right)',
    derivative: "\\operatorname{celu}'(x) = \\begin{cases} 1 & x > 0 \\\\ e^{x/\\alpha} & x \\le 0 \\end{cases}",
  },
  selu: {
    formula: '\\operatorname{selu}(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x} - 1) & x \\le 0 \\end{cases}',
    derivative: "\\operatorname{selu}'(x) = \\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha\\,e^{x} & x \\le 0 \\end{cases}",
  },
  gelu: {
    formula: '\\operatorname{gelu}(x) = x\\,\\Phi(x) = \\frac{x}{2}\\left(1 + \\operatorname{erf}\\frac{x}{\\sqrt2}\\right)',
    derivative: "\\operatorname{gelu}'(x) = \\Phi(x) + x\\,\\varphi(x)",
  },
  'gelu@tanh': {
    formula: '\\operatorname{gelu}(x) \\approx \\frac{x}{2}\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)\\right)\\right)',
    derivative: "\\operatorname{gelu}'(x) \\approx \\sigma(2u)\\left(1 + 2x\\,u'\\,(1 - \\sigma(2u))\\right),\\; u = \\sqrt{2/\\pi}\\,(x + 0.044715\\,x^3)",
  },
  exponential: {
    formula: '\\exp(x) = e^{x}',
    derivative: "\\exp'(x) = e^{x}",
  },
  linear: {
    formula: '\\operatorname{linear}(x) = x',
    derivative: "\\operatorname{linear}'(x) = 1",
  },
  erf: {
    formula: '\\operatorname{erf}(x) = \\frac{2}{\\sqrt\\pi}\\int_0^x e^{-t^2}\\,dt',
    derivative: "\\operatorname{erf}'(x) = \\frac{2}{\\sqrt\\pi}\\,e^{-x^2}",
  },
  gelu_10: {
    formula: '\\mathrm{gelu\\_10}(x) = \\min(\\max(x\\,\\Phi(x), a), b)',
    derivative: "\\mathrm{gelu\\_10}'(x) = \\left(\\Phi(x) + x\\,\\varphi(x)\\right)[a \\le x\\,\\Phi(x) \\le b]",
  },
  laplace: {
    formula: '\\operatorname{laplace}(x) = \\frac12\\left(1 + \\operatorname{erf}\\frac{x - \\mu}{\\sigma\\sqrt2}\\right)',
    derivative: "\\operatorname{laplace}'(x) = \\frac{1}{\\sigma\\sqrt{2\\pi}}\\,e^{-(x-\\mu)^2/(2\\sigma^2)}",
  },
  xielu: {
    formula: '\\operatorname{xielu}(x) = \\begin{cases} \\alpha_p x^2 + \\beta x & x > 0 \\\\ \\alpha_n\\left(e^{\\min(x,\\varepsilon)} - 1 - x\\right) + \\beta x & x \\le 0 \\end{cases}',
    derivative: "\\operatorname{xielu}'(x) = \\begin{cases} 2\\alpha_p x + \\beta & x > 0 \\\\ \\beta - \\alpha_n & \\varepsilon < x \\le 0 \\\\ \\alpha_n(e^{x} - 1) + \\beta & x < \\varepsilon \\end{cases}",
  },
  softmax: {
    formula: '\\operatorname{softmax}(x)_i = \\frac{e^{x_i/T}}{\\sum_j e^{x_j/T}}',
    derivative: '\\frac{\\partial p_i}{\\partial x_j} = \\frac{p_i(\\delta_{ij} - p_j)}{T}',
  },
  log_softmax: {
    formula: '\\mathrm{log\\_softmax}(x)_i = \\frac{x_i}{T} - \\log\\sum_j e^{x_j/T}',
    derivative: '\\frac{\\partial \\ell_i}{\\partial x_j} = \\frac{\\delta_{ij} - p_j}{T}',
  },
  softmin: {
    formula: '\\operatorname{softmin}(x)_i = \\frac{e^{-x_i/T}}{\\sum_j e^{-x_j/T}}',
    derivative: '\\frac{\\partial p_i}{\\partial x_j} = -\\frac{p_i(\\delta_{ij} - p_j)}{T}',
  },
  argmax: {
    formula: '\\operatorname{argmax}(x) = \\arg\\max_i x_i',
    derivative: '\\frac{\\partial}{\\partial x} = 0 \\text{ (piecewise constant)}',
  },
  sparsemax: {
    formula: '\\operatorname{sparsemax}(x) = \\arg\\min_{p \\in \\Delta} \\lVert p - x \\rVert^2 = [x - \\tau]_+',
    derivative: '\\frac{\\partial p}{\\partial x} = \\operatorname{diag}(s) - \\frac{s s^\\top}{|S|}',
  },
  glu: {
    formula: '\\operatorname{glu}(a, b) = a \\otimes \\sigma(b)',
    derivative: '\\frac{\\partial}{\\partial a} = \\sigma(b),\\; \\frac{\\partial}{\\partial b} = a\\,\\sigma(b)(1 - \\sigma(b))',
  },
  swiglu: {
    formula: '\\operatorname{swiglu}(a, b) = \\operatorname{silu}(a) \\otimes b',
    derivative: "\\frac{\\partial}{\\partial a} = \\operatorname{silu}'(a)\\,b,\\; \\frac{\\partial}{\\partial b} = \\operatorname{silu}(a)",
  },
  geglu: {
    formula: '\\operatorname{geglu}(a, b) = \\operatorname{gelu}(a) \\otimes b',
    derivative: "\\frac{\\partial}{\\partial a} = \\operatorname{gelu}'(a)\\,b,\\; \\frac{\\partial}{\\partial b} = \\operatorname{gelu}(a)",
  },
  'geglu@tanh': {
    formula: '\\operatorname{geglu}(a, b) \\approx \\frac{a}{2}\\left(1 + \\tanh\\left(\\sqrt{2/\\pi}\\,(a + 0.044715\\,a^3)\\right)\\right) \\otimes b',
    derivative: "\\frac{\\partial}{\\partial a} = \\operatorname{gelu}_{\\tanh}'(a)\\,b,\\; \\frac{\\partial}{\\partial b} = \\operatorname{gelu}_{\\tanh}(a)",
  },
  reglu: {
    formula: '\\operatorname{reglu}(a, b) = \\operatorname{relu}(a) \\otimes b',
    derivative: "\\frac{\\partial}{\\partial a} = [a > 0]\\,b,\\; \\frac{\\partial}{\\partial b} = \\operatorname{relu}(a)",
  },
  crelu: {
    formula: '\\operatorname{crelu}(x) = \\left[\\operatorname{relu}(x),\\, \\operatorname{relu}(-x)\\right]',
    derivative: "\\frac{\\partial}{\\partial x} = \\begin{bmatrix} \\operatorname{diag}[x > 0] \\\\ -\\operatorname{diag}[x < 0] \\end{bmatrix}",
  },
};
