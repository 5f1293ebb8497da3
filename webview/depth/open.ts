// "Simulate depth" (the hover's and the playground's link): the panel's Depth tab, with the selection's
// activation, if element-wise, first among the compared ones.
import { lookupElementwise, withDepthActivation, type PanelState, type Selection } from '../../src/protocol';

export function openDepth(state: PanelState, selection: Selection | undefined): PanelState {
  const def = selection ? lookupElementwise(selection.id) : undefined;
  const fn = def && selection ? { id: def.id, params: selection.params ?? {} } : undefined;
  return { ...state, tab: 'depth', depth: fn ? withDepthActivation(state.depth, fn) : state.depth };
}
