// "Show as table": the sampled values as a real <table> (the chart's accessible alternative). Each cell
// carries the exact value in data-value; the text is formatted to the significant-digits setting.
import { formatNumber } from '../../src/core';
import { h } from '../shared/dom';

export interface TableColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

export function renderTable(host: HTMLElement, caption: string, xs: ArrayLike<number>, columns: readonly TableColumn[], digits: number, xName = 'x'): void {
  const head = h('tr', {}, h('th', { scope: 'col', text: xName }), ...columns.map((c) => h('th', { scope: 'col', text: c.name })));
  const rows: HTMLElement[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const tr = h('tr', { 'data-x': String(x) }, h('th', { scope: 'row', 'data-value': String(x), text: formatNumber(x, digits) }));
    for (const c of columns) {
      const v = c.values[i];
      tr.append(h('td', { 'data-value': String(v), text: formatNumber(v, digits) }));
    }
    rows.push(tr);
  }
  const table = h('table', { class: 'data-table' }, h('caption', { text: caption }), h('thead', {}, head), h('tbody', {}, ...rows));
  host.replaceChildren(table);
}
