// Registers the plot panel: the `plot` and `plotAtCursor` commands and the serializer that restores the panel
// after a reload. The lead wires this into activate() with one line.
import * as vscode from 'vscode';
import { parseSelection } from '../../protocol';
import { selectionAtCursor } from './atCursor';
import { pickActivations } from './pick';
import { PlotPanel } from './plotPanel';

export { PlotPanel } from './plotPanel';

export function registerPlotPanel(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): void {
  const { extensionUri } = context;
  context.subscriptions.push(
    vscode.commands.registerCommand('activationPlayground.plot', async (arg?: unknown) => {
      // From the palette (or a menu passing the resource): ask. From a hover link: the argument says what.
      if (arg === undefined || arg instanceof vscode.Uri) {
        const pick = await pickActivations(context.globalState);
        if (pick) PlotPanel.createOrShow(extensionUri, context.workspaceState, log, { pick });
        return;
      }
      const selection = parseSelection(arg);
      if (!selection) {
        log.warn(`plot: ignored a malformed argument (${typeof arg === 'object' && arg !== null ? `keys=[${Object.keys(arg).slice(0, 8).join(', ')}]` : typeof arg})`);
        void vscode.window.showWarningMessage('Activation Playground: could not read what to plot (details in the output channel).');
        return;
      }
      PlotPanel.createOrShow(extensionUri, context.workspaceState, log, { selection });
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
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        PlotPanel.revive(panel, extensionUri, context.workspaceState, log, state);
      },
    }),
    { dispose: () => PlotPanel.instance?.dispose() },
  );
}
