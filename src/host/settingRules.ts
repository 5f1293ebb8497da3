// What each setting may hold, checked one by one (no vscode import: unit-tested in plain Node). VS Code does
// not enforce the manifest's schema on what a user writes, so `"languages": "python"` arrives as a string.
import { SETTING_FRAMEWORKS } from '../core/frameworkTypes';

interface Rule {
  /** Says what the value should be: "should be true or false". */
  readonly expected: string;
  readonly valid: (v: unknown) => boolean;
  /** Used only when the manifest's default cannot be read; a unit test keeps it equal to the manifest. */
  readonly fallback: unknown;
}

const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 100);
const isIntIn = (lo: number, hi: number) => (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

export const SETTING_RULES = {
  'hover.enabled': { expected: 'should be true or false', valid: (v) => typeof v === 'boolean', fallback: true },
  languages: {
    expected: 'should be a list of language ids such as ["python"]',
    valid: isStringList,
    fallback: ['python', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'julia', 'json', 'jsonc', 'yaml'],
  },
  significantDigits: { expected: 'should be a whole number from 1 to 17', valid: isIntIn(1, 17), fallback: 6 },
  'inlineValues.enabled': { expected: 'should be true or false', valid: (v) => typeof v === 'boolean', fallback: false },
  defaultFramework: {
    expected: `should be one of ${SETTING_FRAMEWORKS.map((f) => `"${f}"`).join(', ')}`,
    valid: (v) => typeof v === 'string' && (SETTING_FRAMEWORKS as readonly string[]).includes(v),
    fallback: 'torch',
  },
  'plot.vanishingGradientThreshold': {
    expected: 'should be a number from 0 to 1',
    valid: (v) => typeof v === 'number' && v >= 0 && v <= 1,
    fallback: 0.01,
  },
} as const satisfies Record<string, Rule>;

export type SettingKey = keyof typeof SETTING_RULES;

export interface SettingProblem {
  readonly key: SettingKey;
  readonly expected: string;
  /** The value found, as short JSON. */
  readonly given: string;
  /** The value used instead, as short JSON. */
  readonly used: string;
}

/** Short JSON of a value, safe to show (at most 120 characters: the default language list fits; never throws). */
export function shortJson(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = typeof v;
  }
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

/**
 * The value to use for `key`: the given one when it fits, else the default (and the problem). The manifest's
 * default is asked for only then: inspecting a setting costs more than reading its value.
 */
export function checkSetting(key: SettingKey, given: unknown, manifestDefault: () => unknown): { value: unknown; problem?: SettingProblem } {
  const rule: Rule = SETTING_RULES[key];
  if (given !== undefined && rule.valid(given)) return { value: given };
  const declared = manifestDefault();
  const fallback = rule.valid(declared) ? declared : rule.fallback;
  if (given === undefined) return { value: fallback };
  return { value: fallback, problem: { key, expected: rule.expected, given: shortJson(given), used: shortJson(fallback) } };
}
