// Providers registered for the configured languages, re-registered when that setting changes.
import * as vscode from 'vscode';
import { readSettings, SECTION, type Settings } from './settings';

/**
 * Calls `register` with a language-only selector (which also matches notebook cells) now and whenever
 * `activationPlayground.languages` changes; `onSettings` sees every settings change. All disposed with the context.
 */
export function registerForLanguages(
  context: vscode.ExtensionContext,
  register: (selector: vscode.DocumentFilter[]) => vscode.Disposable,
  onSettings?: (s: Settings) => void,
): () => Settings {
  let settings = readSettings();
  let registration: vscode.Disposable | undefined;
  const apply = () => {
    registration?.dispose();
    registration = register(settings.languages.map((language) => ({ language })));
    void vscode.commands.executeCommand('setContext', `${SECTION}.languages`, settings.languages);
  };
  apply();
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const before = settings.languages.join();
      settings = readSettings();
      if (settings.languages.join() !== before) apply();
      onSettings?.(settings);
    }),
  );
  return () => settings;
}
