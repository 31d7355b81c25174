// Where activation in the real workbench spends its time: the extension host
// profiles its own main thread (test/bench/cpuProfiler.ts) from the call to
// activate() until the extension's report equals the command line's report of
// the same journal, and the profile is split into phases by profileSummary.js.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measureOnce, installWorkbench, withoutBuiltinExtensions } = require('./workbenchBench');
const { summarizeProfile, journalPhase } = require('./profileSummary');
const { median } = require('./statistics');

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');

/** The command line's report of the journal as of today: the extension's clock says today too. */
function writeCliReport(journal, file) {
  const result = spawnSync(process.execPath, [CLI, 'report', journal, '--json', '--no-cache'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`promotion-journal report failed: ${result.stderr}`);
  fs.writeFileSync(file, result.stdout);
}

/** A sample longer than this many sampling intervals was late: the machine did not run the thread. */
const CAP_SAMPLES = 4;

/** The profile's typical sampling interval: the median gap between samples. */
function samplingUsOf(profile) {
  return median(profile.timeDeltas.slice(1));
}

/** From the call to activate() until the flags were correct, in ms from the profile's start. */
function windowOf(profile, marks) {
  return { fromMs: (marks.activateUs - profile.startTime) / 1000, toMs: (marks.flagsCorrectUs - profile.startTime) / 1000 };
}

/** The watchdog's tick interval in which the longest block of the thread's own CPU time fell, in ms from the profile's start. */
function longestBlockWindowOf(profile, marks) {
  return { fromMs: (marks.longestOwnBlock.startUs - profile.startTime) / 1000, toMs: (marks.longestOwnBlock.endUs - profile.startTime) / 1000 };
}

/**
 * `runs` plain workbench runs (their figures, for medians) and one more that
 * profiles; the profile's phases come back summarized, and what ran in the
 * longest block. With `restart`, every run is a restart on one VS Code profile,
 * after a first start that saved the index; without `builtins`, VS Code's
 * built-in extensions that run code stay off, as in the bench.
 */
function profileActivation(workspace, journal, { runs = 3, samplingUs, restart = false, builtins = true } = {}) {
  installWorkbench();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-wbprof-'));
  try {
    const expected = path.join(dir, 'cli-report.json');
    writeCliReport(journal, expected);
    const env = builtins ? { PJ_BENCH_EXPECTED_REPORT: expected } : withoutBuiltinExtensions({ PJ_BENCH_EXPECTED_REPORT: expected });
    const profileOf = restart ? { userData: path.join(dir, 'user-data'), port: 40000 + (process.pid % 20000) } : undefined;
    if (restart) {
      console.log('[bench] workbench, the start that saves the index');
      measureOnce(workspace, env, profileOf);
    }
    const figures = [];
    for (let run = 0; run < runs; run++) {
      console.log(`[bench] workbench run ${run + 1} of ${runs}`);
      figures.push(measureOnce(workspace, env, profileOf));
    }
    console.log('[bench] workbench run with a CPU profile of the extension host');
    const profileFile = path.join(dir, 'activation.cpuprofile');
    const profiled = measureOnce(workspace, { ...env, PJ_BENCH_PROFILE: profileFile, ...(samplingUs ? { PJ_BENCH_PROFILE_US: String(samplingUs) } : {}) }, profileOf);
    const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
    const keep = process.env.PJ_BENCH_KEEP_PROFILE;
    if (keep) {
      fs.copyFileSync(profileFile, keep);
      fs.writeFileSync(`${keep}.figures.json`, JSON.stringify(profiled, null, 2));
    }
    const med = (key) => median(figures.map((f) => f[key]).filter((v) => v !== undefined));
    return {
      runs: figures,
      medians: Object.fromEntries(['activateMs', 'beforeOwnActivateMs', 'flagsCorrectMs', 'readyMs', 'mainThreadCpuMs', 'runQueueWaitMs', 'longestBlockMs', 'longestOwnBlockMs', 'indexingBlockMs', 'activationBlockMs', 'activationOwnBlockMs', 'indexingOwnBlockMs', 'changeEvents'].map((key) => [key, med(key)])),
      profiled,
      summary: summarizeProfile(profile, { phaseOf: journalPhase, top: 20, window: windowOf(profile, profiled.profileMarks), capUs: CAP_SAMPLES * samplingUsOf(profile) }),
      longestBlock: summarizeProfile(profile, { phaseOf: journalPhase, top: 8, window: longestBlockWindowOf(profile, profiled.profileMarks), capUs: CAP_SAMPLES * samplingUsOf(profile) }),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { profileActivation };
