// The Depth tab's controls: activations to compare (from the one registry), initialisation, depth, width,
// batch, σw², σb², the input transform x = m·x′ + b, and the training run's settings. Each control writes
// one field through `set`; `sync` moves them to a state (restored, or changed elsewhere).
import { activation, activations, OPTIMIZERS, TOY_DATASETS } from '../../src/core';
import {
  DEPTH_LIMITS, INIT_LABELS, INITS, LIMITS,
  type DepthState, type InitName, type PlottedFunction, type TrainingSettings,
} from '../../src/protocol';
import { h, select } from '../shared/dom';
import { slider, type Slider } from '../shared/slider';
import { initWeightVariance } from './theory';

export interface DepthStore {
  get(): DepthState;
  update(patch: Partial<DepthState>): void;
}

const inRange = ([lo, hi]: readonly [number, number], integer = false) => (v: number) =>
  v < lo || v > hi || (integer && !Number.isInteger(v)) ? `must be ${integer ? 'a whole number ' : ''}in [${lo}, ${hi}]` : undefined;

/** A list of chosen activations with remove buttons and an "add" select of every element-wise one. */
export class ActivationPicker {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'chips' });
  private readonly add = h('select', {});
  private readonly addButton = h('button', { type: 'button', text: 'Add' });

  constructor(label: string, private readonly onChange: (list: PlottedFunction[]) => void, private current: readonly PlottedFunction[]) {
    this.add.setAttribute('aria-label', `${label}: activation to add`);
    for (const d of activations()) if (d.kind === 'elementwise') this.add.append(h('option', { value: d.id, text: d.name }));
    this.addButton.addEventListener('click', () => {
      if (this.current.some((f) => f.id === this.add.value)) return;
      this.onChange([...this.current, { id: this.add.value, params: {} }].slice(0, DEPTH_LIMITS.activations));
    });
    this.el = h('fieldset', { class: 'picker' }, h('legend', { text: label }), this.list, h('div', { class: 'row' }, this.add, this.addButton));
    this.sync(current);
  }

  sync(list: readonly PlottedFunction[]): void {
    this.current = list;
    this.list.replaceChildren(...list.map((f, i) => {
      const name = activation(f.id)?.name ?? f.id;
      const remove = h('button', { type: 'button', class: 'icon', 'aria-label': `Remove ${name}`, title: 'Remove', text: '✕' });
      remove.disabled = list.length <= 1;
      remove.addEventListener('click', () => this.onChange(list.filter((_, j) => j !== i)));
      return h('li', { class: `chip c${i}`, 'data-id': f.id }, h('span', { class: 'swatch-dot', 'aria-hidden': 'true' }), h('span', { text: name }), remove);
    }));
    this.addButton.disabled = list.length >= DEPTH_LIMITS.activations;
    this.addButton.title = this.addButton.disabled ? `At most ${DEPTH_LIMITS.activations} activations` : 'Compare another activation';
  }
}

export class DepthControls {
  readonly el: HTMLElement;
  readonly trainingEl: HTMLElement;
  private readonly picker: ActivationPicker;
  private readonly trainPicker: ActivationPicker;
  private readonly init: HTMLSelectElement;
  private readonly sliders: Record<'depth' | 'width' | 'batch' | 'weightVariance' | 'biasVariance' | 'm' | 'b', Slider>;
  private readonly train: { dataset: HTMLSelectElement; optimizer: HTMLSelectElement; learningRate: Slider; steps: Slider };

