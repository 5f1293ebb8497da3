// The one registry of activations that the hover, the panel and the playground all read.
import * as exponential from './definitions/exponential';
import * as gated from './definitions/gated';
import * as logistic from './definitions/logistic';
import * as rectifiers from './definitions/rectifiers';
import * as vectorDefs from './definitions/vector';
import type { Activation } from './types';

/** Display order: the seven classics first, then families. */
const ORDER = [
  'sigmoid', 'relu', 'leaky_relu', 'softplus', 'gelu', 'argmax', 'softmax',
  'tanh', 'silu', 'mish', 'quick_gelu', 'gelu_10', 'elu', 'selu', 'celu', 'xielu', 'prelu', 'rrelu', 'relu6', 'relu2',
  'hardtanh', 'hardsigmoid', 'hardswish', 'hard_mish', 'logsigmoid', 'softsign', 'tanhshrink', 'lisht', 'logcosh',
  'softshrink', 'hardshrink', 'threshold', 'squareplus', 'sparse_plus', 'sparse_sigmoid', 'laplace', 'exponential',
  'linear', 'erf',
  'log_softmax', 'softmin', 'sparsemax', 'glu', 'swiglu', 'geglu', 'reglu', 'crelu',
];

const all: readonly Activation[] = (() => {
  const byId = new Map<string, Activation>();
  for (const mod of [logistic, rectifiers, exponential, vectorDefs, gated]) {
    for (const def of Object.values(mod) as Activation[]) byId.set(def.id, def);
  }
  const ordered = ORDER.map((id) => byId.get(id)).filter((d): d is Activation => d !== undefined);
  return [...ordered, ...[...byId.values()].filter((d) => !ORDER.includes(d.id))];
})();

/** Lookup key: case-insensitive, and `leaky-relu`, `leaky relu`, `leakyRelu` all meet `leakyrelu`. */
function key(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]/g, '_');
}
function looseKey(name: string): string {
  return key(name).replace(/_/g, '');
}

const exact = new Map<string, Activation>();
const loose = new Map<string, Activation>();
for (const def of all) {
  for (const n of [def.id, ...def.aliases]) {
    if (!exact.has(key(n))) exact.set(key(n), def);
  }
}
for (const def of all) {
  for (const n of [def.id, ...def.aliases]) {
    if (!loose.has(looseKey(n))) loose.set(looseKey(n), def);
  }
}

/** Resolves an id or alias (`expit`, `σ`, `swish`, `leakyRelu`), case-insensitive; undefined if unknown. */
export function activation(name: string): Activation | undefined {
  if (typeof name !== 'string' || name.length > 64) return undefined;
  return exact.get(key(name)) ?? loose.get(looseKey(name));
}

/** Every definition, classics first. */
export function activations(): readonly Activation[] {
  return all;
}
