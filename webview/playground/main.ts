// The sidebar playground's webview: an x slider and box, a live table of every element-wise activation at x,
// a small chart of the selected one, and a vector box. Everything is evaluated here; the host only hands
// over settings and selections and keeps a copy of the state.
import './playground.css';
import { formatNumber } from '../../src/core';
import {
  defaultPlaygroundState, FRAMEWORK_LABELS, FRAMEWORKS, LIMITS, parsePlaygroundState, parseToPlayground,
  type Framework, type HostToPlayground, type PlaygroundState, type PlaygroundToHost, type WebviewSettings,
} from '../../src/protocol';
import { h, labelled, select } from '../shared/dom';
import { measure, perFrame } from '../shared/perf';
import { slider } from '../shared/slider';
import { Store } from '../shared/store';
import { readTheme, watchTheme } from '../shared/theme';
import { bridge, debounced, reportErrors } from '../shared/vscodeApi';
import { LiveTable } from './liveTable';
import { MiniChart } from './miniChart';
import { applySelection, rowParams, selectedDef, tableRows } from './model';
import { VectorBox } from './vectorBox';

const vscode = bridge<HostToPlayground, PlaygroundToHost, PlaygroundState>(parseToPlayground, (message) => ({ type: 'error', message }));
reportErrors((message) => vscode.post({ type: 'error', message }));

let settings: WebviewSettings = { vanishingThreshold: 0.01, defaultFramework: 'torch', significantDigits: 6 };
let started = false;

function start(init: Extract<HostToPlayground, { type: 'init' }>): void {
  settings = init.settings;
  const saved = vscode.readState();
  let state = saved !== undefined && saved !== null
    ? parsePlaygroundState(saved, settings.defaultFramework)
    : (init.state ?? defaultPlaygroundState(settings.defaultFramework));
  if (init.selection) state = applySelection(state, init.selection, init.seq);
  // The host keeps the last state it heard (a fallback after a restart); told at most every 500 ms.
  const tellHost = debounced((state: PlaygroundState) => vscode.post({ type: 'state', state }), 500);
  const store = new Store<PlaygroundState>(state, (s) => {
    vscode.saveState(s);
    tellHost(s);
  });
  let theme = readTheme();

  const xSlider = slider({
    label: 'x', min: -10, max: 10, step: 0.01, value: state.x,
    hint: 'The input; type any finite number in the box (the slider spans −10…10).',
    check: (v) => (Math.abs(v) <= LIMITS.playgroundX ? undefined : 'too large'),
    onInput: (x) => store.update({ x }),
  });
  const framework = select(FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })), state.framework, 'Framework preset',
    (f: Framework) => store.update({ framework: f, params: {} }));
  const table = new LiveTable({
    select: (id) => store.update({ selected: id, params: id === store.get().selected ? store.get().params : {} }),
    sort: (column) => {
      const s = store.get().sort;
      store.update({ sort: { column, descending: s.column === column ? !s.descending : column !== 'name' } });
    },
    filter: (filter) => store.update({ filter }),
  });
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Chart of the selected function (solid) and its derivative (dashed)' });
  const title = h('h2', { class: 'selected-name' });
  const formula = h('code', { class: 'formula' });
  const values = h('p', { class: 'selected-values', 'aria-live': 'polite' });
  const open = h('button', { type: 'button', text: 'Open in panel', title: 'Plot the selected function in the Activation Plot panel' });
  open.addEventListener('click', () => {
    const s = store.get();
    const params = rowParams(s, s.selected);
    vscode.post({
      type: 'openInPanel',
      selection: { id: s.selected, ...(Object.keys(params).length ? { params } : {}), ...(Math.abs(s.x) <= LIMITS.coordinate ? { x: s.x } : {}), framework: s.framework },
    });
  });
  const depth = h('button', { type: 'button', text: 'Simulate depth', title: 'Open the Depth tab: this function in a deep random network' });
  depth.addEventListener('click', () => {
    const s = store.get();
    const params = rowParams(s, s.selected);
    vscode.post({ type: 'openInPanel', tab: 'depth', selection: { id: s.selected, ...(Object.keys(params).length ? { params } : {}) } });
  });
  const vector = new VectorBox({
    setLogits: (logits) => store.update({ vector: { ...store.get().vector, logits } }),
    setFn: (fn) => store.update({ vector: { ...store.get().vector, fn } }),
    open: () => {
      const v = store.get().vector;
      vscode.post({ type: 'openInPanel', selection: { id: v.fn, xs: v.logits } });
    },
  });

  const app = document.getElementById('app') ?? document.body;
  app.replaceChildren(
    h('section', { class: 'x-row', 'aria-label': 'Input' }, xSlider.el, labelled('Framework', framework)),
    table.el,
    h('section', { class: 'selected', 'aria-label': 'Selected function' }, h('div', { class: 'row' }, title, open, depth), formula, values, h('div', { class: 'mini-box' }, canvas)),
    vector.el);
  app.removeAttribute('aria-busy');
  const chart = new MiniChart(canvas, theme);

  const redraw = perFrame(() => measure('ap:redraw', () => {
    const s = store.get();
    const digits = settings.significantDigits;
    xSlider.setValue(s.x);
    framework.value = s.framework;
    table.render(s, tableRows(s), digits);
    const def = selectedDef(s);
    title.textContent = def.name;
    formula.textContent = def.formula.text;
    try {
      const k = def.bind(rowParams(s, def.id));
      values.textContent = `f(${formatNumber(s.x, digits)}) = ${formatNumber(k.f(s.x), digits)},  f′ = ${formatNumber(k.df(s.x), digits)}`;
      chart.update(k, s.x);
    } catch (err) {
      values.textContent = err instanceof Error ? err.message : String(err);
    }
    vector.render(s, digits);
  }));
  store.subscribe(redraw);
  redraw();
  vscode.saveState(store.get());
  tellHost(store.get());
  vscode.flushState();

  watchTheme((t) => {
    theme = t;
    chart.setTheme(t);
    redraw();
  });
  vscode.onMessage((msg) => {
    switch (msg.type) {
      case 'init':
        return;
      case 'select':
        store.replace(applySelection(store.get(), msg.selection, msg.seq));
        return;
      case 'settings':
        settings = msg.settings;
        redraw();
        return;
      case 'theme':
        theme = readTheme();
        chart.setTheme(theme);
        redraw();
        return;
    }
  });
}

vscode.onMessage((msg) => {
  if (msg.type === 'init' && !started) {
    started = true;
    start(msg);
  }
});
vscode.post({ type: 'ready' });
