// Runs in a fresh Node process. Loads the journal, then times what one saved
// file costs: index.update for that file, which keeps a LiveReport current
// through the index's change event (as the extension's service does), then the
// flags (evidence) and the report's JSON form, until both show the change;
// the dashboard's sorted lists are timed apart.
// Rewrites one file of the journal and puts it back afterwards.
//   node incrementalUpdate.child.js JOURNAL RUNS
'use strict';

const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { ElementMatcher, JournalIndex, NodeFileSource, DEFAULT_ELEMENTS, LiveReport, reportJson, reviewPeriod } = require('./core');
const { reportOf, REPORT_DAY } = require('./reportAsOf');

/** Untimed updates first, so the figure is the steady state, not the JIT warming up. */
const WARM_UP_RUNS = 5;
const SINGLE_FLOW_ELEMENT = /^elements: \[([a-z-]+)\]\r?$/m;

/** An entry dated in the report's period with one element written `[id]`: changing it must change a count. */
function pickTarget(index, journal, inPeriod) {
  for (const entry of inPeriod) {
    if (entry.problems.length > 0 || entry.elements.length !== 1) continue;
    const file = path.join(journal, ...entry.path.split('/'));
    const text = fs.readFileSync(file, 'utf8');
    if (SINGLE_FLOW_ELEMENT.test(text)) return { entry, file, text };
  }
  throw new Error('no entry in the period with a single `elements: [id]` line');
}

function countOf(report, id) {
  return (report.elements[0].element ? report.elements.find((evidence) => evidence.element.id === id) : report.elements.find((element) => element.id === id)).count;
}

async function main() {
  const [journal, runsArgument] = process.argv.slice(2);
  const runs = Number(runsArgument);
  const source = new NodeFileSource(journal);
  const index = new JournalIndex(source, new ElementMatcher());
  await index.loadAll();
  const before = reportOf(index.all());
  const live = new LiveReport(DEFAULT_ELEMENTS, reviewPeriod('half', REPORT_DAY), REPORT_DAY);
  for (const entry of index.all()) live.add(entry);
  index.onDidChange(({ removed, added }) => {
    for (const entry of removed) live.remove(entry);
    for (const entry of added) live.add(entry);
  });
  const target = pickTarget(index, journal, before.entriesInPeriod);
  const original = target.entry.elements[0];
  const other = DEFAULT_ELEMENTS.find((element) => element.id !== original).id;
  const samples = [];
  const readsPerUpdate = new Set();
  /** Rewrites the target with the next element, untimed; returns the element. */
  const rewrite = (run) => {
    const id = run % 2 === 0 ? other : original;
    fs.writeFileSync(target.file, target.text.replace(SINGLE_FLOW_ELEMENT, `elements: [${id}]`));
    return id;
  };
  const update = () => index.update({ changed: [target.entry.path], deleted: [] });
  try {
    for (let run = 0; run < WARM_UP_RUNS + runs; run++) {
      const id = rewrite(run);
      const readsBefore = source.reads;
      const started = performance.now();
      await update();
      const updated = performance.now();
      const flags = live.evidence();
      const flagged = performance.now();
      const report = reportJson(live.report());
      const done = performance.now();
      if (flags.find((evidence) => evidence.element.id === id).count !== report.elements.find((element) => element.id === id).count) {
        throw new Error('the flags and the report disagree');
      }
      // Current means: the index holds the new element and the report counts it.
      const expected = countOf(before, id) + (id === original ? 0 : 1);
      if (index.get(target.entry.path).elements[0] !== id || countOf(report, id) !== expected) {
        throw new Error(`after update ${run} the index or the report is not current`);
      }
      readsPerUpdate.add(source.reads - readsBefore);
      if (run >= WARM_UP_RUNS) samples.push({ updateMs: updated - started, flagsMs: flagged - updated, reportMs: done - flagged, totalMs: done - started });
    }
    // The dashboard's lists are sorted on demand: timed in runs of their own, each after an untimed update. Timed
    // between the updates, the garbage of sorting 50,000 entries was collected during the next update and doubled it.
    for (let run = 0; run < runs; run++) {
      rewrite(run);
      await update();
      const listing = performance.now();
      const full = live.report();
      void [full.entriesInPeriod, full.strongest, full.winsPerMonth, full.elements.map((element) => element.entries)];
      samples[run].listsMs = performance.now() - listing;
    }
  } finally {
    fs.writeFileSync(target.file, target.text);
  }
  process.stdout.write(`${JSON.stringify({ entries: index.size, samples, readsPerUpdate: [...readsPerUpdate] })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
