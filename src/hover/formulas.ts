// The build-time formula SVGs (dist/formulas.json), read once and lazily: activation stays cheap.
// Read through vscode.workspace.fs so the web extension host can read it too.
import * as vscode from 'vscode';
import type { FormulaImages } from './markdown';

export class FormulaStore {
  private loading: Promise<Record<string, FormulaImages>> | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {}

  async get(id: string): Promise<FormulaImages | undefined> {
    this.loading ??= this.load();
    return (await this.loading)[id];
  }

  private async load(): Promise<Record<string, FormulaImages>> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'formulas.json'));
      const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, FormulaImages>) : {};
    } catch (e) {
      this.log.warn(`formula images unavailable, using text formulas: ${String(e)}`);
      return {};
    }
  }
}
