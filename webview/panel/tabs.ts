// An accessible tab strip (WAI-ARIA tabs pattern): arrow keys move between tabs, Home/End jump.
import { h, nextId } from '../shared/dom';

export interface TabSpec<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly panel: HTMLElement;
}

export class Tabs<T extends string> {
  readonly list = h('div', { role: 'tablist', 'aria-label': 'Views', class: 'tabs' });
  readonly panels: HTMLElement[];
  private readonly buttons: HTMLButtonElement[];

  constructor(private readonly specs: readonly TabSpec<T>[], active: T, onSelect: (id: T) => void) {
    this.buttons = specs.map((s) => {
      const tabId = nextId('tab');
      const panelId = nextId('tabpanel');
      const b = h('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'data-tab': s.id, text: s.label });
      s.panel.id = panelId;
      s.panel.setAttribute('role', 'tabpanel');
      s.panel.setAttribute('aria-labelledby', tabId);
      b.addEventListener('click', () => onSelect(s.id));
      return b;
    });
    this.list.addEventListener('keydown', (e) => {
      const i = this.buttons.findIndex((b) => b === document.activeElement);
      if (i < 0) return;
      const n = this.buttons.length;
      const j = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
      if (j < 0) return;
      e.preventDefault();
      this.buttons[j].focus();
      onSelect(specs[j].id);
    });
    this.list.append(...this.buttons);
    this.panels = specs.map((s) => s.panel);
    this.select(active);
  }

  select(id: T): void {
    this.specs.forEach((s, i) => {
      const on = s.id === id;
      this.buttons[i].setAttribute('aria-selected', String(on));
      this.buttons[i].tabIndex = on ? 0 : -1;
      s.panel.hidden = !on;
    });
  }
}
