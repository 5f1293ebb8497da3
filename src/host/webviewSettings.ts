// Shared by the panel and the playground (no feature folder imports another): the settings both webviews
// receive, read from `activationPlayground.*`, and the theme kind they re-theme on.
import * as vscode from 'vscode';
import type { ThemeKind, WebviewSettings } from '../protocol';
import { onDidChangeSettings, readSettings as readAll, type Settings } from './settings';

const webviewPart = (s: Settings): WebviewSettings => ({
  vanishingThreshold: s.vanishingThreshold, defaultFramework: s.defaultFramework, significantDigits: s.digits,
});
const same = (a: WebviewSettings, b: WebviewSettings) => (Object.keys(a) as (keyof WebviewSettings)[]).every((k) => a[k] === b[k]);

/** The part of the extension's settings (read and checked in one place, ./settings) that webviews use. */
export function readWebviewSettings(): WebviewSettings {
  return webviewPart(readAll());
}

/** Calls `listener` with fresh settings when one that the webviews read changes. */
export function onSettingsChanged(listener: (s: WebviewSettings) => void): vscode.Disposable {
  let last = readWebviewSettings();
  return onDidChangeSettings((s) => {
    const now = webviewPart(s);
    if (same(now, last)) return;
    last = now;
    listener(now);
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
