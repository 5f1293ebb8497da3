// Shared by the panel and the playground (no feature folder imports another): the settings both webviews
// receive, read from `activationPlayground.*`, and the theme kind they re-theme on.
import * as vscode from 'vscode';
import type { ThemeKind, WebviewSettings } from '../protocol';
import { readSettings as readAll, SECTION } from './settings';

/** The part of the extension's settings (read and checked in one place, ./settings) that webviews use. */
export function readWebviewSettings(): WebviewSettings {
  const s = readAll();
  return { vanishingThreshold: s.vanishingThreshold, defaultFramework: s.defaultFramework, significantDigits: s.digits };
}

/** Calls `listener` with fresh settings when one that the webviews read changes. */
export function onSettingsChanged(listener: (s: WebviewSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (
      e.affectsConfiguration(`${SECTION}.plot.vanishingGradientThreshold`) ||
      e.affectsConfiguration(`${SECTION}.defaultFramework`) ||
      e.affectsConfiguration(`${SECTION}.significantDigits`)
    ) {
      listener(readWebviewSettings());
    }
  });
}

export function themeKind(kind: vscode.ColorThemeKind = vscode.window.activeColorTheme.kind): ThemeKind {
  switch (kind) {
    case vscode.ColorThemeKind.Light: return 'light';
    case vscode.ColorThemeKind.HighContrast: return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight: return 'highContrastLight';
    default: return 'dark';
  }
}
