// Registers the sidebar playground view and the `openPlayground` command. The lead wires this into
// activate() with one line.
import * as vscode from 'vscode';
import { parseSelection } from '../../protocol';
import { PlaygroundViewProvider } from './provider';

export { PlaygroundViewProvider } from './provider';

export function registerPlayground(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const provider = new PlaygroundViewProvider(context.extensionUri, context.workspaceState, log);
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(PlaygroundViewProvider.viewType, provider),
    vscode.commands.registerCommand('activationPlayground.openPlayground', async (arg?: unknown) => {
      if (arg !== undefined && !(arg instanceof vscode.Uri)) {
        const selection = parseSelection(arg);
        if (!selection) {
          log.warn('openPlayground: ignored a malformed argument');
          void vscode.window.showWarningMessage('Activation Playground: could not read what to show (details in the output channel).');
        } else {
          provider.select({ id: selection.id, ...(selection.params ? { params: selection.params } : {}), ...(selection.x !== undefined ? { x: selection.x } : {}) });
        }
      }
      await vscode.commands.executeCommand(`${PlaygroundViewProvider.viewType}.focus`);
    }),
  );
}
