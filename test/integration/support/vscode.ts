// Helpers for extension-host integration tests (they run inside VS Code; `vscode` is the real API).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'activation-playground.activation-playground';

export interface Manifest {
  name: string;
  publisher: string;
  activationEvents?: string[];
  contributes: {
    commands?: { command: string; title: string; category?: string }[];
    configuration?: { properties: Record<string, { default?: unknown; type?: string | string[] }> };
    viewsContainers?: Record<string, { id: string; title: string }[]>;
    views?: Record<string, { id: string; name: string; type?: string }[]>;
  };
}

/** The extension under development (fails the test when VS Code does not know it). */
export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Activates the extension (no-op when it is active) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = extension();
  await ext.activate();
  return ext;
}

/** The package.json on disk of the extension under development. */
export function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(extension().extensionPath, 'package.json'), 'utf8')) as Manifest;
}

/** Absolute path of a file in the sample workspace examples/. */
export function examplePath(...segments: string[]): string {
  return path.join(extension().extensionPath, 'examples', ...segments);
}

export function exampleUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.file(examplePath(...segments));
}

/** Opens a file of examples/ in an editor and returns the editor. */
export async function openExample(relPath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(exampleUri(relPath));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Position of `text` in the document: `offset` characters into the `occurrence`-th match (1-based).
 * `positionOf(doc, 'gelu(0.3)', 1)` is on the "e" of gelu.
 */
export function positionOf(doc: vscode.TextDocument, text: string, offset = 0, occurrence = 1): vscode.Position {
  const content = doc.getText();
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = content.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(index + offset);
}

/** Every hover that VS Code's providers give at a position (vscode.executeHoverProvider). */
export async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

/** The markdown of hovers, joined with blank lines (MarkdownString.value or a MarkedString's text). */
export function hoverMarkdown(hovers: readonly vscode.Hover[]): string {
  const parts: string[] = [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (typeof content === 'string') parts.push(content);
      else if ('language' in content) parts.push('```' + content.language + '\n' + content.value + '\n```');
      else parts.push(content.value);
    }
  }
  return parts.join('\n\n');
}

/**
 * Markdown with image URIs elided (`![alt](…)`) and its backslash escapes removed (the hover escapes all
 * user text): what the hover reads, readable in assertion messages; the alt text stays.
 */
export function withoutImageUris(markdown: string): string {
  return unescapeMarkdown(markdown.replace(/(!\[[^\]]*\])\((?:[^()\s]|\([^()]*\))*\)/g, '$1(…)'));
}

/** Markdown with its backslash escapes removed: what the hover's text reads (the hover escapes all user text). */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The data:/file: URIs of the images in hover markdown (e.g. to check a curve or formula image is there). */
export function imageUris(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(((?:[^()\s]|\([^()]*\))*)\)/g)].map((m) => m[1]);
}

/**
 * Opens `relPath` of examples/, asks every hover provider at `text` (+`offset` characters, default 1 so the
 * position is inside the word) and returns the hover markdown ('' when there is no hover).
 * Example: `await hoverTextAt('pytorch_model.py', 'F.gelu(torch.tensor(0.3))', 2)`.
 */
export async function hoverTextAt(relPath: string, text: string, offset = 1, occurrence = 1): Promise<string> {
  await activateExtension();
  const editor = await openExample(relPath);
  const position = positionOf(editor.document, text, offset, occurrence);
  editor.selection = new vscode.Selection(position, position);
  return hoverMarkdown(await hoversAt(editor.document.uri, position));
}

/** Opens a notebook of examples/ (e.g. notebook.ipynb) and returns its editor. */
export async function openExampleNotebook(relPath: string): Promise<vscode.NotebookEditor> {
  const notebook = await vscode.workspace.openNotebookDocument(exampleUri(relPath));
  return vscode.window.showNotebookDocument(notebook);
}

/** Hover markdown at `text` in the first code cell of a notebook of examples/ that contains it. */
export async function notebookHoverTextAt(relPath: string, text: string, offset = 1): Promise<string> {
  await activateExtension();
  const editor = await openExampleNotebook(relPath);
  const cell = editor.notebook.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && c.document.getText().includes(text));
  if (!cell) throw new Error(`no code cell of ${relPath} contains "${text}"`);
  return hoverMarkdown(await hoversAt(cell.document.uri, positionOf(cell.document, text, offset)));
}

export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Polls `fn` until it returns a truthy value (returned) or throws after `timeoutMs`. */
export async function waitFor<T>(fn: () => T | Promise<T>, what: string, timeoutMs = 10_000, intervalMs = 100): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as Truthy<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
