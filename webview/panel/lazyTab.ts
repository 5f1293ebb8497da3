// A tab whose view is built the first time the tab shows: its panel element exists from the start (the tab
// strip links to it), its content only when needed, so opening on the Plot tab builds only the plot.
import { h } from '../shared/dom';

export class LazyTab<V extends { readonly el: HTMLElement }> {
  readonly panel = h('div', { class: 'tab-panel' });
  private view: V | undefined;

  constructor(private readonly make: () => V) {}

  /** The view, built (and put in its panel) on the first call. */
  get(): V {
    if (!this.view) {
      this.view = this.make();
      this.panel.append(this.view.el);
    }
    return this.view;
  }

  /** The view if its tab has shown, else undefined (nothing to update). */
  get built(): V | undefined {
    return this.view;
  }
}
