// Registers the sidebar playground view and the `openPlayground` command. The lead wires this into
// activate() with one line.
import * as vscode from 'vscode';
import { readSelectionArg } from '../../protocol';
import { isResourceArg } from '../commandArgs';
import { PlaygroundViewProvider } from './provider';

export { PlaygroundViewProvider } from './provider';

export function registerPlayground(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  // Made when the view first opens or the command first runs: activation only registers.
  let made: PlaygroundViewProvider | undefined;
  const provider = () => (made ??= new PlaygroundViewProvider(context.extensionUri, context.workspaceState, log));
  context.subscriptions.push(
    { dispose: () => made?.dispose() },
    vscode.window.registerWebviewViewProvider(PlaygroundViewProvider.viewType, {
      resolveWebviewView: (view) => provider().resolveWebviewView(view),
    }),
    vscode.commands.registerCommand('activationPlayground.openPlayground', async (arg?: unknown) => {
      if (!isResourceArg(arg)) {
        const read = readSelectionArg(arg);
        if ('problem' in read) {
          log.warn(`openPlayground: ignored an argument: ${read.problem}`);
          void vscode.window.showWarningMessage('Activation Playground: could not read what to show (details in the output channel).');
        } else {
          const { id, params, x } = read.selection;
          provider().select({ id, ...(params ? { params } : {}), ...(x !== undefined ? { x } : {}) });
        }
      }
      await vscode.commands.executeCommand(`${PlaygroundViewProvider.viewType}.focus`);
    }),
  );
}
