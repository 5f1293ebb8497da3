// Providers registered for the configured languages, re-registered when that setting changes.
import * as vscode from 'vscode';
import { readSettings, SECTION } from './settings';

/**
 * Calls `register` with a language-only selector (which also matches notebook cells) now and whenever
 * `activationPlayground.languages` changes; `onSettings` runs on every change of our settings. All
 * disposed with the context.
 */
export function registerForLanguages(
  context: vscode.ExtensionContext,
  register: (selector: vscode.DocumentFilter[]) => vscode.Disposable,
  onSettings?: () => void,
): void {
  let languages = readSettings().languages;
  let registration: vscode.Disposable | undefined;
  const apply = () => {
    registration?.dispose();
    registration = register(languages.map((language) => ({ language })));
    void vscode.commands.executeCommand('setContext', `${SECTION}.languages`, languages);
  };
  apply();
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const before = languages.join();
      languages = readSettings().languages;
      if (languages.join() !== before) apply();
      onSettings?.();
    }),
  );
}
