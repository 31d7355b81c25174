import type { StrategicElement } from '../core/elements/elements';
import { commandOutputOf } from '../core/journal/savedOutput';
import { JournalListing, loadedState, type DiskJournal } from '../node/diskJournal';
import { journalCacheFile, sha256 } from '../node/persistedIndexFile';
import { readSavedOutputFile, writeSavedOutputFile } from '../node/savedOutputFile';
import { savedIndexKey } from '../node/savedIndexLoad';
import type { CommandName } from './arguments';
import type { CliIo } from './io';
import { loadJournal } from './loadJournal';

/** Commands whose output is made of the journal's entries and the options alone: nothing else is read or asked. */
export const SAVED_OUTPUT_COMMANDS: ReadonlySet<CommandName> = new Set(['report', 'check']);

export interface SavedOutputRun {
  readonly io: CliIo;
  /** The journal folder, absolute, as checkJournalFolder accepted it. */
  readonly folder: string;
  readonly elements: readonly StrategicElement[];
  /** The cache folder, as usableCacheFolder gave it. */
  readonly cache: string;
  /** Everything besides the files that the output depends on: the options, the day, the framework. */
  readonly madeOf: unknown;
}

/**
 * Runs `report` or `check` so that a later run with the same options, on the
 * same day, by the same code, on the same files prints what this one printed
 * without reading the saved index or any file: every entry file is still
 * listed and stamped, and one edited, added, removed or renamed (any stamp
 * changed, under the saved index's rules) makes a run of its own, whose
 * output replaces the saved one. One saved output per journal folder.
 */
export async function runWithSavedOutput(request: SavedOutputRun, run: (journal: DiskJournal, io: CliIo) => Promise<number>): Promise<number> {
  const listing = await JournalListing.of(request.folder);
  const file = savedOutputFile(request.cache, request.folder);
  const made = runKey(request);
  if (made === undefined) {
    return run(await loadJournal(request.folder, request.elements, request.cache, listing), request.io);
  }
  const saved = readSavedOutputFile(file, made, commandOutputOf);
  if (saved && saved.files === (await listing.state())?.files) {
    request.io.stdout(saved.output.stdout);
    request.io.stderr(saved.output.stderr);
    return saved.output.exitCode;
  }
  const journal = await loadJournal(request.folder, request.elements, request.cache, listing);
  const output = { stdout: '', stderr: '' };
  const exitCode = await run(journal, { ...request.io, stdout: (text) => ((output.stdout += text), request.io.stdout(text)), stderr: (text) => ((output.stderr += text), request.io.stderr(text)) });
  const read = await readState(journal);
  if (read !== undefined) {
    try {
      writeSavedOutputFile(file, { run: made, files: read }, { exitCode, ...output });
    } catch {
      // A cache folder that cannot be written only makes the next run load the journal again.
    }
  }
  return exitCode;
}

/** What the output is made of besides the files; undefined when the folder's links cannot be resolved (it was moved since it was checked): nothing is saved then. */
function runKey(request: SavedOutputRun): string | undefined {
  try {
    return sha256(JSON.stringify({ reading: savedIndexKey({ folder: request.folder, elements: request.elements, codeFile: __filename }), madeOf: request.madeOf }));
  } catch {
    return undefined;
  }
}

/** Beside the saved indexes, one file per journal folder. */
export function savedOutputFile(cache: string, journalFolder: string): string {
  return journalCacheFile(cache, 'saved-output', journalFolder);
}

/** The files as the load read them; undefined when one was not stamped, or was modified too close to the stamping to trust its stamp. */
async function readState(journal: DiskJournal): Promise<string | undefined> {
  const state = await loadedState(journal);
  return state?.settled ? state.files : undefined;
}
