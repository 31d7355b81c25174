// A worker thread of the read-strategies experiment (readStrategies.bench.ts):
// reads and parses the files it is given with Node's synchronous calls, and
// posts the entries back in batches, so the extension host's main thread only
// receives them.
import { closeSync, fstatSync, openSync, readSync } from 'fs';
import * as path from 'path';
import { parentPort, workerData } from 'worker_threads';
import { ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { entryFromBytes } from '../../src/core/journal/journalIndex';

const { root, paths, batch } = workerData as { root: string; paths: string[]; batch: number };
const matcher = new ElementMatcher();
let entries: JournalEntry[] = [];
for (const relative of paths) {
  const descriptor = openSync(path.join(root, relative), 'r');
  try {
    const bytes = new Uint8Array(fstatSync(descriptor).size);
    readSync(descriptor, bytes, 0, bytes.byteLength, 0);
    entries.push(entryFromBytes(relative, bytes, matcher));
  } finally {
    closeSync(descriptor);
  }
  if (entries.length >= batch) {
    parentPort!.postMessage(entries);
    entries = [];
  }
}
parentPort!.postMessage(entries);
parentPort!.postMessage('done');
