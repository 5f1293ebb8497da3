// The hover provider: a thin layer that asks the call reader what is under the cursor and renders it.
import * as vscode from 'vscode';
import { formulasFor } from '../core';
import { registerForLanguages } from '../host/languages';
import type { Settings } from '../host/settings';
import { DocumentTexts } from './documents';
import { formulaImage } from '../host/formulas';
import { toHoverInput } from './input';
import { HOVER_COMMANDS, renderHover } from './markdown';
import { themeColors } from './theme';

export class ActivationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly texts: DocumentTexts,
    private readonly extensionUri: vscode.Uri,
    private readonly settings: () => Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const s = this.settings();
    if (!s.hoverEnabled) return undefined;
    try {
      const call = this.texts.describe(document, position, s);
      if (!call) return undefined;
      const input = toHoverInput(call);
      if (!input) return undefined;
      const formulas = await formulaImage(this.extensionUri, this.log, formulasFor(input.def, input.params).key);
      if (token.isCancellationRequested) return undefined;
      const md = new vscode.MarkdownString(
        renderHover(input, { digits: s.digits, colors: themeColors(), formulas, vanishingThreshold: s.vanishingThreshold }),
        true,
      );
      md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      md.supportHtml = false;
      const range = new vscode.Range(document.positionAt(call.range.start), document.positionAt(call.range.end));
      return new vscode.Hover(md, range);
    } catch (e) {
      // Never throw into VS Code: a hover that fails is silent, and the log says why.
      this.log.error(`hover failed at ${document.uri.toString()}:${position.line + 1}: ${String(e)}`);
      return undefined;
    }
  }
}

export function registerHover(context: vscode.ExtensionContext, texts: DocumentTexts, log: vscode.LogOutputChannel): void {
  const provider = new ActivationHoverProvider(texts, context.extensionUri, () => settings(), log);
  const settings = registerForLanguages(context, (selector) => vscode.languages.registerHoverProvider(selector, provider));
}
