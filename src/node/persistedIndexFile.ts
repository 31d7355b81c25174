import { createHash, randomBytes } from 'crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { decodePersistedIndex, encodePersistedIndex, type PersistedIndex, type PersistedIndexKey } from '../core/journal/persistedIndex';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where the saved index of a journal folder lives inside the extension's storage folder: never in the journal. */
export function persistedIndexFile(storageFolder: string, journalFolder: string): string {
  return path.join(storageFolder, 'journal-index', `${sha256(journalFolder).slice(0, 32)}.json`);
}

/** The saved index, or undefined when there is none, or it is not whole and of this journal: it is then ignored. */
export function readPersistedIndex(file: string, key: PersistedIndexKey): PersistedIndex | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return decodePersistedIndex(text, key, sha256);
}

/**
 * Written aside and renamed into place: a reader sees the old file or the new one, never half of one. The index
 * holds what entries say, confidential ones too: only its owner may read it, whatever the journal folder allows.
 */
export function writePersistedIndex(file: string, index: PersistedIndex): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(aside, encodePersistedIndex(index, sha256), { mode: 0o600 });
    renameSync(aside, file);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}
