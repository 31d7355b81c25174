// The worker thread that loads a journal on disk for the desktop extension host, so that its event loop stays
// free: the command line's load (loadDiskJournal), and the saved index of the last load. Bundled apart as
// dist/journalWorker.js; started by journalWorkerClient.ts.
import { realpathSync, readFileSync } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { ElementMatcher } from '../../core/elements/elements';
import type { JournalEntry } from '../../core/entries/entry';
import { loadDiskJournal } from '../diskJournal';
import { readPersistedIndex, sha256, writePersistedIndex } from '../persistedIndexFile';
import type { JournalWorkerMessage, JournalWorkerRequest } from './journalWorkerClient';

function post(message: JournalWorkerMessage): void {
  parentPort!.postMessage(message);
}

/**
 * Slices handed over and not yet taken in. Node delivers every message
 * waiting on a port in one go: without this limit a fast load would reach
 * the extension host as one long block instead of slices between its other work.
 */
const SLICES_IN_FLIGHT = 2;
let inFlight = 0;
let onTaken: (() => void) | undefined;
parentPort!.on('message', (message: 'taken') => {
  if (message === 'taken') {
    inFlight--;
    onTaken?.();
  }
});

async function postSlice(entries: JournalEntry[]): Promise<void> {
  post({ kind: 'slice', entries });
  inFlight++;
  while (inFlight >= SLICES_IN_FLIGHT) {
    await new Promise<void>((resolve) => (onTaken = resolve));
  }
}

async function run(request: JournalWorkerRequest): Promise<void> {
  const matcher = new ElementMatcher(request.elements);
  const folder = realpathSync.native(request.folder);
  // This very code and the elements decide how a file reads: a saved index of other code or elements is another reading.
  const key = { folder, readingOf: sha256(`${sha256(readFileSync(__filename))}\n${JSON.stringify(request.elements)}`) };
  const saved = request.indexFile ? readPersistedIndex(request.indexFile, key) : undefined;
  const loaded = await loadDiskJournal(request.folder, matcher, { saved, stamp: request.indexFile !== undefined, onSlice: postSlice });
  post({ kind: 'done', reused: loaded.reused, read: loaded.read });
  // Unchanged since it was saved (every entry reused, none gone): the saved index stands as it is.
  const unchanged = saved !== undefined && loaded.read === 0 && loaded.files.length === saved.files.length;
  if (request.indexFile && !unchanged) {
    writePersistedIndex(request.indexFile, { ...key, stampedAtMs: loaded.stampedAtMs, files: loaded.files });
  }
  post({ kind: 'saved' });
  parentPort!.removeAllListeners('message'); // nothing more to wait for: let the thread end
}

run(workerData as JournalWorkerRequest).catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
