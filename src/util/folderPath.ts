import * as vscode from 'vscode';

/** A path from a setting: absolute as it is, else relative to the workspace folder. */
export function resolveSettingPath(path: string, folder: vscode.WorkspaceFolder | undefined): vscode.Uri {
  if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\') || !folder) {
    return vscode.Uri.file(path);
  }
  return vscode.Uri.joinPath(folder.uri, ...path.split(/[\\/]+/));
}
