// Tiny DOM helpers: elements built with properties (never innerHTML with data), labelled controls, inline
// messages read out by screen readers.

type Props = Record<string, string | number | boolean | undefined>;
type Child = Node | string | undefined | false;

/** An element with attributes (`aria-*`, `data-*`, `class`, …) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== false) el.append(c);
  return el;
}

export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

let uid = 0;
export function nextId(prefix: string): string {
  return `${prefix}-${++uid}`;
}

/** A polite live region for short messages about the control next to it. */
export function liveMessage(className = 'message'): { el: HTMLElement; show(text: string, kind?: 'error' | 'info'): void; clear(): void } {
  const el = h('p', { class: className, role: 'status', 'aria-live': 'polite' });
  return {
    el,
    show(text, kind = 'error') {
      el.textContent = text;
      el.dataset.kind = kind;
    },
    clear() {
      el.textContent = '';
      delete el.dataset.kind;
    },
  };
}

/** A <label> around text, for a control created elsewhere. */
export function labelled(text: string, control: HTMLElement, extra?: Node): HTMLLabelElement {
  const id = control.id || nextId('ctl');
  control.id = id;
  return h('label', { for: id, class: 'field' }, h('span', { class: 'field-label', text }), control, extra);
}

/** A toggle button (aria-pressed). */
export function toggleButton(text: string, pressed: boolean, onChange: (pressed: boolean) => void, title?: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'toggle', 'aria-pressed': String(pressed), title, text });
  b.addEventListener('click', () => {
    const next = b.getAttribute('aria-pressed') !== 'true';
    b.setAttribute('aria-pressed', String(next));
    onChange(next);
  });
  return b;
}

export function setPressed(b: HTMLButtonElement, pressed: boolean): void {
  b.setAttribute('aria-pressed', String(pressed));
}

export function select<T extends string>(options: readonly { value: T; label: string }[], value: T, ariaLabel: string, onChange: (v: T) => void): HTMLSelectElement {
  const s = h('select', { 'aria-label': ariaLabel });
  for (const o of options) s.append(h('option', { value: o.value, text: o.label }));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value as T));
  return s;
}

/** Parses a number the way people type one: `1e-3`, ` -2.5 `, `−1` (Unicode minus). NaN when it is not one. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}
