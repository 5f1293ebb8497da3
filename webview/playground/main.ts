// The sidebar playground's webview: an x slider and box, a live table of every element-wise activation at x,
// a small chart of the selected one, and a vector box, built on the shared shell (../shared/boot.ts).
// Everything is evaluated here; the host only hands over settings and selections and keeps a copy of the state.
import './playground.css';
import {
  checkPlaygroundState, FRAMEWORK_LABELS, FRAMEWORKS, LIMITS, TO_PLAYGROUND,
  type Framework, type HostToPlayground, type PlaygroundState, type PlaygroundToHost,
} from '../../src/protocol';
import { boot, type ViewContext, type ViewHooks } from '../shared/boot';
import { h, labelled, select } from '../shared/dom';
import { measure, perFrame } from '../shared/perf';
import { slider } from '../shared/slider';
import { LiveTable } from './liveTable';
import { applyPlaygroundSelection, rowParams, selectedDef, tableRows } from './model';
import { SelectedBox } from './selectedBox';
import { VectorBox } from './vectorBox';

type Ctx = ViewContext<PlaygroundState, PlaygroundToHost>;

function openSelected(ctx: Ctx, tab?: 'depth'): void {
  const s = ctx.store.get();
  const params = rowParams(s, s.selected);
  const withParams = { id: s.selected, ...(Object.keys(params).length ? { params } : {}) };
  // "Simulate depth" opens the Depth tab with the function; "Open in panel" plots it at x.
  if (tab === 'depth') return ctx.post({ type: 'openInPanel', tab, selection: withParams });
  ctx.post({
    type: 'openInPanel',
    selection: { ...withParams, ...(Math.abs(s.x) <= LIMITS.coordinate ? { x: s.x } : {}), framework: s.framework },
  });
}

function widgets(ctx: Ctx) {
  const { store } = ctx;
  const xSlider = slider({
    label: 'x', min: -10, max: 10, step: 0.01, value: store.get().x,
    hint: 'The input; type any finite number in the box (the slider spans −10…10).',
    onInput: (x) => store.update({ x }),
  });
  const framework = select(FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })), store.get().framework, 'Framework preset',
    (f: Framework) => store.update({ framework: f, params: {} }));
  const table = new LiveTable({
    select: (id) => store.update({ selected: id, params: id === store.get().selected ? store.get().params : {} }),
    sort: (column) => {
      const s = store.get().sort;
      store.update({ sort: { column, descending: s.column === column ? !s.descending : column !== 'name' } });
    },
    filter: (filter) => store.update({ filter }),
  });
  const vector = new VectorBox({
    setLogits: (logits) => store.update({ vector: { ...store.get().vector, logits } }),
    setFn: (fn) => store.update({ vector: { ...store.get().vector, fn } }),
    open: () => {
      const v = store.get().vector;
      ctx.post({ type: 'openInPanel', selection: { id: v.fn, xs: v.logits } });
    },
  });
  return { xSlider, framework, table, vector, selected: new SelectedBox(() => openSelected(ctx), () => openSelected(ctx, 'depth')) };
}

function start(ctx: Ctx): ViewHooks<HostToPlayground> {
  const w = widgets(ctx);
  ctx.app.replaceChildren(
    h('section', { class: 'x-row', 'aria-label': 'Input' }, w.xSlider.el, labelled('Preset', w.framework)),
    w.table.el, w.selected.el, w.vector.el);
  w.selected.attach(ctx.theme());
  const redraw = perFrame(() => measure('ap:redraw', () => {
    const s = ctx.store.get();
    const digits = ctx.settings().significantDigits;
    w.xSlider.setValue(s.x);
    w.framework.value = s.framework;
    w.table.render(s, tableRows(s), digits);
    w.selected.render(s, selectedDef(s), digits);
    w.vector.render(s, digits);
  }));
  ctx.store.subscribe(redraw);
  redraw();
  return {
    handlers: {
      select: (msg) => ctx.store.replace(applyPlaygroundSelection(ctx.store.get(), msg.selection, msg.seq)),
    },
    onTheme: (t) => {
      w.selected.setTheme(t);
      redraw();
    },
    onSettings: redraw,
  };
}

boot<HostToPlayground, PlaygroundToHost, PlaygroundState>({
  table: TO_PLAYGROUND,
  check: checkPlaygroundState,
  apply: (state, init) => (init.selection ? applyPlaygroundSelection(state, init.selection, init.seq) : state),
  start,
});
