import * as path from 'path';
import { Worker } from 'worker_threads';
import type { StrategicElement } from '../../core/elements/elements';
import type { JournalEntry } from '../../core/entries/entry';
import type { FilesState } from '../diskJournal';

export interface JournalWorkerRequest {
  readonly folder: string;
  readonly elements: readonly StrategicElement[];
  /** Where the index of the last load is saved, and this load's goes; none: nothing is saved. */
  readonly indexFile?: string;
  /** False: only save the index, handing no entry over (the journal was loaded elsewhere). */
  readonly handOver?: boolean;
}

export type JournalWorkerMessage =
  | { readonly kind: 'slice'; readonly entries: JournalEntry[] }
  | { readonly kind: 'done'; readonly reused: number; readonly read: number }
  | { readonly kind: 'state'; readonly state: FilesState | undefined }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly message: string };

export interface WorkerLoad {
  readonly indexFile?: string;
  /** False when the worker could not load the journal and handed over nothing: the caller reads it itself. */
  readonly loaded: Promise<boolean>;
  /** Files whose saved entry was reused, and files read, once loaded. */
  readonly counts: Promise<{ reused: number; read: number } | undefined>;
  /** Settles once the index is saved for the next load (or saving failed), and the worker is gone. */
  readonly finished: Promise<void>;
  /** The files as the load read them, when it stamped every one (with an index file); undefined otherwise. */
  readonly state: Promise<FilesState | undefined>;
}

/** Next to this code: dist/journalWorker.js in the bundle, out/src/node/journalWorker.js when compiled for tests. */
export const WORKER_FILE = path.join(__dirname, 'journalWorker.js');

/**
 * The worker's space for new objects, in MB. With V8's default, a first load
 * of 100,000 small files peaked about 200 MB higher in plain Node 24 (the
 * index being saved), and was no faster; at 10,000 files this costs about
 * 12 MB more, and 2 MB made those loads slower (see docs/performance.md).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** Loads a journal on disk in a worker thread; the entries come back in slices. */
export function loadInWorker(request: JournalWorkerRequest, onSlice: (entries: JournalEntry[]) => void): WorkerLoad {
  let settleLoaded: (loaded: boolean) => void = () => undefined;
  let failLoaded: (error: Error) => void = () => undefined;
  let settleCounts: (counts: { reused: number; read: number } | undefined) => void = () => undefined;
  let settleFinished: () => void = () => undefined;
  const loaded = new Promise<boolean>((resolve, reject) => {
    settleLoaded = resolve;
    failLoaded = reject;
  });
  const counts = new Promise<{ reused: number; read: number } | undefined>((resolve) => (settleCounts = resolve));
  const finished = new Promise<void>((resolve) => (settleFinished = resolve));
  let settleState: (state: FilesState | undefined) => void = () => undefined;
  const state = new Promise<FilesState | undefined>((resolve) => (settleState = resolve));
  let handedOver = false;
  let done = false;
  const fail = (message: string) => {
    settleCounts(undefined);
    settleState(undefined);
    if (!done) {
      done = true;
      if (handedOver) {
        failLoaded(new Error(`reading the journal failed: ${message}`));
      } else {
        settleLoaded(false);
      }
    }
  };
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, { workerData: request, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  } catch (error) {
    fail(String(error));
    settleFinished();
    return { indexFile: request.indexFile, loaded, counts, finished, state };
  }
  worker.on('message', (message: JournalWorkerMessage) => {
    if (message.kind === 'slice') {
      handedOver = true;
      onSlice(message.entries);
      // Taken in once the event loop has had its turn: the next slice comes after the extension host's other work.
      setImmediate(() => worker.postMessage('taken'));
    } else if (message.kind === 'done') {
      done = true;
      settleCounts({ reused: message.reused, read: message.read });
      settleLoaded(true);
    } else if (message.kind === 'state') {
      settleState(message.state);
    } else if (message.kind === 'saved') {
      void worker.terminate();
    } else {
      fail(message.message);
      void worker.terminate();
    }
  });
  worker.on('error', (error) => fail(error.message));
  worker.on('exit', () => {
    fail('the worker stopped');
    settleFinished();
  });
  return { indexFile: request.indexFile, loaded, counts, finished, state };
}
