// Shared by the plot and playground commands: whether a command was run without an argument of ours: from
// the palette (undefined) or a menu passing the resource (a Uri). Another extension may pass a Proxy whose
// traps throw even for `instanceof`: that is not a resource, and the argument reader drops it like a malformed one.
import * as vscode from 'vscode';

export function isResourceArg(arg: unknown): boolean {
  if (arg === undefined) return true;
  try {
    return arg instanceof vscode.Uri;
  } catch {
    return false;
  }
}
