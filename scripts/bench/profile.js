// Where the time goes, as markdown tables: the command line's `report`
// against the read-all floor and rg, and activation in the real workbench
// until the extension's report equals the command line's. Measures only;
// `npm run bench` judges the targets.
//
//   node scripts/bench/profile.js [--size 10000] [--seed 42] [--runs 3] [--what cli,workbench] [--small] [--restart] [--without-builtins]
//
// --small: the stress journal of small files; --restart: the workbench runs are
// restarts on the index a first start saved; --without-builtins: the workbench
// starts without VS Code's built-in extensions that run code, as the bench's
// figures are measured (by default they start too, as for a user).
//
// Expects out/ and dist/ (`npx tsc -p . && node scripts/build.js`); the
// workbench runs the development bundle, whose module comments let the
// profile name our modules.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { DEFAULT_ELEMENTS } = require('./core');
const { ensureJournal } = require('./journalCache');
const { ensureRipgrep } = require('./ripgrep');
const { describeMachine } = require('./machine');
const { describeRevision } = require('./revision');
const { option } = require('./options');
const { profileCommandLine } = require('./profileCli');
const { profileActivation } = require('./profileActivation');
const { phaseTable, functionTable, timelineText } = require('./profileMarkdown');
const { activationGroup, groupPhases } = require('./profileSummary');
const { ms, count, ratio } = require('./format');

function commandLineSection(size, result) {
  const { cli, readAll, rg } = result.whole;
  return [
    `### Command line: \`report --json\` on ${count(size)} entries`,
    '',
    '| whole process (median) | wall | CPU (user + system) |',
    '| --- | ---: | ---: |',
    `| \`promotion-journal report --json\` | ${ms(cli.wallMs)} | ${ms(cli.cpuMs)} |`,
    `| read-all floor: plain Node lists and reads every file | ${ms(readAll.wallMs)} | ${ms(readAll.cpuMs)} |`,
    `| rg listing the files naming one element | ${ms(rg.wallMs)} | — |`,
    `| ours ÷ floor, ours ÷ rg (wall) | ${ratio(cli.wallMs / readAll.wallMs)}, ${ratio(cli.wallMs / rg.wallMs)} | ${ratio(cli.cpuMs / readAll.cpuMs)} ÷ floor |`,
    '',
    `One profiled run (${ms(result.cliProfile.wallMs)} wall, ${ms(result.cliProfile.cpuMs)} CPU):`,
    '',
    phaseTable(result.cliProfile, { cpuMs: result.cliProfile.cpuMs }),
    '',
    `The floor, profiled (${ms(result.readAllProfile.wallMs)} wall, ${ms(result.readAllProfile.cpuMs)} CPU):`,
    '',
    phaseTable(result.readAllProfile, { cpuMs: result.readAllProfile.cpuMs, limit: 6 }),
    '',
    functionTable(result.cliProfile),
  ].join('\n');
}

function workbenchSection(size, result, restart, builtins) {
  const m = result.medians;
  const p = result.profiled;
  return [
    `### VS Code: ${restart ? 'a restart' : 'activation'} on ${count(size)} entries until the flags are correct${builtins ? '' : ", without VS Code's built-in extensions that run code"}`,
    '',
    `Median of ${result.runs.length} runs: activate() returns after ${ms(m.activateMs)} (VS Code calls the extension's own activate() after ${ms(m.beforeOwnActivateMs)}); the report equals the command line's after ${ms(m.flagsCorrectMs)} (service.ready ${ms(m.readyMs)});`,
    `main thread CPU ${ms(m.mainThreadCpuMs)}, waiting for a core ${ms(m.runQueueWaitMs)}; ${m.changeEvents} change events;`,
    `longest event-loop block ${ms(m.longestBlockMs)} (of it the thread's own running time: ${ms(m.longestOwnBlockMs)});`,
    `inside activate() ${ms(m.activationBlockMs)} (own ${ms(m.activationOwnBlockMs)}), after it until ready ${ms(m.indexingBlockMs)} (own ${ms(m.indexingOwnBlockMs)}).`,
    '',
    `The profiled run: flags correct after ${ms(p.flagsCorrectMs)}, main thread CPU ${ms(p.mainThreadCpuMs)}. ${timelineText(result.summary)}`,
    '',
    phaseTable(groupPhases(result.summary, activationGroup), { cpuMs: p.mainThreadCpuMs }),
    '',
    phaseTable(result.summary, { limit: 16, cpuMs: p.mainThreadCpuMs }),
    '',
    functionTable(result.summary, 20),
    '',
    `What ran in the longest block of the thread's own CPU time in the profiled run (${ms(p.longestOwnBlockMs)} of its CPU), the watchdog's late tick whole:`,
    '',
    functionTable(result.longestBlock, 8),
  ].join('\n');
}

/**
 * The phases are named from the development bundles' module comments: in a
 * production bundle (left in dist/ by the bench or the workbench tests) all
 * our code would count as "loading our bundle".
 */
function developmentBundlesMissing() {
  const bundles = ['extension.js', 'cli.js'].map((name) => path.join(__dirname, '..', '..', 'dist', name));
  const production = bundles.filter((file) => !fs.existsSync(file) || !fs.readFileSync(file, 'utf8').includes('\n// src/'));
  return production.length === 0 ? undefined : `${production.map((file) => path.relative(process.cwd(), file)).join(', ')}: no development build; run \`node scripts/build.js\` first.`;
}

function main() {
  const args = process.argv.slice(2);
  const size = Number(option(args, '--size', '10000'));
  const seed = option(args, '--seed', '42');
  const runs = Number(option(args, '--runs', '3'));
  const what = option(args, '--what', 'cli,workbench').split(',');
  const restart = args.includes('--restart');
  const builtins = !args.includes('--without-builtins');
  const missingBuild = developmentBundlesMissing();
  if (missingBuild) {
    console.error(missingBuild);
    process.exit(1);
  }
  const machine = describeMachine(new Date());
  const { workspace, journal } = ensureJournal(size, seed, DEFAULT_ELEMENTS, { small: args.includes('--small') });
  const sections = [`Measured ${machine.date} on ${machine.cpu}, ${machine.memory} RAM, Node ${machine.node}; code at ${describeRevision()}; load ${machine.load} at the start.`];
  if (what.includes('cli')) {
    const missing = ensureRipgrep();
    if (missing) throw new Error(missing);
    sections.push(commandLineSection(size, profileCommandLine(journal, Math.max(runs, 5))));
  }
  if (what.includes('workbench')) {
    sections.push(workbenchSection(size, profileActivation(workspace, journal, { runs, restart, builtins }), restart, builtins));
  }
  sections.push(`Load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} at the end.`);
  console.log(sections.join('\n\n'));
}

main();
