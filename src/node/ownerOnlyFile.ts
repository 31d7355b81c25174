import { randomBytes } from 'crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'fs';
import * as path from 'path';

/**
 * Writes a file of the cache (a saved index, a saved output) aside and renames
 * it into place: a reader sees the old file or the new one, never half of one,
 * and of two writers at once the last one's whole file stays. These files hold
 * what entries say, confidential ones too: only their owner may read them,
 * whatever the journal folder allows (folder 0700, file 0600).
 */
export function writeOwnerOnlyFile(file: string, write: (writeAt: (bytes: Uint8Array, position: number) => void) => void): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(aside, 'wx', 0o600);
    const opened = descriptor;
    write((bytes, position) => writeWhole(opened, bytes, position));
    descriptor = undefined; // a close that fails has still released it: it is never closed twice
    closeSync(opened);
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

/** A file of the cache as text; undefined when there is none or it cannot be read: the cache is then as good as empty. */
export function readOwnerOnlyFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** writeSync may write less than it was given. */
function writeWhole(descriptor: number, bytes: Uint8Array, position: number): void {
  for (let written = 0; written < bytes.byteLength; ) {
    written += writeSync(descriptor, bytes, written, bytes.byteLength - written, position + written);
  }
}
