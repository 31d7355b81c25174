import { createHash, randomBytes } from 'crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'fs';
import * as path from 'path';
import { decodePersistedIndex, persistedIndexBody, persistedIndexHeader, type PersistedIndex, type PersistedIndexKey } from '../core/journal/persistedIndex';

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
 * The body is hashed and written a piece at a time, after room for the header line, which goes in last: a checksum
 * in hex has one length, so the header's is known before the checksum is.
 */
export function writePersistedIndex(file: string, index: PersistedIndex): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(aside, 'wx', 0o600);
    const headerBytes = Buffer.byteLength(persistedIndexHeader(sha256('')));
    const checksum = createHash('sha256');
    let at = headerBytes;
    for (const piece of persistedIndexBody(index)) {
      const bytes = Buffer.from(piece, 'utf8');
      checksum.update(bytes);
      writeWhole(descriptor, bytes, at);
      at += bytes.byteLength;
    }
    const header = Buffer.from(persistedIndexHeader(checksum.digest('hex')), 'utf8');
    if (header.byteLength !== headerBytes) {
      throw new Error('the index header changed length');
    }
    writeWhole(descriptor, header, 0);
    const written = descriptor;
    descriptor = undefined; // a close that fails has still released it: it is never closed twice
    closeSync(written);
    renameSync(aside, file);
  } catch (error) {
    if (descriptor !== undefined) {
      try {
        closeSync(descriptor);
      } catch {
        // the first error is the one to report
      }
    }
    rmSync(aside, { force: true });
    throw error;
  }
}

/** writeSync may write less than it was given. */
function writeWhole(descriptor: number, bytes: Uint8Array, position: number): void {
  for (let written = 0; written < bytes.byteLength; ) {
    written += writeSync(descriptor, bytes, written, bytes.byteLength - written, position + written);
  }
}
