// Colours for the hover's image, per theme kind: an <img> cannot read --vscode-* variables, so the host
// picks a palette by the active theme's kind (src/host/webviewSettings.ts themeKind). Pure.
import type { CurveColors } from './curve';

export type PaletteKind = 'dark' | 'light' | 'highContrast' | 'highContrastLight';

export const HOVER_PALETTES: Readonly<Record<PaletteKind, CurveColors>> = {
  dark: { curve: '#4fc1ff', derivative: '#c586c0', axis: '#6b6b6b', point: '#f48771', text: '#cccccc' },
  light: { curve: '#0065a9', derivative: '#a1260d', axis: '#a0a0a0', point: '#e51400', text: '#1f1f1f' },
  highContrast: { curve: '#ffffff', derivative: '#f38518', axis: '#ffffff', point: '#f38518', text: '#ffffff' },
  highContrastLight: { curve: '#000000', derivative: '#b5200d', axis: '#000000', point: '#b5200d', text: '#000000' },
};
