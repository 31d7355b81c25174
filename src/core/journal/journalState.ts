import { RACY_MS, type FileStamp } from './persistedIndex';

/** A file of the journal as stamped: its path inside the journal folder, and its stamp. */
export interface StampedFile {
  readonly path: string;
  readonly stamp: FileStamp;
}

/**
 * The journal's files as they are, in bytes: the same files with the same
 * stamps make the same bytes, in whatever order they come, and a file edited,
 * added, removed or renamed changes them. What the saved index trusts of one
 * file (see `reusableEntry`), this trusts of all of them together. The
 * stamps go in as 64-bit numbers and the paths as UTF-8 joined by NUL (never
 * in a path): writing 30,000 times as text took 35 ms of one block at
 * 10,000 files, this a few.
 */
export function journalStateBytes(files: readonly StampedFile[]): Uint8Array {
  const ordered = inPathOrder(files) ? files : [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const numbers = new Float64Array(1 + ordered.length * 4);
  numbers[0] = ordered.length;
  ordered.forEach(({ stamp }, at) => {
    numbers[1 + at * 4] = stamp.size;
    numbers[2 + at * 4] = stamp.mtimeMs;
    numbers[3 + at * 4] = stamp.ctimeMs;
    numbers[4 + at * 4] = stamp.ino;
  });
  const paths = new TextEncoder().encode(ordered.map(({ path }) => path).join('\0'));
  const bytes = new Uint8Array(numbers.byteLength + paths.byteLength);
  bytes.set(new Uint8Array(numbers.buffer), 0);
  bytes.set(paths, numbers.byteLength);
  return bytes;
}

function inPathOrder(files: readonly StampedFile[]): boolean {
  for (let at = 1; at < files.length; at++) {
    if (!(files[at - 1].path < files[at].path)) {
      return false;
    }
  }
  return true;
}

/**
 * Whether every file was last modified before the racy margin of a stamping at
 * `stampedAtMs`: only then does each stamp stand for the bytes read after it
 * (see RACY_MS).
 */
export function settledBefore(files: readonly StampedFile[], stampedAtMs: number): boolean {
  return files.every(({ stamp }) => stamp.mtimeMs < stampedAtMs - RACY_MS);
}
