// The export row: PNG of the visible chart and CSV of the sampled points go to the host's save dialog;
// "Copy as code" builds a PyTorch / JAX / Keras snippet of what is shown from the panel's (repaired) state and
// hands it to the host, which writes the clipboard. Results come back as `exportResult`.
import {
  FRAMEWORK_LABELS, snippet, SNIPPET_FRAMEWORKS, type PanelState, type PanelToHost, type SnippetFramework, type SnippetRequest,
} from '../../src/protocol';
import { h, liveMessage, select } from '../shared/dom';
import { csvText, exportFileName, type CsvColumn } from './model';

export interface ExportSources {
  state(): PanelState;
  png(): string | undefined;
  csvColumns(): CsvColumn[];
}

export function snippetRequest(s: PanelState): SnippetRequest {
  return s.tab === 'softmax'
    ? { kind: 'vector', fn: s.softmax.fn, logits: s.softmax.logits, temperature: s.softmax.temperature, log: s.softmax.log, dtype: s.dtype }
    : { kind: 'elementwise', functions: s.functions, range: s.range, transform: s.transform, dtype: s.dtype };
}

/** How long a status line stays (it sits over the row, never pushing the toolbar). */
const STATUS_MS = 6000;

/** CSV columns of the plot: x, then each function (and derivative) by its label. */
export function plotColumns(xs: ArrayLike<number>, curves: readonly { label: string; ys: ArrayLike<number>; dys: ArrayLike<number> }[], derivative: boolean): CsvColumn[] {
  const cols: CsvColumn[] = [{ name: 'x', values: xs }];
  for (const c of curves) {
    cols.push({ name: c.label, values: c.ys });
    if (derivative) cols.push({ name: `d/dx ${c.label}`, values: c.dys });
  }
  return cols;
}

export class ExportRow {
  readonly el: HTMLElement;
  private readonly status = liveMessage('message export-status');
  private readonly framework: HTMLSelectElement;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly src: ExportSources, private readonly post: (m: PanelToHost) => void) {
    const png = h('button', { type: 'button', text: 'Export PNG…', title: 'Save the chart as a PNG image' });
    const csv = h('button', { type: 'button', text: 'Export CSV…', title: 'Save the sampled values as CSV' });
    const code = h('button', { type: 'button', text: 'Copy as code', title: 'Copy code computing this (in the panel’s dtype) to the clipboard' });
    const initial = SNIPPET_FRAMEWORKS.find((f) => f === src.state().framework) ?? 'torch';
    // "PyTorch code", not "PyTorch": the preset dropdown beside it also says PyTorch, and means parameters.
    this.framework = select(SNIPPET_FRAMEWORKS.map((f) => ({ value: f, label: `${FRAMEWORK_LABELS[f]} code` })), initial, 'Library of the copied code', () => undefined);
    png.addEventListener('click', () => this.png());
    csv.addEventListener('click', () => this.csv());
    code.addEventListener('click', () => {
      const framework = this.framework.value as SnippetFramework;
      this.post({ type: 'copyCode', framework, code: snippet(snippetRequest(src.state()), framework) });
    });
    this.el = h('div', { class: 'export-row', role: 'group', 'aria-label': 'Export' }, png, csv, code, this.framework, this.status.el);
  }

  private say(text: string, kind: 'error' | 'info' = 'error'): void {
    this.status.show(text, kind);
    if (this.statusTimer !== undefined) clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => this.status.clear(), STATUS_MS);
  }

  private ids(): string[] {
    const s = this.src.state();
    return s.tab === 'softmax' ? [s.softmax.fn] : s.functions.map((f) => f.id);
  }

  private png(): void {
    const dataUrl = this.src.png();
    if (!dataUrl) {
      this.say('Nothing drawn to export (the table is shown?)');
      return;
    }
    this.say('Choose where to save…', 'info');
    this.post({ type: 'exportPng', dataUrl, fileName: exportFileName(this.ids(), 'png') });
  }

  private csv(): void {
    const cols = this.src.csvColumns();
    if (cols.length < 2) {
      this.say('Nothing to export');
      return;
    }
    this.say('Choose where to save…', 'info');
    this.post({ type: 'exportCsv', csv: csvText(cols), fileName: exportFileName(this.ids(), 'csv') });
  }

  /** The host's answer to an export. */
  result(ok: boolean, message: string): void {
    this.say(message, ok ? 'info' : 'error');
  }

  syncFramework(s: PanelState): void {
    const f = SNIPPET_FRAMEWORKS.find((x) => x === s.framework);
    if (f) this.framework.value = f;
  }
}

