// Keyboard behaviour both webviews share.
//
// Select-all: VS Code's webview frame forwards every keydown to the workbench, which answers Ctrl/Cmd+A
// with an asynchronous `execCommand('selectAll')` posted back into the webview. The browser has already
// selected the text natively; if the user types before the late select-all arrives, it selects the first
// typed character and the next one replaces it ("2.5" became ".5"). Stopping the event at the document,
// after our own handlers and the native selection, keeps it from reaching the frame's window listener.

const isTextField = (t: EventTarget | null): boolean =>
  t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && ['text', 'search', 'number', ''].includes(t.type));

export function keepSelectAllLocal(doc: Document = document): void {
  doc.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'a' && isTextField(e.target)) {
      e.stopPropagation();
    }
  });
}
