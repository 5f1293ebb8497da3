// Inline values (off by default): `= 0.1854` after every literal activation call in the visible range.
import * as vscode from 'vscode';
import { formatNumber, formatTensor } from '../core';
import { registerForLanguages } from '../host/languages';
import type { Settings } from '../host/settings';
import type { DocumentTexts } from './documents';

/** At most this many calls are evaluated per request, so a dense file cannot stall the editor. */
const MAX_CALLS = 300;
const CALL_START = /[\p{L}_][\p{L}\p{N}_.]*\s*\(/gu;

export class InlineValuesProvider implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly texts: DocumentTexts, private readonly settings: () => Settings) {}

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.InlayHint[] {
    const s = this.settings();
    if (!s.inlineValues) return [];
    const text = this.texts.text(document);
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    const seen = new Set<number>();
    CALL_START.lastIndex = from;
    let evaluated = 0;
    for (let m = CALL_START.exec(text); m && m.index < to && evaluated < MAX_CALLS; m = CALL_START.exec(text)) {
      if (token.isCancellationRequested) break;
      evaluated++;
      const call = this.texts.describe(document, document.positionAt(m.index + m[0].indexOf('(') - 1), s);
      if (!call || call.value === undefined || seen.has(call.range.end)) continue;
      seen.add(call.range.end);
      const label = typeof call.value === 'number' ? formatNumber(call.value, Math.min(s.digits, 4)) : formatTensor(call.value, 3, 4);
      const hint = new vscode.InlayHint(document.positionAt(call.range.end), ` = ${label}`, vscode.InlayHintKind.Type);
      hint.paddingLeft = true;
      hint.tooltip = `${call.qualifiedName || call.callee} evaluated by Activation Playground`;
      hints.push(hint);
    }
    return hints;
  }
}

export function registerInlineValues(context: vscode.ExtensionContext, texts: DocumentTexts): void {
  const provider = new InlineValuesProvider(texts, () => settings());
  context.subscriptions.push(provider);
  const settings = registerForLanguages(
    context,
    (selector) => vscode.languages.registerInlayHintsProvider(selector, provider),
    () => provider.refresh(),
  );
}