  constructor(private readonly store: DepthStore) {
    const s = store.get();
    const set = (patch: Partial<DepthState>) => store.update(patch);
    const setTraining = (patch: Partial<TrainingSettings>) => set({ training: { ...store.get().training, ...patch } });
    this.picker = new ActivationPicker('Compare', (activations) => set({ activations }), s.activations);
    this.init = select(INITS.map((v) => ({ value: v, label: INIT_LABELS[v] })), s.init, 'Initialisation', (init: InitName) =>
      set({ init, weightVariance: initWeightVariance(init, store.get().weightVariance) }));
    const L = DEPTH_LIMITS;
    const intSlider = (label: string, range: readonly [number, number], value: number, onInput: (v: number) => void) =>
      slider({ label, min: range[0], max: range[1], step: 1, value, check: inRange(range, true), onInput });
    this.sliders = {
      depth: intSlider('depth (layers)', L.depth, s.depth, (depth) => set({ depth })),
      width: intSlider('width (units per layer)', L.width, s.width, (width) => set({ width })),
      batch: intSlider('batch (inputs)', L.batch, s.batch, (batch) => set({ batch })),
      weightVariance: slider({
        label: 'σw² (weight variance × fan-in)', min: 0.05, max: 4, step: 0.01, value: s.weightVariance, check: inRange(L.weightVariance),
        hint: 'Moving it makes the initialisation "σw² by hand" (orthogonal keeps its matrices, with gain √σw²).',
        onInput: (weightVariance) => set({ weightVariance, init: store.get().init === 'orthogonal' ? 'orthogonal' : 'custom' }),
      }),
      biasVariance: slider({ label: 'σb² (bias variance)', min: 0, max: 2, step: 0.01, value: s.biasVariance, check: inRange(L.biasVariance), onInput: (biasVariance) => set({ biasVariance }) }),
      m: slider({ label: 'm in x = m·x′ + b', min: -3, max: 3, step: 0.01, value: s.transform.m, check: inRange(LIMITS.scale), onInput: (m) => set({ transform: { ...store.get().transform, m } }) }),
      b: slider({ label: 'b in x = m·x′ + b', min: -3, max: 3, step: 0.01, value: s.transform.b, check: inRange(LIMITS.shift), onInput: (b) => set({ transform: { ...store.get().transform, b } }) }),
    };
    this.el = h('div', { class: 'depth-controls', role: 'group', 'aria-label': 'Random network' },
      this.picker.el,
      h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Initialisation' }), this.init),
      ...Object.values(this.sliders).map((x) => x.el));

    this.trainPicker = new ActivationPicker('Train', (activations) => setTraining({ activations }), s.training.activations);
    this.train = {
      dataset: select(TOY_DATASETS.map((v) => ({ value: v, label: v })), s.training.dataset, 'Data set', (dataset) => setTraining({ dataset })),
      optimizer: select(OPTIMIZERS.map((v) => ({ value: v, label: v === 'sgd' ? 'SGD' : 'Adam' })), s.training.optimizer, 'Optimizer', (optimizer) => setTraining({ optimizer })),
      learningRate: slider({ label: 'learning rate', min: 0.001, max: 3, step: 0.001, value: s.training.learningRate, check: inRange(L.learningRate), onInput: (learningRate) => setTraining({ learningRate }) }),
      steps: intSlider('steps', L.steps, s.training.steps, (steps) => setTraining({ steps })),
    };
    this.trainingEl = h('div', { class: 'depth-controls', role: 'group', 'aria-label': 'Training run' },
      this.trainPicker.el,
      h('div', { class: 'row' },
        h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Data' }), this.train.dataset),
        h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Optimizer' }), this.train.optimizer)),
      this.train.learningRate.el, this.train.steps.el);
  }

  /** Moves every control to `s` (no events fire). */
  sync(s: DepthState): void {
    this.picker.sync(s.activations);
    this.trainPicker.sync(s.training.activations);
    this.init.value = s.init;
    const v = this.sliders;
    v.depth.setValue(s.depth);
    v.width.setValue(s.width);
    v.batch.setValue(s.batch);
    v.weightVariance.setValue(initWeightVariance(s.init, s.weightVariance));
    v.biasVariance.setValue(s.biasVariance);
    v.m.setValue(s.transform.m);
    v.b.setValue(s.transform.b);
    this.train.dataset.value = s.training.dataset;
    this.train.optimizer.value = s.training.optimizer;
    this.train.learningRate.setValue(s.training.learningRate);
    this.train.steps.setValue(s.training.steps);
  }
}
