// Profile summaries (scripts/bench/profileSummary.js) as markdown tables, for
// `node scripts/bench/profile.js` and, later, the results of `npm run bench`.
'use strict';

const { ms, percent } = require('./format');
const { NOT_RUNNING } = require('./profileSummary');

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

/**
 * One table of phases. With `cpuMs` (the thread's or process's CPU time), the
 * running phases are also shown scaled to it: the profiler samples by the
 * clock, and the CPU figure is what a neighbour's load moves least.
 */
function phaseTable(summary, { cpuMs, limit = 14, minShare = 0.005 } = {}) {
  const shown = summary.phases.filter((phase, index) => index < limit && phase.share >= minShare);
  const rest = summary.phases.slice(shown.length);
  const rows = rest.length === 0 ? shown : [...shown, { name: `${rest.length} smaller`, ms: rest.reduce((sum, p) => sum + p.ms, 0), share: rest.reduce((sum, p) => sum + p.share, 0) }];
  const notRunning = (name) => name === NOT_RUNNING || name === '(idle)';
  const runningMs = summary.phases.filter((phase) => !notRunning(phase.name)).reduce((sum, phase) => sum + phase.ms, 0);
  const scaled = (phase) => (notRunning(phase.name) ? '—' : ms((phase.ms / runningMs) * cpuMs));
  const header = cpuMs === undefined ? ['phase', 'sampled', 'share'] : ['phase', 'sampled', 'share', 'scaled to CPU time'];
  return [
    row(header),
    row(header.map((_, index) => (index === 0 ? '---' : '---:'))),
    ...rows.map((phase) => row([phase.name, ms(phase.ms), percent(phase.share), ...(cpuMs === undefined ? [] : [scaled(phase)])])),
    row(['total', ms(summary.totalMs), '100%', ...(cpuMs === undefined ? [] : [ms(cpuMs)])]),
  ].join('\n');
}

function functionTable(summary, limit = 12) {
  return [
    row(['function (self time)', 'sampled', 'share']),
    row(['---', '---:', '---:']),
    ...summary.functions.slice(0, limit).map((fn) => row([`\`${fn.name}\``, ms(fn.ms), percent(fn.share)])),
  ].join('\n');
}

/** Busy share of the thread per time slice: `▁` idle … `█` busy. */
function timelineText(summary) {
  const bars = '▁▂▃▄▅▆▇█';
  const step = summary.timeline.length > 1 ? summary.timeline[1].fromMs - summary.timeline[0].fromMs : 0;
  return `busy per ${step} ms: ${summary.timeline.map((slice) => bars[Math.min(bars.length - 1, Math.floor(slice.busyShare * bars.length))]).join('')}`;
}

module.exports = { phaseTable, functionTable, timelineText };
