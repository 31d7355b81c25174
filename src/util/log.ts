import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The extension's log (Output view, "Promotion Journal"), for failures that
 * have no one to tell at the moment they happen, such as a background update.
 * Made on first use; `activate()` puts it in the context's subscriptions.
 */
export function extensionLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Promotion Journal', { log: true });
  return channel;
}

/** Disposes the log; a later `extensionLog()` makes a new one. */
export const extensionLogDisposable: vscode.Disposable = {
  dispose: () => {
    channel?.dispose();
    channel = undefined;
  },
};
