import { readFileSync } from 'fs';
import * as path from 'path';
import type { StrategicElement } from '../core/elements/elements';
import { decodeSavedOutput, encodeSavedOutput, type SavedOutput } from '../core/journal/savedOutput';
import { JournalListing, type FilesState } from './diskJournal';
import { PiecesOfWork } from './eventLoopTurns';
import { readOwnerOnlyFile, writeOwnerOnlyFile } from './ownerOnlyFile';
import { sha256 } from './persistedIndexFile';
import { savedIndexKey } from './savedIndexLoad';

/** A journal folder listed, and its files' state when every one was stamped (see JournalListing.state). */
export interface StampedListing {
  readonly listing: JournalListing;
  readonly state: FilesState | undefined;
}

// Stamps between two turns of the event loop: each piece a few milliseconds on a busy 2-core machine.
const STAMP_PIECE_FILES = 250;
const PIECE_MS = 8;

/** Lists the folder and stamps every entry file, in pieces between turns of the event loop. */
export async function stampedListing(folder: string): Promise<StampedListing> {
  const listing = await JournalListing.of(folder, true);
  const pieces = new PiecesOfWork(PIECE_MS);
  let stamped = 0;
  const state = await listing.state(() => (++stamped % STAMP_PIECE_FILES === 0 || pieces.due ? pieces.pause(true) : undefined));
  return { listing, state };
}

/** Where the saved report of a journal folder lives inside the extension's storage folder, beside its saved index. */
export function savedReportFile(storageFolder: string, journalFolder: string): string {
  return path.join(storageFolder, 'saved-report', `${sha256(journalFolder).slice(0, 32)}.json`);
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

/** The saved report of this run, whatever files it was made of; undefined when there is none, or it is not whole. */
export function readSavedReport(file: string, run: string): SavedOutput<unknown> | undefined {
  const text = readOwnerOnlyFile(file);
  return text === undefined ? undefined : decodeSavedOutput(text, run, sha256, (value) => value);
}

/** Written aside and renamed into place (see writeOwnerOnlyFile). */
export function writeSavedReport(file: string, run: string, files: string, report: unknown): void {
  writeOwnerOnlyFile(file, (writeAt) => writeAt(Buffer.from(encodeSavedOutput({ run, files }, report, sha256), 'utf8'), 0));
}
