// Registers the plot panel: the `plot` and `plotAtCursor` commands and the serializer that restores the panel
// after a reload. The lead wires this into activate() with one line.
import * as vscode from 'vscode';
import { readSelectionArg } from '../../protocol';
import { selectionAtCursor } from './atCursor';
import { isResourceArg } from '../commandArgs';
import { pickActivations } from './pick';
import { PlotPanel } from './plotPanel';

export { PlotPanel } from './plotPanel';

export function registerPlotPanel(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const { extensionUri } = context;
  context.subscriptions.push(
    vscode.commands.registerCommand('activationPlayground.plot', async (arg?: unknown) => {
      // From the palette (or a menu passing the resource): ask. From a hover link: the argument says what.
      if (isResourceArg(arg)) {
        const pick = await pickActivations(context.globalState);
        if (pick) PlotPanel.createOrShow(extensionUri, context.workspaceState, log, { pick });
        return;
      }
      const read = readSelectionArg(arg);
      if ('problem' in read) {
        log.warn(`plot: ignored an argument: ${read.problem}`);
        void vscode.window.showWarningMessage('Activation Playground: could not read what to plot (details in the output channel).');
        return;
      }
      if (read.selection.note) log.info(`plot: ${read.selection.note}`);
      PlotPanel.createOrShow(extensionUri, context.workspaceState, log, { selection: read.selection });
    }),
    // "Simulate depth" (hover and playground links): the panel on its Depth tab, the activation first.
    vscode.commands.registerCommand('activationPlayground.simulateDepth', (arg?: unknown) => {
      const read = arg === undefined || isResourceArg(arg) ? undefined : readSelectionArg(arg);
      if (read && 'problem' in read) log.warn(`simulateDepth: ignored an argument: ${read.problem}`);
      const selection = read && 'selection' in read ? read.selection : undefined;
      PlotPanel.createOrShow(extensionUri, context.workspaceState, log, { tab: 'depth', ...(selection ? { selection } : {}) });
    }),
    vscode.commands.registerCommand('activationPlayground.plotAtCursor', () => {
      const editor = vscode.window.activeTextEditor;
      const selection = editor && selectionAtCursor(editor, log);
      if (!selection) {
        void vscode.window.showInformationMessage('Activation Playground: no activation call at the cursor.');
        return;
      }
      PlotPanel.createOrShow(extensionUri, context.workspaceState, log, { selection });
    }),
    vscode.window.registerWebviewPanelSerializer(PlotPanel.viewType, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
        PlotPanel.revive(panel, extensionUri, context.workspaceState, log);
      },
    }),
    { dispose: () => PlotPanel.instance?.dispose() },
  );
}
