// `npm run bench`: generates seeded synthetic journals, measures the figures of
// the benchmark against its targets, prints the results and writes them to
// .bench/results.md. Benchmarks report; they never fail on a missed target.
//
//   node scripts/bench/run.js [--sizes 1000,10000,50000] [--seed 42] [--workbench-runs 3] [--stress 100000]
//
// `npm run bench` compiles (tsc) and bundles first; run.js expects out/ and dist/.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { DEFAULT_ELEMENTS } = require('./core');
const { ensureJournal } = require('./journalCache');
const { ensureRipgrep } = require('./ripgrep');
const { runChild } = require('./childProcess');
const { median } = require('./statistics');
const { measureWholeProcess } = require('./wholeProcess');
const { profileColdIndex } = require('./cpuProfile');
const { measureFlags } = require('./flagsBench');
const { measureAtStart } = require('./atStartBench');
const { withProductionBuild } = require('./productionBuild');
const { describeMachine } = require('./machine');
const { describeRevision } = require('./revision');
const { resultsMarkdown } = require('./resultsMarkdown');
const { REPORT_DAY } = require('./reportAsOf');
const { AT } = require('./targets');
const { ms, count } = require('./format');

const ROOT = path.join(__dirname, '..', '..');
const RESULTS_FILE = path.join(ROOT, '.bench', 'results.md');
const INCREMENTAL_UPDATES = 50;
const MEMORY_RUNS = 3;
const TREE_ELEMENT_ENTRIES = 2000;
const TAG_RACE_TRIALS = 1000;
/** Fewer runs where one run takes many seconds. */
const runsFor = (size) => (size >= 50000 ? 3 : 5);

function parseOptions(args) {
  const value = (name, fallback) => {
    const index = args.indexOf(name);
    return index === -1 ? fallback : args[index + 1];
  };
  return {
    sizes: value('--sizes', '1000,10000,50000').split(',').map(Number),
    seed: value('--seed', '42'),
    workbenchRuns: Number(value('--workbench-runs', '3')),
    stress: Number(value('--stress', '100000')),
  };
}

function log(message) {
  console.log(`[bench] ${message}`);
}

function journalFor(size, seed) {
  const journal = ensureJournal(size, seed, DEFAULT_ELEMENTS);
  log(journal.generatedMs === undefined
    ? `${count(size)} entries: reusing ${journal.workspace}`
    : `${count(size)} entries: generated in ${ms(journal.generatedMs)} into ${journal.workspace}`);
  return journal;
}

/** Floor and index runs alternate, so that a neighbour's burst of load hits both alike. */
function measureCold(journal, runs) {
  runChild('coldLoad.child.js', ['floor', journal]); // untimed: warms the OS page cache
  const floor = [];
  const index = [];
  for (let run = 0; run < runs; run++) {
    floor.push(runChild('coldLoad.child.js', ['floor', journal]).ms);
    index.push(runChild('coldLoad.child.js', ['index', journal]).ms);
  }
  return { floorMs: median(floor), indexMs: median(index) };
}

/** Peak memory depends on when V8 collects garbage: the median of a few fresh processes, figure by figure. */
function measureMemory(journal) {
  const runs = Array.from({ length: MEMORY_RUNS }, () => runChild('memoryPeak.child.js', [journal], ['--expose-gc']));
  const result = { ...runs[0] };
  for (const key of Object.keys(result)) {
    if (typeof result[key] === 'number') result[key] = median(runs.map((run) => run[key]));
  }
  return result;
}

function measureIncremental(journal) {
  const result = runChild('incrementalUpdate.child.js', [journal, INCREMENTAL_UPDATES]);
  const pick = (key) => median(result.samples.map((sample) => sample[key]));
  return { totalMs: pick('totalMs'), updateMs: pick('updateMs'), flagsMs: pick('flagsMs'), reportMs: pick('reportMs'), listsMs: pick('listsMs'), readsPerUpdate: result.readsPerUpdate };
}

/** Medians over the workbench runs; figures from a run where VS Code activated first are no measurement. */
function summarizeWorkbench(runs) {
  if (runs.some((run) => run.activeBeforeBench)) return undefined;
  const med = (read) => median(runs.map(read));
  return {
    node: runs[0].node,
    activateMs: med((run) => run.activateMs),
    readyMs: med((run) => run.readyMs),
    firstRenderMs: med((run) => run.firstRenderMs),
    completeRenderMs: med((run) => run.completeRenderMs),
    longestBlockMs: med((run) => run.longestBlockMs),
    activationBlockMs: med((run) => run.activationBlockMs),
    indexingBlockMs: med((run) => run.indexingBlockMs),
    renderMs: med((run) => run.renderMs),
    largestElement: {
      id: runs[0].largestElement.id,
      entries: runs[0].largestElement.entries,
      firstChildrenMs: med((run) => run.largestElement.firstChildrenMs),
      medianChildrenMs: med((run) => run.largestElement.medianChildrenMs),
      medianChildrenWithItemsMs: med((run) => run.largestElement.medianChildrenWithItemsMs),
    },
    worstBlockMs: Math.max(...runs.map((run) => run.longestBlockMs)),
  };
}

/** Every figure that depends on the journal's size. */
function measureSize(results, size, journal, rgMissing) {
  log(`${count(size)} entries: cold index and floor, ${runsFor(size)} runs each`);
  results.cold[size] = measureCold(journal, runsFor(size));
  if (!rgMissing) {
    log(`${count(size)} entries: whole process, ours against rg`);
    results.whole[size] = measureWholeProcess(journal, runsFor(size));
  }
  log(`${count(size)} entries: incremental update, ${INCREMENTAL_UPDATES} updates`);
  results.incremental[size] = measureIncremental(journal);
  log(`${count(size)} entries: memory`);
  results.memory[size] = measureMemory(journal);
}

