// The host side of one webview's message channel, for the panel and the playground alike: receive (validate
// by the message table, rate-limit per kind, dispatch to exhaustive handlers), post, and log-and-drop with a
// per-kind counter (the first drop of a kind is logged with its shape, the rest as "dropped N more …" at
// most once per summary interval). Pure: the webview and the log are passed in, so it is tested in Node.
import { dispatch, knownType, parseWith, type Handlers, type ValidatorTable } from './validate';

export interface ChannelLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A token bucket: `burst` messages at once, then `perSecond`. */
export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

export interface PostTarget {
  postMessage(message: unknown): PromiseLike<unknown>;
}

export interface ChannelOptions<In extends { type: string }> {
  /** "plot panel", for the log */
  readonly name: string;
  readonly table: ValidatorTable<In>;
  readonly handlers: Handlers<In>;
  /** per message type; types without one get DEFAULT_LIMIT */
  readonly limits?: { readonly [K in In['type']]?: RateLimit };
  readonly log: ChannelLog;
  /** a handler threw or rejected */
  readonly onError?: (msg: In, err: unknown) => void;
  readonly now?: () => number;
  readonly summaryMs?: number;
  readonly schedule?: (fn: () => void, ms: number) => { cancel(): void };
}

export const DEFAULT_LIMIT: RateLimit = { burst: 20, perSecond: 10 };

const defaultSchedule = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return { cancel: () => clearTimeout(t) };
};

/** The shape of a dropped message for the log: its type if it is one of ours, its key names (word characters
 * only, truncated), never its content; never throws. */
export function describeDropped(msg: unknown, isKnown: (type: unknown) => boolean = () => false): string {
  try {
    if (typeof msg !== 'object' || msg === null) return typeof msg;
    const type = (msg as { type?: unknown }).type;
    const keys = Object.keys(msg).slice(0, 8).map((k) => k.replace(/\W/g, '?').slice(0, 24)).join(', ');
    const shown = isKnown(type) ? JSON.stringify(type) : typeof type === 'string' ? 'an unknown string' : typeof type;
    return `type=${shown} keys=[${keys}]`;
  } catch {
    return 'unreadable (a getter or proxy threw)';
  }
}

interface Counter { pending: number; lastLog: number }

/** Counts dropped messages per (reason, kind) and logs them without flooding the log. */
export class DropLog {
  private readonly counters = new Map<string, Counter>();
  private timer: { cancel(): void } | undefined;

  constructor(
    private readonly name: string,
    private readonly log: ChannelLog,
    private readonly now: () => number,
    private readonly summaryMs: number,
    private readonly schedule: (fn: () => void, ms: number) => { cancel(): void },
  ) {}

  note(reason: 'malformed' | 'rate-limited', kind: string, detail: () => string): void {
    const key = `${reason} \`${kind}\``;
    const c = this.counters.get(key);
    if (!c) {
      this.counters.set(key, { pending: 0, lastLog: this.now() });
      this.log.warn(`${this.name}: dropped a ${key} message (${detail()}); further ones are counted`);
      return;
    }
    c.pending++;
    if (this.now() - c.lastLog >= this.summaryMs) this.summarise(key, c);
    else this.timer ??= this.schedule(() => this.flush(), this.summaryMs);
  }

  /** Logs every pending count now. */
  flush(): void {
    this.timer?.cancel();
    this.timer = undefined;
    for (const [key, c] of this.counters) this.summarise(key, c);
  }

  /** How many of `reason`/`kind` were dropped after the first (not yet logged ones included). */
  count(reason: 'malformed' | 'rate-limited', kind: string): number {
    return this.counters.get(`${reason} \`${kind}\``)?.pending ?? 0;
  }

  private summarise(key: string, c: Counter): void {
    if (c.pending === 0) return;
    this.log.warn(`${this.name}: dropped ${c.pending.toLocaleString('en-US')} more ${key} message${c.pending === 1 ? '' : 's'}`);
    c.pending = 0;
    c.lastLog = this.now();
  }
}

export class WebviewChannel<In extends { type: string }, Out> {
  private target: PostTarget | undefined;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;
  readonly drops: DropLog;

  constructor(private readonly o: ChannelOptions<In>) {
    this.now = o.now ?? (() => Date.now());
    this.drops = new DropLog(o.name, o.log, this.now, o.summaryMs ?? 5000, o.schedule ?? defaultSchedule);
  }

  /** The webview to post to (undefined while there is none). */
  connect(target: PostTarget | undefined): void {
    this.target = target;
  }

  post(msg: Out): void {
    const t = this.target;
    if (!t) return;
    void Promise.resolve(t.postMessage(msg)).then(undefined, (err: unknown) => this.o.log.warn(`${this.o.name}: postMessage failed: ${String(err)}`));
  }

  /** Rate-limits by the claimed type first (a flood costs no validation), then validates and dispatches. */
  receive(raw: unknown): void {
    const type = readType(raw);
    const known = (t: unknown) => knownType(this.o.table, t);
    if (known(type) && !this.take(type as string)) {
      this.drops.note('rate-limited', type as string, () => `over ${this.limit(type as string).perSecond}/s`);
      return;
    }
    const msg = parseWith(this.o.table, raw);
    if (!msg) {
      this.drops.note('malformed', known(type) ? (type as string) : 'unknown', () => describeDropped(raw, known));
      return;
    }
    try {
      void Promise.resolve(dispatch(this.o.handlers, msg)).catch((err: unknown) => this.failed(msg, err));
    } catch (err) {
      this.failed(msg, err);
    }
  }

  dispose(): void {
    this.drops.flush();
    this.target = undefined;
  }

  private failed(msg: In, err: unknown): void {
    this.o.log.error(`${this.o.name}: ${msg.type} failed: ${err instanceof Error ? err.message : String(err)}`);
    this.o.onError?.(msg, err);
  }

  private limit(type: string): RateLimit {
    return (this.o.limits as Record<string, RateLimit | undefined> | undefined)?.[type] ?? DEFAULT_LIMIT;
  }

  private take(type: string): boolean {
    const { burst, perSecond } = this.limit(type);
    const now = this.now();
    const b = this.buckets.get(type) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    this.buckets.set(type, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}

function readType(raw: unknown): unknown {
  try {
    return typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  } catch {
    return undefined;
  }
}
