import type * as vscode from 'vscode';

/** The last segment of a file's path: its name as the user sees it in a message. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
