// activate() only wires things: every registration goes into context.subscriptions. Nothing heavy runs
// here; formula images and webview bundles load on first use.
import * as vscode from 'vscode';
import { DocumentTexts } from './hover/documents';
import { registerInlineValues } from './hover/inlay';
import { registerHover } from './hover/provider';
import { registerPlotPanel } from './host/panel';
import { registerPlayground } from './host/playground';

export function activate(context: vscode.ExtensionContext): void {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Activation Playground', { log: true });
  context.subscriptions.push(log);
  const texts = new DocumentTexts();
  registerHover(context, texts, log);
  registerInlineValues(context, texts);
  registerPlotPanel(context, log);
  registerPlayground(context, log);
  log.info(`activated in ${Date.now() - started} ms`);
  // The e2e suite waits for this line in the browser console before it drives the UI.
  console.log('[activation-playground] activated');
}

export function deactivate(): void {
  // Everything registered lives in context.subscriptions and is disposed by VS Code.
}
