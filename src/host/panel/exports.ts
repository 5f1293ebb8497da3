// What the panel's export buttons ask of the host: PNG and CSV through a save dialog, code to the clipboard.
import * as vscode from 'vscode';
import { FRAMEWORK_LABELS, type CopyCode, type ExportCsv, type ExportPng } from '../../protocol';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** decoded bytes (the data URL is capped by the validator; this caps what we write) */
const MAX_PNG_BYTES = 15 * 1024 * 1024;

export interface ExportOutcome {
  readonly ok: boolean;
  readonly message: string;
}

/** The PNG's bytes, or undefined when the body is not a PNG (the validator already checked prefix and base64). */
export function decodePng(dataUrl: string): Uint8Array | undefined {
  const comma = dataUrl.indexOf(',');
  if (comma < 0) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(dataUrl.slice(comma + 1)), (c) => c.charCodeAt(0));
  } catch {
    return undefined; // not base64
  }
  if (bytes.length < PNG_SIGNATURE.length || bytes.length > MAX_PNG_BYTES) return undefined;
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  return bytes;
}

/** The first workspace folder; without one the dialog picks (there is no home folder in the web host). */
function defaultUri(fileName: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, fileName) : undefined;
}

async function saveBytes(fileName: string, bytes: Uint8Array, filters: Record<string, string[]>): Promise<ExportOutcome> {
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultUri(fileName), filters, saveLabel: 'Export' });
  if (!target) return { ok: false, message: 'Export cancelled.' };
  await vscode.workspace.fs.writeFile(target, bytes);
  return { ok: true, message: `Saved ${vscode.workspace.asRelativePath(target)}` };
}

export async function exportPng(msg: ExportPng): Promise<ExportOutcome> {
  const bytes = decodePng(msg.dataUrl);
  if (!bytes) return { ok: false, message: 'The image was not a PNG (or too large); nothing saved.' };
  return saveBytes(msg.fileName, bytes, { 'PNG image': ['png'] });
}

export async function exportCsv(msg: ExportCsv): Promise<ExportOutcome> {
  return saveBytes(msg.fileName, new TextEncoder().encode(msg.csv), { 'CSV': ['csv'] });
}

export async function copyCode(msg: CopyCode): Promise<ExportOutcome> {
  const text = msg.code;
  await vscode.env.clipboard.writeText(text);
  const lines = text.trimEnd().split('\n').length;
  return { ok: true, message: `Copied ${lines} lines of ${FRAMEWORK_LABELS[msg.framework]} code to the clipboard.` };
}
