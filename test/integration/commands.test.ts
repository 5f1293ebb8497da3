import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, manifest } from './support/vscode';

describe('commands', () => {
  before(activateExtension);

  it('every command declared in package.json is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const declared = (manifest().contributes.commands ?? []).map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json declares no commands');
    const missing = declared.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `declared in package.json but not registered: ${missing.join(', ')}`);
  });
});
