// Typed access to the extension's settings (package.json contributes.configuration).
import * as vscode from 'vscode';

import { isSettingFramework, type SettingFramework } from '../core/frameworkTypes';

export type Framework = SettingFramework;

export interface Settings {
  readonly hoverEnabled: boolean;
  readonly languages: readonly string[];
  readonly digits: number;
  readonly inlineValues: boolean;
  readonly defaultFramework: Framework;
  readonly vanishingThreshold: number;
}

export const SECTION = 'activationPlayground';

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const digits = c.get<number>('significantDigits', 6);
  const fw = c.get<string>('defaultFramework', 'torch');
  const langs = c.get<unknown>('languages');
  const th = c.get<number>('plot.vanishingGradientThreshold', 0.01);
  return {
    hoverEnabled: c.get<boolean>('hover.enabled', true) !== false,
    languages: Array.isArray(langs) ? langs.filter((l): l is string => typeof l === 'string') : [],
    digits: Number.isInteger(digits) ? Math.min(17, Math.max(1, digits)) : 6,
    inlineValues: c.get<boolean>('inlineValues.enabled', false) === true,
    defaultFramework: isSettingFramework(fw) ? fw : 'torch',
    vanishingThreshold: typeof th === 'number' && th >= 0 && th <= 1 ? th : 0.01,
  };
}
