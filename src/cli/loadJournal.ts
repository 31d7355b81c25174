import { existsSync, promises as fs, realpathSync } from 'fs';
import * as path from 'path';
import { ElementMatcher, type StrategicElement } from '../core/elements/elements';
import { loadDiskJournal, type DiskJournal, type JournalListing } from '../node/diskJournal';
import { persistedIndexFile } from '../node/persistedIndexFile';
import { isInside } from '../node/folderReader';
import { loadWithSavedIndex, type SavedIndexLoad } from '../node/savedIndexLoad';
import { CliError } from './io';

/** A missing folder is the user's mistake, not an empty journal. */
export async function checkJournalFolder(folder: string, shownAs: string): Promise<void> {
  let isFolder: boolean;
  try {
    isFolder = (await fs.stat(folder)).isDirectory();
  } catch {
    throw new CliError(`journal folder not found: ${shownAs} (give the journal folder as FOLDER).`);
  }
  if (!isFolder) {
    throw new CliError(`not a folder: ${shownAs} (FOLDER is the journal folder that holds the entries).`);
  }
}

/** The cache folder to use for this journal: none inside it, whatever the variable names (see isInsideJournal). */
export function usableCacheFolder(folder: string, cache: string | undefined): string | undefined {
  return cache === undefined || isInsideJournal(folder, cache) ? undefined : cache;
}

/**
 * Every entry of a journal folder that checkJournalFolder accepted. With a
 * cache folder (see usableCacheFolder), entries of files unchanged since the
 * last run come from the index it saved, and this run's index is saved; the
 * load's stamps then say which files it read.
 */
export async function loadJournal(folder: string, elements: readonly StrategicElement[], cache?: string, listing?: JournalListing): Promise<DiskJournal> {
  const load = cache === undefined ? undefined : await cachedLoad(folder, elements, cache, listing);
  // Without a cache: the load the extension's worker thread runs too, one reading of every file.
  return load?.journal ?? (await loadDiskJournal(folder, new ElementMatcher(elements)));
}

/** The load with the saved index; undefined when it cannot be used (the folder's links cannot be resolved): every file is read then. */
async function cachedLoad(folder: string, elements: readonly StrategicElement[], cache: string, listing?: JournalListing): Promise<SavedIndexLoad | undefined> {
  let load: SavedIndexLoad;
  try {
    load = await loadWithSavedIndex({ folder, elements, indexFile: persistedIndexFile(cache, folder), codeFile: __filename }, { listing });
  } catch {
    return undefined;
  }
  try {
    load.save();
  } catch {
    // A cache folder that cannot be written only makes the next run read every file again.
  }
  return load;
}

/** The path with the links of its nearest existing folder resolved: the cache folder may not exist yet. */
function resolvedPath(file: string): string {
  const rest: string[] = [];
  let existing = file;
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync.native(existing), ...rest);
}

/** The cache is kept out of the journal folder, whatever the variable names: the journal is the user's, and the index would be read as files of it. */
function isInsideJournal(folder: string, cache: string): boolean {
  try {
    const journal = realpathSync.native(folder);
    const resolved = resolvedPath(cache);
    return resolved === journal || isInside(journal, resolved);
  } catch {
    return true; // unresolvable: not used
  }
}
