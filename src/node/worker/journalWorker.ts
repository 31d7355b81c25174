// The worker thread that loads a journal on disk for the desktop extension host, so that its event loop stays
// free: the command line's load (loadDiskJournal), and the saved index of the last load. Bundled apart as
// dist/journalWorker.js; started by journalWorkerClient.ts.
import { parentPort, workerData } from 'worker_threads';
import { ElementMatcher } from '../../core/elements/elements';
import type { JournalEntry } from '../../core/entries/entry';
import { HAND_OVER_SLICE } from '../../core/journal/journalIndex';
import { loadDiskJournal, loadedState } from '../diskJournal';
import { loadWithSavedIndex } from '../savedIndexLoad';
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
  const slices = request.handOver === false ? {} : { onSlice: postSlice, sliceSize: HAND_OVER_SLICE };
  if (request.indexFile === undefined) {
    const loaded = await loadDiskJournal(request.folder, new ElementMatcher(request.elements), slices);
    post({ kind: 'done', reused: loaded.reused, read: loaded.read });
  } else {
    const load = await loadWithSavedIndex({ folder: request.folder, elements: request.elements, indexFile: request.indexFile, codeFile: __filename }, slices);
    post({ kind: 'done', reused: load.journal.reused, read: load.journal.read });
    // After the entries: the flags need not wait for it. The files as this load read them, which a report of its entries is of (see DiskJournalReader.saveReport).
    post({ kind: 'state', state: await loadedState(load.journal) });
    load.save(); // after the entries are handed over: the flags need not wait for it
  }
  post({ kind: 'saved' });
  parentPort!.removeAllListeners('message'); // nothing more to wait for: let the thread end
}

run(workerData as JournalWorkerRequest).catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
