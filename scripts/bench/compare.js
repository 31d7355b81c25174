// A change measured against a base revision: both built as users get them
// (production bundles) and run in alternation, base and change, then change
// and base, so that a burst of load on the machine hits both alike. For a
// lever whose effect is smaller than the spread of single runs.
//
//   node scripts/bench/compare.js --base REV [--what cli|workbench|restart] [--size 10000] [--runs 8] [--seed 42]
//
// cli: the command line's whole process, `report --json --no-cache` (every
// file read and parsed). workbench: first starts in the real workbench,
// without VS Code's built-in extensions that run code, until the extension's
// report equals its own command line's. restart: restarts of the workbench on
// the index and report a first start saved. The base is built in a temporary
// git worktree, removed afterwards; the workbench runs measure with this
// checkout's bench tests (out/test/bench: `npx tsc -p .` first).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { DEFAULT_ELEMENTS } = require('./core');
const { ensureJournal } = require('./journalCache');
const { describeMachine } = require('./machine');
const { describeRevision } = require('./revision');
const { median } = require('./statistics');
const { option } = require('./options');
const { ms } = require('./format');
const { installWorkbench, measureOnce, withoutBuiltinExtensions } = require('./workbenchBench');

const ROOT = path.join(__dirname, '..', '..');

function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  return result.stdout;
}

function productionBuild(folder) {
  run(process.execPath, [path.join(folder, 'scripts', 'build.js'), '--production'], folder);
}

/** The base revision checked out beside, with this checkout's packages, and built. */
function baseCheckout(revision) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-base-'));
  const remove = () => {
    spawnSync('git', ['worktree', 'remove', '--force', folder], { cwd: ROOT });
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    run('git', ['worktree', 'add', '--detach', folder, revision], ROOT);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(folder, 'node_modules'));
    productionBuild(folder);
  } catch (error) {
    remove(); // a revision that does not build leaves nothing behind
    throw error;
  }
  return { folder, remove };
}

/** The build's command line: `report --json`, every file read, nothing saved. */
function cliReport(build, journal) {
  return run(process.execPath, [path.join(build.folder, 'dist', 'cli.js'), 'report', journal, '--json', '--no-cache'], build.folder, { ...process.env, PROMOTION_JOURNAL_CACHE: 'off' });
}

/** Each build's own command line's report of the journal: what its extension's report must equal. */
function expectedReport(build, journal, into) {
  const file = path.join(into, `${build.name}-report.json`);
  fs.writeFileSync(file, cliReport(build, journal));
  return file;
}

function cliRun(build, journal) {
  const started = performance.now();
  cliReport(build, journal);
  return { ms: performance.now() - started };
}

function workbenchRun(build, workspace, restart) {
  const figures = measureOnce(workspace, withoutBuiltinExtensions({ PJ_BENCH_EXPECTED_REPORT: build.expected }), { extension: build.folder, ...restart });
  return { ms: figures.flagsCorrectMs, cpuMs: figures.mainThreadCpuMs, ownBlockMs: figures.longestOwnBlockMs };
}

function summary(name, runs) {
  const times = runs.map((figures) => figures.ms);
  const extra = runs[0].cpuMs === undefined ? '' : `; main thread CPU ${ms(median(runs.map((figures) => figures.cpuMs)))}, longest own block ${ms(median(runs.map((figures) => figures.ownBlockMs)))} (medians)`;
  return `- ${name}: median ${ms(median(times))} (${ms(Math.min(...times))}–${ms(Math.max(...times))})${extra}`;
}

function main() {
  const args = process.argv.slice(2);
  const revision = option(args, '--base');
  const what = option(args, '--what', 'cli');
  const size = Number(option(args, '--size', '10000'));
  const runs = Number(option(args, '--runs', '8'));
  const seed = Number(option(args, '--seed', '42'));
  if (!revision || !['cli', 'workbench', 'restart'].includes(what)) {
    throw new Error('usage: node scripts/bench/compare.js --base REV [--what cli|workbench|restart] [--size N] [--runs N] [--seed N]');
  }
  const { workspace, journal } = ensureJournal(size, seed, DEFAULT_ELEMENTS);
  const base = baseCheckout(revision);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-compare-'));
  try {
    productionBuild(ROOT);
    const builds = [
      { name: 'base', label: `base (${run('git', ['rev-parse', '--short', revision], ROOT).trim()})`, folder: base.folder },
      { name: 'change', label: `change (${describeRevision()})`, folder: ROOT },
    ];
    let measure = (build) => cliRun(build, journal);
    if (what !== 'cli') {
      installWorkbench();
      let port = 40000 + (process.pid % 10000) * 2;
      for (const build of builds) {
        build.expected = expectedReport(build, journal, scratch);
        if (what === 'restart') {
          build.restart = { userData: fs.mkdtempSync(path.join(scratch, `${build.name}-user-data-`)), port: port++ };
          workbenchRun(build, workspace, build.restart); // the start that saves the index and the report
        }
      }
      measure = (build) => workbenchRun(build, workspace, build.restart);
    }
    const results = { base: [], change: [] };
    let changeFaster = 0;
    for (let pair = 0; pair < runs; pair++) {
      const order = pair % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const figures = measure(build);
        results[build.name].push(figures);
        console.log(`[compare] pair ${pair + 1} of ${runs}, ${build.name}: ${ms(figures.ms)}`);
      }
      changeFaster += results.change[pair].ms < results.base[pair].ms ? 1 : 0;
    }
    const machine = describeMachine(new Date());
    console.log(
      [
        '',
        `${what} at ${size.toLocaleString('en-US')} entries, ${runs} alternating runs each; ${machine.cpu}, Node ${machine.node}, ${machine.date}, load ${machine.load} at the end:`,
        ...builds.map((build) => summary(build.label, results[build.name])),
        `- the change was faster in ${changeFaster} of ${runs} pairs`,
      ].join('\n'),
    );
  } finally {
    base.remove();
    fs.rmSync(scratch, { recursive: true, force: true });
    run(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], ROOT); // the development build the tests expect
  }
}

main();
