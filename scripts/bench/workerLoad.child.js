// Runs in a fresh Node process: loads the journal as the desktop extension
// host does on a first start (DiskJournalReader: the worker thread reads and
// hands the entries over in slices into an index, then saves the index in a
// storage folder of its own), sampling the process's memory. Prints one JSON
// line: the load's time, the RSS once every entry was in, its peak until the
// worker had ended, and the main thread's JavaScript heap.
//   node workerLoad.child.js JOURNAL
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { setInterval, clearInterval } = require('timers');
const { performance } = require('perf_hooks');
const { DiskJournalReader, ElementMatcher, JournalIndex } = require('./core');

const SAMPLE_EVERY_MS = 5;
const MB = 1024 * 1024;

async function main() {
  const [journal] = process.argv.slice(2);
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-worker-load-'));
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), SAMPLE_EVERY_MS);
  try {
    const reader = new DiskJournalReader(journal, storage);
    // Only the whole load: the worker lists the folder itself.
    const index = new JournalIndex({ list: async () => [], read: (relative) => reader.read(relative), readAll: (matcher, onSlice) => reader.readAll(matcher, onSlice) }, new ElementMatcher());
    const started = performance.now();
    await index.loadAll();
    const loadMs = performance.now() - started;
    const loaded = process.memoryUsage();
    if (!reader.lastLoad?.byWorker) throw new Error('the journal was not loaded by the worker: it needs more than 1,000 files');
    await reader.lastLoad.finished;
    clearInterval(sampler);
    const result = { entries: index.size, loadMs, loadedRssMb: loaded.rss / MB, peakRssMb: Math.max(peakRss, loaded.rss) / MB, heapUsedMb: loaded.heapUsed / MB };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
