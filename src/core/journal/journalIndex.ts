import type { ElementMatcher } from '../elements/elements';
import type { JournalEntry } from '../entries/entry';
import { Emitter } from './events';
import { parseEntry } from '../entries/parseEntry';

/** What changed in one update of the index. */
export interface JournalChange {
  readonly changed: readonly string[];
  readonly deleted: readonly string[];
}

/** What an update of the index changed, with the entry objects that left it and entered it. */
export interface JournalIndexChange extends JournalChange {
  /** Entries no longer in the index: deleted, or replaced by a new reading of their file. */
  readonly removed: readonly JournalEntry[];
  readonly added: readonly JournalEntry[];
}

/** Where the index reads files from: the VS Code file system, Node's, or a test's. */
export interface JournalFileSource {
  /** Every entry file under the journal folder, relative to it, with `/`. */
  list(): Promise<string[]>;
  /**
   * The file's bytes; its size alone when it is over MAX_ENTRY_BYTES and the
   * source can tell without loading it; or why it was not read at all (a link
   * leading out of the journal folder). Rejects when the file is not an entry:
   * gone, a directory, not a regular file, no permission.
   */
  read(path: string): Promise<Uint8Array | OversizedFile | RefusedFile>;
  /** How many reads to keep in flight: more for a source with a high cost per call. */
  readonly parallelReads?: number;
  /**
   * Lists and reads the whole journal elsewhere (a worker thread), the same
   * way as `list` and `read` with `readJournalEntry`, handing the entries over
   * in slices. Resolves to false, having handed over nothing, when it cannot:
   * the index then lists and reads the files itself.
   */
  readAll?(matcher: ElementMatcher, onSlice: (entries: readonly JournalEntry[]) => void): Promise<boolean>;
}

/** Returned instead of the bytes of a file too large to be an entry. */
export interface OversizedFile {
  readonly oversized: number;
}

/**
 * Returned instead of the bytes of a file the journal does not read because of
 * where it leads: a link to a file outside the journal folder, or a link where
 * the file system cannot tell where it leads.
 */
export interface RefusedFile {
  readonly refused: 'link-outside' | 'link-unchecked';
}

/** Files over this size are not read as entries; the limit is documented in the README. */
export const MAX_ENTRY_BYTES = 1024 * 1024;

const MAX_PARALLEL_READS = 32;
/** Entries per change event while a whole journal loads. */
export const LOAD_SLICE = 200;
/**
 * Entries per hand-over from a load elsewhere (JournalFileSource.readAll), one
 * turn of the event loop each: slices of 200 made a saved index of 10,000
 * entries wait on 50 round trips from a worker. The extension host takes 500
 * in within a few milliseconds to about 20 (measured on a busy 2-core machine).
 */
export const HAND_OVER_SLICE = 500;

/** Folders that hold tools' data, never entries; nor do hidden folders (`.git`, `.obsidian`...). */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Whether a folder of the journal, by its name, is searched for entries: the one rule of every folder walk. */
export function isSearchedFolder(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);
}

export function isEntryPath(path: string): boolean {
  return /\.md$/i.test(path);
}

/**
 * The journal's entries by path. Updated file by file: an update reads only
 * the files named in it, never the others.
 */
export class JournalIndex {
  private readonly entries = new Map<string, JournalEntry>();
  private readonly changeEmitter = new Emitter<JournalIndexChange>();
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly source: JournalFileSource,
    private readonly matcher: ElementMatcher,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(path: string): JournalEntry | undefined {
    return this.entries.get(path);
  }

  all(): IterableIterator<JournalEntry> {
    return this.entries.values();
  }

  /**
   * Reads the whole journal, replacing what the index held. Listeners hear of
   * it in slices of LOAD_SLICE entries as they are read, so a large journal
   * shows up while it loads. The first event removes the entry objects the
   * index held (each file read again is a new one); the last one, always
   * fired, names the paths that are gone.
   */
  async loadAll(): Promise<void> {
    const previous = new Map(this.entries);
    this.entries.clear();
    let removed: JournalEntry[] = [...previous.values()];
    let slice: JournalEntry[] = [];
    const flush = (last: boolean) => {
      if (slice.length > 0 || removed.length > 0 || last) {
        // A file that vanished between listing and reading is gone, like an unlisted one.
        const deleted = last ? [...previous.keys()].filter((path) => !this.entries.has(path)) : [];
        this.changeEmitter.fire({ changed: slice.map((entry) => entry.path), deleted, removed, added: slice });
      }
      slice = [];
      removed = [];
    };
    const add = (entry: JournalEntry) => {
      this.entries.set(entry.path, entry);
      slice.push(entry);
      if (slice.length >= LOAD_SLICE) {
        flush(false);
      }
    };
    const readElsewhere = await this.source.readAll?.(this.matcher, (entries) => entries.forEach(add));
    if (!readElsewhere) {
      await this.readInto((await this.source.list()).filter(isEntryPath), add);
    }
    flush(true);
  }

