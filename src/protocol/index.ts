// The protocol between the extension host and the webviews: message types, validators, state checking,
// code snippets. Pure: imported by src/host and by webview/ alike.
export * from './messages';
export { parseParams, repairParams, lookup, lookupElementwise } from './params';
export {
  DEFAULT_LOGITS, DEFAULT_RANGE, defaultPanelState, defaultPlaygroundState, parsePanelState, parsePlaygroundState, rangeProblem,
} from './state';
export {
  isPngDataUrl, parseFromPanel, parsePick, parseFromPlayground, parseSelection, parseSettings, parseSnippetRequest, parseToPanel,
  parseToPlayground,
} from './validate';
export { hasSnippet, py, snippet } from './snippets';
