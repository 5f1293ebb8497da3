// The logits box both webviews have: a textarea read as a list (`1, 2, 3`, `[1 2 3]`), a message when it
// cannot be used (the last good values stay), and a setter that never overwrites what is being typed.
import { LIMITS } from '../../src/protocol';
import { h, labelled, liveMessage } from './dom';
import { formatLogits, parseLogits } from './logits';
import { groupedInteger } from './numbers';

export class LogitsField {
  readonly text: HTMLTextAreaElement;
  readonly message = liveMessage();
  readonly el: HTMLElement;

  constructor(ariaLabel: string, what: string, onValues: (values: number[]) => void) {
    this.text = h('textarea', { rows: 2, class: 'logits', 'aria-label': ariaLabel, spellcheck: 'false' });
    this.text.addEventListener('input', () => {
      const parsed = parseLogits(this.text.value);
      if (!parsed.ok) {
        this.message.show(`${parsed.message}; showing the last good ${what}`);
        return;
      }
      this.message.clear();
      onValues(parsed.value);
    });
    this.el = h('div', { class: 'logits-field' }, labelled(`Logits (up to ${groupedInteger(LIMITS.logits)})`, this.text), this.message.el);
  }

  /** Shows `values` unless the box is being edited or holds text with a problem (it stays for fixing). */
  show(values: readonly number[], force = false): void {
    if (force || (document.activeElement !== this.text && this.message.el.textContent === '')) this.text.value = formatLogits(values);
  }
}
