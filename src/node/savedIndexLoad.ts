import { readFileSync, realpathSync } from 'fs';
import { version as yamlLibraryVersion } from 'yaml/package.json';
import { ElementMatcher, type StrategicElement } from '../core/elements/elements';
import type { PersistedIndexKey } from '../core/journal/persistedIndex';
import { loadDiskJournal, type DiskJournal, type DiskJournalOptions } from './diskJournal';
import { readPersistedIndex, sha256, writePersistedIndex } from './persistedIndexFile';

export interface SavedIndexRequest {
  readonly folder: string;
  readonly elements: readonly StrategicElement[];
  /** The saved index of the last load, and where this load's goes. */
  readonly indexFile: string;
  /** The file of the code that reads entries (the worker's, the command line's bundle): other code is another reading. */
  readonly codeFile: string;
}

export interface SavedIndexLoad {
  readonly journal: DiskJournal;
  /** Saves this load's index for the next one; nothing is written when every entry was reused and none is gone. */
  save(): void;
}

/**
 * What a saved index must be of to be used: this journal folder, read by this
 * very code, with this version of the YAML library, against these elements.
 * The library is a file of its own beside the bundles (loaded when a file needs
 * it), so the bundle's bytes alone do not tell which one reads.
 */
export function savedIndexKey(request: Omit<SavedIndexRequest, 'indexFile'>, yamlVersion = yamlLibraryVersion): PersistedIndexKey {
  return {
    folder: realpathSync.native(request.folder),
    // A saved index of other code, another library or other elements is another reading.
    readingOf: sha256(`${sha256(readFileSync(request.codeFile))}\nyaml ${yamlVersion}\n${JSON.stringify(request.elements)}`),
  };
}

/**
 * Loads a journal on disk, reusing the entries of the index saved by the last
 * load for files whose stamp is unchanged (see loadDiskJournal). The extension's
 * worker thread and the command line share it; each keeps its index in its own
 * place, never in the journal folder.
 */
export async function loadWithSavedIndex(request: SavedIndexRequest, options: Pick<DiskJournalOptions, 'onSlice' | 'sliceSize' | 'listing'> = {}): Promise<SavedIndexLoad> {
  const key = savedIndexKey(request);
  const saved = readPersistedIndex(request.indexFile, key);
  const journal = await loadDiskJournal(request.folder, new ElementMatcher(request.elements), { ...options, saved, stamp: true });
  const unchanged = saved !== undefined && journal.read === 0 && journal.files.length === saved.files.length;
  return {
    journal,
    save: () => {
      if (!unchanged) {
        writePersistedIndex(request.indexFile, { ...key, stampedAtMs: journal.stampedAtMs, files: journal.files });
      }
    },
  };
}
