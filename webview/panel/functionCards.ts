// The plotted functions, one card each: colour key (solid f, dashed f′), name, formula (an SVG from the
// build when there is one, else the text), "shade" choice, remove button, and a control per parameter.
// The cards double as the chart's legend.
import { activation, activations, formulasFor, paramProblem, rangeText } from '../../src/core';
import type { Activation, Formula, ParamSpec } from '../../src/core';
import { LIMITS, type PlottedFunction } from '../../src/protocol';
import { h, liveMessage, nextId } from '../shared/dom';
import { niceStep, slider, type Slider } from '../shared/slider';
import { cardNote } from '../depth/claims/notes';

export interface CardsCallbacks {
  setParam(index: number, name: string, value: number | string): string | undefined;
  remove(index: number): void;
  shade(index: number): void;
  add(id: string): void;
}

/** The formula as an image (build-time TeX → SVG, as a data: URI) when there is one, else as text. */
export function formulaElement(formula: Formula, image: string | undefined): HTMLElement {
  const text = h('code', { class: 'formula', text: formula.text });
  if (!image) return text;
  const img = h('img', { class: 'formula-svg', alt: formula.text, title: formula.text, src: image });
  img.addEventListener('error', () => img.replaceWith(text));
  return img;
}

/** Which build-time formula describes a plotted function with its parameters: `gelu` or `gelu@tanh`. */
export function formulaKey(f: PlottedFunction): string {
  const def = activation(f.id);
  return def ? formulasFor(def, safeResolve(def, f.params) ?? undefined).key : f.id;
}

export class FunctionCards {
  readonly el = h('div', { class: 'cards' });
  private readonly list = h('ul', { class: 'card-list', 'aria-label': 'Plotted functions' });
  private readonly addSelect = h('select', { 'aria-label': 'Function to add' });
  private readonly addButton = h('button', { type: 'button', text: 'Add', title: 'Overlay another function' });
  private sliders: Map<string, Slider>[] = [];
  private choices: Map<string, HTMLInputElement | HTMLSelectElement>[] = [];
  private key = '';
  /** the legend's formula image for an id (a data: URI), once the host sent it */
  formulaImage: (id: string) => string | undefined = () => undefined;
  /** bumped when formula images arrive or the theme changes, so the cards rebuild */
  formulaVersion = 0;

  constructor(private readonly cb: CardsCallbacks) {
    for (const d of activations()) if (d.kind === 'elementwise') this.addSelect.append(h('option', { value: d.id, text: d.name }));
    this.addSelect.value = 'relu';
    this.addButton.addEventListener('click', () => {
      if (this.addSelect.value) cb.add(this.addSelect.value);
    });
    this.el.append(this.list, h('div', { class: 'row add-row' }, this.addSelect, this.addButton));
  }

  /** Rebuilds when the list changed shape; otherwise only moves the controls to the state's values. */
  render(functions: readonly PlottedFunction[], colors: readonly string[], shaded: number, rebuild = false): void {
    // The formula key (gelu, gelu@tanh) is part of it: toggling `approximate` swaps the legend's formula.
    const key = functions.map(formulaKey).join('|') + `#${shaded}#${colors.join(',')}#${this.formulaVersion}`;
    const full = rebuild || key !== this.key;
    this.key = key;
    this.proposeUnplotted(functions);
    this.addButton.disabled = functions.length >= LIMITS.functions || this.addSelect.value === '';
    this.addButton.title = this.addButton.disabled ? `At most ${LIMITS.functions} functions` : 'Overlay another function';
    if (full) {
      this.list.replaceChildren(...functions.map((f, i) => this.card(f, i, colors[i % colors.length], i === shaded, functions.length)));
      return;
    }
    functions.forEach((f, i) => {
      const def = activation(f.id);
      if (!def) return;
      const resolved = safeResolve(def, f.params);
      for (const [name, s] of this.sliders[i] ?? []) {
        const v = resolved?.[name];
        if (typeof v === 'number') s.setValue(v);
      }
      for (const [name, c] of this.choices[i] ?? []) {
        const v = resolved?.[name];
        if (typeof v !== 'string') continue;
        if (c instanceof HTMLInputElement) c.checked = v !== 'none';
        else c.value = v;
      }
    });
  }

  /** "Add" offers only functions not plotted yet (plotted ones are disabled in the list), the next one after the last choice. */
  private proposeUnplotted(functions: readonly PlottedFunction[]): void {
    const plotted = new Set(functions.map((f) => f.id));
    const options = Array.from(this.addSelect.options);
    for (const o of options) o.disabled = plotted.has(o.value);
    if (!plotted.has(this.addSelect.value)) return;
    const from = Math.max(0, this.addSelect.selectedIndex);
    const next = [...options.slice(from), ...options.slice(0, from)].find((o) => !o.disabled);
    this.addSelect.value = next?.value ?? '';
  }