/** Cold workbench starts per size: the largest journals take long, and their figures vary less. */
const workbenchRunsFor = (size, runs) => (size > AT ? Math.min(runs, 1) : runs);

/**
 * Bundle sizes, and the workbench figures on the bundle users get: time to
 * correct flags per size, cold and (at 10,000) warm, and the stress journal.
 */
function measureProduction(results, journals, options) {
  log('production build: bundle sizes, and the bundle the workbench runs');
  const production = withProductionBuild(() => {
    const flags = {};
    if (options.workbenchRuns === 0) return { flags };
    for (const size of options.sizes) {
      const runs = workbenchRunsFor(size, options.workbenchRuns);
      log(`VS Code workbench on ${count(size)} entries: ${runs} cold start${runs === 1 ? '' : 's'}${size === AT ? `, ${options.workbenchRuns} restarts, ${options.workbenchRuns} after edits` : ''}`);
      flags[size] = measureFlags(journals[size].workspace, journals[size].journal, { cold: runs, warm: size === AT ? options.workbenchRuns : 0, edited: size === AT ? options.workbenchRuns : 0 });
    }
    for (const size of options.sizes.filter((size) => size <= AT)) {
      // Reported, not judged: what the extension's own work takes once the workbench no longer competes for the cores.
      log(`VS Code workbench on ${count(size)} entries once the workbench has settled: ${options.workbenchRuns} cold starts${size === AT ? `, ${options.workbenchRuns} restarts` : ''}`);
      const settled = measureFlags(journals[size].workspace, journals[size].journal, { cold: options.workbenchRuns, warm: size === AT ? options.workbenchRuns : 0, settled: true });
      flags[size].settled = { cold: settled.cold, warm: settled.warm };
    }
    if (flags[AT]) {
      log(`VS Code workbench on ${count(AT)} entries with VS Code's built-in extensions: ${options.workbenchRuns} cold starts`);
      flags[AT].withBuiltins = measureFlags(journals[AT].workspace, journals[AT].journal, { cold: options.workbenchRuns, builtins: true }).cold;
      // Reported, not judged: plain Node and the command line in the moments the extension starts in.
      log(`VS Code workbench on ${count(AT)} entries: the read-all floor and the command line started at the workbench's start, ${options.workbenchRuns} starts each`);
      flags[AT].atStart = measureAtStart(journals[AT].workspace, journals[AT].journal, options.workbenchRuns);
    }
    let stress;
    if (options.stress > 0) {
      log(`VS Code workbench on ${count(options.stress)} small files: one cold start, one restart`);
      const journal = ensureJournal(options.stress, options.seed, DEFAULT_ELEMENTS, { small: true });
      stress = { size: options.stress, manifest: journal.manifest, ...measureFlags(journal.workspace, journal.journal, { cold: 1, warm: 1 }) };
    }
    return { flags, stress };
  });
  results.bundles = production.bundles;
  const { flags, stress } = production.measured;
  const withoutRuns = (figures) => ({ cliMs: figures.cliMs, cold: figures.cold, warm: figures.warm, edited: figures.edited, withBuiltins: figures.withBuiltins, settled: figures.settled, atStart: figures.atStart });
  results.flags = Object.fromEntries(Object.entries(flags).map(([size, figures]) => [size, withoutRuns(figures)]));
  results.flagsSizes = Object.keys(flags).map(Number);
  results.stress = stress && { size: stress.size, manifest: stress.manifest, ...withoutRuns(stress) };
  const atRuns = flags[AT]?.coldRuns ?? [];
  results.workbenchRuns = atRuns.length;
  results.workbenchActivatedEarly = atRuns.some((run) => run.activeBeforeBench);
  results.workbench = atRuns.length > 0 ? summarizeWorkbench(atRuns) : undefined;
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = describeMachine(new Date());
  log(`${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}, load ${machine.load}`);
  const journals = {};
  for (const size of new Set([...options.sizes, AT])) {
    journals[size] = journalFor(size, options.seed);
  }
  const rgMissing = ensureRipgrep();
  if (rgMissing) log(rgMissing);

  const results = {
    machine,
    revision: describeRevision(),
    seed: options.seed,
    sizes: options.sizes,
    journals: Object.fromEntries(options.sizes.map((size) => [size, journals[size].manifest])),
    reportDay: REPORT_DAY,
    runsText: options.sizes.map((size) => `${runsFor(size)} at ${count(size)}`).join(', '),
    incrementalRuns: INCREMENTAL_UPDATES,
    rgMissing,
    cold: {},
    whole: {},
    incremental: {},
    memory: {},
  };
  for (const size of options.sizes) {
    measureSize(results, size, journals[size].journal, rgMissing);
  }

  log(`tree children of an element with ${count(TREE_ELEMENT_ENTRIES)} entries`);
  const tree = runChild('treeChildren.child.js', [journals[AT].journal, TREE_ELEMENT_ENTRIES, 50]);
  results.tree = { entries: tree.children, ms: median(tree.samples) };

  log(`Tag Entry against a second process writing the same file, ${count(TAG_RACE_TRIALS)} races, and as many against the old check`);
  results.tagRace = runChild('tagRace.child.js', [TAG_RACE_TRIALS]);

  log(`CPU profile of a cold index of ${count(AT)} entries`);
  results.profile = { entries: AT, ...profileColdIndex(journals[AT].journal) };

  measureProduction(results, journals, options);
  results.loadAtEnd = os.loadavg().map((load) => load.toFixed(2)).join(' ');

  const markdown = resultsMarkdown(results);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, markdown);
  console.log(`\n${markdown}`);
  log(`written to ${path.relative(ROOT, RESULTS_FILE)}`);
}

main();
