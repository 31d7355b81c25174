import { promises as fs } from 'fs';
import { ElementMatcher, type StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { loadDiskJournal } from '../node/diskJournal';
import { persistedIndexFile } from '../node/persistedIndexFile';
import { loadWithSavedIndex } from '../node/savedIndexLoad';
import { CliError } from './io';

/**
 * Every entry of the journal folder; a missing folder is the user's mistake,
 * not an empty journal. With a cache folder, entries of files unchanged since
 * the last run come from the index it saved, and this run's index is saved.
 */
export async function loadJournal(folder: string, shownAs: string, elements: readonly StrategicElement[], cache?: string): Promise<JournalEntry[]> {
  let isFolder: boolean;
  try {
    isFolder = (await fs.stat(folder)).isDirectory();
  } catch {
    throw new CliError(`journal folder not found: ${shownAs} (give the journal folder as FOLDER).`);
  }
  if (!isFolder) {
    throw new CliError(`not a folder: ${shownAs} (FOLDER is the journal folder that holds the entries).`);
  }
  if (cache === undefined) {
    // The load the extension's worker thread runs too: one reading of every file.
    return (await loadDiskJournal(folder, new ElementMatcher(elements))).entries;
  }
  const load = await loadWithSavedIndex({ folder, elements, indexFile: persistedIndexFile(cache, folder), codeFile: __filename });
  try {
    load.save();
  } catch {
    // A cache folder that cannot be written only makes the next run read every file again.
  }
  return load.journal.entries;
}
