// Whole process against whole process: what a user would run by hand (ripgrep
// listing the files whose frontmatter names one element) and our command line
// reporting on the whole journal, and the read-all floor (plain Node reading
// every entry file). All include their start-up.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
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

/** `cache`: the command line's PROMOTION_JOURNAL_CACHE (a folder, or off). */
function timed(command, args, cache = 'off') {
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PROMOTION_JOURNAL_CACHE: cache } });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

/**
 * Runs alternate, so that a neighbour's burst of load hits both alike. The
 * command line four ways: reading every file (--no-cache: what the first run
 * on a journal reads), its first run with an empty cache folder (which also
 * saves the index and the output), a later run on the same files (which
 * prints the output saved by a run before), and a later run on the index
 * alone (the saved output taken away, as after a file was edited).
 */
function measureWholeProcess(journal, runs) {
  const rg = [];
  const cli = [];
  const cliFirst = [];
  const cliSaved = [];
  const cliIndexOnly = [];
  const floor = [];
  let rgFiles = 0;
  const cliArgs = [CLI, 'report', journal, '--json', '--today', REPORT_DAY];
  const caches = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-cache-'));
  try {
    const saved = path.join(caches, 'saved');
    timed('rg', [...RG_ARGS, journal]); // untimed, and cheap: the page cache is warm for both
    const expected = timed(process.execPath, cliArgs, saved).stdout; // untimed: saves the index and the output the later runs use
    // A run that takes every entry from the index leaves it as it is, and so does a run that prints the saved
    // output: their times, put in the past, tell that they did.
    const [savedIndex] = savedFiles(saved, 'journal-index');
    const [savedOutput] = savedFiles(saved, 'saved-output');
    if (savedOutput === undefined) throw new Error('the first run saved no output: a file of the journal is too new to trust its stamp');
    const savedOutputText = fs.readFileSync(savedOutput);
    const past = new Date(Math.floor(Date.now() / 1000 - 3600) * 1000); // whole seconds: the file system gives them back exactly
    fs.utimesSync(savedIndex, past, past);
    fs.utimesSync(savedOutput, past, past);
    for (let run = 0; run < runs; run++) {
      const search = timed('rg', [...RG_ARGS, journal]);
      rg.push(search.ms);
      rgFiles = search.stdout.split('\n').filter(Boolean).length;
      const report = timed(process.execPath, [...cliArgs, '--no-cache']);
      JSON.parse(report.stdout); // a report, not an error message
      cli.push(report.ms);
      floor.push(timed(process.execPath, [READ_ALL, journal]).ms);
      const first = timed(process.execPath, cliArgs, path.join(caches, `empty-${run}`));
      const later = timed(process.execPath, cliArgs, saved);
      const indexOnly = timed(process.execPath, cliArgs, indexCache(saved, path.join(caches, `index-only-${run}`)));
      if ([first, later, indexOnly].some((other) => other.stdout !== report.stdout) || expected !== report.stdout) {
        throw new Error('the command line reported otherwise with its saved index or output than reading every file');
      }
      cliFirst.push(first.ms);
      cliSaved.push(later.ms);
      cliIndexOnly.push(indexOnly.ms);
    }
    if (fs.statSync(savedIndex).mtimeMs !== past.getTime()) {
      throw new Error('the later runs read files again: the saved index was written anew');
    }
    if (fs.statSync(savedOutput).mtimeMs !== past.getTime() || !fs.readFileSync(savedOutput).equals(savedOutputText)) {
      throw new Error('the later runs loaded the journal again: the saved output was written anew');
    }
  } finally {
    fs.rmSync(caches, { recursive: true, force: true });
  }
  return { rgMs: median(rg), cliMs: median(cli), cliFirstMs: median(cliFirst), cliSavedMs: median(cliSaved), cliIndexOnlyMs: median(cliIndexOnly), floorMs: median(floor), rgFiles };
}

function savedFiles(cache, folder) {
  return fs.readdirSync(path.join(cache, folder)).map((name) => path.join(cache, folder, name));
}

/** A cache folder of its own holding only a copy of the saved index, with its time: a run on it uses the index, and finds no output to print. */
function indexCache(cache, into) {
  fs.mkdirSync(path.join(into, 'journal-index'), { recursive: true, mode: 0o700 });
  for (const file of savedFiles(cache, 'journal-index')) {
    const copy = path.join(into, 'journal-index', path.basename(file));
    fs.copyFileSync(file, copy);
    const { atime, mtime } = fs.statSync(file);
    fs.utimesSync(copy, atime, mtime);
  }
  return into;
}

module.exports = { measureWholeProcess, savedFiles, CLI, READ_ALL, RG_COMMAND, RG_ARGS };
