// activate() only wires things: every registration goes into context.subscriptions. Nothing heavy runs
// here; formula images and webview bundles load on first use.
import * as vscode from 'vscode';
import { DocumentTexts } from './hover/documents';
import { registerInlineValues } from './hover/inlay';
import { registerHover } from './hover/provider';
import { registerPlotPanel } from './host/panel';
import { registerPlayground } from './host/playground';

/** What activate() returns: its own cost, for the integration suite's report. */
export interface ActivationApi {
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ActivationApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Activation Playground', { log: true });
  context.subscriptions.push(log);
  const texts = new DocumentTexts();
  registerHover(context, texts, log);
  registerInlineValues(context, texts);
  registerPlotPanel(context, log);
  registerPlayground(context, log);
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  // The e2e suite waits for this line in the browser console before it drives the UI; the host kind tells
  // the web test that the browser entry ran (UI = the local or web worker host, Workspace = the remote node host).
  const host = context.extension.extensionKind === vscode.ExtensionKind.UI ? 'ui' : 'workspace';
  console.log(`[activation-playground] activated (${host} extension host)`);
  return { activationMs };
}

export function deactivate(): void {
  // Everything registered lives in context.subscriptions and is disposed by VS Code.
}
