// The one document reader for the hover, the inline values and Plot at Cursor: document text and notebook
// preamble read once per document version (a 50,000-line file is not copied on every hover), and the call
// at an offset, read the same way by every feature (in a notebook cell, with the other cells' imports).
import * as vscode from 'vscode';
import { describeCallAt, type CallDescription } from '../calls';
import { readSettings, type Settings } from './settings';

interface Cached {
  readonly version: number;
  readonly text: string;
}

export class DocumentTexts {
  private readonly cache = new WeakMap<vscode.TextDocument, Cached>();
  private readonly preambles = new WeakMap<vscode.TextDocument, { readonly key: string; readonly text: string }>();

  text(document: vscode.TextDocument): string {
    const hit = this.cache.get(document);
    if (hit && hit.version === document.version) return hit.text;
    const text = document.getText();
    this.cache.set(document, { version: document.version, text });
    return text;
  }

  /** For a notebook cell, the other code cells' text: imports often live in the first cell. */
  preamble(document: vscode.TextDocument): string | undefined {
    if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
    const nb = vscode.workspace.notebookDocuments.find((n) => n.getCells().some((c) => c.document === document));
    if (!nb) return undefined;
    const others = nb.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document !== document);
    // Joined once per state of the other cells, not on every hover (inline values ask once per call).
    const key = `${nb.version}:${others.map((c) => c.document.version).join(',')}`;
    const hit = this.preambles.get(document);
    if (hit?.key === key) return hit.text;
    const text = others.map((c) => this.text(c.document)).join('\n');
    this.preambles.set(document, { key, text });
    return text;
  }

  /** The activation call at `at` (a position or an offset), or undefined. */
  callAt(document: vscode.TextDocument, at: vscode.Position | number, s: Settings = readSettings()): CallDescription | undefined {
    return describeCallAt(this.text(document), typeof at === 'number' ? at : document.offsetAt(at), document.languageId, {
      defaultFramework: s.defaultFramework,
      uri: document.uri.toString(),
      version: document.version,
      preamble: this.preamble(document),
    });
  }
}

/** The extension's one reader: its caches are per document, so every feature sharing it reads a version once. */
export const documentTexts = new DocumentTexts();
