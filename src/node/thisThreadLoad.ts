import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import type { StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { HAND_OVER_SLICE, isEntryPath } from '../core/journal/journalIndex';
import { PersistedIndexDecoder, reusableEntry, savedEntries } from '../core/journal/persistedIndex';
import { regularFileStamp } from './diskJournal';
import { listedFile } from './fileCalls';
import { NodeFileSource } from './nodeFileSource';
import { savedIndexKey } from './savedIndexLoad';

export interface UnchangedJournalRequest {
  readonly folder: string;
  readonly elements: readonly StrategicElement[];
  readonly indexFile: string;
  /** The code that read the saved entries (the worker's): an index of other code is another reading. */
  readonly codeFile: string;
}

// Pieces of work between two turns of the event loop, each a few milliseconds on a busy 2-core machine.
const HASH_PIECE_BYTES = 1 << 20;
const DECODE_PIECE_FILES = 250;
const STAMP_PIECE_FILES = 250;
/** Stamping waits on the disk: on a slow one (a network home) a piece ends sooner, so no block grows with the disk's latency. */
const STAMP_PIECE_MS = 8;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Takes a journal in from its saved index on this thread when not one file
 * changed, was added or went since the index was saved: the restart of an
 * unchanged journal then waits on no worker thread to start (200 to 300 ms
 * on a busy 2-core machine). Every file is stamped first, with the trust of
 * loadDiskJournal, and the work goes in pieces between turns of the event loop.
 *
 * Returns the number of entries handed over; undefined when anything differs,
 * the index is missing or not whole, or a check failed: then nothing was handed over.
 */
export async function takeInUnchangedJournal(request: UnchangedJournalRequest, onSlice: (entries: JournalEntry[]) => void): Promise<number | undefined> {
  const entries = await unchangedEntries(request).catch(() => undefined);
  if (entries === undefined) {
    return undefined;
  }
  for (let at = 0; at < entries.length; at += HAND_OVER_SLICE) {
    onSlice(entries.slice(at, at + HAND_OVER_SLICE));
    await turn();
  }
  return entries.length;
}

/** Every entry of the saved index, when each is reusable and no file is missing from it. */
async function unchangedEntries(request: UnchangedJournalRequest): Promise<JournalEntry[] | undefined> {
  const bytes = await fs.readFile(request.indexFile).catch(() => undefined);
  const headerEnd = bytes?.indexOf(0x0a) ?? -1;
  const decoder = bytes && headerEnd >= 0 ? PersistedIndexDecoder.open(bytes.toString('utf8'), savedIndexKey(request)) : undefined;
  if (!bytes || !decoder) {
    return undefined; // a first start lists nothing here: the worker lists the journal
  }
  // Listed while the index is checked: the listing waits mostly on the disk.
  const listing = new NodeFileSource(request.folder).list().catch(() => undefined);
  const checksum = createHash('sha256');
  for (let at = headerEnd + 1; at < bytes.length; at += HASH_PIECE_BYTES) {
    checksum.update(bytes.subarray(at, at + HASH_PIECE_BYTES));
    await turn();
  }
  if (checksum.digest('hex') !== decoder.checksum) {
    return undefined;
  }
  while (decoder.decodeFiles(DECODE_PIECE_FILES) && !decoder.done) {
    await turn();
  }
  const index = decoder.result();
  const paths = (await listing)?.filter(isEntryPath);
  if (!index || !paths || paths.length !== index.files.length) {
    return undefined;
  }
  const saved = savedEntries(index);
  const entries: JournalEntry[] = [];
  let pieceStart = performance.now();
  for (const relative of paths) {
    const stamp = regularFileStamp(listedFile(request.folder, relative));
    const entry = stamp && reusableEntry(saved.get(relative), stamp, index.stampedAtMs);
    if (!entry) {
      return undefined;
    }
    entries.push(entry);
    if (entries.length % STAMP_PIECE_FILES === 0 || performance.now() - pieceStart > STAMP_PIECE_MS) {
      await turn();
      pieceStart = performance.now();
    }
  }
  return entries;
}
