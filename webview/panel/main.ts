// The plot panel's webview: waits for the host's `init`, then evaluates everything locally. State lives in
// the store and is saved with setState, so it survives hiding, reloads and restarts.
import './panel.css';
import '../depth/depth.css';
import {
  defaultPanelState, parsePanelState, parseToPanel,
  type HostToPanel, type PanelState, type PanelToHost, type WebviewSettings,
} from '../../src/protocol';
import { h } from '../shared/dom';
import { Store } from '../shared/store';
import { readTheme, watchTheme } from '../shared/theme';
import { bridge, debounced, reportErrors } from '../shared/vscodeApi';
import { ExportRow, plotColumns } from './export';
import { PlotView } from './plotView';
import { applyPick, applySelection } from './selection';
import { SoftmaxView } from './softmaxView';
import { Tabs } from './tabs';
import { DepthView } from '../depth/view';
import { lookupElementwise, withDepthActivation } from '../../src/protocol';

const vscode = bridge<HostToPanel, PanelToHost, PanelState>(parseToPanel, (message) => ({ type: 'error', message }));
reportErrors((message) => vscode.post({ type: 'error', message }));

let settings: WebviewSettings = { vanishingThreshold: 0.01, defaultFramework: 'torch', significantDigits: 6 };
let started = false;

/** "Simulate depth": the Depth tab, with the selection's activation (if element-wise) first among the compared. */
function openDepth(state: PanelState, selection: Extract<HostToPanel, { type: 'init' }>['selection']): PanelState {
  const def = selection ? lookupElementwise(selection.id) : undefined;
  const fn = def && selection ? { id: def.id, params: selection.params ?? {} } : undefined;
  return { ...state, tab: 'depth', depth: fn ? withDepthActivation(state.depth, fn) : state.depth };
}

function start(init: Extract<HostToPanel, { type: 'init' }>): void {
  settings = init.settings;
  // The webview's own saved state wins over the host's copy (it is newer); a command's choice applies on top.
  const saved = vscode.readState();
  let state: PanelState = saved !== undefined && saved !== null
    ? parsePanelState(saved, settings.defaultFramework)
    : (init.state ?? defaultPanelState(settings.defaultFramework));
  if (init.pick) state = applyPick(state, init.pick);
  if (init.tab === 'depth') state = openDepth(state, init.selection);
  else if (init.selection) state = applySelection(state, init.selection);

  // The host keeps a copy too, so a panel opened after this one is closed starts from it.
  const tellHost = debounced((s: PanelState) => vscode.post({ type: 'state', state: s }), 500);
  const store = new Store<PanelState>(state, (s) => {
    vscode.saveState(s);
    tellHost(s);
  });
  let theme = readTheme();
  const plot = new PlotView(store, () => settings, theme);
  plot.askFormulas = (ids) => vscode.post({ type: 'formulas', ids });
  const softmax = new SoftmaxView(store, () => settings.significantDigits, theme);
  const depth = new DepthView({ get: () => store.get().depth, update: (patch) => store.update({ depth: { ...store.get().depth, ...patch } }) }, theme);
  const exportRow = new ExportRow({
    state: () => store.get(),
    png: () => {
      const tab = store.get().tab;
      return tab === 'softmax' ? softmax.toPng() : tab === 'depth' ? depth.toPng() : store.get().view === 'chart' ? plot.toPng() : undefined;
    },
    csvColumns: () => {
      const s = store.get();
      if (s.tab === 'softmax') return softmax.columns();
      if (s.tab === 'depth') return depth.columns();
      const first = plot.curves[0];
      if (!first) return [];
      return plotColumns(first.buffers.xs, plot.curves.map((c) => ({ label: c.label, ys: c.buffers.ys, dys: c.buffers.dys })), s.showDerivative);
    },
  }, (m) => vscode.post(m));
  const tabs = new Tabs([
    { id: 'plot', label: 'Plot', panel: plot.el },
    { id: 'softmax', label: 'Softmax', panel: softmax.el },
    { id: 'depth', label: 'Depth', panel: depth.el },
  ], store.get().tab, (tab) => store.update({ tab }));

  const app = document.getElementById('app') ?? document.body;
  app.replaceChildren(h('div', { class: 'top' }, tabs.list, exportRow.el), ...tabs.panels);
  app.removeAttribute('aria-busy');

  const showTab = (s: PanelState) => {
    tabs.select(s.tab);
    if (s.tab === 'plot') plot.attach();
    else if (s.tab === 'softmax') softmax.attach();
    else depth.attach();
  };
  showTab(state);
  plot.onState(state, true);
  softmax.onState(state);
  store.subscribe((s, changed) => {
    if (changed.has('tab')) showTab(s);
    if (changed.has('framework')) exportRow.syncFramework(s);
    if (s.tab === 'plot' || changed.has('tab')) plot.onState(s);
    if (s.tab === 'softmax' || changed.has('tab')) softmax.onState(s);
    if (s.tab === 'depth' && (changed.has('depth') || changed.has('tab'))) depth.onState(s.depth);
  });
  vscode.saveState(store.get());
  tellHost(store.get());
  vscode.flushState();

  const retheme = () => {
    theme = readTheme();
    plot.setTheme(theme);
    softmax.setTheme(theme);
    depth.setTheme(theme);
  };
  watchTheme(retheme);

  vscode.onMessage((msg) => {
    switch (msg.type) {
      case 'init':
        return; // only the first counts
      case 'select': {
        let next = store.get();
        if (msg.pick) next = applyPick(next, msg.pick);
        if (msg.tab === 'depth') next = openDepth(next, msg.selection);
        else if (msg.selection) next = applySelection(next, msg.selection);
        store.replace(next);
        return;
      }
      case 'settings':
        settings = msg.settings;
        plot.onState(store.get(), true);
        softmax.onState(store.get());
        return;
      case 'theme':
        retheme();
        return;
      case 'exportResult':
        exportRow.result(msg.ok, msg.message);
        return;
      case 'formulas':
        plot.addFormulas(msg.svgs);
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
