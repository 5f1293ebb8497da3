// Framework presets: the parameter defaults an activation has in each framework, from the core's table of
// library functions (src/core/frameworks.ts). The first plain function of that framework computing the core
// id wins (keras.activations.gelu before keras.ops.gelu). Non-finite defaults (JAX's softplus has no
// linear branch: threshold = ∞) are left out: JSON state and the message validators carry finite numbers
// only, and the core default (20) draws the same curve.
import { PRESETS } from '../../src/core/frameworks';
import type { Framework, ParamValues } from '../../src/protocol';

const cache = new Map<string, ParamValues>();

/** Parameters that make `id` behave as `framework`'s default (empty: the core's defaults, PyTorch's). */
export function presetParams(framework: Framework, id: string): ParamValues {
  const key = `${framework}:${id}`;
  let found = cache.get(key);
  if (!found) {
    const p = PRESETS.find((r) => r.framework === framework && r.id === id && r.kind === 'function');
    const out: Record<string, number | string> = {};
    for (const [k, v] of Object.entries(p?.defaults ?? {})) {
      if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
    }
    found = out;
    cache.set(key, found);
  }
  return { ...found };
}
