// The e2e support's constants and shapes: the extension's id and activation line, console entries, hover
// content, options, known harmless noise, the CSP reporter injected into every frame.
import * as path from 'node:path';
import { resultsDir } from '../../../scripts/vscode/paths';

/** Identifier of the extension under development (publisher.name). */
export const EXTENSION_ID = 'activation-playground.activation-playground';

/** The line src/extension.ts logs from activate(); the extension host forwards it to the page console. */
export const ACTIVATION_LINE = '[activation-playground] activated';

export interface ConsoleEntry {
  type: string;
  text: string;
  /** URL of the script or resource the message is about ('' when unknown). */
  source: string;
  time: number;
}

export interface HoverImage {
  src: string;
  complete: boolean;
  naturalWidth: number;
  naturalHeight: number;
}

export interface HoverContent {
  /** innerText of the visible hover(s). */
  text: string;
  html: string;
  images: HoverImage[];
}

export interface FindFrameOptions {
  timeoutMs?: number;
  /** Only frames inside a webview of this extension (e.g. EXTENSION_ID). */
  extensionId?: string;
  /** 'panel': an editor webview (createWebviewPanel); 'view': a webview view (side bar / panel view). */
  kind?: 'panel' | 'view';
}

export interface WorkbenchOptions {
  /** Folder to open (default examples/). */
  folder?: string;
  /** Extension to load under development (default the repo; false for none). */
  extensionDevelopmentPath?: string | false;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  viewport?: { width: number; height: number };
  /** .vsix files installed into the fresh code-server before it starts. */
  installExtensions?: string[];
}

/** Messages that are harmless in this offline environment. */
export const KNOWN_NOISE: RegExp[] = [
  /open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED|marketplace/i,
  /Failed to load resource: net::ERR_/, // offline look-ups (gallery, update, product icons)
  /\/vsda\//, // VS Code's signing module, not shipped with code-server (404)
  /\[Service Worker\]/,
];

export const CSP_PREFIX = '[csp-violation]';

/** Runs in every frame, webviews included: turns CSP violations into console errors we can collect. */
export const cspReporter = `(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(${JSON.stringify(CSP_PREFIX)} + ' ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      ' in ' + (e.sourceFile || location.href) + ':' + e.lineNumber);
  });
})();`;

/** Screenshots of the e2e suite: test-results/e2e/ (emptied when the shared workbench starts). */
export const e2eResultsDir = path.join(resultsDir, 'e2e');

