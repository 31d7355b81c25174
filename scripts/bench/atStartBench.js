// Plain Node and the command line in the same moments as the extension: the
// extension host starts a whole process at the moment the bench would call
// activate() (the extension left inactive), on a fresh VS Code profile, while
// the workbench is still starting; and the same processes alone, in turns with
// those starts. It shows what the workbench's own start costs any reading of
// the journal on this machine, apart from the extension's work. Reported, not
// judged.
'use strict';

const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { measureOnce, installWorkbench, withoutBuiltinExtensions, extensionWithoutStartupActivation } = require('./workbenchBench');
const { median } = require('./statistics');
const { savedFiles, CLI, READ_ALL } = require('./wholeProcess');

/** The processes compared, each as the whole-process rows run it. */
function commands(journal, savedCache) {
  return {
    floor: { args: [READ_ALL, journal] },
    stamps: { args: [READ_ALL, journal, '--stamp'] },
    cli: { args: [CLI, 'report', journal, '--json', '--no-cache'], cache: 'off' },
    cliSaved: { args: [CLI, 'report', journal, '--json'], cache: savedCache },
  };
}

/** The whole environment of a compared process: the same alone and from the extension host. */
function environment(cache) {
  return { PATH: process.env.PATH ?? '', HOME: os.homedir(), ...(cache ? { PROMOTION_JOURNAL_CACHE: cache } : {}) };
}

function alone({ args, cache }) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env: environment(cache), maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  return { wallMs, outputSha256: crypto.createHash('sha256').update(result.stdout).digest('hex') };
}

/**
 * @param workspace  the workspace folder whose settings name the journal
 * @param journal  the journal folder
 * @param runs  starts per process, and as many runs alone
 * @returns per process: the median alone and at the workbench's start, and every start's time
 */
function measureAtStart(workspace, journal, runs) {
  installWorkbench();
  const extension = extensionWithoutStartupActivation();
  const caches = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-at-start-'));
  try {
    const compared = commands(journal, path.join(caches, 'saved'));
    // Untimed: the saved output the later runs print, and the output every run must give.
    const expected = Object.fromEntries(Object.entries(compared).map(([name, command]) => [name, alone(command).outputSha256]));
    if (expected.cli !== expected.cliSaved) throw new Error('the command line reported otherwise with its saved output than reading every file');
    const [savedOutput] = fs.existsSync(path.join(caches, 'saved', 'saved-output')) ? savedFiles(path.join(caches, 'saved'), 'saved-output') : [];
    if (savedOutput === undefined) throw new Error('the first run saved no output: a file of the journal is too new to trust its stamp');
    // A later run that prints the saved output leaves it as it is: its time, put in the past, tells that it did.
    const past = new Date(Math.floor(Date.now() / 1000 - 3600) * 1000);
    fs.utimesSync(savedOutput, past, past);
    const figures = Object.fromEntries(Object.keys(compared).map((name) => [name, { alone: [], atStart: [] }]));
    for (let run = 0; run < runs; run++) {
      for (const [name, command] of Object.entries(compared)) {
        console.log(`[bench] workbench start ${run + 1} of ${runs}, running ${name} at once`);
        const env = { PJ_BENCH_MODE: 'at-start', PJ_BENCH_COMMAND: JSON.stringify({ command: process.execPath, args: command.args, env: environment(command.cache) }) };
        const atStart = measureOnce(workspace, withoutBuiltinExtensions(env), { extension: extension.folder });
        const byItself = alone(command);
        if (atStart.outputSha256 !== expected[name] || byItself.outputSha256 !== expected[name]) throw new Error(`${name} printed otherwise than before`);
        figures[name].atStart.push(atStart.wallMs);
        figures[name].alone.push(byItself.wallMs);
      }
    }
    if (fs.statSync(savedOutput).mtimeMs !== past.getTime()) throw new Error('the later runs loaded the journal again: the saved output was written anew');
    return Object.fromEntries(Object.entries(figures).map(([name, { alone: times, atStart }]) => [name, { aloneMs: median(times), atStartMs: median(atStart), eachAtStartMs: atStart }]));
  } finally {
    extension.remove();
    fs.rmSync(caches, { recursive: true, force: true });
  }
}

module.exports = { measureAtStart };
