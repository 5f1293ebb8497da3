import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, manifest } from './support/vscode';

describe('configuration', () => {
  before(activateExtension);

  const properties = () => Object.entries(manifest().contributes.configuration?.properties ?? {});

  it('declares settings under activationPlayground.*', () => {
    assert.ok(properties().length > 0, 'package.json contributes no settings');
    for (const [key] of properties()) assert.match(key, /^activationPlayground\./);
  });

  it('every default VS Code reports equals the one package.json declares', () => {
    const config = vscode.workspace.getConfiguration();
    for (const [key, schema] of properties()) {
      const inspected = config.inspect(key);
      assert.ok(inspected, `VS Code does not know the setting ${key}`);
      assert.deepEqual(inspected.defaultValue, schema.default, `default of ${key}`);
    }
  });
});
