import type * as vscode from 'vscode';
import { isUnreadLink } from '../core/entries/entry';
import { isEntryPath } from '../core/journal/journalIndex';
import type { Journal } from '../journal/journal';
import type { JournalService } from '../journal/journalService';

/** A file of a journal: the journal, and the path the index knows it by. */
export interface JournalEntryFile {
  readonly journal: Journal;
  readonly path: string;
}

/**
 * The journal entry a URI is, or undefined for any file outside every journal
 * folder, and for a link the journal does not read (to a file outside it):
 * its text is not the journal's to read, parse or edit.
 */
export function journalEntryFile(service: JournalService, uri: vscode.Uri): JournalEntryFile | undefined {
  const file = journalFileAt(service, uri);
  return file && !isUnreadLink(file.journal.index.get(file.path)) ? file : undefined;
}

/** Whether a URI is a link in a journal folder that the journal does not read: its problem comes from the index, open or not. */
export function isUnreadLinkFile(service: JournalService, uri: vscode.Uri): boolean {
  const file = journalFileAt(service, uri);
  return file !== undefined && isUnreadLink(file.journal.index.get(file.path));
}

function journalFileAt(service: JournalService, uri: vscode.Uri): JournalEntryFile | undefined {
  for (const journal of service.allJournals()) {
    const path = journal.files.relativePath(uri);
    if (path !== undefined && isEntryPath(path)) {
      return { journal, path };
    }
  }
  return undefined;
}
