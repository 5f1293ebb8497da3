// The one HTML builder for both webviews: a strict Content-Security-Policy with a fresh crypto nonce per
// document, every resource through asWebviewUri, and webview options limited to the built assets.
import * as vscode from 'vscode';

/**
 * 128 random bits from Web Crypto, base64: a CSP nonce that cannot be guessed. Web Crypto, so the same
 * code runs in the desktop and the web extension host.
 */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Folders a webview may load from: the built webview bundles and media/. */
export function localResourceRoots(extensionUri: vscode.Uri, extra: readonly vscode.Uri[] = []): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media'), ...extra];
}

export function webviewOptions(extensionUri: vscode.Uri, extra: readonly vscode.Uri[] = []): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: localResourceRoots(extensionUri, extra) };
}

export interface WebviewDocument {
  readonly title: string;
  /** bundle name in dist/webview: `panel` loads panel.js and panel.css */
  readonly bundle: 'panel' | 'playground';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The document: an empty <main> the bundle fills, one stylesheet and one nonce'd script.
 *
 * CSP: `default-src 'none'` then only what is needed. Styles come from our stylesheet only: chart.js 4 and
 * chartjs-plugin-zoom (hammer.js) set sizes through the CSSOM (`canvas.style.height = …`), which
 * `style-src` does not govern, and they inject no <style> elements or style attributes, so no
 * 'unsafe-inline' is needed. Images: our own files and data: URIs (the PNG export builds one). Fonts: ours.
 */
export function buildWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, doc: WebviewDocument): string {
  const nonce = makeNonce();
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', file)).toString();
  const csp = [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets the Depth tab's worker (a blob: worker: it has this policy) compile the core's
    // WebAssembly SIMD kernels; it allows WebAssembly compilation only, not eval. Without it they fall back to JS, ~8× slower.
    `script-src 'nonce-${nonce}' 'wasm-unsafe-eval'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    // The Depth tab's worker: our bundle's depthWorker.js, fetched from our resources (connect-src) and started
    // from a blob: of that text, because the resource origin differs from the webview's (new Worker refuses it).
    `worker-src ${webview.cspSource} blob:`,
    `connect-src ${webview.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(asset(`${doc.bundle}.css`))}">
<title>${escapeHtml(doc.title)}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Loading…</p></main>
<script nonce="${nonce}" src="${escapeHtml(asset(`${doc.bundle}.js`))}"></script>
</body>
</html>`;
}
