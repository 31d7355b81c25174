// The desktop entry: the extension host runs in Node, so new files on the local disk get Node's exclusive create.
import type * as vscode from 'vscode';
import { activateWith, type PromotionJournalApi } from '../extension';
import { createNewFileAfterStat } from '../util/newFileWriter';
import { createNewFile } from './createNewFile';

export { deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): PromotionJournalApi {
  return activateWith(context, (uri, bytes) => (uri.scheme === 'file' ? createNewFile(uri.fsPath, bytes) : createNewFileAfterStat(uri, bytes)));
}
