// The Depth tab: controls on the side, eight charts each with the sentence that ties it to the seed's claim,
// and a table of the theory's numbers. Theory redraws within the frame a slider moves (measured as
// `ap:depth`): only charts on screen whose picture changed are drawn, the rest when they scroll in. The
// simulation and the training run go to the worker, with a progress state until they answer.
import { formatNumber } from '../../src/core';
import type { DepthState } from '../../src/protocol';
import { h } from '../shared/dom';
import { measure, perFrame } from '../shared/perf';
import { slider, type Slider } from '../shared/slider';
import type { Theme } from '../shared/theme';
import { DepthJobs } from './client';
import { DepthControls, type DepthStore } from './controls';
import { DepthChart } from './lineChart';
import * as sentence from './sentences';
import * as spec from './specs';
import { initWeightVariance, theoryFor, type TheoryCurve } from './theory';
import {
  phaseRequest, simulateRequest, trainRequest, type CriticalLine, type Job, type JobResult, type SimulatedNetwork, type TrainedNetwork,
} from './workerProtocol';

const CHARTS = ['q', 'chi', 'gradient', 'distribution', 'dead', 'phase', 'loss', 'trainingDead'] as const;
type ChartId = (typeof CHARTS)[number];
const TITLES: Record<ChartId, string> = {
  q: 'Signal: pre-activation variance q per layer',
  chi: 'Gradient growth χ per layer',
  gradient: 'Gradient norm per layer (log scale)',
  distribution: 'Activation distribution at one layer',
  dead: 'Dead (solid) and saturated (dashed) units per layer',
  phase: 'Order to chaos: σw² against σb²',
  loss: 'Training loss',
  trainingDead: 'Dead units during training',
};

interface Figure {
  readonly el: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly claim: HTMLElement;
  chart?: DepthChart;
}

const jobKey = (v: unknown) => JSON.stringify(v);

export class DepthView {
  readonly el: HTMLElement;
  private readonly controls: DepthControls;
  private readonly figures = {} as Record<ChartId, Figure>;
  private readonly facts = h('table', { class: 'data-table depth-facts' });
  private readonly progress = { simulate: this.progressRow('Simulation'), train: this.progressRow('Training run'), phase: this.progressRow('Edge of chaos') };
  private readonly layer: Slider;
  private layerShown: number | undefined;
  private sims: { key: string; networks: readonly SimulatedNetwork[] } | undefined;
  private runs: { key: string; networks: readonly TrainedNetwork[] } | undefined;
  private phase: { key: string; lines: readonly CriticalLine[] } | undefined;
  private readonly wanted = { simulate: '', train: '', phase: '' };
  private jobs: DepthJobs | undefined;
  private jobTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly scheduleRedraw = perFrame(() => this.redraw());
  /** Charts within reach of the viewport, and the latest spec of each one that is not. */
  private readonly onScreen = new Set<ChartId>();
  private readonly offScreen = new Map<ChartId, spec.ChartSpec>();

  constructor(private readonly store: DepthStore, private theme: Theme) {
    this.controls = new DepthControls(store);
    for (const id of CHARTS) this.figures[id] = this.figure(id);
    this.layer = slider({ label: 'layer shown', min: 0, max: store.get().depth, step: 1, value: store.get().depth, onInput: (v) => {
      this.layerShown = v;
      this.scheduleRedraw();
    } });
    this.figures.distribution.el.insertBefore(this.layer.el, this.figures.distribution.claim);
    const f = this.figures;
    this.el = h('div', { class: 'depth-tab', 'data-runner': 'starting' },
      h('div', { class: 'depth-layout' },
        h('aside', { class: 'depth-side' }, this.controls.el, this.progress.phase.el, this.progress.simulate.el),
        h('div', { class: 'depth-charts' }, f.q.el, f.chi.el, f.gradient.el, f.phase.el, f.distribution.el, f.dead.el)),
      h('h3', { text: 'Theory at the last layer' }), this.facts,
      h('h3', { text: 'Training run: the dying ReLU' }),
      h('div', { class: 'depth-layout' },
        h('aside', { class: 'depth-side' }, this.controls.trainingEl, this.progress.train.el),
        h('div', { class: 'depth-charts' }, f.loss.el, f.trainingDead.el)));
  }

  private figure(id: ChartId): Figure {
    const canvas = h('canvas', { role: 'img', 'aria-label': TITLES[id] });
    const claim = h('p', { class: 'claim', 'aria-live': 'polite' });
    const el = h('figure', { class: 'depth-figure', 'data-chart': id }, h('figcaption', { text: TITLES[id] }), h('div', { class: 'depth-box' }, canvas), claim);
    return { el, canvas, claim };
  }

