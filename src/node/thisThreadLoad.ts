import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import type { ElementMatcher } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { HAND_OVER_SLICE, isEntryPath, readJournalEntry } from '../core/journal/journalIndex';
import { PersistedIndexDecoder, reusableEntry, type PersistedFile, type PersistedIndex, type PersistedIndexKey } from '../core/journal/persistedIndex';
import type { StampedFile } from '../core/journal/journalState';
import { filesState, regularFileStamp, type FilesState, type JournalListing } from './diskJournal';
import { nextTurn, PiecesOfWork } from './eventLoopTurns';
import { listedFile } from './fileCalls';
import { NodeFileSource } from './nodeFileSource';
import { savedIndexKey } from './savedIndexLoad';

export interface ThisThreadRequest {
  readonly folder: string;
  readonly matcher: ElementMatcher;
  /** The index saved by the last load; none when the extension has no storage on this disk. */
  readonly indexFile?: string;
  /** The code that read the saved entries (the worker's): an index of other code is another reading. */
  readonly codeFile: string;
  /** The folder as listed and stamped just before (see JournalListing): it is not listed again, nor a file stamped twice. */
  readonly listing?: JournalListing;
}

export interface ThisThreadLoad {
  readonly reused: number;
  readonly read: number;
  /** Whether a new index should be saved: there is none, or files were read or are gone since it was saved. */
  readonly indexOutdated: boolean;
  /** The files as this load stamped them before reading (see JournalListing.state), worked out when asked; undefined when a file was not stamped (no index, a link, gone). */
  readonly state: () => Promise<FilesState | undefined>;
}

/**
 * Files read on this thread at most: past that, a worker thread reads them.
 * Starting a worker costs 200 to 300 ms on a busy 2-core machine; reading and
 * parsing a file here 0.1 to 0.3 ms. Measured in the workbench, a first start
 * on 1,000 files had its flags correct sooner this way (median 680 ms against
 * 910 ms with the worker); at 2,000 still sooner, but with blocks of up to
 * 45 ms; at 5,000 no sooner, and nothing shown until the whole journal is read.
 */
export const MAX_READS_ON_THIS_THREAD = 1000;

// Pieces of work between two turns of the event loop, each a few milliseconds on a busy 2-core machine.
/** About this much of the saved index is checked and made text per turn of the event loop. */
const TEXT_PIECE_BYTES = 1 << 20;
const DECODE_PIECE_FILES = 250;
export const STAMP_PIECE_FILES = 250;
/** Stamps and reads wait on the disk: on a slow one (a network home) a piece ends sooner, so no block grows with the disk's latency. */
export const PIECE_MS = 8;

/**
 * Loads a journal on this thread when few of its files need reading: the
 * entries of the saved index stand in for unchanged files (with the trust of
 * loadDiskJournal), and at most MAX_READS_ON_THIS_THREAD files are read, the
 * same way the worker reads them. A restart of an unchanged or lightly edited
 * journal, and the first start of a small one, then wait on no worker thread.
 * The work goes in pieces between turns of the event loop.
 *
 * Returns what was reused and read; undefined when more files need reading,
 * or a check failed: then nothing was handed over.
 */
export async function loadOnThisThread(request: ThisThreadRequest, onSlice: (entries: JournalEntry[]) => void): Promise<ThisThreadLoad | undefined> {
  const loaded = await entriesOnThisThread(request).catch(() => undefined);
  if (loaded === undefined) {
    return undefined;
  }
  for (let at = 0; at < loaded.entries.length; at += HAND_OVER_SLICE) {
    onSlice(loaded.entries.slice(at, at + HAND_OVER_SLICE));
    await nextTurn();
  }
  return { reused: loaded.reused, read: loaded.read, indexOutdated: loaded.indexOutdated, state: loaded.state };
}

