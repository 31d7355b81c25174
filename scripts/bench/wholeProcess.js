// Whole process against whole process: what a user would run by hand (ripgrep
// listing the files whose frontmatter names one element) and our command line
// reporting on the whole journal, and the read-all floor (plain Node reading
// every entry file). All include their start-up.
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');
const { performance } = require('perf_hooks');
const { median } = require('./statistics');
const { REPORT_DAY } = require('./reportAsOf');

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli.js');
/** The read-all floor as a whole process: plain Node lists and reads every entry file, as the command line does. */
const READ_ALL = path.join(__dirname, 'readAll.child.js');
const ELEMENT = 'iterate-adapt';
// `elements: [a, iterate-adapt]`, `elements: iterate-adapt`, or a block list
// with `- iterate-adapt` on a later line; the label counts too, in any case.
const RG_PATTERN = `^elements:(?:[^\\n]*|[ \\t]*\\r?\\n(?:[ \\t]+-[^\\n]*\\n)*[ \\t]+-[^\\n]*)(?:${ELEMENT}|iterate and adapt)`;
const RG_ARGS = ['-l', '-U', '-i', '--glob', '*.md', RG_PATTERN];
/** As a user would type it. */
const RG_COMMAND = `rg -l -U -i --glob '*.md' '${RG_PATTERN}' JOURNAL`;

function timed(command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

/** Runs alternate, so that a neighbour's burst of load hits both alike. */
function measureWholeProcess(journal, runs) {
  const rg = [];
  const cli = [];
  const floor = [];
  let rgFiles = 0;
  const cliArgs = [CLI, 'report', journal, '--json', '--today', REPORT_DAY];
  timed('rg', [...RG_ARGS, journal]); // untimed, and cheap: the page cache is warm for both
  for (let run = 0; run < runs; run++) {
    const search = timed('rg', [...RG_ARGS, journal]);
    rg.push(search.ms);
    rgFiles = search.stdout.split('\n').filter(Boolean).length;
    const report = timed(process.execPath, cliArgs);
    JSON.parse(report.stdout); // a report, not an error message
    cli.push(report.ms);
    floor.push(timed(process.execPath, [READ_ALL, journal]).ms);
  }
  return { rgMs: median(rg), cliMs: median(cli), floorMs: median(floor), rgFiles };
}

module.exports = { measureWholeProcess, RG_COMMAND, RG_ARGS };