  private progressRow(what: string) {
    const bar = h('progress', { max: 100, value: 0, 'aria-label': `${what} progress` });
    const text = h('span', { class: 'muted small' });
    const el = h('div', { class: 'depth-progress', role: 'status', 'data-state': 'idle' }, bar, text);
    return {
      el,
      set(state: 'running' | 'done' | 'error', done = 0, total = 1, message = '') {
        el.dataset.state = state;
        bar.value = state === 'done' ? 100 : total > 0 ? (100 * done) / total : 0;
        text.textContent = state === 'running' ? `${what}: ${Math.round(bar.value)} %` : state === 'done' ? `${what}: done` : `${what} failed: ${message}`;
      },
    };
  }

  /** Creates the charts and the worker the first time the tab is shown. */
  attach(): void {
    if (this.jobs) return;
    for (const id of CHARTS) this.figures[id].chart = new DepthChart(this.figures[id].canvas, this.theme);
    this.watchVisibility();
    this.jobs = new DepthJobs({
      progress: (kind, done, total) => this.progress[kind].set('running', done, total),
      result: (r) => this.accept(r),
      error: (kind, message) => this.progress[kind].set('error', 0, 1, message),
    });
    this.onState(this.store.get());
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    for (const id of CHARTS) this.figures[id].chart?.setTheme(theme);
  }

  onState(s: DepthState): void {
    this.controls.sync(s);
    this.scheduleRedraw();
    if (!this.jobs) return;
    // Coalesce a slider's burst of changes; the worker cancels the run it is doing when the next one starts.
    if (this.jobTimer !== undefined) clearTimeout(this.jobTimer);
    this.jobTimer = setTimeout(() => this.startJobs(), 120);
  }

  private startJobs(): void {
    this.jobTimer = undefined;
    const s = this.store.get();
    const jobs = this.jobs;
    if (!jobs) return;
    const want: Job[] = [
      { kind: 'phase', request: phaseRequest(s) },
      { kind: 'simulate', request: simulateRequest(s) },
      { kind: 'train', request: trainRequest(s) },
    ];
    for (const job of want) {
      const key = jobKey(job.request);
      if (key === this.wanted[job.kind]) continue;
      this.wanted[job.kind] = key;
      this.progress[job.kind].set('running', 0, 1);
      jobs.run(job);
    }
    this.el.dataset.runner = jobs.where;
  }

  private accept(r: JobResult): void {
    if (r.kind === 'simulate') this.sims = { key: this.wanted.simulate, networks: r.networks };
    else if (r.kind === 'train') this.runs = { key: this.wanted.train, networks: r.networks };
    else this.phase = { key: this.wanted.phase, lines: r.lines };
    this.progress[r.kind].set('done');
    if (this.jobs) this.el.dataset.runner = this.jobs.where;
    this.scheduleRedraw();
  }

  private redraw(): void {
    if (!this.jobs) return;
    measure('ap:depth', () => {
      const s = this.store.get();
      const w = initWeightVariance(s.init, s.weightVariance);
      // The critical lines and σw² come from the worker, for the activations and σb² they were found at.
      const lines = this.phase?.key === jobKey(phaseRequest(s)) ? this.phase.lines : undefined;
      const curves = s.activations.map((fn, i) => theoryFor(fn, s, lines?.[i]?.critical));
      const names = curves.map((c) => c.name);
      // Measured values are shown only for the settings they were measured at (else they would mislead).
      const fresh = this.sims?.key === jobKey(simulateRequest(s));
      const sims = curves.map((c, i) => (fresh ? this.sims?.networks.find((n, j) => n.id === c.id && j === i) : undefined));
      this.figures.distribution.el.classList.toggle('stale', !fresh);
      this.figures.dead.el.classList.toggle('stale', !fresh);
      const layer = Math.min(s.depth, this.layerShown ?? s.depth);
      this.layer.el.querySelector('input[type="range"]')?.setAttribute('max', String(s.depth));
      this.layer.setValue(layer);
      this.draw('q', spec.qSpec(curves, sims), sentence.signalSentence(curves, s, w));
      this.draw('chi', spec.chiSpec(curves, sims), sentence.chiSentence(curves));
      this.draw('gradient', spec.gradientSpec(curves, sims), sentence.gradientSentence(curves, sims, s));
      this.draw('distribution', spec.distributionSpec(names, sims, layer), sentence.distributionSentence(names, sims, layer));
      this.draw('dead', spec.deadSpec(names, sims), sentence.deadSentence(names, sims));
      this.draw('phase', spec.phaseSpec(curves, lines?.map((l) => l.points) ?? [], { x: s.biasVariance, y: w }), sentence.phaseSentence(curves, s, w, lines === undefined));
      const runs = this.runs?.key === jobKey(trainRequest(s)) ? this.runs.networks : undefined;
      const trainNames = s.training.activations.map((f) => curves.find((c) => c.id === f.id)?.name ?? f.id);
      this.draw('loss', spec.lossSpec(trainNames, runs), sentence.trainingSentence(trainNames, runs, s));
      this.draw('trainingDead', spec.trainingDeadSpec(trainNames, runs), sentence.trainingSentence(trainNames, runs, s));
      this.renderFacts(curves);
    });
  }

