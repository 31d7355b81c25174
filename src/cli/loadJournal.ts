import { promises as fs } from 'fs';
import { ElementMatcher, type StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { loadDiskJournal } from '../node/diskJournal';
import { CliError } from './io';

/** Every entry of the journal folder; a missing folder is the user's mistake, not an empty journal. */
export async function loadJournal(folder: string, shownAs: string, elements: readonly StrategicElement[]): Promise<JournalEntry[]> {
  let isFolder: boolean;
  try {
    isFolder = (await fs.stat(folder)).isDirectory();
  } catch {
    throw new CliError(`journal folder not found: ${shownAs} (give the journal folder as FOLDER).`);
  }
  if (!isFolder) {
    throw new CliError(`not a folder: ${shownAs} (FOLDER is the journal folder that holds the entries).`);
  }
  // The load the extension's worker thread runs too: one reading of every file.
  return (await loadDiskJournal(folder, new ElementMatcher(elements))).entries;
}
