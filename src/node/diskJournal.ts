import { createHash } from 'crypto';
import { lstatSync, type Stats } from 'fs';
import type { ElementMatcher } from '../core/elements/elements';
import { isUnreadLink, type JournalEntry } from '../core/entries/entry';
import { isEntryPath, LOAD_SLICE, readJournalEntry } from '../core/journal/journalIndex';
import { journalStatePieces, settledBefore, type StampedFile } from '../core/journal/journalState';
import { reusableEntry, savedEntries, type FileStamp, type PersistedFile, type PersistedIndex } from '../core/journal/persistedIndex';
import { listedFile } from './fileCalls';
import { NodeFileSource } from './nodeFileSource';

export interface DiskJournalOptions {
  /** The index saved by an earlier load of the same journal (see decodePersistedIndex): its entries stand in for files whose stamp is unchanged. */
  readonly saved?: PersistedIndex;
  /** Stamp the files, to save the index for the next load. */
  readonly stamp?: boolean;
  /** Hears of the entries in slices, as they are read; a promise returned holds the next slice back until it settles. */
  readonly onSlice?: (entries: JournalEntry[]) => void | Promise<void>;
  /** Entries per slice (default LOAD_SLICE). */
  readonly sliceSize?: number;
  /** The folder as listed just before: it is not listed again, nor a file stamped twice. */
  readonly listing?: JournalListing;
}

/** A journal's files as stamped: a checksum of their journalStatePieces, and whether every one was settled when stamped. */
export interface FilesState {
  readonly files: string;
  readonly settled: boolean;
}

/**
 * A journal folder as listed, whose entry files are stamped with lstat on
 * demand, once each (see regularFileStamp): a caller can see whether anything
 * changed before it loads, and the load then neither lists nor stamps again.
 */
export class JournalListing {
  private readonly stamps = new Map<string, FileStamp | undefined>();

  private constructor(
    /** The source that listed it: it reads the listed files as it saw them (see NodeFileSource.opensAsListed). */
    readonly source: NodeFileSource,
    /** Taken before the folder was listed, so before any stamp. */
    readonly stampedAtMs: number,
    /** The entry files' paths inside the journal folder, in order. */
    readonly paths: readonly string[],
  ) {}

  /** `inPieces`: the listing yields to the event loop now and then (see NodeFileSource). */
  static async of(folder: string, inPieces = false): Promise<JournalListing> {
    const source = new NodeFileSource(folder, inPieces);
    const stampedAtMs = Date.now();
    return new JournalListing(source, stampedAtMs, (await source.list()).filter(isEntryPath));
  }

  /** The listed file's stamp; undefined for a link, or a file gone since the listing. */
  stamp(relative: string): FileStamp | undefined {
    if (!this.stamps.has(relative)) {
      this.stamps.set(relative, regularFileStamp(listedFile(this.source.root, relative)));
    }
    return this.stamps.get(relative);
  }

  /**
   * The listed files as they are now, every one stamped (see filesState);
   * undefined when one is a link or gone: no state is trusted of such a
   * journal. `pause`, when given, is awaited now and then, so that stamping a
   * large journal is no one long block.
   */
  async state(pause?: () => Promise<void> | undefined): Promise<FilesState | undefined> {
    const files: StampedFile[] = [];
    for (const relative of this.paths) {
      const stamp = this.stamp(relative);
      if (!stamp) {
        return undefined;
      }
      files.push({ path: relative, stamp });
      const paused = pause?.();
      if (paused) {
        await paused; // no await for each file: at 100,000 files, one each cost about 30 ms more
      }
    }
    return filesState(files, this.stampedAtMs, pause);
  }
}

export interface DiskJournal {
  readonly entries: JournalEntry[];
  /** The files to save for the next load (with `stamp`): entries of regular files reached through no link. */
  readonly files: PersistedFile[];
  /** When the stamps were taken: before any file was read. */
  readonly stampedAtMs: number;
  readonly reused: number;
  readonly read: number;
}

