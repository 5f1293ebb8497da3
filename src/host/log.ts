// The extension's output channel, created on the first line written (or the first look at it), not at
// activation: a session whose hovers never fail, with good settings, never creates it.
import * as vscode from 'vscode';

export class LazyLog implements vscode.LogOutputChannel {
  private made: vscode.LogOutputChannel | undefined;
  private disposed = false;

  constructor(readonly name: string) {}

  private get channel(): vscode.LogOutputChannel {
    return (this.made ??= vscode.window.createOutputChannel(this.name, { log: true }));
  }

  /** After dispose (deactivation) late lines are dropped, as a disposed channel drops them. */
  private use(write: (c: vscode.LogOutputChannel) => void): void {
    if (!this.disposed) write(this.channel);
  }

  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel;
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel;
  }

  trace(message: string, ...args: unknown[]): void {
    this.use((c) => c.trace(message, ...args));
  }
  debug(message: string, ...args: unknown[]): void {
    this.use((c) => c.debug(message, ...args));
  }
  info(message: string, ...args: unknown[]): void {
    this.use((c) => c.info(message, ...args));
  }
  warn(message: string, ...args: unknown[]): void {
    this.use((c) => c.warn(message, ...args));
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.use((c) => c.error(error, ...args));
  }
  append(value: string): void {
    this.use((c) => c.append(value));
  }
  appendLine(value: string): void {
    this.use((c) => c.appendLine(value));
  }
  replace(value: string): void {
    this.use((c) => c.replace(value));
  }
  clear(): void {
    this.made?.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(a?: boolean | vscode.ViewColumn, preserveFocus?: boolean): void {
    this.use((c) => (typeof a === 'number' ? c.show(a, preserveFocus) : c.show(a)));
  }

  hide(): void {
    this.made?.hide();
  }

  dispose(): void {
    this.disposed = true;
    this.made?.dispose();
    this.made = undefined;
  }
}
