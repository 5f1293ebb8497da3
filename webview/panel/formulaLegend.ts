// The function cards' formula images: build-time SVGs asked of the host once per key (`gelu`, `gelu@tanh`)
// and drawn in the theme's text colour as data: URIs; text formulas show until they come.
import type { PlottedFunction } from '../../src/protocol';
import type { Theme } from '../shared/theme';
import { formulaKey } from './functionCards';

export class FormulaLegend {
  private readonly svgs = new Map<string, string>();
  private readonly wanted = new Set<string>();

  constructor(private readonly theme: () => Theme, private readonly ask: (keys: string[]) => void) {}

  add(svgs: Readonly<Record<string, { formula: string }>>): void {
    for (const [key, v] of Object.entries(svgs)) this.svgs.set(key, v.formula);
  }

  /** Asks for the keys of `functions` not had or asked for yet. */
  request(functions: readonly PlottedFunction[]): void {
    const missing = functions.map(formulaKey).filter((k) => !this.svgs.has(k) && !this.wanted.has(k));
    if (missing.length === 0) return;
    for (const k of missing) this.wanted.add(k);
    this.ask(missing);
  }

  image(key: string): string | undefined {
    const svg = this.svgs.get(key);
    if (!svg) return undefined;
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace(/currentColor/g, this.theme().foreground))}`;
  }
}
