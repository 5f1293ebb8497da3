// What both webviews (the plot panel and the sidebar playground) get from the host alike: the part of the
// settings they read, the theme kind they re-theme on, and a safe description of a message they dropped.
import * as vscode from 'vscode';
import type { ThemeKind, WebviewSettings } from '../protocol';
import { readSettings, SECTION } from './settings';

/** The part of the extension's settings (read and checked in one place, ./settings) that webviews use. */
export function webviewSettings(): WebviewSettings {
  const s = readSettings();
  return { vanishingThreshold: s.vanishingThreshold, defaultFramework: s.defaultFramework, significantDigits: s.digits };
}

/** Calls `listener` with fresh settings when one that the webviews read changes. */
export function onWebviewSettingsChanged(listener: (s: WebviewSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (
      e.affectsConfiguration(`${SECTION}.plot.vanishingGradientThreshold`) ||
      e.affectsConfiguration(`${SECTION}.defaultFramework`) ||
      e.affectsConfiguration(`${SECTION}.significantDigits`)
    ) {
      listener(webviewSettings());
    }
  });
}

/** The theme kind by its protocol name; the hover's image palette is chosen by it too. */
export function themeKind(kind: vscode.ColorThemeKind = vscode.window.activeColorTheme.kind): ThemeKind {
  switch (kind) {
    case vscode.ColorThemeKind.Light: return 'light';
    case vscode.ColorThemeKind.HighContrast: return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight: return 'highContrastLight';
    default: return 'dark';
  }
}

/** A short description of what a dropped message looked like, for the output channel (never its content). */
export function describeDropped(msg: unknown): string {
  try {
    if (typeof msg !== 'object' || msg === null) return typeof msg;
    const type = (msg as { type?: unknown }).type;
    const keys = Object.keys(msg).slice(0, 8).join(', ');
    return `type=${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type} keys=[${keys}]`;
  } catch {
    return 'an object whose properties throw';
  }
}
