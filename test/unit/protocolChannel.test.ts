// The host's webview channel against floods and hostile callers (issue 10: 2,000 forged `formulas`
// requests, 10,000 `ready` messages, a log line per drop; commands called with a throwing getter or a
// Proxy; a hover's Plot link with a non-finite or huge point), and the message tables' completeness.
import * as assert from 'node:assert/strict';
import {
  FROM_PANEL, FROM_PLAYGROUND, readSelectionArg, TO_PANEL, TO_PLAYGROUND, WebviewChannel,
  type Handlers, type PanelToHost, type ValidatorTable,
} from '../../src/protocol';

function fakeLog() {
  const lines: string[] = [];
  return { lines, log: { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`), error: (m: string) => lines.push(`error ${m}`) } };
}

function panelChannel(now: () => number) {
  const { lines, log } = fakeLog();
  const calls: string[] = [];
  const handlers: Handlers<PanelToHost> = {
    ready: () => void calls.push('ready'), state: () => void calls.push('state'), formulas: () => void calls.push('formulas'),
    exportPng: () => void calls.push('exportPng'), exportCsv: () => void calls.push('exportCsv'),
    copyCode: () => void calls.push('copyCode'), error: () => void calls.push('error'),
  };
  const scheduled: (() => void)[] = [];
  const channel = new WebviewChannel<PanelToHost, unknown>({
    name: 'plot panel', table: FROM_PANEL, handlers, log, now,
    limits: { ready: { burst: 3, perSecond: 0.5 }, formulas: { burst: 10, perSecond: 5 } },
    schedule: (fn) => {
      scheduled.push(fn);
      return { cancel: () => undefined };
    },
  });
  return { channel, calls, lines, scheduled };
}

describe('protocol: the host channel under a flood', () => {
  it('10,000 `ready` messages: answered at most a burst, dropped ones counted in one summary line', () => {
    let t = 0;
    const { channel, calls, lines } = panelChannel(() => t);
    for (let i = 0; i < 10_000; i++) {
      channel.receive({ type: 'ready' });
      t += 0.3; // 10,000 in 3 s
    }
    assert.ok(calls.length <= 5, `${calls.length} answered`);
    assert.ok(lines.length <= 3, `${lines.length} log lines:\n${lines.join('\n')}`);
    channel.dispose();
    const dropped = lines.join('\n').match(/dropped ([\d,]+) more rate-limited `ready` messages/g) ?? [];
    const total = dropped.reduce((n, l) => n + Number(/dropped ([\d,]+)/.exec(l)?.[1].replace(/,/g, '')), 0);
    assert.equal(total + 1 + calls.length, 10_000, 'every message is either answered or counted');
  });
  it('2,000 forged `formulas` requests reach the handler at most a burst', () => {
    let t = 0;
    const { channel, calls } = panelChannel(() => t);
    for (let i = 0; i < 2000; i++) {
      channel.receive({ type: 'formulas', ids: ['gelu', 'relu'] });
      t += 0.5;
    }
    assert.ok(calls.length <= 15, `${calls.length} handled`);
  });
  it('malformed messages: one line with the shape, then a per-kind counter, never the content', () => {
    let t = 0;
    const { channel, lines, scheduled } = panelChannel(() => t);
    for (let i = 0; i < 30_000; i++) channel.receive({ type: 'ready', secret: 'x'.repeat(10) });
    for (let i = 0; i < 100; i++) channel.receive({ type: 'no-such-type-<script>' });
    t = 10_000;
    for (const fn of scheduled) fn();
    channel.dispose();
    assert.match(lines[0], /dropped a malformed `ready` message \(type="ready" keys=\[type, secret\]\)/);
    // Rate limiting comes first (a flood costs no validation): each message is counted once, either way.
    const firsts = lines.filter((l) => /dropped a (malformed|rate-limited) `ready`/.test(l)).length;
    const more = lines.map((l) => /dropped ([\d,]+) more (malformed|rate-limited) `ready`/.exec(l)?.[1]).filter((n) => n !== undefined)
      .reduce((a, n) => a + Number(n.replace(/,/g, '')), 0);
    assert.equal(firsts + more, 30_000, lines.join('\n'));
    assert.ok(lines.some((l) => /malformed `unknown`/.test(l)), 'forged type names are not logged');
    assert.ok(!lines.some((l) => l.includes('xxxxxxxxxx') || l.includes('<script>')));
    assert.ok(lines.length <= 6, `${lines.length} lines`);
  });
  it('a message whose getter throws, or a Proxy, is dropped like a malformed one', () => {
    const { channel, calls, lines } = panelChannel(() => 0);
    const getter = { get type(): string { throw new Error('boom'); } };
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    assert.doesNotThrow(() => channel.receive(getter));
    assert.doesNotThrow(() => channel.receive(proxy));
    assert.deepEqual(calls, []);
    assert.ok(lines.length >= 1);
  });
  it('a handler that throws is logged, not thrown into VS Code', async () => {
    const { lines, log } = fakeLog();
    const handlers = { ...({} as Handlers<PanelToHost>), ready: () => { throw new Error('bad'); } } as Handlers<PanelToHost>;
    const channel = new WebviewChannel<PanelToHost, unknown>({ name: 'p', table: FROM_PANEL, handlers, log });
    channel.receive({ type: 'ready' });
    await Promise.resolve();
    assert.match(lines.join('\n'), /ready failed: bad/);
  });
});

describe('protocol: command arguments from hover links and other extensions', () => {
  const ok = (arg: unknown) => {
    const r = readSelectionArg(arg);
    assert.ok('selection' in r, JSON.stringify(r));
    return r.selection;
  };
  it('a throwing getter or a Proxy is dropped with a problem, never thrown', () => {
    const getter = { get id(): string { throw new Error('boom'); } };
    const proxy = new Proxy({ id: 'gelu' }, { get: () => { throw new Error('trap'); } });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const bad of [getter, proxy, revoked.proxy, Symbol('x'), () => 1, { id: 'gelu', params: new Map() }]) {
      const r = readSelectionArg(bad);
      assert.ok("problem" in r);
    }
  });
  it('gelu(1e309) and gelu(nan) (JSON null): plotted without the point, with a note', () => {
    for (const x of [null, Infinity, NaN, '3']) {
      const s = ok(JSON.parse(JSON.stringify({ id: 'gelu', params: {}, x })) as unknown);
      assert.equal(s.id, 'gelu');
      assert.equal(s.x, undefined);
      assert.match(s.note ?? '', /point x = .* left out/);
    }
  });
  it('softmax([1e308, 1e308]) is clamped with a note; gelu([1e7, 2]) keeps its point', () => {
    const s = ok({ id: 'softmax', params: {}, xs: [1e308, 1e308] });
    assert.deepEqual(s.xs, [1e6, 1e6]);
    assert.match(s.note ?? '', /clamped/);
    const g = ok({ id: 'gelu', params: {}, x: 2, xs: [1e7, 2] });
    assert.equal(g.x, 2);
    assert.equal(g.note, undefined);
  });
  it('a bad parameter is reset with a note, not the whole request', () => {
    const s = ok({ id: 'softplus', params: { beta: -1 }, x: 1 });
    assert.equal(s.x, 1);
    assert.equal(s.params, undefined);
    assert.match(s.note ?? '', /parameters/);
  });
  it("a hover's framework is kept; one without a preset is left out with a note, never the request", () => {
    assert.equal(ok({ id: 'gelu', params: { approximate: 'tanh' }, framework: 'jax' }).framework, 'jax');
    for (const framework of ['scipy', 'nope', 42, null, { toString: 'torch' }]) {
      const s = ok({ id: 'gelu', x: 1, framework });
      assert.equal(s.framework, undefined);
      assert.equal(s.x, 1);
      assert.match(s.note ?? '', /no preset here/);
    }
  });
  it('an unknown id is a problem', () => {
    assert.ok('problem' in readSelectionArg({ id: 'nope' }));
  });
});

describe('protocol: the message tables', () => {
  it('every table rejects what is not an object with a known type', () => {
    const tables: ValidatorTable<{ type: string }>[] = [FROM_PANEL, FROM_PLAYGROUND, TO_PANEL, TO_PLAYGROUND] as never;
    for (const t of tables) {
      assert.ok(Object.keys(t).length >= 4);
      assert.ok(!Object.hasOwn(t, 'toString'));
    }
  });
  it('a table missing a type does not compile', () => {
    // @ts-expect-error `formulas` has no validator
    const missing: ValidatorTable<PanelToHost> = { ready: FROM_PANEL.ready, state: FROM_PANEL.state, exportPng: FROM_PANEL.exportPng, exportCsv: FROM_PANEL.exportCsv, copyCode: FROM_PANEL.copyCode, error: FROM_PANEL.error };
    assert.ok(missing);
  });
});
