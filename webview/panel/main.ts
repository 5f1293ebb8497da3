// The plot panel's webview: builds the plot, softmax and depth tabs and the export row on the shared shell
// (../shared/boot.ts), which owns the handshake, the state and the theme.
import './panel.css';
import '../depth/depth.css';
import {
  checkPanelState, TO_PANEL,
  type HostToPanel, type PanelState, type PanelTab, type PanelToHost, type Selection,
} from '../../src/protocol';
import { openDepth } from '../depth/open';
import { DepthView } from '../depth/view';
import { boot, type ViewContext, type ViewHooks } from '../shared/boot';
import { h } from '../shared/dom';
import { ExportRow, plotColumns } from './export';
import { LazyTab } from './lazyTab';
import { PlotView } from './plotView';
import { applyChoice } from './selection';
import { SoftmaxView } from './softmaxView';
import { Tabs } from './tabs';

type Ctx = ViewContext<PanelState, PanelToHost>;
interface Choice { readonly selection?: Selection; readonly pick?: readonly string[]; readonly tab?: PanelTab }

/** A command's choice: the pick, then the Depth tab or the selection (added to the comparison). */
function applyPanelChoice(state: PanelState, choice: Choice): PanelState {
  if (choice.tab !== 'depth') return applyChoice(state, choice);
  return openDepth(applyChoice(state, { pick: choice.pick }), choice.selection);
}

/** The Softmax and Depth tabs are built when first shown: a panel opened on the Plot tab draws sooner. */
interface Views { readonly plot: PlotView; readonly softmax: LazyTab<SoftmaxView>; readonly depth: LazyTab<DepthView> }

function exportRow(ctx: Ctx, v: Views): ExportRow {
  const { store } = ctx;
  return new ExportRow({
    state: () => store.get(),
    png: () => {
      const tab = store.get().tab;
      return tab === 'softmax' ? v.softmax.get().toPng() : tab === 'depth' ? v.depth.get().toPng() : store.get().view === 'chart' ? v.plot.toPng() : undefined;
    },
    csvColumns: () => {
      const s = store.get();
      if (s.tab === 'softmax') return v.softmax.get().columns();
      if (s.tab === 'depth') return v.depth.get().columns();
      const table = v.plot.tableSamples();
      return table ? plotColumns(table.xs, table.curves, s.showDerivative) : [];
    },
  }, ctx.post);
}

function views(ctx: Ctx): Views {
  const { store } = ctx;
  const plot = new PlotView(store, ctx.settings, ctx.theme());
  plot.askFormulas = (ids) => ctx.post({ type: 'formulas', ids });
  const softmax = new LazyTab(() => new SoftmaxView(store, () => ctx.settings().significantDigits, ctx.theme()));
  const depth = new LazyTab(() => new DepthView({ get: () => store.get().depth, update: (patch) => store.update({ depth: { ...store.get().depth, ...patch } }) }, ctx.theme()));
  return { plot, softmax, depth };
}

function start(ctx: Ctx, init: Extract<HostToPanel, { type: 'init' }>): ViewHooks<HostToPanel> {
  const { store } = ctx;
  const v = views(ctx);
  const exports = exportRow(ctx, v);
  const tabs = new Tabs([
    { id: 'plot', label: 'Plot', panel: v.plot.el },
    { id: 'softmax', label: 'Softmax', panel: v.softmax.panel },
    { id: 'depth', label: 'Depth', panel: v.depth.panel },
  ], store.get().tab, (tab) => store.update({ tab }));
  ctx.app.replaceChildren(h('div', { class: 'top' }, tabs.list, exports.el), ...tabs.panels);
  const showTab = (s: PanelState) => {
    tabs.select(s.tab);
    if (s.tab === 'plot') v.plot.attach();
    else if (s.tab === 'softmax') v.softmax.get().attach();
    else v.depth.get().attach();
  };
  showTab(store.get());
  v.plot.onState(store.get(), true);
  v.softmax.built?.onState(store.get());
  if (store.get().tab === 'depth') v.depth.built?.onState(store.get().depth);
  if (init.selection && init.tab !== 'depth' && store.get().functions.length > 1) v.plot.rememberForUndo(ctx.restored);
  if (init.selection?.note) v.plot.showNote(init.selection.note);
  if (store.get().tab === 'plot') v.plot.drawNow(); // the first chart without waiting for a frame
  store.subscribe((s, changed) => {
    if (changed.has('tab')) showTab(s);
    if (changed.has('framework')) exports.syncFramework(s); // "Copy as code" follows the preset (a hover's, a reset)
    if (s.tab === 'plot' || changed.has('tab')) v.plot.onState(s);
    if (s.tab === 'softmax' || changed.has('tab')) v.softmax.built?.onState(s);
    if (s.tab === 'depth' && (changed.has('depth') || changed.has('tab'))) v.depth.built?.onState(s.depth);
  });
  return {
    handlers: {
      select: (msg) => {
        if (msg.tab !== 'depth' && msg.selection) v.plot.rememberForUndo(store.get());
        store.replace(applyPanelChoice(store.get(), msg));
        if (msg.selection?.note) v.plot.showNote(msg.selection.note);
      },
      exportResult: (msg) => exports.result(msg.ok, msg.message),
      formulas: (msg) => v.plot.addFormulas(msg.svgs),
    },
    onTheme: (t) => {
      v.plot.setTheme(t);
      v.softmax.built?.setTheme(t);
      v.depth.built?.setTheme(t);
    },
    onSettings: () => {
      v.plot.onState(store.get(), true);
      v.softmax.built?.onState(store.get());
    },
  };
}

boot<HostToPanel, PanelToHost, PanelState>({
  table: TO_PANEL,
  check: checkPanelState,
  apply: (state, init) => applyPanelChoice(state, init),
  start,
});