  /** Re-reads the changed files and forgets the deleted ones; a rename is a delete plus a change. */
  async update(change: JournalChange): Promise<void> {
    // A path named twice would be read twice, and both readings reported as added.
    const changed = [...new Set(change.changed.filter(isEntryPath))];
    const removed: JournalEntry[] = [];
    const deleted = change.deleted.filter((path) => {
      const entry = this.entries.get(path);
      if (entry) {
        removed.push(entry);
        this.entries.delete(path);
      }
      return entry !== undefined;
    });
    for (const path of changed) {
      const entry = this.entries.get(path);
      if (entry) {
        removed.push(entry);
      }
    }
    const added: JournalEntry[] = [];
    const vanished = await this.readInto(changed, (entry) => added.push(entry));
    if (changed.length > 0 || deleted.length > 0) {
      this.changeEmitter.fire({ changed: changed.filter((path) => !vanished.includes(path)), deleted: [...deleted, ...vanished], removed, added });
    }
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }

  /** Reads files a few at a time, handing each entry over as it is read; returns the paths that vanished before they could be. */
  private async readInto(paths: readonly string[], onEntry: (entry: JournalEntry) => void): Promise<string[]> {
    const vanished: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < paths.length) {
        const path = paths[next++];
        const entry = await this.readEntry(path);
        if (entry) {
          this.entries.set(path, entry);
          onEntry(entry);
        } else {
          this.entries.delete(path);
          vanished.push(path);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.source.parallelReads ?? MAX_PARALLEL_READS, paths.length) }, worker));
    return vanished;
  }

  private readEntry(path: string): Promise<JournalEntry | undefined> {
    return readJournalEntry(this.source, path, this.matcher);
  }
}

/** One file of the journal as an entry, or undefined when it is not one (gone, a folder, a FIFO...): the one reading of every path that loads entries. */
export async function readJournalEntry(source: Pick<JournalFileSource, 'read'>, path: string, matcher: ElementMatcher): Promise<JournalEntry | undefined> {
  let bytes: Uint8Array;
  try {
    const read = await source.read(path);
    if ('oversized' in read) {
      return tooLargeEntry(path, read.oversized);
    }
    if ('refused' in read) {
      return problemEntry(path, read.refused, REFUSED_MESSAGES[read.refused]);
    }
    bytes = read;
  } catch {
    // Gone between listing and reading, a directory or FIFO named *.md, a link to nothing: not an entry.
    return undefined;
  }
  return entryFromBytes(path, bytes, matcher);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses one file; bytes that are not UTF-8 text make a problem entry. */
export function entryFromBytes(path: string, bytes: Uint8Array, matcher: ElementMatcher): JournalEntry {
  if (bytes.byteLength > MAX_ENTRY_BYTES) {
    return tooLargeEntry(path, bytes.byteLength);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problemEntry(path, 'not-text', 'Not read: the file is not UTF-8 text.');
  }
  if (text.includes('\u0000')) {
    return problemEntry(path, 'not-text', 'Not read: the file holds binary data, not text.');
  }
  return parseEntry(path, text, matcher);
}

function tooLargeEntry(path: string, byteLength: number): JournalEntry {
  return problemEntry(path, 'too-large', `Not read: the file is ${(byteLength / 1048576).toFixed(1)} MB; entries over 1 MB are skipped.`);
}

const REFUSED_MESSAGES: Record<RefusedFile['refused'], string> = {
  'link-outside': 'Not read: this is a link to a file outside the journal folder.',
  'link-unchecked': 'Not read: this is a link, and in this workspace the journal cannot check where it leads.',
};

function problemEntry(path: string, code: 'too-large' | 'not-text' | RefusedFile['refused'], message: string): JournalEntry {
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  return {
    path,
    title: fileName.replace(/\.md$/i, ''),
    elements: [],
    metrics: [],
    stakeholders: [],
    tags: [],
    confidential: false,
    problems: [{ code, message }],
  };
}