  /** The sentence now; the chart now if it is on screen, else when it scrolls into view (a redraw stays within a frame). */
  private draw(id: ChartId, chartSpec: spec.ChartSpec, claim: string): void {
    const f = this.figures[id];
    if (f.claim.textContent !== claim) f.claim.textContent = claim;
    if (this.onScreen.has(id)) this.paint(id, chartSpec);
    else this.offScreen.set(id, chartSpec);
  }

  private paint(id: ChartId, chartSpec: spec.ChartSpec): void {
    const f = this.figures[id];
    this.offScreen.delete(id);
    f.chart?.draw(chartSpec);
    f.el.dataset.drawn = String(f.chart?.drawnSeries() ?? 0);
    f.el.dataset.points = String(f.chart?.drawnPoints() ?? 0);
  }

  /** Tracks which figures are (nearly) on screen; one that scrolls in draws what it missed. */
  private watchVisibility(): void {
    if (typeof IntersectionObserver === 'undefined') {
      for (const id of CHARTS) this.onScreen.add(id);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const id = (e.target as HTMLElement).dataset.chart as ChartId;
        if (!e.isIntersecting) { this.onScreen.delete(id); continue; }
        this.onScreen.add(id);
        const missed = this.offScreen.get(id);
        if (missed) this.paint(id, missed);
      }
    }, { rootMargin: '120px 0px' });
    for (const id of CHARTS) observer.observe(this.figures[id].el);
  }

  /** The theory's numbers, each cell carrying its exact value (the e2e test compares them with the core). */
  private renderFacts(curves: readonly TheoryCurve[]): void {
    const cell = (v: number) => h('td', { 'data-value': String(v), text: Number.isNaN(v) ? '—' : formatNumber(v, 4) });
    const titles = ['activation', 'q at the last layer', 'χ at the last layer', 'gradient at layer 1 / output', 'critical σw²',
      'P(f′ = 0) for x = m·x′ + b', 'P(|f′| < 0.01) for x = m·x′ + b', 'phase'];
    const head = h('tr', {}, ...titles.map((t) => h('th', { scope: 'col', text: t })));
    const rows = curves.map((c) => h('tr', { 'data-id': c.id },
      h('th', { scope: 'row', text: c.name }),
      cell(c.q[c.q.length - 1]), cell(c.chi[c.chi.length - 1]), cell(c.gradient[Math.min(1, c.gradient.length - 1)]), cell(c.critical),
      cell(c.first.zeroGradient), cell(c.first.saturated),
      h('td', { text: c.phase })));
    this.facts.replaceChildren(h('thead', {}, head), h('tbody', {}, ...rows));
  }

  /** CSV of the theory per layer: l, then q, χ and the relative gradient of each activation. */
  columns(): { name: string; values: ArrayLike<number> }[] {
    const s = this.store.get();
    const curves = s.activations.map((fn) => theoryFor(fn, s));
    const pad = (v: readonly number[]) => Array.from({ length: s.depth + 1 }, (_, l) => v[l] ?? NaN);
    return [
      { name: 'layer', values: Array.from({ length: s.depth + 1 }, (_, l) => l) },
      ...curves.flatMap((c) => [
        { name: `${c.id}_q`, values: pad(c.q) }, { name: `${c.id}_chi`, values: pad(c.chi) }, { name: `${c.id}_gradient`, values: pad(c.gradient) },
      ]),
    ];
  }

  /** PNG of the gradient chart, the tab's headline. */
  toPng(): string | undefined {
    const missed = this.offScreen.get('gradient');
    if (missed) this.paint('gradient', missed);
    return this.figures.gradient.chart?.toPng(TITLES.gradient);
  }
}
