import type { JournalEntry } from '../entries/entry';
import { isRecord, parsedRecord } from './jsonRecord';

/**
 * The index of one journal as saved between sessions, so that a restart
 * re-reads only the files that changed. It is a hint, never the truth: each
 * entry is reused only when its file's stamp is the one it was read with,
 * and a file that is corrupt, truncated, of another version or of another
 * journal is ignored as a whole.
 */

/** Bump when the format or the reading of an entry changes: an older file is then ignored. */
export const PERSISTED_INDEX_VERSION = 2;
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

/**
 * The saved text: a header line with a checksum of the rest, a line naming
 * the journal and how many files follow, then one line per file. A line per
 * file lets a busy thread decode a few hundred at a time (PersistedIndexDecoder).
 */
export function encodePersistedIndex(index: PersistedIndex, checksum: (text: string) => string): string {
  const body = [...persistedIndexBody(index)].join('');
  return persistedIndexHeader(checksum(body)) + body;
}

/** Files per piece of persistedIndexBody: a few hundred kilobytes. */
const FILES_PER_PIECE = 1000;

/**
 * The text after the header line, in pieces that join into it: a writer can
 * hash and write one at a time. Made in one go, the text of 100,000 files was
 * held in several copies at once (the lines, the body, the whole file, its
 * bytes), about 200 MB more for a 47 MB index.
 */
export function* persistedIndexBody(index: PersistedIndex): Generator<string> {
  const head: SavedHead = { folder: index.folder, readingOf: index.readingOf, stampedAtMs: index.stampedAtMs, files: index.files.length };
  yield JSON.stringify(head);
  for (let at = 0; at < index.files.length; at += FILES_PER_PIECE) {
    const lines = index.files.slice(at, at + FILES_PER_PIECE).map((file) => JSON.stringify({ stamp: file.stamp, entry: file.entry }));
    yield `\n${lines.join('\n')}`;
  }
}

/** The header line, ending in its newline: what it says of the body is its checksum, which a SHA-256 in hex is. */
export function persistedIndexHeader(checksum: string): string {
  return `${JSON.stringify({ magic: MAGIC, version: PERSISTED_INDEX_VERSION, checksum })}\n`;
}

/** The saved index when it is whole, of this version and of this journal read this way; undefined otherwise, whatever the text holds. */
export function decodePersistedIndex(text: string, key: PersistedIndexKey, checksum: (text: string) => string): PersistedIndex | undefined {
  const decoder = PersistedIndexDecoder.open(text, key);
  if (!decoder || checksum(text.slice(text.indexOf('\n') + 1)) !== decoder.checksum) {
    return undefined;
  }
  decoder.decodeFiles(Infinity);
  return decoder.result();
}

interface SavedHead extends PersistedIndexKey {
  readonly stampedAtMs: number;
  readonly files: number;
}

/**
 * Decodes a saved index some files at a time, from text that may come in
 * pieces (a thread that must not block turns a large file into text a piece
 * at a time: 47 MB in one go took 45 ms). The caller checks the text after
 * the header line against `checksum` before trusting the result; until then,
 * and for any line that is not a file of the right shape, the result is
 * undefined.
 */
export class PersistedIndexDecoder {
  private readonly files: PersistedFile[] = [];
  /** The file lines, in pieces that each end at the end of a line (the last may end without a newline); empty pieces count for nothing. */
  private readonly pieces: string[] = [];
  private piece = 0;
  private at = 0;
  /** A newline was read, so a line follows it, if only an empty one (which is broken): the whole text's lines are its pieces joined, split at newlines. */
  private lineDue = false;
  private broken = false;

  private constructor(
    readonly checksum: string,
    private readonly head: SavedHead,
  ) {}

  /**
   * A decoder when the text's header and head are of this version and this
   * journal; undefined otherwise. Any text after the head's newline is the
   * first piece of file lines; `addLines` gives the rest.
   */
  static open(text: string, key: PersistedIndexKey): PersistedIndexDecoder | undefined {
    const headerEnd = text.indexOf('\n');
    const headEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
    const header = headerEnd < 0 ? undefined : parsedRecord(text.slice(0, headerEnd));
    if (!header || header.magic !== MAGIC || header.version !== PERSISTED_INDEX_VERSION || typeof header.checksum !== 'string') {
      return undefined;
    }
    const head = parsedRecord(text.slice(headerEnd + 1, headEnd < 0 ? undefined : headEnd));
    if (!head || head.folder !== key.folder || head.readingOf !== key.readingOf || typeof head.stampedAtMs !== 'number' || !Number.isSafeInteger(head.files)) {
      return undefined;
    }
    const decoder = new PersistedIndexDecoder(header.checksum, head as unknown as SavedHead);
    if (headEnd >= 0) {
      decoder.lineDue = true;
      decoder.addLines(text.slice(headEnd + 1));
    }
    return decoder;
  }

  /** The next piece of file lines, starting where the last piece ended; it may come after files were decoded. */
  addLines(text: string): void {
    this.pieces.push(text);
  }

  /** Decodes up to `count` more files; false once the text is known not to be a whole index. */
  decodeFiles(count: number): boolean {
    let decoded = 0;
    while (decoded < count && !this.broken && this.piece < this.pieces.length) {
      const text = this.pieces[this.piece];
      if (this.at >= text.length) {
        this.piece++;
        this.at = 0;
        continue;
      }
      const end = text.indexOf('\n', this.at);
      const file = parsedRecord(text.slice(this.at, end < 0 ? undefined : end));
      if (file && isPersistedFile(file)) {
        this.files.push(file as unknown as PersistedFile);
      } else {
        this.broken = true;
      }
      this.at = end < 0 ? text.length : end + 1;
      this.lineDue = end >= 0;
      decoded++;
    }
    this.broken ||= this.files.length > this.head.files;
    return !this.broken;
  }

  /** How many files the index holds, as its head says: known before any is decoded. */
  get fileCount(): number {
    return this.head.files;
  }

  /** Whether every line given so far has been decoded. */
  get done(): boolean {
    return this.broken || this.pieces.slice(this.piece).every((text, index) => (index === 0 ? this.at : 0) >= text.length);
  }

  /** The index once every line is decoded and it holds the files its head counts; undefined otherwise (a text ending in a newline ends in an empty line). */
  result(): PersistedIndex | undefined {
    if (!this.done || this.broken || this.lineDue || this.files.length !== this.head.files) {
      return undefined;
    }
    return { folder: this.head.folder, readingOf: this.head.readingOf, stampedAtMs: this.head.stampedAtMs, files: this.files };
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
