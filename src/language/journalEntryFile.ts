import type * as vscode from 'vscode';
import { isEntryPath } from '../core/journalIndex';
import type { Journal } from '../journal/journal';
import type { JournalService } from '../journal/journalService';

/** A file of a journal: the journal, and the path the index knows it by. */
export interface JournalEntryFile {
  readonly journal: Journal;
  readonly path: string;
}

/** The journal entry a URI is, or undefined for any file outside every journal folder. */
export function journalEntryFile(service: JournalService, uri: vscode.Uri): JournalEntryFile | undefined {
  for (const journal of service.allJournals()) {
    const path = journal.files.relativePath(uri);
    if (path !== undefined && isEntryPath(path)) {
      return { journal, path };
    }
  }
  return undefined;
}
