// The plot panel's webview: builds the plot, softmax and depth tabs and the export row on the shared shell
// (../shared/boot.ts), which owns the handshake, the state and the theme.
import './panel.css';
import '../depth/depth.css';
import { checkPanelState, TO_PANEL, type HostToPanel, type PanelState, type PanelToHost } from '../../src/protocol';
import { boot, type ViewContext, type ViewHooks } from '../shared/boot';
import { h } from '../shared/dom';
import { ExportRow, plotColumns } from './export';
import { PlotView } from './plotView';
import { applyChoice } from './selection';
import { SoftmaxView } from './softmaxView';
import { Tabs } from './tabs';
import { withTab } from '../depth/open';
import { DepthView } from '../depth/view';

function exportRow(ctx: ViewContext<PanelState, PanelToHost>, plot: PlotView, softmax: SoftmaxView, depth: DepthView): ExportRow {
  const { store } = ctx;
  return new ExportRow({
    state: () => store.get(),
    png: () => {
      const tab = store.get().tab;
      return tab === 'softmax' ? softmax.toPng() : tab === 'depth' ? depth.toPng() : store.get().view === 'chart' ? plot.toPng() : undefined;
    },
    csvColumns: () => {
      const s = store.get();
      if (s.tab === 'softmax') return softmax.columns();
      if (s.tab === 'depth') return depth.columns();
      const table = plot.tableSamples();
      return table ? plotColumns(table.xs, table.curves, s.showDerivative) : [];
    },
  }, ctx.post);
}

function start(ctx: ViewContext<PanelState, PanelToHost>, init: Extract<HostToPanel, { type: 'init' }>): ViewHooks<HostToPanel> {
  const { store } = ctx;
  const plot = new PlotView(store, ctx.settings, ctx.theme());
  plot.askFormulas = (ids) => ctx.post({ type: 'formulas', ids });
  const softmax = new SoftmaxView(store, () => ctx.settings().significantDigits, ctx.theme());
  const depth = new DepthView({ get: () => store.get().depth, update: (patch) => store.update({ depth: { ...store.get().depth, ...patch } }) }, ctx.theme());
  const exports = exportRow(ctx, plot, softmax, depth);
  const tabs = new Tabs([
    { id: 'plot', label: 'Plot', panel: plot.el },
    { id: 'softmax', label: 'Softmax', panel: softmax.el },
    { id: 'depth', label: 'Depth', panel: depth.el },
  ], store.get().tab, (tab) => store.update({ tab }));
  ctx.app.replaceChildren(h('div', { class: 'top' }, tabs.list, exports.el), ...tabs.panels);

  const showTab = (s: PanelState) => {
    tabs.select(s.tab);
    if (s.tab === 'plot') plot.attach();
    else if (s.tab === 'softmax') softmax.attach();
    else depth.attach();
  };
  showTab(store.get());
  plot.onState(store.get(), true);
  softmax.onState(store.get());
  if (init.selection && store.get().functions.length > 1) plot.rememberForUndo(ctx.restored);
  if (init.selection?.note) plot.showNote(init.selection.note);
  store.subscribe((s, changed) => {
    if (changed.has('tab')) showTab(s);
    if (s.tab === 'plot' || changed.has('tab')) plot.onState(s);
    if (s.tab === 'softmax' || changed.has('tab')) softmax.onState(s);
    if (s.tab === 'depth' && (changed.has('depth') || changed.has('tab'))) depth.onState(s.depth);
  });
  return {
    handlers: {
      select: (msg) => {
        plot.rememberForUndo(store.get());
        store.replace(withTab(applyChoice)(store.get(), msg));
        if (msg.selection?.note) plot.showNote(msg.selection.note);
      },
      exportResult: (msg) => exports.result(msg.ok, msg.message),
      formulas: (msg) => plot.addFormulas(msg.svgs),
    },
    onTheme: (t) => {
      plot.setTheme(t);
      softmax.setTheme(t);
      depth.setTheme(t);
    },
    onSettings: () => {
      plot.onState(store.get(), true);
      softmax.onState(store.get());
    },
  };
}

boot<HostToPanel, PanelToHost, PanelState>({
  table: TO_PANEL,
  check: checkPanelState,
  apply: withTab(applyChoice),
  start,
});
