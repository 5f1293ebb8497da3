// Colours for the canvas, read from VS Code's --vscode-* variables, and a watcher that re-themes when the
// colour theme changes (VS Code swaps the body class and the variables on <html>).

export interface Theme {
  readonly kind: 'light' | 'dark' | 'highContrast' | 'highContrastLight';
  readonly foreground: string;
  readonly muted: string;
  readonly background: string;
  readonly grid: string;
  readonly border: string;
  readonly focus: string;
  /** line colours, one per plotted function */
  readonly series: readonly string[];
  /** highlighted bar (argmax) */
  readonly accent: string;
  readonly vanishing: string;
  readonly zero: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** thicker lines for high contrast */
  readonly lineWidth: number;
}

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const v = style.getPropertyValue(name).trim();
  return v || fallback;
}

/** `#rrggbb` or `rgb(…)` with an alpha, for the shaded regions. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(color.trim());
  if (hex) {
    let h = hex[1];
    if (h.length === 3) h = h.replace(/./g, (c) => c + c);
    const n = parseInt(h, 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(color.trim());
  if (rgb) {
    const [r, g, b] = rgb[1].split(',').map((s) => s.trim());
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  return color;
}

export function themeKind(): Theme['kind'] {
  const c = document.body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (c.contains('vscode-high-contrast')) return 'highContrast';
  if (c.contains('vscode-light')) return 'light';
  return 'dark';
}

export function readTheme(): Theme {
  const s = getComputedStyle(document.documentElement);
  const kind = themeKind();
  const light = kind === 'light' || kind === 'highContrastLight';
  const hc = kind === 'highContrast' || kind === 'highContrastLight';
  const fg = cssVar(s, '--vscode-editor-foreground', cssVar(s, '--vscode-foreground', light ? '#333333' : '#cccccc'));
  const series = [
    cssVar(s, '--vscode-charts-blue', light ? '#1a85ff' : '#3794ff'),
    cssVar(s, '--vscode-charts-orange', '#d18616'),
    cssVar(s, '--vscode-charts-green', light ? '#388a34' : '#89d185'),
    cssVar(s, '--vscode-charts-purple', '#b180d7'),
    cssVar(s, '--vscode-charts-red', light ? '#e51400' : '#f14c4c'),
    cssVar(s, '--vscode-charts-yellow', light ? '#bf8803' : '#cca700'),
    cssVar(s, '--vscode-terminal-ansiCyan', light ? '#0598bc' : '#11a8cd'),
    cssVar(s, '--vscode-terminal-ansiMagenta', light ? '#bc05bc' : '#d670d6'),
  ];
  return {
    kind,
    foreground: fg,
    muted: cssVar(s, '--vscode-descriptionForeground', fg),
    background: cssVar(s, '--vscode-editor-background', light ? '#ffffff' : '#1e1e1e'),
    grid: hc ? withAlpha(fg, 0.45) : withAlpha(fg, 0.12),
    border: cssVar(s, '--vscode-contrastBorder', cssVar(s, '--vscode-panel-border', withAlpha(fg, 0.3))),
    focus: cssVar(s, '--vscode-focusBorder', '#007fd4'),
    series,
    accent: cssVar(s, '--vscode-charts-orange', '#d18616'),
    vanishing: withAlpha(cssVar(s, '--vscode-charts-yellow', '#cca700'), hc ? 0.3 : 0.14),
    zero: withAlpha(cssVar(s, '--vscode-charts-red', '#f14c4c'), hc ? 0.35 : 0.16),
    fontFamily: cssVar(s, '--vscode-font-family', 'sans-serif'),
    fontSize: parseFloat(cssVar(s, '--vscode-font-size', '13')) || 13,
    lineWidth: hc ? 3 : 2,
  };
}

/** Calls `onChange` (once per frame at most) when the theme's class or variables change. */
export function watchTheme(onChange: (t: Theme) => void): () => void {
  let scheduled = false;
  const fire = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      onChange(readTheme());
    });
  };
  const observer = new MutationObserver(fire);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return fire;
}

/** Whether two readings are the same colours and font (a theme message that changed nothing redraws nothing). */
export function sameTheme(a: Theme, b: Theme): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
