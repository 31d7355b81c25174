// The desktop extension's first-start load in plain Node, for its memory:
// a fresh process per run (workerLoad.child.js) on a bench journal, the
// medians and ranges printed. The extension host runs VS Code's Node, which
// `--node` names.
//   node scripts/bench/workerLoad.js [--size 100000] [--small] [--runs 3] [--seed 42] [--node PATH]
'use strict';

const { DEFAULT_ELEMENTS } = require('./core');
const { ensureJournal } = require('./journalCache');
const { option } = require('./options');
const { median } = require('./statistics');
const { ms, mb, count } = require('./format');
const { spawnSync } = require('child_process');
const path = require('path');

function main() {
  const args = process.argv.slice(2);
  const size = Number(option(args, '--size', '100000'));
  const small = args.includes('--small');
  const runs = Number(option(args, '--runs', '3'));
  const node = option(args, '--node', process.execPath);
  const { journal } = ensureJournal(size, option(args, '--seed', '42'), DEFAULT_ELEMENTS, { small });
  const results = Array.from({ length: runs }, () => {
    const run = spawnSync(node, [path.join(__dirname, 'workerLoad.child.js'), journal], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`workerLoad.child.js failed (exit ${run.status}):\n${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop());
  });
  const figure = (key, format) => {
    const values = results.map((result) => result[key]);
    return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
  };
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`${count(results[0].entries)} entries${small ? ' (small files)' : ''}, Node ${version}, ${runs} fresh processes:`);
  console.log(`- load until every entry is in the index: ${figure('loadMs', ms)}`);
  console.log(`- RSS once every entry was in: ${figure('loadedRssMb', mb)}; its peak until the worker had ended: ${figure('peakRssMb', mb)}`);
  console.log(`- the main thread's JavaScript heap once every entry was in: ${figure('heapUsedMb', mb)}`);
}

main();
