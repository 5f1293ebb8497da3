// "Plot Activation at Cursor": reads the call under the cursor with the host's one document reader (as the
// hover does: in a notebook cell, with the other cells' imports) and turns it into a selection (function,
// parameters, point), checked like any other selection.
import * as vscode from 'vscode';
import { isPresetFramework } from '../../core/frameworkTypes';
import { parseSelection, type Selection } from '../../protocol';
import { documentTexts } from '../documents';

const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

export function selectionAtCursor(editor: vscode.TextEditor, log: vscode.LogOutputChannel): Selection | undefined {
  const call = documentTexts.callAt(editor.document, editor.selection.active);
  if (!call) return undefined;
  // Parameters travel as finite numbers and strings (a library's "no linear branch", ∞, stays the default).
  const params = Object.fromEntries(
    Object.entries(call.params).filter(([, v]) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))),
  );
  const input: unknown = call.input;
  const framework = isPresetFramework(call.framework) ? call.framework : undefined;
  const point = typeof input === 'number' && Number.isFinite(input) ? { x: input } : {};
  const vector = isNumberArray(input) && input.length > 0 && input.every(Number.isFinite) ? { xs: input } : {};
  const selection =
    parseSelection({ id: call.activation, params, ...point, ...vector, ...(framework ? { framework } : {}) }) ??
    parseSelection({ id: call.activation, ...point, ...(framework ? { framework } : {}) }) ??
    parseSelection({ id: call.activation });
  if (!selection) log.warn(`plotAtCursor: the call at the cursor (${call.activation}) is not something the panel can show`);
  return selection;
}
