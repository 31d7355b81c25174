import * as vscode from 'vscode';
import { isAbsoluteFolderPath } from '../core/workspace/journalFolders';

/** A path from a setting: absolute as it is, else relative to the workspace folder. A trailing separator does not count. */
export function resolveSettingPath(path: string, folder: vscode.WorkspaceFolder | undefined): vscode.Uri {
  const trimmed = path.length > 1 ? path.replace(/(?<=[^\\/:])[\\/]+$/, '') : path;
  if (isAbsoluteFolderPath(trimmed) || !folder) {
    return vscode.Uri.file(trimmed);
  }
  return vscode.Uri.joinPath(folder.uri, ...trimmed.split(/[\\/]+/));
}
