// The worker thread that loads a journal on disk for the desktop extension host, so that its event loop stays
// free: the command line's load (loadDiskJournal), and the saved index of the last load. Bundled apart as
// dist/journalWorker.js; started by journalWorkerClient.ts.
import { realpathSync, readFileSync } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { ElementMatcher } from '../core/elements/elements';
import { loadDiskJournal } from './diskJournal';
import { readPersistedIndex, sha256, writePersistedIndex } from './persistedIndexFile';
import type { JournalWorkerMessage, JournalWorkerRequest } from './journalWorkerClient';

function post(message: JournalWorkerMessage): void {
  parentPort!.postMessage(message);
}

async function run(request: JournalWorkerRequest): Promise<void> {
  const matcher = new ElementMatcher(request.elements);
  const folder = realpathSync.native(request.folder);
  // This very code and the elements decide how a file reads: a saved index of other code or elements is another reading.
  const key = { folder, readingOf: sha256(`${sha256(readFileSync(__filename))}\n${JSON.stringify(request.elements)}`) };
  const saved = request.indexFile ? readPersistedIndex(request.indexFile, key) : undefined;
  const loaded = await loadDiskJournal(request.folder, matcher, { saved, stamp: request.indexFile !== undefined, onSlice: (entries) => post({ kind: 'slice', entries }) });
  post({ kind: 'done', reused: loaded.reused, read: loaded.read });
  if (request.indexFile) {
    writePersistedIndex(request.indexFile, { ...key, stampedAtMs: loaded.stampedAtMs, files: loaded.files });
  }
  post({ kind: 'saved' });
}

run(workerData as JournalWorkerRequest).catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
