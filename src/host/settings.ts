// The extension's settings (package.json contributes.configuration), each checked on its own: a value of
// the wrong type or out of range falls back to that setting's default (VS Code reads the default from the
// manifest, the one place it is written) and the problem is kept so it can be reported once.
// Read once and kept: `watchSettings` owns the one configuration listener that re-reads them, reports bad
// values and tells the features (hover, inline values, webviews) through `onDidChangeSettings`.
import * as vscode from 'vscode';
import type { Framework } from '../protocol';
import { checkSetting, type SettingKey, type SettingProblem } from './settingRules';

export type { Framework } from '../protocol';
export type { SettingProblem } from './settingRules';

export interface Settings {
  readonly hoverEnabled: boolean;
  readonly languages: readonly string[];
  readonly digits: number;
  readonly inlineValues: boolean;
  readonly defaultFramework: Framework;
  readonly vanishingThreshold: number;
}

export const SECTION = 'activationPlayground';

interface Checked {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

/** Every setting read and checked; `problems` lists the ones that fell back to their default. */
export function checkedSettings(): Checked {
  const c = vscode.workspace.getConfiguration(SECTION);
  const problems: SettingProblem[] = [];
  const get = <K extends SettingKey>(key: K) => {
    const r = checkSetting(key, c.get<unknown>(key), () => c.inspect(key)?.defaultValue);
    if (r.problem) problems.push(r.problem);
    return r.value;
  };
  const settings: Settings = {
    hoverEnabled: get('hover.enabled') as boolean,
    languages: get('languages') as readonly string[],
    digits: get('significantDigits') as number,
    inlineValues: get('inlineValues.enabled') as boolean,
    defaultFramework: get('defaultFramework') as Framework,
    vanishingThreshold: get('plot.vanishingGradientThreshold') as number,
  };
  return { settings, problems };
}

/** What `watchSettings` keeps current; undefined until first read, and while nothing watches. */
let kept: Checked | undefined;
let watching = false;
const listeners = new Set<(s: Settings) => void>();

/** The checked settings (silent: `watchSettings` is the one place that reports problems). */
export function readSettings(): Settings {
  if (!watching) return checkedSettings().settings;
  return (kept ??= checkedSettings()).settings;
}

/** Calls `listener` with the new settings after one of ours changed (while `watchSettings` runs). */
export function onDidChangeSettings(listener: (s: Settings) => void): vscode.Disposable {
  listeners.add(listener);
  return { dispose: () => listeners.delete(listener) };
}

/**
 * Keeps the settings, re-read on every change of ours, and tells the user once per bad value: a warning
 * naming the setting and the value used instead, and a line in the output channel. The first check is
 * reported just after activation (activate() only registers). Returns the messages shown so far (the
 * integration suite reads them through activate()'s API).
 */
export function watchSettings(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): readonly string[] {
  const told = new Set<string>();
  const shown: string[] = [];
  const report = ({ problems }: Checked) => {
    for (const p of problems) {
      const key = `${p.key}=${p.given}`;
      if (told.has(key)) continue;
      told.add(key);
      const message = `Activation Playground: the setting ${SECTION}.${p.key} ${p.expected}, got ${p.given}; using ${p.used} instead.`;
      shown.push(message);
      log.warn(message);
      void vscode.window.showWarningMessage(message);
    }
  };
  watching = true;
  const firstReport = setTimeout(() => report((kept ??= checkedSettings())), 0);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      kept = checkedSettings();
      report(kept);
      for (const listener of [...listeners]) {
        // One feature failing to follow a change must not keep the others from following it.
        try {
          listener(kept.settings);
        } catch (err) {
          log.error(`settings: a listener failed: ${String(err)}`);
        }
      }
    }),
    {
      dispose: () => {
        clearTimeout(firstReport);
        watching = false;
        kept = undefined;
        listeners.clear();
      },
    },
  );
  return shown;
}