/**
 * Lists and reads a journal folder on the local disk with Node's synchronous
 * calls: the command line's load, and the extension's worker thread's. The
 * same listing and the same reading (NodeFileSource, readJournalEntry) as the
 * index's own, so an entry is the same whoever loads it.
 *
 * A saved entry is reused only for a file that the listing saw as a regular
 * file, reached through no link to a folder, and whose stamp (lstat: a link
 * put in its place since has another) is the one it was read with: the same
 * trust as a read that skips resolving a listed file (see FolderReader). A
 * file opened as listed is stamped with the stats of that open, which follows
 * no link in the last step: its lstat, without a second call per file.
 */
export async function loadDiskJournal(folder: string, matcher: ElementMatcher, options: DiskJournalOptions = {}): Promise<DiskJournal> {
  const { listing } = options;
  const source = listing?.source ?? new NodeFileSource(folder);
  const saved = savedEntries(options.saved);
  // Taken before anything is read: a file modified after it is stamped as changed next time.
  const stampedAtMs = listing?.stampedAtMs ?? Date.now();
  const stamping = options.stamp === true || options.saved !== undefined;
  const entries: JournalEntry[] = [];
  const files: PersistedFile[] = [];
  let slice: JournalEntry[] = [];
  let reused = 0;
  let read = 0;
  const lstatStamp = (relative: string) => (listing ? listing.stamp(relative) : regularFileStamp(listedFile(folder, relative)));
  for (const relative of listing?.paths ?? (await source.list()).filter(isEntryPath)) {
    const savedFile = saved.get(relative);
    // A file to be opened as listed is stamped by that open, unless its saved entry needs the stamp first. Any
    // other (a link; every file where the open cannot refuse links, on Windows) is stamped before it is read.
    const stampedByOpen = stamping && source.opensAsListed(relative);
    let stamp = savedFile || (stamping && !stampedByOpen) ? lstatStamp(relative) : undefined;
    let entry = stamp && options.saved ? reusableEntry(savedFile, stamp, options.saved.stampedAtMs) : undefined;
    if (entry) {
      reused++;
    } else {
      let stampRead: ((stats: Stats) => void) | undefined;
      if (stampedByOpen) {
        stamp = undefined; // an open that meets a link put in the file's place since hears nothing: no stamp
        stampRead = (stats) => (stamp = fileStamp(stats));
      }
      entry = await readJournalEntry({ read: (path) => source.read(path, stampRead) }, relative, matcher);
      read++;
    }
    if (!entry) {
      continue; // gone since the listing, or not a file
    }
    entries.push(entry);
    if (stamp && !isUnreadLink(entry)) {
      files.push({ stamp, entry });
    }
    if (options.onSlice) {
      slice.push(entry);
      if (slice.length >= (options.sliceSize ?? LOAD_SLICE)) {
        const handed = slice;
        slice = [];
        await options.onSlice(handed);
      }
    }
  }
  if (options.onSlice && slice.length > 0) {
    await options.onSlice(slice);
  }
  return { entries, files, stampedAtMs, reused, read };
}

/**
 * The state of files stamped at `stampedAtMs` (or just after): a checksum of
 * journalStatePieces, hashed a piece at a time with `pause` between, and
 * whether all were modified before the racy margin of the stamping
 * (settledBefore).
 */
export async function filesState(files: readonly StampedFile[], stampedAtMs: number, pause?: () => Promise<void> | undefined): Promise<FilesState> {
  const hash = createHash('sha256');
  for (const piece of journalStatePieces(files)) {
    hash.update(piece);
    await pause?.();
  }
  return { files: hash.digest('hex'), settled: settledBefore(files, stampedAtMs) };
}

/**
 * The files as the load read them, each with the stamp of its reading (see
 * JournalListing.state); undefined when an entry's file was not stamped (a
 * link, or a load that stamped nothing).
 */
export async function loadedState(journal: DiskJournal): Promise<FilesState | undefined> {
  const files = journal.files.map(({ entry, stamp }) => ({ path: entry.path, stamp }));
  return files.length === journal.entries.length ? filesState(files, journal.stampedAtMs) : undefined;
}

/** The stamp of a regular file, not following a link; undefined for a link or anything else. */
export function regularFileStamp(file: string): FileStamp | undefined {
  try {
    const stats = lstatSync(file);
    return stats.isFile() ? fileStamp(stats) : undefined;
  } catch {
    return undefined;
  }
}

function fileStamp(stats: Stats): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}
