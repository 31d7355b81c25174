// The reading experiment in the real extension host (test/bench/readStrategies.bench.ts):
// each way the extension could read the journal, timed, with the longest
// event-loop block. Prints a markdown table.
//   node scripts/bench/readStrategies.js [--size 10000] [--seed 42]
'use strict';

const { DEFAULT_ELEMENTS } = require('./core');
const { ensureJournal } = require('./journalCache');
const { installWorkbench, measureOnce } = require('./workbenchBench');
const { median } = require('./statistics');
const { option } = require('./options');
const { ms, count } = require('./format');
const { describeMachine } = require('./machine');

function main() {
  const args = process.argv.slice(2);
  const size = Number(option(args, '--size', '10000'));
  const { workspace } = ensureJournal(size, option(args, '--seed', '42'), DEFAULT_ELEMENTS);
  installWorkbench();
  const machine = describeMachine(new Date());
  const figures = measureOnce(workspace, { PJ_BENCH_MODE: 'read-strategies' });
  const strategies = [...new Set(figures.map((f) => f.strategy))];
  const lines = [
    `${count(size)} entries, extension host on Node ${figures.node ?? '24'}; ${machine.cpu}; load ${machine.load} at the start. Medians of ${figures.length / strategies.length} rounds.`,
    '',
    '| strategy | wall | main-thread CPU | longest block | of it own running |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...strategies.map((strategy) => {
      const runs = figures.filter((f) => f.strategy === strategy);
      const med = (key) => median(runs.map((run) => run[key]));
      return `| ${strategy} | ${ms(med('wallMs'))} | ${ms(med('mainThreadCpuMs'))} | ${ms(med('longestBlockMs'))} | ${ms(med('longestOwnBlockMs'))} |`;
    }),
  ];
  console.log(lines.join('\n'));
}

main();
