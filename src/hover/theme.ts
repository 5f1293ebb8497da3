// Colours for the images embedded in hovers: an <img> cannot read --vscode-* variables, so the host picks
// a palette by the active theme's kind.
import * as vscode from 'vscode';
import type { CurveColors } from './curve';

const DARK: CurveColors = { curve: '#4fc1ff', derivative: '#c586c0', axis: '#6b6b6b', point: '#f48771', text: '#cccccc' };
const LIGHT: CurveColors = { curve: '#0065a9', derivative: '#a1260d', axis: '#a0a0a0', point: '#e51400', text: '#1f1f1f' };
const HC_DARK: CurveColors = { curve: '#ffffff', derivative: '#f38518', axis: '#ffffff', point: '#f38518', text: '#ffffff' };
const HC_LIGHT: CurveColors = { curve: '#000000', derivative: '#b5200d', axis: '#000000', point: '#b5200d', text: '#000000' };

export function themeColors(kind: vscode.ColorThemeKind = vscode.window.activeColorTheme.kind): CurveColors {
  switch (kind) {
    case vscode.ColorThemeKind.Light: return LIGHT;
    case vscode.ColorThemeKind.HighContrast: return HC_DARK;
    case vscode.ColorThemeKind.HighContrastLight: return HC_LIGHT;
    default: return DARK;
  }
}
