// Activation names in model config files: `"hidden_act": "gelu_new"`, `"hidden_activation"`, `"activation_function"`,
// `"activation"` in a transformers-style config.json (JSON/JSONC) and `activation: relu` in YAML. Only those keys;
// only the line under the cursor is read (bounded: lines may be megabytes long).
import { activation } from '../core';
import { presetForString, type Framework } from '../core/frameworks';
import type { CallDescription } from './context';
import { defaultParams } from './site';

const LANGUAGES = new Set(['json', 'jsonc', 'yaml']);
const KEYS = ['hidden_act', 'hidden_activation', 'activation_function', 'activation'];
/** The line around the cursor read, at most. */
const MAX_LINE = 2000;

export function isConfigLanguage(languageId: string): boolean {
  return LANGUAGES.has(languageId);
}

const JSON_PAIR = /"(hidden_act|hidden_activation|activation_function|activation)"\s*:\s*"([\w.-]{1,64})"/g;
const YAML_PAIR = /^(\s*(?:-\s+)?)(hidden_act|hidden_activation|activation_function|activation)\s*:\s*(['"]?)([\w.-]{1,64})\3\s*(#.*)?$/;

/** transformers names first (a config.json is read by from_pretrained); YAML configs also by timm and Keras. */
function resolve(name: string, yaml: boolean): { framework: Framework; p: NonNullable<ReturnType<typeof presetForString>> } | undefined {
  const order: Framework[] = yaml ? ['hf', 'timm', 'keras'] : ['hf'];
  for (const framework of order) {
    const p = presetForString(framework, name);
    if (p) return { framework, p };
  }
  return undefined;
}

function lineAround(text: string, at: number): { start: number; line: string } | undefined {
  let s = at;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && at - s < MAX_LINE) s--;
  let e = at;
  while (e < text.length && text.charCodeAt(e) !== 10 && e - at < MAX_LINE) e++;
  if (e - s >= 2 * MAX_LINE) return undefined;
  return { start: s, line: text.slice(s, e) };
}

/** The key and value under the cursor, with the value's offsets. */
function pairAt(text: string, at: number, yaml: boolean): { key: string; value: string; start: number; end: number } | undefined {
  const l = lineAround(text, at);
  if (!l) return undefined;
  if (yaml) {
    const m = YAML_PAIR.exec(l.line);
    if (!m) return undefined;
    const valueStart = l.start + l.line.indexOf(m[4], m[1].length + m[2].length);
    return { key: m[2], value: m[4], start: l.start + m[1].length, end: valueStart + m[4].length };
  }
  for (const m of l.line.matchAll(JSON_PAIR)) {
    const start = l.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (at >= start && at <= end) return { key: m[1], value: m[2], start, end };
  }
  return undefined;
}

export function describeConfigAt(text: string, at: number, languageId: string): CallDescription | undefined {
  const yaml = languageId === 'yaml';
  const pair = pairAt(text, at, yaml);
  if (!pair || !KEYS.includes(pair.key)) return undefined;
  const r = resolve(pair.value, yaml);
  if (!r) return undefined;
  const def = activation(r.p.id);
  const lib = r.framework === 'hf' ? 'transformers' : r.framework === 'timm' ? 'timm' : 'Keras';
  const detail = `${pair.key}: "${pair.value}", as ${lib} reads it`;
  const range = { start: pair.start, end: pair.end };
  return {
    activation: r.p.id, library: r.framework, framework: r.framework, callee: text.slice(range.start, range.end),
    qualifiedName: `${lib} "${pair.value}"`, params: defaultParams(r.p), input: undefined, dtype: undefined, value: undefined,
    derivative: undefined, range, calleeRange: range, problem: 'named in a config: no input to evaluate', alternatives: [],
    notes: [detail, ...(r.p.note ? [r.p.note] : [])], form: 'module', kind: def?.kind ?? 'elementwise',
    origin: { kind: 'config', detail, setFrom: pair.key },
  };
}
