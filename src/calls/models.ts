// Real model code names activations in more ways than a library call: a module bound earlier and called
// through its name (`self.act(x)`), a tensor method (`x.softmax(-1)`), a function or class passed as a value
// (`act_layer=nn.GELU`), a name in a string at the keys that take one (`activation='relu'`), a function the file
// defines itself. The readers here share one bindings index per document version (./bindings.ts).
import type { CallDescription, Context, DescribeOptions } from './describe';
import { bindingsOf, type BindingIndex } from './bindings';
import { fingerprint } from './imports';
import type { Syntax } from './language';
import type { CallSite } from './locate';
import { describeMethod } from './methods';
import { describeInstance } from './instances';
import { describeNameAt } from './references';
import { constantValue } from './constants';
import type { Val } from './values';

export interface ModelReaders {
  /** The index of the document's bindings (built on first use, once per version). */
  bindings(): BindingIndex;
  /** The notebook's other cells, for their constants (`logits = [2.0, 1.0]` in an earlier cell). */
  preamble(): { text: string; index: BindingIndex } | undefined;
  /** A call whose callee is not a library name: a method, a bound module, a function defined in the file. */
  site(ctx: Context, site: CallSite): CallDescription | undefined;
  /** No call names an activation at the cursor: a string, a name passed as a value. */
  atCursor(ctx: Context): CallDescription | undefined;
  /** The literal a name holds (straight-line bindings only). */
  value(ctx: Context, parts: readonly string[], from: number): Val | undefined;
}

function keyOf(text: string, options: DescribeOptions): string {
  return options.uri !== undefined && options.version !== undefined ? `v:${options.uri}#${options.version}` : `h:${fingerprint(text)}`;
}

export function modelReaders(text: string, syntax: Syntax, options: DescribeOptions): ModelReaders {
  let index: BindingIndex | undefined;
  let pre: { text: string; index: BindingIndex } | null | undefined;
  const readers: ModelReaders = {
    bindings: () => (index ??= bindingsOf(text, syntax, keyOf(text, options))),
    preamble: () => {
      if (pre === undefined) pre = options.preamble ? { text: options.preamble, index: bindingsOf(options.preamble, syntax, `p:${fingerprint(options.preamble)}`) } : null;
      return pre ?? undefined;
    },
    site: (ctx, site) => describeInstance(ctx, site) ?? describeMethod(ctx, site),
    atCursor: (ctx) => describeNameAt(ctx),
    value: (ctx, parts, from) => constantValue(ctx, parts, from),
  };
  return readers;
}
