// Where the command line's `report` spends its time, against the floors it is
// judged on: plain Node reading every file, and rg. Whole processes, each
// measured by wall time and by CPU time (user + system, which a neighbour's
// load moves less), runs alternating; then one run of each under --cpu-prof,
// split into phases (start-up, list, read, decode, parse, report, output, GC).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { median } = require('./statistics');
const { summarizeProfile, journalPhase } = require('./profileSummary');
const { RG_ARGS } = require('./wholeProcess');

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const READ_ALL = path.join(__dirname, 'readAll.child.js');
const CPU_AT_EXIT = path.join(__dirname, 'cpuAtExit.js');

/** One whole process: wall time from here, CPU time from inside it (Node) or none (rg). */
function timedProcess(command, args, { node = true, nodeFlags = [] } = {}) {
  const cpuFile = path.join(os.tmpdir(), `promotion-journal-cpu-${process.pid}.json`);
  const fullArgs = node ? [...nodeFlags, '--require', CPU_AT_EXIT, ...args] : args;
  const started = performance.now();
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PJ_BENCH_CPU_FILE: cpuFile } });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${fullArgs.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  if (!node) return { wallMs, stdout: result.stdout };
  const cpu = JSON.parse(fs.readFileSync(cpuFile, 'utf8'));
  fs.rmSync(cpuFile);
  return { wallMs, cpuMs: cpu.userMs + cpu.systemMs, stdout: result.stdout };
}

const PROGRAMS = {
  // Every file read: the saved index of the last run is measured in npm run bench.
  cli: (journal) => [process.execPath, [CLI, 'report', journal, '--json', '--no-cache']],
  readAll: (journal) => [process.execPath, [READ_ALL, journal]],
  rg: (journal) => ['rg', [...RG_ARGS, journal], { node: false }],
};

/** Medians of whole-process wall and CPU time, runs alternating so that a burst of load hits all alike. */
function measureWholeProcesses(journal, runs, programs = Object.keys(PROGRAMS)) {
  const samples = Object.fromEntries(programs.map((name) => [name, []]));
  for (const name of programs) timedProcess(...PROGRAMS[name](journal)); // untimed: warms the page cache
  for (let run = 0; run < runs; run++) {
    for (const name of programs) samples[name].push(timedProcess(...PROGRAMS[name](journal)));
  }
  return Object.fromEntries(
    programs.map((name) => [name, { wallMs: median(samples[name].map((s) => s.wallMs)), cpuMs: median(samples[name].map((s) => s.cpuMs ?? NaN)) }]),
  );
}

/** One run under --cpu-prof, summarized by phase. */
function profileProcess(command, args, intervalUs = 250) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-prof-'));
  try {
    const run = timedProcess(command, args, { nodeFlags: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', String(intervalUs)] });
    const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    // A sample over 4 intervals late means the machine did not run the process: counted apart (see summarizeProfile).
    return { wallMs: run.wallMs, cpuMs: run.cpuMs, ...summarizeProfile(profile, { phaseOf: journalPhase, capUs: 4 * median(profile.timeDeltas.slice(1)) }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The command line's `report --json` and the read-all floor, whole process and profiled. */
function profileCommandLine(journal, runs = 5) {
  return {
    whole: measureWholeProcesses(journal, runs),
    cliProfile: profileProcess(...PROGRAMS.cli(journal)),
    readAllProfile: profileProcess(...PROGRAMS.readAll(journal)),
  };
}

module.exports = { profileCommandLine, measureWholeProcesses, profileProcess };
