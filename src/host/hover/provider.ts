// The hover provider: a thin layer that asks the shared document reader what is under the cursor and
// renders it with the pure renderer (src/hover).
import * as vscode from 'vscode';
import { formulasFor } from '../../core';
import { HOVER_COMMANDS, renderHover } from '../../hover/markdown';
import { toHoverInput } from '../../hover/input';
import { HOVER_PALETTES } from '../../hover/palette';
import type { DocumentTexts } from '../documents';
import { formulaSvgs } from '../formulas';
import { registerForLanguages } from '../languages';
import { readSettings } from '../settings';
import { themeKind } from '../webviewSettings';

export class ActivationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly texts: DocumentTexts,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    try {
      const s = readSettings();
      if (!s.hoverEnabled) return undefined;
      const call = this.texts.callAt(document, position, s);
      const input = call && toHoverInput(call);
      if (!call || !input) return undefined;
      const formulas = await formulaSvgs(this.extensionUri, this.log, formulasFor(input.def, input.params).key);
      if (token.isCancellationRequested) return undefined;
      const colors = HOVER_PALETTES[themeKind()];
      const md = new vscode.MarkdownString(renderHover(input, { digits: s.digits, colors, formulas, vanishingThreshold: s.vanishingThreshold }), true);
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
  const provider = new ActivationHoverProvider(texts, context.extensionUri, log);
  registerForLanguages(context, {
    register: (selector) => vscode.languages.registerHoverProvider(selector, provider),
    enabled: (s) => s.hoverEnabled,
  });
}
