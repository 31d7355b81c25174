import { readFileSync } from 'fs';
import type { StrategicElement } from '../core/elements/elements';
import { JournalListing, type FilesState } from './diskJournal';
import { PiecesOfWork } from './eventLoopTurns';
import { journalCacheFile, sha256 } from './persistedIndexFile';
import { savedIndexKey } from './savedIndexLoad';
import { PIECE_MS, STAMP_PIECE_FILES } from './thisThreadLoad';

/** A journal folder listed, and its files' state when every one was stamped (see JournalListing.state). */
export interface StampedListing {
  readonly listing: JournalListing;
  readonly state: FilesState | undefined;
}

/** Lists the folder and stamps every entry file, in pieces between turns of the event loop as the load on that thread stamps them. */
export async function stampedListing(folder: string): Promise<StampedListing> {
  const listing = await JournalListing.of(folder, true);
  const pieces = new PiecesOfWork(PIECE_MS);
  let stamped = 0;
  const state = await listing.state(() => (++stamped % STAMP_PIECE_FILES === 0 || pieces.due ? pieces.pause(true) : undefined));
  return { listing, state };
}

/** Where the saved report of a journal folder lives inside the extension's storage folder, beside its saved index. */
export function savedReportFile(storageFolder: string, journalFolder: string): string {
  return journalCacheFile(storageFolder, 'saved-report', journalFolder);
}

/** A hash of this bundle, once per process: it does not change while it runs. */
let countingCode: string | undefined;

export interface SavedReportRun {
  readonly folder: string;
  readonly elements: readonly StrategicElement[];
  /** The worker's code file: it read the entries the report counts (see savedIndexKey). */
  readonly codeFile: string;
  /** What the report is of besides the entries (see savedReportScope). */
  readonly scope: string;
}

/**
 * What a saved report must be of: this folder and reading (savedIndexKey),
 * the code that counted it (this bundle) and the scope. Undefined when the
 * folder cannot be resolved: nothing is then read or saved.
 */
export function savedReportRun(run: SavedReportRun): string | undefined {
  try {
    const reading = savedIndexKey({ folder: run.folder, elements: run.elements, codeFile: run.codeFile });
    countingCode ??= sha256(readFileSync(__filename));
    return sha256(JSON.stringify({ reading, counting: countingCode, scope: run.scope }));
  } catch {
    return undefined;
  }
}
