// The protocol between the extension host and the webviews: message types, the validator tables, the host's
// channel, command arguments, state checking, code snippets. Pure: imported by src/host and by webview/ alike.
export * from './messages';
export { parseParams, repairParams, lookup, lookupElementwise } from './params';
export {
  checkPanelState, checkPlaygroundState, DEFAULT_LOGITS, DEFAULT_RANGE, defaultPanelState, defaultPlaygroundState,
  parsePanelState, parsePlaygroundState, rangeProblem,
} from './state';
export type { Checked } from './state';
export { isPngDataUrl, parseFormulaKeys, parsePick, parseSelection, parseSettings } from './fields';
export {
  dispatch, FROM_PANEL, FROM_PLAYGROUND, parseFromPanel, parseFromPlayground, parseToPanel, parseToPlayground, parseWith,
  TO_PANEL, TO_PLAYGROUND,
} from './validate';
export type { Handlers, ValidatorTable } from './validate';
export { DEFAULT_LIMIT, describeDropped, DropLog, WebviewChannel } from './channel';
export type { ChannelLog, ChannelOptions, PostTarget, RateLimit } from './channel';
export { plainCopy, readSelectionArg } from './commandArgs';
export type { ArgReading } from './commandArgs';
export { hasSnippet, py, snippet } from './snippets';
export * from './depth';
