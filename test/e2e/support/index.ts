// Helpers for browser end-to-end tests against a real VS Code (code-server) workbench.
export { ACTIVATION_LINE, EXTENSION_ID, KNOWN_NOISE, Workbench, e2eResultsDir } from './workbench';
export type { ConsoleEntry, FindFrameOptions, HoverContent, HoverImage, WorkbenchOptions } from './workbench';
export { workbench } from './hooks';
export { PanelPage } from './panelPage';
export type { OpenTimings } from './panelPage';
export { PlaygroundPage } from './playgroundPage';
export { lowContrastText } from './contrast';
export type { ContrastFailure } from './contrast';
