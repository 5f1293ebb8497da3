// Test helpers: a definition from the registry by id, of the kind the test needs (fails the test otherwise).
import * as assert from 'node:assert/strict';
import { activation } from '../../src/core';
import type { ElementwiseActivation, VectorActivation } from '../../src/core';

export function elementwiseDef(id: string): ElementwiseActivation {
  const def = activation(id);
  assert.ok(def && def.kind === 'elementwise', `elementwise activation '${id}' missing`);
  return def;
}

export function vectorDef(id: string): VectorActivation {
  const def = activation(id);
  assert.ok(def && def.kind === 'vector', `vector activation '${id}' missing`);
  return def;
}
