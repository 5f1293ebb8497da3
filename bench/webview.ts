// Webview and channel figures (they were timing assertions in tests): refusing 100,000 pasted logits, and the
// host channel under a flood of forged messages (10,000 `ready`, 2,000 `formulas`), each beside a baseline
// measured in the same process (JSON.parse of the same text; an empty loop over the same messages).
import { FROM_PANEL, WebviewChannel, type Handlers, type PanelToHost } from '../src/protocol';
import { parseLogits } from '../webview/shared/logits';

const ms = (f: () => void, reps = 5): number => {
  const t: number[] = [];
  for (let r = 0; r < reps; r++) {
    const s = process.hrtime.bigint();
    f();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return t.sort((a, b) => a - b)[Math.floor(reps / 2)];
};

function flood(messages: readonly unknown[]): () => void {
  const noop = () => undefined;
  const handlers: Handlers<PanelToHost> = { ready: noop, state: noop, formulas: noop, exportPng: noop, exportCsv: noop, copyCode: noop, error: noop };
  const log = { info: noop, warn: noop, error: noop };
  return () => {
    const c = new WebviewChannel<PanelToHost, unknown>({ name: 'bench', table: FROM_PANEL, handlers, log, schedule: () => ({ cancel: noop }) });
    for (const m of messages) c.receive(m);
  };
}

export function run(): void {
  const text = new Array(100_000).fill('1').join(',');
  const refuse = ms(() => parseLogits(text));
  const json = ms(() => JSON.parse(`[${text}]`));
  console.log(`webview: refusing 100,000 pasted logits ${refuse.toFixed(2)} ms (JSON.parse of the same list ${json.toFixed(2)} ms, ×${(refuse / json).toFixed(2)})`);
  const ready = Array.from({ length: 10_000 }, () => ({ type: 'ready' }));
  const formulas = Array.from({ length: 2000 }, () => ({ type: 'formulas', ids: ['gelu', 'relu', 'gelu@tanh'] }));
  for (const [name, msgs] of [['10,000 `ready`', ready], ['2,000 `formulas`', formulas]] as const) {
    const t = ms(flood(msgs));
    const base = ms(() => { let n = 0; for (const m of msgs) n += JSON.stringify(m).length; return n; });
    console.log(`channel: ${name} messages received, validated, rate-limited ${t.toFixed(2)} ms (${((t * 1000) / msgs.length).toFixed(2)} µs each; JSON.stringify of each ${base.toFixed(2)} ms, ×${(t / base).toFixed(2)})`);
  }
}
