// Runs in a fresh Node process started with --expose-gc. Loads the journal and
// builds the report while sampling memory, then collects garbage and measures
// what the index and report keep, and what fresh copies of the same entries
// would need: the difference is memory held beyond the entries' own data.
//   node --expose-gc memoryPeak.child.js JOURNAL
'use strict';

const { setInterval, clearInterval } = require('timers');
const { setTimeout: delay } = require('timers/promises');
const { ElementMatcher, JournalIndex, NodeFileSource } = require('./core');
const { reportOf } = require('./reportAsOf');

const SAMPLE_EVERY_MS = 5;
const MB = 1024 * 1024;

/**
 * The gc() that --expose-gc puts on the global object, run after a turn of the
 * event loop (what the last await still referenced is only free then) and
 * twice, to settle.
 */
async function collectGarbage() {
  if (typeof globalThis.gc !== 'function') throw new Error('start with --expose-gc');
  await delay(10);
  globalThis.gc();
  globalThis.gc();
}

async function main() {
  const [journal] = process.argv.slice(2);
  await collectGarbage();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  const sample = () => {
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
  };
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  // Held in an object, so that letting go of them below is plain.
  const held = { index: new JournalIndex(new NodeFileSource(journal), new ElementMatcher()) };
  await held.index.loadAll();
  held.report = reportOf(held.index.all());
  sample();
  clearInterval(sampler);
  await collectGarbage();
  const retained = process.memoryUsage();
  const entries = held.index.size;
  const problems = held.report.problems.length;

  const copies = JSON.parse(JSON.stringify([...held.index.all()]));
  held.index.dispose();
  delete held.index;
  delete held.report;
  await collectGarbage();
  const copiesOnly = process.memoryUsage();

  process.stdout.write(
    `${JSON.stringify({
      entries,
      problems,
      copies: copies.length,
      baselineHeapMb: baseline.heapUsed / MB,
      peakHeapMb: peakHeap / MB,
      peakRssMb: peakRss / MB,
      // The kernel's own high-water mark, which sampling cannot miss.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      retainedHeapMb: retained.heapUsed / MB,
      copiesHeapMb: copiesOnly.heapUsed / MB,
    })}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