async function entriesOnThisThread(request: ThisThreadRequest): Promise<(ThisThreadLoad & { entries: JournalEntry[] }) | undefined> {
  const { listing } = request;
  const source = listing?.source ?? new NodeFileSource(request.folder, true);
  const opened = request.indexFile === undefined ? undefined : await openSavedIndex(request.indexFile, () => savedIndexKey({ folder: request.folder, elements: request.matcher.elements, codeFile: request.codeFile }));
  // Listed while the index is checked, the listing waiting mostly on the disk; never further than this thread would go.
  const listed = listing ? Promise.resolve(listing.paths) : source.listUpTo((opened?.decoder.fileCount ?? 0) + MAX_READS_ON_THIS_THREAD);
  const index = opened && (await checkedIndex(opened));
  const paths = (await listed)?.filter(isEntryPath);
  if (!paths || paths.length - (index ? index.files.length : 0) > MAX_READS_ON_THIS_THREAD) {
    return undefined; // more files than this thread reads: the worker lists and reads them
  }
  const pieces = new PiecesOfWork(PIECE_MS);
  // By path, in pieces: at 100,000 files, one Map built in one go (savedEntries) blocked this thread for 150 ms.
  const saved = new Map<string, PersistedFile>();
  for (const file of index?.files ?? []) {
    saved.set(file.entry.path, file);
    if (saved.size % DECODE_PIECE_FILES === 0) {
      await pieces.pause();
    }
  }
  const found: (JournalEntry | undefined)[] = [];
  const toRead: number[] = [];
  /** Reads of regular files: only those change what the index holds (links are never saved in it). */
  let stampedReads = 0;
  // Taken before any stamp: a file modified after it is not settled (see settledBefore).
  const stampedAtMs = listing?.stampedAtMs ?? Date.now();
  const stamped: StampedFile[] = [];
  let everyStamped = index !== undefined;
  for (const relative of paths) {
    // Without an index every file is read: a stamp would serve nothing (the worker stamps its own when it saves one).
    const stamp = !index ? undefined : listing ? listing.stamp(relative) : regularFileStamp(listedFile(request.folder, relative));
    if (stamp) {
      stamped.push({ path: relative, stamp });
    } else {
      everyStamped = false;
    }
    const entry = stamp && index ? reusableEntry(saved.get(relative), stamp, index.stampedAtMs) : undefined;
    if (!entry) {
      toRead.push(found.length);
      stampedReads += stamp ? 1 : 0;
      if (toRead.length > MAX_READS_ON_THIS_THREAD) {
        return undefined;
      }
    }
    found.push(entry);
    // Checked without an await per file: at 100,000 files, awaiting each step cost about 30 ms more.
    if (found.length % STAMP_PIECE_FILES === 0 || pieces.due) {
      await pieces.pause(true);
    }
  }
  for (const at of toRead) {
    found[at] = await readJournalEntry(source, paths[at], request.matcher); // undefined: gone since the listing, or not a file
    await pieces.pause();
  }
  const reused = paths.length - toRead.length;
  return {
    entries: found.filter((entry): entry is JournalEntry => entry !== undefined),
    reused,
    read: toRead.length,
    // Nothing to save for a journal with no entry (or no folder): there is nothing to reuse.
    indexOutdated: paths.length > 0 && (index === undefined || stampedReads > 0 || index.files.length !== reused),
    state: async () => (everyStamped ? filesState(stamped, stampedAtMs, nextTurn) : undefined),
  };
}

interface OpenedIndex {
  readonly decoder: PersistedIndexDecoder;
  /** The bytes after the header line: what its checksum is of. */
  readonly body: Buffer;
  /** Where in `body` the file lines start, after the head line; undefined when the head is the last line. */
  readonly linesAt: number | undefined;
}

/**
 * The saved index opened, when its header and head are of this version, journal and reading; undefined when not, or
 * missing. The key (the journal folder resolved, a hash of the worker's code) is worked out only when there is a file.
 * Only the first two lines become text here: the file lines follow in pieces (checkedIndex).
 */
async function openSavedIndex(indexFile: string, key: () => PersistedIndexKey): Promise<OpenedIndex | undefined> {
  const bytes = await fs.readFile(indexFile).catch(() => undefined);
  const headerEnd = bytes?.indexOf(0x0a) ?? -1;
  if (!bytes || headerEnd < 0) {
    return undefined;
  }
  const body = bytes.subarray(headerEnd + 1);
  const headEnd = body.indexOf(0x0a);
  const decoder = PersistedIndexDecoder.open(bytes.toString('utf8', 0, headEnd < 0 ? bytes.length : headerEnd + 1 + headEnd + 1), key());
  return decoder && { decoder, body, linesAt: headEnd < 0 ? undefined : headEnd + 1 };
}

/** The saved index when its checksum matches and every file decodes; undefined when not. */
async function checkedIndex({ decoder, body, linesAt }: OpenedIndex): Promise<PersistedIndex | undefined> {
  const checksum = createHash('sha256');
  for (let at = 0; at < body.length; ) {
    // Pieces end at a line's end, so that each becomes text on its own.
    const newline = at + TEXT_PIECE_BYTES < body.length ? body.indexOf(0x0a, at + TEXT_PIECE_BYTES) : -1;
    const end = newline < 0 ? body.length : newline + 1;
    checksum.update(body.subarray(at, end));
    if (linesAt !== undefined && end > linesAt) {
      decoder.addLines(body.toString('utf8', Math.max(at, linesAt), end));
    }
    at = end;
    await nextTurn();
  }
  if (checksum.digest('hex') !== decoder.checksum) {
    return undefined;
  }
  while (decoder.decodeFiles(DECODE_PIECE_FILES) && !decoder.done) {
    await nextTurn();
  }
  return decoder.result();
}
