// Runs in a fresh Node process (cold JS heap; the OS page cache is warm from a
// previous pass). Prints one JSON line.
//   node coldLoad.child.js floor JOURNAL   list the files and read their bytes, nothing else
//   node coldLoad.child.js index JOURNAL   the command line's load (loadDiskJournal) + buildReport
'use strict';

const { performance } = require('perf_hooks');
const { ElementMatcher, NodeFileSource, isEntryPath, loadDiskJournal } = require('./core');
const { reportOf } = require('./reportAsOf');

/** As many reads in flight as the index allows itself, so the floor is a fair one. */
const PARALLEL_READS = 32;

async function readEverything(source) {
  const paths = (await source.list()).filter(isEntryPath);
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < paths.length) {
      const read = await source.read(paths[next++]);
      bytes += read.byteLength;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  return { files: paths.length, bytes };
}

async function indexAndReport(source) {
  const { entries, read } = await loadDiskJournal(source.root, new ElementMatcher());
  source.reads = read;
  const report = reportOf(entries);
  return { files: entries.length, problems: report.problems.length, inPeriod: report.entriesInPeriod.length };
}

async function main() {
  const [mode, journal] = process.argv.slice(2);
  const source = new NodeFileSource(journal);
  const started = performance.now();
  const result = mode === 'floor' ? await readEverything(source) : await indexAndReport(source);
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ mode, ms, reads: source.reads, ...result })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
