// A small state holder: the one copy of a view's state, saved through the bridge (debounced) on every change,
// with listeners told which keys changed.

export class Store<S extends object> {
  private listeners: ((s: S, changed: ReadonlySet<keyof S>) => void)[] = [];

  constructor(private state: S, private readonly save: (s: S) => void) {}

  get(): S {
    return this.state;
  }

  /** Replaces some fields; listeners run synchronously (the views coalesce their redraws per frame). */
  update(patch: Partial<S>): void {
    const changed = new Set<keyof S>();
    for (const k of Object.keys(patch) as (keyof S)[]) if (patch[k] !== this.state[k]) changed.add(k);
    if (changed.size === 0) return;
    this.state = { ...this.state, ...patch };
    this.save(this.state);
    for (const l of this.listeners) l(this.state, changed);
  }

  /** Replaces the whole state (a restored or host-selected one). */
  replace(next: S): void {
    const changed = new Set(Object.keys(next) as (keyof S)[]);
    this.state = next;
    this.save(next);
    for (const l of this.listeners) l(next, changed);
  }

  subscribe(listener: (s: S, changed: ReadonlySet<keyof S>) => void): void {
    this.listeners.push(listener);
  }
}
