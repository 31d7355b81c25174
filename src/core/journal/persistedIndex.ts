import type { JournalEntry } from '../entries/entry';

/**
 * The index of one journal as saved between sessions, so that a restart
 * re-reads only the files that changed. It is a hint, never the truth: each
 * entry is reused only when its file's stamp is the one it was read with,
 * and a file that is corrupt, truncated, of another version or of another
 * journal is ignored as a whole.
 */

/** Bump when the format or the reading of an entry changes: an older file is then ignored. */
export const PERSISTED_INDEX_VERSION = 1;
const MAGIC = 'promotion-journal-index';

/**
 * What the file system says of a file without opening it. A file whose stamp
 * is unchanged is taken as unchanged (as git does), except one modified too
 * close to the moment it was stamped: see `reusableEntry`.
 */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

export interface PersistedFile {
  readonly stamp: FileStamp;
  readonly entry: JournalEntry;
}

/** What makes a saved index belong to this journal, read this way. */
export interface PersistedIndexKey {
  /** The journal folder with its links resolved. */
  readonly folder: string;
  /** The elements entries were matched against, and whatever else changes an entry's reading. */
  readonly readingOf: string;
}

export interface PersistedIndex extends PersistedIndexKey {
  /** When the stamps were taken, before any file was read: this machine's clock, which a file system's times are assumed to follow within the racy margin. */
  readonly stampedAtMs: number;
  readonly files: readonly PersistedFile[];
}

/**
 * A file modified this close to its stamping may change again within the
 * file system's time resolution without its stamp changing (git's "racily
 * clean" files): its saved entry is not trusted.
 */
export const RACY_MS = 2000;

/** The saved text: a header line with a checksum of the body, then the body. */
export function encodePersistedIndex(index: PersistedIndex, checksum: (text: string) => string): string {
  const body = JSON.stringify(index);
  return `${JSON.stringify({ magic: MAGIC, version: PERSISTED_INDEX_VERSION, checksum: checksum(body) })}\n${body}`;
}

/** The saved index when it is whole, of this version and of this journal read this way; undefined otherwise, whatever the text holds. */
export function decodePersistedIndex(text: string, key: PersistedIndexKey, checksum: (text: string) => string): PersistedIndex | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) {
    return undefined;
  }
  const body = text.slice(newline + 1);
  try {
    const header: unknown = JSON.parse(text.slice(0, newline));
    if (!isRecord(header) || header.magic !== MAGIC || header.version !== PERSISTED_INDEX_VERSION || header.checksum !== checksum(body)) {
      return undefined;
    }
    const index: unknown = JSON.parse(body);
    if (!isRecord(index) || index.folder !== key.folder || index.readingOf !== key.readingOf || typeof index.stampedAtMs !== 'number' || !Array.isArray(index.files)) {
      return undefined;
    }
    return index.files.every(isPersistedFile) ? (index as unknown as PersistedIndex) : undefined;
  } catch {
    return undefined;
  }
}

/** The saved entries by path. */
export function savedEntries(index: PersistedIndex | undefined): Map<string, PersistedFile> {
  return new Map(index?.files.map((file) => [file.entry.path, file]));
}

/** The saved entry when the file's stamp now is the one it was read with, and it was not modified too close to that moment. */
export function reusableEntry(saved: PersistedFile | undefined, now: FileStamp, stampedAtMs: number): JournalEntry | undefined {
  if (!saved || !sameStamp(saved.stamp, now)) {
    return undefined;
  }
  return now.mtimeMs < stampedAtMs - RACY_MS ? saved.entry : undefined;
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STAMP_KEYS = ['size', 'mtimeMs', 'ctimeMs', 'ino'] as const;
const LIST_KEYS = ['elements', 'metrics', 'stakeholders', 'tags'] as const;

/** The shape of an entry as the index makes it: a file of the right checksum but the wrong shape is still not trusted. */
function isPersistedFile(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.stamp) || !isRecord(value.entry)) {
    return false;
  }
  const { stamp, entry } = value;
  return (
    STAMP_KEYS.every((key) => typeof stamp[key] === 'number') &&
    typeof entry.path === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.confidential === 'boolean' &&
    (entry.date === undefined || typeof entry.date === 'string') &&
    (entry.impact === undefined || typeof entry.impact === 'string') &&
    LIST_KEYS.every((key) => isStringList(entry[key])) &&
    Array.isArray(entry.problems) &&
    entry.problems.every((problem) => isRecord(problem) && typeof problem.code === 'string' && typeof problem.message === 'string')
  );
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
