// The live table: every element-wise activation's value and derivative at x, sortable by column, filtered
// by name. Rows are a roving-tabindex list: Up/Down move, Enter/Space or a click select.
import { displayNumber } from '../shared/numbers';
import { SORT_COLUMNS, type PlaygroundState, type SortColumn } from '../../src/protocol';
import { h } from '../shared/dom';
import type { Row } from './model';

const HEADINGS: Record<SortColumn, string> = { name: 'Function', value: 'f(x)', derivative: "f′(x)" };

export class LiveTable {
  readonly el: HTMLElement;
  private readonly filter = h('input', { type: 'search', placeholder: 'Filter', 'aria-label': 'Filter activations by name', spellcheck: 'false' });
  private readonly body = h('tbody');
  private readonly heads: Map<SortColumn, HTMLTableCellElement> = new Map();
  private readonly count = h('span', { class: 'muted small', 'aria-live': 'polite' });

  constructor(private readonly cb: { select(id: string): void; sort(column: SortColumn): void; filter(text: string): void }) {
    this.filter.addEventListener('input', () => cb.filter(this.filter.value.slice(0, 200)));
    const headRow = h('tr');
    for (const c of SORT_COLUMNS) {
      const b = h('button', { type: 'button', class: 'sort', text: HEADINGS[c], title: `Sort by ${HEADINGS[c]}` });
      b.addEventListener('click', () => cb.sort(c));
      const th = h('th', { scope: 'col', 'aria-sort': 'none' }, b);
      this.heads.set(c, th);
      headRow.append(th);
    }
    this.body.addEventListener('click', (e) => {
      const tr = (e.target as HTMLElement).closest('tr');
      if (tr?.dataset.id) cb.select(tr.dataset.id);
    });
    this.body.addEventListener('keydown', (e) => this.key(e));
    this.el = h('div', { class: 'live' },
      h('div', { class: 'row' }, this.filter, this.count),
      h('div', { class: 'live-scroll' },
        h('table', { class: 'data-table live-table', 'aria-label': 'Every element-wise activation at x' }, h('thead', {}, headRow), this.body)));
  }

  private key(e: KeyboardEvent): void {
    const rows = Array.from(this.body.querySelectorAll<HTMLTableRowElement>('tr[data-id]'));
    const i = rows.findIndex((r) => r === document.activeElement);
    if (i < 0) return;
    let j = -1;
    if (e.key === 'ArrowDown') j = Math.min(rows.length - 1, i + 1);
    else if (e.key === 'ArrowUp') j = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = rows.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const id = rows[i].dataset.id;
      if (id) this.cb.select(id);
      return;
    }
    if (j < 0) return;
    e.preventDefault();
    rows[i].tabIndex = -1;
    rows[j].tabIndex = 0;
    rows[j].focus();
    const id = rows[j].dataset.id;
    if (id) this.cb.select(id);
  }

  render(s: PlaygroundState, rows: readonly Row[], digits: number): void {
    if (document.activeElement !== this.filter) this.filter.value = s.filter;
    for (const [c, th] of this.heads) th.setAttribute('aria-sort', c === s.sort.column ? (s.sort.descending ? 'descending' : 'ascending') : 'none');
    const focusedId = (document.activeElement as HTMLElement | null)?.closest?.('tr')?.dataset.id;
    const existing = new Map<string, HTMLTableRowElement>();
    for (const tr of Array.from(this.body.querySelectorAll<HTMLTableRowElement>('tr[data-id]'))) existing.set(tr.dataset.id ?? '', tr);
    const ordered = rows.map((r) => {
      let tr = existing.get(r.id);
      if (!tr) {
        tr = h('tr', { 'data-id': r.id }, h('th', { scope: 'row' }), h('td'), h('td'));
      }
      const [name, v, d] = [tr.cells[0], tr.cells[1], tr.cells[2]];
      const params = Object.entries(r.params).map(([k, p]) => `${k}=${p}`).join(', ');
      name.textContent = r.name;
      name.title = params ? `${r.id}(${params})` : r.id;
      v.textContent = displayNumber(r.value, digits);
      v.dataset.value = String(r.value);
      d.textContent = displayNumber(r.derivative, digits);
      d.dataset.value = String(r.derivative);
      const selected = r.id === s.selected;
      tr.setAttribute('aria-selected', String(selected));
      tr.classList.toggle('selected', selected);
      tr.tabIndex = selected ? 0 : -1;
      return tr;
    });
    // Reorder only when the order changed (keeps focus and avoids layout work while dragging x).
    const current = Array.from(this.body.children);
    if (current.length !== ordered.length || ordered.some((tr, i) => current[i] !== tr)) this.body.replaceChildren(...ordered);
    if (!ordered.some((tr) => tr.tabIndex === 0) && ordered[0]) ordered[0].tabIndex = 0;
    if (focusedId) ordered.find((tr) => tr.dataset.id === focusedId)?.focus();
    this.count.textContent = rows.length === 0 ? 'No match' : `${rows.length} functions`;
  }
}
