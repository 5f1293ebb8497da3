// Real model code names activations in more ways than a library call: a module bound earlier and called
// through its name (`self.act(x)`), a tensor method (`x.softmax(-1)`), a function or class passed as a value
// (`act_layer=nn.GELU`), a name in a string at the keys that take one (`activation='relu'`), a function the file
// defines itself. The readers here share one bindings index per document scan (./bindings.ts).
import type { CallDescription, Context, DescribeOptions } from './context';
import type { BindingIndex } from './bindings';
import { bindingsOf } from './bindingLookup';
import type { CallSite } from './locate';
import { describeMethod } from './methods';
import { describeInstance } from './instances';
import { describeNameAt } from './references';
import { documentScan, type DocumentScan } from './scan';

export interface ModelReaders {
  /** The index of the document's bindings (built on first use, once per scan). */
  bindings(): BindingIndex;
  /** The notebook's other cells, for their constants (`logits = [2.0, 1.0]` in an earlier cell). */
  preamble(): { scan: DocumentScan; index: BindingIndex } | undefined;
  /** A call whose callee is not a library name: a bound module, a tensor method, a function defined in the file. */
  site(ctx: Context, site: CallSite): CallDescription | undefined;
  /** No call names an activation at the cursor: a string, a name passed as a value, a definition. */
  atCursor(ctx: Context): CallDescription | undefined;
}

export function modelReaders(scan: DocumentScan, options: DescribeOptions): ModelReaders {
  let pre: { scan: DocumentScan; index: BindingIndex } | null | undefined;
  return {
    bindings: () => bindingsOf(scan),
    preamble: () => {
      if (pre === undefined) {
        const s = options.preamble ? documentScan(options.preamble, scan.syntax) : undefined;
        pre = s ? { scan: s, index: bindingsOf(s) } : null;
      }
      return pre ?? undefined;
    },
    site: (ctx, site) => describeInstance(ctx, site) ?? describeMethod(ctx, site),
    atCursor: (ctx) => describeNameAt(ctx),
  };
}
