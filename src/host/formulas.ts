// The build-time formula SVGs (dist/formulas.json: key → { formula, derivative }, `currentColor` fills), read
// once on first request (activation stays cheap) through vscode.workspace.fs (the web host reads it too), for
// the hover and the panel's legend. Missing file: both keep their text formulas.
import * as vscode from 'vscode';
import type { FormulaSvgs as Images } from '../hover/picture';
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
    log.warn(`no formula images (${err instanceof Error ? err.message : String(err)}); hovers and the legend show text formulas`);
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

/** The images for one key (`gelu`, `gelu@tanh`), if the build made them. */
export async function formulaSvgs(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, key: string): Promise<Images | undefined> {
  return (await formulaImages(extensionUri, log, [key]))[key];
}
