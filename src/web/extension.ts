// The web entry (vscode.dev, github.dev): a web worker, with no Node and only vscode.workspace.fs,
// so links to files are not followed at all.
import type * as vscode from 'vscode';
import { renameFileThroughApi } from '../tree/entryFileCommands';
import { editEntryFileThroughApi } from '../commands/entryText';
import { activateWith, type PromotionJournalApi } from '../extension';
import { createNewFileAfterStat } from '../util/newFileWriter';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): PromotionJournalApi {
  return activateWith(context, createNewFileAfterStat, undefined, editEntryFileThroughApi, renameFileThroughApi);
}
