// The build-time formula SVGs (dist/formulas.json: id → { formula, derivative }, `currentColor` fills), read
// once on first request and handed to the panel for its legend. Missing file: the legend keeps its text.
import * as vscode from 'vscode';

type Images = { formula: string; derivative: string };
let loading: Promise<Record<string, Images>> | undefined;

async function load(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): Promise<Record<string, Images>> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'formulas.json'));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, Images> = {};
    for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
      const o = v as Partial<Images> | null;
      if (o && typeof o.formula === 'string' && typeof o.derivative === 'string') out[id] = { formula: o.formula, derivative: o.derivative };
    }
    return out;
  } catch (err) {
    log.info(`plot panel: no formula images (${err instanceof Error ? err.message : String(err)}); the legend shows text formulas`);
    return {};
  }
}

/** The images for `ids` that exist. */
export async function formulaImages(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, ids: readonly string[]): Promise<Record<string, Images>> {
  loading ??= load(extensionUri, log);
  const all = await loading;
  const out: Record<string, Images> = {};
  for (const id of ids) if (Object.hasOwn(all, id)) out[id] = all[id];
  return out;
}
