import * as vscode from 'vscode';
import { isEntryFolderSetting, type EntryFolderSetting } from '../core/newEntries/entryFolderLayout';
import { SECTION } from './settings';

/** `promotionJournal.newEntryFolder`: the sub-folder of new entries; following the journal unless set. */
export function readNewEntryFolder(scope?: vscode.ConfigurationScope): EntryFolderSetting {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('newEntryFolder');
  return isEntryFolderSetting(value) ? value : 'journal';
}
