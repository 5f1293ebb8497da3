// The multi-select quick pick of "Plot Activation", remembering the last choice.
import * as vscode from 'vscode';
import { activations } from '../../core';
import { parsePick } from '../../protocol';

const LAST_PICK_KEY = 'activationPlayground.plot.lastPick';
/** Vector functions the softmax view shows; the others (glu) have no 1-D picture. */
const VIEWABLE_VECTOR = new Set(['softmax', 'log_softmax', 'softmin', 'sparsemax', 'argmax']);

interface Item extends vscode.QuickPickItem {
  readonly id: string;
}

function oneLine(s: string, max: number): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Asks which activations to plot; undefined when dismissed. Remembers the answer in globalState. */
export async function pickActivations(state: vscode.Memento): Promise<string[] | undefined> {
  const last = parsePick(state.get<unknown>(LAST_PICK_KEY)) ?? ['gelu'];
  const items: Item[] = activations()
    .filter((d) => d.kind === 'elementwise' || VIEWABLE_VECTOR.has(d.id))
    .map((d) => ({
      id: d.id,
      label: d.name,
      description: oneLine(d.formula.text, 70),
      detail: `${d.kind === 'vector' ? '(softmax view) ' : ''}${oneLine(d.description, 120)}`,
      picked: last.includes(d.id),
    }));
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: 'Plot Activation',
    placeHolder: 'Choose the functions to overlay (a vector function opens the softmax view)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!chosen || chosen.length === 0) return undefined;
  const ids = chosen.map((i) => i.id);
  // Remembered in the background: the panel opens without waiting for the storage round trip.
  void Promise.resolve(state.update(LAST_PICK_KEY, ids)).catch(() => undefined);
  return ids;
}
