// Two small heatmaps side by side: the softmax Jacobian ∂pᵢ/∂xⱼ (blue positive, red negative, the
// strength by |value|) and argmax's, zero everywhere. Keyboard: arrow keys move a cell cursor and the
// cell's value is read out. Canvas 2D, theme colours, no chart.js (a matrix is not a chart).
import { formatNumber } from '../../../src/core';
import type { VectorFunction } from '../../../src/protocol';
import { h, liveMessage } from '../../shared/dom';
import { withAlpha, type Theme } from '../../shared/theme';
import { argmaxJacobian, jacobianOf, jacobianSentence, type JacobianView } from './jacobian';

const SIDE = 180;

function paint(canvas: HTMLCanvasElement, cells: readonly (readonly number[])[], scale: number, t: Theme, cursor: [number, number] | undefined): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = SIDE * ratio;
  canvas.height = SIDE * ratio;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.fillStyle = t.background;
  ctx.fillRect(0, 0, SIDE, SIDE);
  const n = cells.length;
  if (n === 0) return;
  const w = SIDE / n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = cells[i][j];
      const a = scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
      ctx.fillStyle = v === 0 ? withAlpha(t.foreground, 0.06) : withAlpha(v > 0 ? t.series[0] : t.series[4], 0.15 + 0.85 * a);
      ctx.fillRect(j * w, i * w, w - 1, w - 1);
    }
  }
  if (cursor) {
    ctx.strokeStyle = t.focus;
    ctx.lineWidth = 2;
    ctx.strokeRect(cursor[1] * w + 1, cursor[0] * w + 1, w - 3, w - 3);
  }
}

export class JacobianPair {
  readonly el: HTMLElement;
  private readonly soft = h('canvas', { tabindex: 0, class: 'heatmap', 'aria-label': 'Jacobian ∂pᵢ/∂xⱼ: arrow keys move between cells' });
  private readonly arg = h('canvas', { tabindex: 0, class: 'heatmap', 'aria-label': "argmax's Jacobian: zero everywhere; arrow keys move between cells" });
  private readonly claim = h('p', { class: 'claim' });
  private readonly readout = liveMessage('message');
  private cursor: [number, number] = [0, 0];
  private last: { fn: VectorFunction; j: JacobianView; zeros: number[][] } | undefined;

  constructor(private theme: Theme) {
    for (const c of [this.soft, this.arg]) {
      c.style.width = `${SIDE}px`;
      c.style.height = `${SIDE}px`;
      c.addEventListener('keydown', (e) => this.key(e, c === this.soft));
      c.addEventListener('focus', () => this.repaint(c === this.soft ? 'soft' : 'arg'));
      c.addEventListener('blur', () => this.repaint());
    }
    this.soft.dataset.role = 'jacobian';
    this.arg.dataset.role = 'argmax-jacobian';
    this.el = h('section', { class: 'jacobian-pair', 'aria-label': 'Gradients of softmax and argmax' },
      h('div', { class: 'heatmaps' },
        h('figure', {}, this.soft, h('figcaption', { text: 'softmax Jacobian ∂pᵢ/∂xⱼ' })),
        h('figure', {}, this.arg, h('figcaption', { text: 'argmax: ∂/∂x = 0' }))),
      this.readout.el, this.claim);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.repaint();
  }

  /** Follows the logits, the function and the temperature; `p` is the distribution already computed. */
  update(fn: VectorFunction, p: readonly number[], temperature: number): void {
    const j = jacobianOf(fn, p, temperature);
    this.last = { fn, j, zeros: argmaxJacobian(p.length) };
    this.soft.dataset.scale = String(j.scale);
    this.soft.dataset.size = String(j.cells.length);
    this.arg.dataset.scale = '0';
    const claim = jacobianSentence(fn, j, temperature);
    if (this.claim.textContent !== claim) this.claim.textContent = claim;
    this.repaint();
  }

  private repaint(focused?: 'soft' | 'arg'): void {
    const l = this.last;
    if (!l) return;
    const which = focused ?? (document.activeElement === this.soft ? 'soft' : document.activeElement === this.arg ? 'arg' : undefined);
    paint(this.soft, l.j.cells, l.j.scale, this.theme, which === 'soft' ? this.cursor : undefined);
    paint(this.arg, l.zeros, 0, this.theme, which === 'arg' ? this.cursor : undefined);
  }

  private key(e: KeyboardEvent, soft: boolean): void {
    const n = this.last?.j.cells.length ?? 0;
    if (n === 0) return;
    const [i, j] = this.cursor;
    const moves: Record<string, [number, number]> = { ArrowUp: [i - 1, j], ArrowDown: [i + 1, j], ArrowLeft: [i, j - 1], ArrowRight: [i, j + 1], Home: [0, 0], End: [n - 1, n - 1] };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    this.cursor = [Math.max(0, Math.min(n - 1, next[0])), Math.max(0, Math.min(n - 1, next[1]))];
    const v = soft ? this.last?.j.cells[this.cursor[0]][this.cursor[1]] ?? 0 : 0;
    this.readout.show(`${soft ? '∂p' : '∂argmax'}${this.cursor[0]}/∂x${this.cursor[1]} = ${formatNumber(v, 4)}`, 'info');
    this.repaint(soft ? 'soft' : 'arg');
  }
}
