// Inline values (off by default): `= 0.1854` after every literal activation call in the visible range.
// The work is cut into slices that yield to the event loop and check the cancellation token between them,
// so a file full of hostile calls never holds up a hover in another file.
import * as vscode from 'vscode';
import { formatNumber, formatTensor } from '../../core';
import type { DocumentTexts } from '../documents';
import { Disposable } from '../disposable';
import { registerForLanguages } from '../languages';
import { readSettings, type Settings } from '../settings';

/** At most this many calls are evaluated per request, so a dense file cannot stall the editor. */
const MAX_CALLS = 300;
/** Calls read between two yields to the event loop. */
const SLICE = 8;
const CALL_START = /[\p{L}_][\p{L}\p{N}_.]*\s*\(/gu;

/** Lets queued work (another file's hover, a cancellation) run before the next slice. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class InlineValuesProvider extends Disposable implements vscode.InlayHintsProvider {
  private readonly changed = this.track(new vscode.EventEmitter<void>());
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly texts: DocumentTexts) {
    super();
  }

  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    const s = readSettings();
    if (!s.inlineValues) return [];
    const text = this.texts.text(document);
    const to = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    const seen = new Set<number>();
    const re = new RegExp(CALL_START.source, CALL_START.flags);
    re.lastIndex = document.offsetAt(range.start);
    for (let evaluated = 0; evaluated < MAX_CALLS; evaluated++) {
      if (evaluated % SLICE === SLICE - 1) await yieldToEventLoop();
      if (token.isCancellationRequested) return [];
      const m = re.exec(text);
      if (!m || m.index >= to) break;
      const hint = this.hintAt(document, m.index + m[0].indexOf('(') - 1, s, seen);
      if (hint) hints.push(hint);
    }
    return hints;
  }

  /** The hint for the call whose callee ends at `offset`, unless it has no value or was already hinted. */
  private hintAt(document: vscode.TextDocument, offset: number, s: Settings, seen: Set<number>): vscode.InlayHint | undefined {
    const call = this.texts.callAt(document, offset, s);
    if (!call || call.value === undefined || seen.has(call.range.end)) return undefined;
    seen.add(call.range.end);
    const label = typeof call.value === 'number' ? formatNumber(call.value, Math.min(s.digits, 4)) : formatTensor(call.value, 3, 4);
    const hint = new vscode.InlayHint(document.positionAt(call.range.end), ` = ${label}`, vscode.InlayHintKind.Type);
    hint.paddingLeft = true;
    // Plain text: a tooltip string is not markdown, so the user's callee text stays inert.
    hint.tooltip = `${(call.qualifiedName || call.callee).slice(0, 120)} evaluated by Activation Playground`;
    return hint;
  }
}

export function registerInlineValues(context: vscode.ExtensionContext, texts: DocumentTexts): void {
  const provider = new InlineValuesProvider(texts);
  context.subscriptions.push(provider);
  // Off by default: registered only while the setting is on, so most sessions never register it.
  registerForLanguages(context, {
    register: (selector) => vscode.languages.registerInlayHintsProvider(selector, provider),
    enabled: (s) => s.inlineValues,
    onSettings: () => provider.refresh(),
  });
}
