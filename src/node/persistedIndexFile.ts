import { createHash } from 'crypto';
import * as path from 'path';
import { decodePersistedIndex, persistedIndexBody, persistedIndexHeader, type PersistedIndex, type PersistedIndexKey } from '../core/journal/persistedIndex';
import { readOwnerOnlyFile, writeOwnerOnlyFile } from './ownerOnlyFile';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where a cache file of a journal folder lives (a saved index, a saved output): one per folder and kind, in the cache or storage folder, never in the journal. */
export function journalCacheFile(cacheFolder: string, kind: 'journal-index' | 'saved-output' | 'saved-report', journalFolder: string): string {
  return path.join(cacheFolder, kind, `${sha256(journalFolder).slice(0, 32)}.json`);
}

/** Where the saved index of a journal folder lives inside the extension's storage folder (or the command line's cache). */
export function persistedIndexFile(storageFolder: string, journalFolder: string): string {
  return journalCacheFile(storageFolder, 'journal-index', journalFolder);
}

/** The saved index, or undefined when there is none, or it is not whole and of this journal: it is then ignored. */
export function readPersistedIndex(file: string, key: PersistedIndexKey): PersistedIndex | undefined {
  const text = readOwnerOnlyFile(file);
  return text === undefined ? undefined : decodePersistedIndex(text, key, sha256);
}

/**
 * Written aside and renamed into place (see writeOwnerOnlyFile). The body is hashed and written a piece at a
 * time, after room for the header line, which goes in last: a checksum in hex has one length, so the header's
 * is known before the checksum is.
 */
export function writePersistedIndex(file: string, index: PersistedIndex): void {
  writeOwnerOnlyFile(file, (writeAt) => {
    const headerBytes = Buffer.byteLength(persistedIndexHeader(sha256('')));
    const checksum = createHash('sha256');
    let at = headerBytes;
    for (const piece of persistedIndexBody(index)) {
      const bytes = Buffer.from(piece, 'utf8');
      checksum.update(bytes);
      writeAt(bytes, at);
      at += bytes.byteLength;
    }
    const header = Buffer.from(persistedIndexHeader(checksum.digest('hex')), 'utf8');
    if (header.byteLength !== headerBytes) {
      throw new Error('the index header changed length');
    }
    writeAt(header, 0);
  });
}
