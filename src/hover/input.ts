// From what the call reader found to what the hover renders. Pure, shared by the provider and the bench.
import type { CallDescription } from '../calls';
import { activation } from '../core';
import type { HoverInput } from './markdown';

export function toHoverInput(call: CallDescription): HoverInput | undefined {
  const def = activation(call.activation);
  if (!def) return undefined;
  return {
    def,
    params: call.params,
    qualifiedName: call.qualifiedName || call.callee,
    framework: call.framework,
    input: call.input,
    value: call.value,
    derivative: call.derivative,
    dtype: call.dtype,
    problem: call.problem,
    alternatives: call.alternatives,
    notes: call.notes,
  };
}
