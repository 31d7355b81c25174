// The desktop entry: the extension host runs in Node, so new files on the local disk get Node's exclusive create,
// entries there Node's atomic replace (Tag Entry) and a rename that never replaces a file, and journals on disk are read with Node's calls, which can
// tell where a link leads.
import type * as vscode from 'vscode';
import { renameFileThroughApi } from '../tree/entryFileCommands';
import { editEntryFileThroughApi } from '../commands/entryText';
import { activateWith, type PromotionJournalApi } from '../extension';
import { createNewFileAfterStat } from '../util/newFileWriter';
import { createNewFile } from './createNewFile';
import { editLocalEntryFile } from './entryFileEdit';
import { DiskJournalReader } from './diskJournalReader';
import { renameNoReplace } from './renameNoReplace';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): PromotionJournalApi {
  return activateWith(
    context,
    (uri, bytes) => (uri.scheme === 'file' ? createNewFile(uri.fsPath, bytes) : createNewFileAfterStat(uri, bytes)),
    // The index of each journal is saved in the extension's storage, never in the journal folder.
    (folder) => new DiskJournalReader(folder, localStorageFolder(context)),
    (uri, makeEdit) => (uri.scheme === 'file' ? editLocalEntryFile(uri.fsPath, makeEdit) : editEntryFileThroughApi(uri, makeEdit)),
    (from, to) => (from.scheme === 'file' && to.scheme === 'file' ? renameNoReplace(from.fsPath, to.fsPath) : renameFileThroughApi(from, to)),
  );
}

/** The workspace's storage folder, or the global one in a window without a workspace; none when storage is not on this disk. */
function localStorageFolder(context: vscode.ExtensionContext): string | undefined {
  const storage = context.storageUri ?? context.globalStorageUri;
  return storage.scheme === 'file' ? storage.fsPath : undefined;
}