  /** One parameter's control: a checkbox for a two-way choice with 'none', a select, or a slider with a box. */
  private paramControl(
    name: string, spec: ParamSpec, value: number | string | undefined,
    sliders: Map<string, Slider>, choices: Map<string, HTMLInputElement | HTMLSelectElement>, set: (n: string, v: number | string) => void,
  ): HTMLElement {
    if (spec.type === 'choice') {
      if (spec.options.length === 2 && spec.options.includes('none')) {
        const other = spec.options.find((o) => o !== 'none') ?? 'none';
        const box = h('input', { type: 'checkbox', id: nextId('chk'), 'aria-label': `${name}: ${spec.name} = '${other}'` });
        box.checked = value === other;
        box.addEventListener('change', () => set(spec.name, box.checked ? other : 'none'));
        choices.set(spec.name, box);
        return h('label', { class: 'check', for: box.id, title: spec.description }, box, ` ${spec.name} = '${other}'`);
      }
      const sel = h('select', { 'aria-label': `${name}: ${spec.name}`, title: spec.description });
      for (const o of spec.options) sel.append(h('option', { value: o, text: o }));
      sel.value = String(value);
      sel.addEventListener('change', () => set(spec.name, sel.value));
      choices.set(spec.name, sel);
      return h('label', { class: 'field' }, `${spec.name} `, sel);
    }
    const [lo, hi] = spec.slider;
    const s = slider({
      label: spec.name, min: lo, max: hi, step: niceStep(lo, hi, spec.type === 'integer'), value: value as number,
      hint: `${spec.description} Allowed: ${rangeText(spec)}.`,
      check: (v) => paramProblem(spec, v, { finite: true }),
      onInput: (v) => set(spec.name, v),
    });
    sliders.set(spec.name, s);
    return s.el;
  }

  private card(f: PlottedFunction, index: number, color: string, shaded: boolean, count: number): HTMLElement {
    const def = activation(f.id);
    if (!def || def.kind !== 'elementwise') return h('li', { text: f.id });
    const resolved = safeResolve(def, f.params) ?? def.resolve();
    const shown = formulasFor(def, resolved);
    const sliders = new Map<string, Slider>();
    const choices = new Map<string, HTMLInputElement | HTMLSelectElement>();
    this.sliders[index] = sliders;
    this.choices[index] = choices;
    const msg = liveMessage();
    const set = (name: string, v: number | string) => {
      const problem = this.cb.setParam(index, name, v);
      if (problem) msg.show(problem);
      else msg.clear();
    };
    const params = def.params.map((spec: ParamSpec) => this.paramControl(def.name, spec, resolved[spec.name], sliders, choices, set));
    const shade = h('input', { type: 'radio', name: 'shade', id: nextId('shade'), 'aria-label': `Shade where ${def.name}'s gradient vanishes` });
    shade.checked = shaded;
    shade.addEventListener('change', () => shade.checked && this.cb.shade(index));
    const remove = h('button', { type: 'button', class: 'icon', 'aria-label': `Remove ${def.name}`, title: 'Remove', text: '✕' });
    remove.disabled = count <= 1;
    remove.addEventListener('click', () => this.cb.remove(index));
    const swatch = h('span', { class: `swatch c${index % 8}`, 'aria-hidden': 'true' }, h('span', { class: 'solid' }), h('span', { class: 'dashed' }));
    const li = h('li', { class: 'card', 'data-id': def.id },
      h('div', { class: 'card-head' },
        swatch,
        h('strong', { class: 'card-name', text: def.name }),
        h('label', { class: 'check shade', for: shade.id, title: "Shade this function's vanishing-gradient regions" }, shade, ' shade'),
        remove),
      formulaElement(shown.formula, this.formulaImage(shown.key)),
      cardNote(def.id, resolved) && h('p', { class: 'seed-note small', text: cardNote(def.id, resolved) }),
      h('div', { class: 'params' }, ...params),
      def.params.length === 0 ? h('p', { class: 'muted small', text: 'No parameters.' }) : undefined,
      msg.el);
    li.style.setProperty('--series', color);
    return li;
  }
}

function safeResolve(def: Activation, params: PlottedFunction['params']) {
  try {
    return def.resolve(params);
  } catch {
    return undefined;
  }
}

