import { RACY_MS, type FileStamp } from './persistedIndex';

/** A file of the journal as stamped: its path inside the journal folder, and its stamp. */
export interface StampedFile {
  readonly path: string;
  readonly stamp: FileStamp;
}

/**
 * The journal's files as they are, one line per file in the order of their
 * paths: the same files with the same stamps make the same text, and a file
 * edited, added, removed or renamed changes it. What the saved index trusts of
 * one file (see `reusableEntry`), this trusts of all of them together.
 */
export function journalStateText(files: readonly StampedFile[]): string {
  const lines = files.map(({ path, stamp }) => `${JSON.stringify(path)} ${stamp.size} ${stamp.mtimeMs} ${stamp.ctimeMs} ${stamp.ino}\n`);
  return lines.sort().join('');
}

/**
 * Whether every file was last modified before the racy margin of a stamping at
 * `stampedAtMs`: only then does each stamp stand for the bytes read after it
 * (see RACY_MS).
 */
export function settledBefore(files: readonly StampedFile[], stampedAtMs: number): boolean {
  return files.every(({ stamp }) => stamp.mtimeMs < stampedAtMs - RACY_MS);
}
