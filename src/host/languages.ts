// Providers registered for the configured languages, re-registered when that setting changes.
import * as vscode from 'vscode';
import { onDidChangeSettings, readSettings, SECTION, type Settings } from './settings';

/** The list last given to the `activationPlayground.languages` context key (the menus' `when`), and the next. */
let contextLanguages: string | undefined;
let nextContext: readonly string[] | undefined;

/** Sets the context key just after the current task (a first executeCommand costs activation ~4 ms). */
function setLanguagesContext(languages: readonly string[]): void {
  if (nextContext === undefined) setTimeout(postLanguagesContext, 0);
  nextContext = languages;
}

function postLanguagesContext(): void {
  const languages = nextContext ?? [];
  nextContext = undefined;
  if (languages.join() === contextLanguages) return;
  contextLanguages = languages.join();
  void vscode.commands.executeCommand('setContext', `${SECTION}.languages`, languages);
}

export interface LanguageRegistration {
  /** Registers the provider for a language-only selector (which also matches notebook cells). */
  readonly register: (selector: vscode.DocumentFilter[]) => vscode.Disposable;
  /** Whether the provider is wanted at all (a feature turned off registers nothing). */
  readonly enabled?: (s: Settings) => boolean;
  /** Runs on every change of our settings while the provider is registered. */
  readonly onSettings?: (s: Settings) => void;
}

/**
 * Registers now for the configured languages, and again whenever `activationPlayground.languages` (or the
 * feature's own switch) changes. All disposed with the context.
 */
export function registerForLanguages(context: vscode.ExtensionContext, r: LanguageRegistration): void {
  let registration: vscode.Disposable | undefined;
  let registeredFor: string | undefined;
  const apply = (s: Settings) => {
    setLanguagesContext(s.languages);
    const want = (r.enabled?.(s) ?? true) ? s.languages.join() : undefined;
    if (want === registeredFor) return false;
    registration?.dispose();
    registration = want === undefined ? undefined : r.register(s.languages.map((language) => ({ language })));
    registeredFor = want;
    return true;
  };
  apply(readSettings());
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    onDidChangeSettings((s) => {
      if (!apply(s) && registration) r.onSettings?.(s);
    }),
  );
}
