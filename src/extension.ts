// activate() only wires things: every registration goes into context.subscriptions. Nothing heavy runs
// here; the output channel, the settings report, formula images, the playground's provider and the webview
// bundles all wait for first use.
import * as vscode from 'vscode';
import { documentTexts } from './host/documents';
import { registerHover } from './host/hover/provider';
import { LazyLog } from './host/log';
import { registerInlineValues } from './host/inlineValues/provider';
import { registerPlotPanel } from './host/panel';
import { registerPlayground } from './host/playground';
import { watchSettings } from './host/settings';

/** What activate() returns: its own cost and the settings warnings shown, for the integration suite. */
export interface ActivationApi {
  readonly activationMs: number;
  readonly settingWarnings: readonly string[];
}

export function activate(context: vscode.ExtensionContext): ActivationApi {
  const started = performance.now();
  const log = new LazyLog('Activation Playground');
  context.subscriptions.push(log);
  const settingWarnings = watchSettings(context, log);
  registerHover(context, documentTexts, log);
  registerInlineValues(context, documentTexts);
  registerPlotPanel(context, log);
  registerPlayground(context, log);
  const activationMs = performance.now() - started;
  // The e2e suite waits for this line in the browser console before it drives the UI; the host kind tells
  // the web test that the browser entry ran (UI = the local or web worker host, Workspace = the remote node host).
  const host = context.extension.extensionKind === vscode.ExtensionKind.UI ? 'ui' : 'workspace';
  console.log(`[activation-playground] activated (${host} extension host)`);
  return { activationMs, settingWarnings };
}

export function deactivate(): void {
  // Everything registered lives in context.subscriptions and is disposed by VS Code.
}
