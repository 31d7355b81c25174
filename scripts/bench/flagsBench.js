// Time to correct flags in the real workbench: from the call to activate()
// until the extension's report equals the command line's report of the same
// journal, cold (a fresh VS Code profile: nothing saved) and warm (VS Code
// restarted on the same profile, whose storage holds the index the last start
// saved); with the command line's whole-process `report` timed on the same
// files in the same run, the figure the workbench is judged against.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { measureOnce, installWorkbench, withoutBuiltinExtensions, extensionWithoutStartupActivation } = require('./workbenchBench');
const { median } = require('./statistics');
const { CLI } = require('./wholeProcess');

const CLI_RUNS = 3;

/** The command line's report of the journal as of today (the extension's clock says today too), and its whole-process time. */
function cliReport(journal, file) {
  const times = [];
  for (let run = 0; run < CLI_RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, 'report', journal, '--json', '--no-cache'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`promotion-journal report failed: ${result.stderr}`);
    fs.writeFileSync(file, result.stdout);
  }
  return median(times);
}

/** Medians of the figures judged; the worst block of any run beside them. */
function summarize(runs) {
  if (runs.length === 0) return undefined;
  const med = (read) => median(runs.map(read).filter((value) => value !== undefined));
  return {
    runs: runs.length,
    activeBeforeBench: runs.some((run) => run.activeBeforeBench),
    flagsCorrectMs: med((run) => run.flagsCorrectMs),
    activateMs: med((run) => run.activateMs),
    beforeOwnActivateMs: med((run) => run.beforeOwnActivateMs),
    firstRenderMs: med((run) => run.firstRenderMs),
    longestBlockMs: med((run) => run.longestBlockMs),
    longestOwnBlockMs: med((run) => run.longestOwnBlockMs),
    worstOwnBlockMs: Math.max(...runs.map((run) => run.longestOwnBlockMs)),
    // Every start's figures, in order: starts that meet VS Code starting its own extensions are far slower.
    eachFlagsCorrectMs: runs.map((run) => run.flagsCorrectMs),
    eachOwnBlockMs: runs.map((run) => run.longestOwnBlockMs),
    mainThreadCpuMs: med((run) => run.mainThreadCpuMs),
    runQueueWaitMs: med((run) => run.runQueueWaitMs),
    changeEvents: med((run) => run.changeEvents),
    reusedEntries: med((run) => run.savedIndex?.reused),
    readFiles: med((run) => run.savedIndex?.read),
    eachWithoutWorker: runs.map((run) => run.savedIndex?.withoutWorker),
    eachSavedReportShown: runs.map((run) => run.savedReportShown === true),
    rssMb: med((run) => run.memory.rssMb),
    heapUsedMb: med((run) => run.memory.heapUsedMb),
    maxRssMb: med((run) => run.memory.maxRssMb),
    // Starts that waited for the machine to settle: how long, and whether every one did.
    settledAfterMs: runs.every((run) => run.settling) ? med((run) => run.settling.settledAfterMs) : undefined,
    allSettled: runs.every((run) => run.settling?.settledAfterMs !== undefined),
    node: runs[0].node,
  };
}

/** Files rewritten before each restart after edits: a few wins touched up while VS Code was closed. */
const EDITED_FILES = 5;

/** Rewrites the next few entry files with their own bytes: new times, so a restart reads them again, and the same report. */
function touchUp(journal, round) {
  const files = [];
  const walk = (folder) => {
    for (const child of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= (round + 1) * EDITED_FILES) return;
      const file = path.join(folder, child.name);
      if (child.isDirectory()) walk(file);
      else if (child.name.endsWith('.md')) files.push(file);
    }
  };
  walk(journal);
  for (const file of files.slice(round * EDITED_FILES)) fs.writeFileSync(file, fs.readFileSync(file));
}

/**
 * @param workspace  the workspace folder whose settings name the journal
 * @param journal  the journal folder
 * @param cold  workbench starts on a fresh profile
 * @param warm  restarts on one profile, after a first start that saves the index (0: none)
 * @param edited  restarts after that, each after EDITED_FILES files were rewritten while closed
 * @param builtins  with VS Code's built-in extensions that run code, as a user's VS Code starts them (default: without, see workbenchBench.js)
 * @param settled  activate() only once the machine has settled after the workbench's own start (test/bench/machineSettled.ts)
 */
function measureFlags(workspace, journal, { cold = 3, warm = 0, edited = 0, builtins = false, settled = false } = {}) {
  installWorkbench();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-flags-'));
  const extension = settled ? extensionWithoutStartupActivation() : undefined;
  try {
    const expected = path.join(dir, 'cli-report.json');
    const cliMs = cliReport(journal, expected);
    const bare = { PJ_BENCH_EXPECTED_REPORT: expected, ...(settled ? { PJ_BENCH_SETTLE: '1' } : {}) };
    const env = builtins ? bare : withoutBuiltinExtensions(bare);
    const start = (options = {}) => measureOnce(workspace, env, { ...options, extension: extension?.folder });
    const coldRuns = [];
    for (let run = 0; run < cold; run++) {
      console.log(`[bench] workbench, cold start ${run + 1} of ${cold}${settled ? ', once the workbench has settled' : ''}`);
      coldRuns.push(start());
    }
    const warmRuns = [];
    const editedRuns = [];
    if (warm > 0) {
      const restart = { userData: path.join(dir, 'user-data'), port: 40000 + (process.pid % 20000) };
      console.log('[bench] workbench, the start that saves the index');
      start(restart);
      for (let run = 0; run < warm; run++) {
        console.log(`[bench] workbench, restart ${run + 1} of ${warm}`);
        warmRuns.push(start(restart));
      }
      for (let run = 0; run < edited; run++) {
        touchUp(journal, run);
        console.log(`[bench] workbench, restart ${run + 1} of ${edited} after ${EDITED_FILES} files were edited`);
        editedRuns.push(start(restart));
      }
    }
    return { cliMs, cold: summarize(coldRuns), warm: summarize(warmRuns), edited: summarize(editedRuns), coldRuns };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    extension?.remove();
  }
}

module.exports = { measureFlags, EDITED_FILES };
