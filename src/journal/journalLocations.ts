import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { distinctJournalFolders, isAbsoluteFolderPath } from '../core/workspace/journalFolders';
import { resolveSettingPath } from '../util/folderPath';

/** Where a journal is, and the first workspace folder whose setting names it (none for a personal journal in a window without folders). */
export interface JournalLocation {
  readonly uri: vscode.Uri;
  readonly folder: vscode.WorkspaceFolder | undefined;
}

/**
 * The journal folder for a workspace folder, from the setting in that
 * folder's scope; without a folder, the one an absolute setting names, if any.
 */
export function journalUriFor(folder: vscode.WorkspaceFolder | undefined): vscode.Uri | undefined {
  const setting = readSettings(folder).journalFolder;
  return folder || isAbsoluteFolderPath(setting) ? resolveSettingPath(setting, folder) : undefined;
}

/** One location per journal folder, in the order of the workspace folders: folders naming the same journal share it. */
export function journalLocations(folders: readonly vscode.WorkspaceFolder[]): JournalLocation[] {
  const named = folders.length > 0 ? folders.map((folder) => ({ folder, uri: journalUriFor(folder)! })) : [{ folder: undefined, uri: journalUriFor(undefined) }];
  const located = named.filter((location): location is JournalLocation => location.uri !== undefined);
  return distinctJournalFolders(located, (location) => location.uri.toString());
}
