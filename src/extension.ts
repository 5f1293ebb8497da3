import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Activation Playground', { log: true });
  context.subscriptions.push(output);
  output.info('Activation Playground activated');
  console.log('[activation-playground] activated');
}

export function deactivate(): void {
  // Everything registered lives in context.subscriptions and is disposed by VS Code.
}
