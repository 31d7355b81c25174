// For each missed target, what the figures themselves say about why: the
// table must not only say MISS. Each sentence uses measured numbers only.
'use strict';

const { ms, mb, percent, ratio } = require('./format');
const { TARGETS, AT, LARGEST } = require('./targets');

function share(profile, name, from) {
  const found = profile && profile[from].find((item) => item.name === name);
  return found ? found.share : 0;
}

function coldReason(r) {
  const p = r.profile;
  const parsing = share(p, 'entryFromBytes', 'inclusive');
  const fullYaml = share(p, 'parseDocument', 'inclusive') + share(p, 'excessiveNestingOffset', 'inclusive');
  const fs = share(p, 'Node fs native calls', 'areas') + share(p, 'Node library code (fs promises, timers)', 'areas');
  return `Cold index at 10,000: ${ms(r.cold[AT].indexMs)} against a floor of ${ms(r.cold[AT].floorMs)}. In the CPU profile, parsing the files takes ${percent(parsing)} of the time (the full YAML parser, with its nesting pre-check, ${percent(fullYaml)}) and Node's file-system calls ${percent(fs)}.`;
}

function incrementalReason(r) {
  const small = r.incremental[r.sizes[0]];
  const large = r.incremental[LARGEST] || r.incremental[r.sizes[r.sizes.length - 1]];
  return `index.update goes ${ms(small.updateMs)} → ${ms(large.updateMs)} and the flags ${ms(small.flagsMs)} → ${ms(large.flagsMs)} from ${r.sizes[0].toLocaleString('en-US')} to ${LARGEST.toLocaleString('en-US')}; the report's JSON form ${ms(small.reportMs)} → ${ms(large.reportMs)}: it sorts the entries with problems, which are more in a larger journal.`;
}

function heapReason(r) {
  const m = r.memory[LARGEST];
  return `At 50,000: peak ${mb(m.peakHeapMb)}; after GC the index and report still hold ${mb(m.retainedHeapMb)}, while fresh copies of the same entries need ${mb(m.copiesHeapMb)} (both with the process's own ${mb(m.baselineHeapMb)}): the entries hold on to about ${mb(m.retainedHeapMb - m.copiesHeapMb)} more than their data (in V8, a substring can keep its whole file's text alive).`;
}

function firstRenderReason(r) {
  const wb = r.workbench;
  const inNode = r.cold[AT] ? ` (the same journal indexes in ${ms(r.cold[AT].indexMs)} in plain Node)` : '';
  return `The first render waits for the first slice of the journal; the whole journal takes ${ms(wb.readyMs - wb.activateMs)} to index after activate() returns${inNode}.`;
}

function flagsReason(r) {
  const f = r.flags[AT];
  const small = r.flags[r.flagsSizes[0]];
  return `At 10,000 the flags were correct ${ms(f.cold.flagsCorrectMs)} after activate() (the command line's whole process: ${ms(f.cliMs)}; ${ms(small.cold.flagsCorrectMs)} at ${r.flagsSizes[0].toLocaleString('en-US')}); the extension host's main thread ran ${ms(f.cold.mainThreadCpuMs)} of CPU and waited ${ms(f.cold.runQueueWaitMs)} for a core in that time (at ${r.flagsSizes[0].toLocaleString('en-US')}: ${ms(small.cold.mainThreadCpuMs)} and ${ms(small.cold.runQueueWaitMs)}, activate() itself ${ms(small.cold.activateMs)}, of which ${ms(small.cold.beforeOwnActivateMs)} passed before VS Code called the extension's own activate(): its activation and loading the bundle).${settledText(f.settled?.cold, small.settled?.cold, r.flagsSizes[0])}${atStartText(f.cold.flagsCorrectMs, f.atStart?.cli, 'the command line\'s `report --no-cache`', f.atStart?.floor, 'the read-all floor')}`;
}

/**
 * The same work in plain Node in the same moments: the command line (or the
 * floor) started at the workbench's start, against the extension's start.
 */
function atStartText(extensionMs, compared, what, floor, floorWhat) {
  if (!compared) return '';
  const floorText = floor ? `; ${floorWhat} ${ms(floor.aloneMs)} alone, ${ms(floor.atStartMs)} there` : '';
  return ` Started at the same moment of the workbench's start, ${what} took ${ms(compared.atStartMs)} (${ms(compared.aloneMs)} alone${floorText}): the extension took ${ratio(extensionMs / compared.atStartMs)} the command line's time under the same start.`;
}

/** The same starts once the workbench had finished its own: what is left when nothing else competes for the cores. */
function settledText(atSize, small, smallSize) {
  if (!atSize?.flagsCorrectMs) return '';
  const smaller = small?.flagsCorrectMs ? ` and ${ms(small.flagsCorrectMs)} at ${smallSize.toLocaleString('en-US')}` : '';
  return ` Activated once the workbench had finished starting, the flags were correct after ${ms(atSize.flagsCorrectMs)} at 10,000${smaller}, the main thread waiting ${ms(atSize.runQueueWaitMs)} for a core: most of the rest is the workbench's own start competing for the two cores.`;
}

function noStallReason(r) {
  const c = r.flags[AT].cold;
  return `Longest block: ${ms(c.longestOwnBlockMs)} of the thread's own CPU time (${ms(c.longestBlockMs)} by the clock; worst run ${ms(c.worstOwnBlockMs)}).`;
}

function warmReason(r) {
  const w = r.flags[AT].warm;
  return `Restarted on the unchanged journal: flags correct after ${ms(w.flagsCorrectMs)}, activate() ${ms(w.activateMs)} (${ms(w.beforeOwnActivateMs)} of it before VS Code called the extension's own activate()); main thread CPU until every entry was in ${ms(w.mainThreadCpuMs)}, waiting for a core ${ms(w.runQueueWaitMs)}. The flags came from the report the start before saved in ${(w.eachSavedReportShown || []).filter(Boolean).length} of ${(w.eachSavedReportShown || []).length} restarts; before they show, the extension host still lists and stamps (lstat) every entry file, while VS Code's own start competes for the two cores.${r.flags[AT].settled?.warm?.flagsCorrectMs ? ` Restarted once the workbench had finished starting: ${ms(r.flags[AT].settled.warm.flagsCorrectMs)}, waiting ${ms(r.flags[AT].settled.warm.runQueueWaitMs)} for a core.` : ''}${atStartText(w.flagsCorrectMs, r.flags[AT].atStart?.cliSaved, "the command line's later `report` on the same files (listed and stamped, its saved output printed)", r.flags[AT].atStart?.stamps, 'plain Node listing and stamping every file')}`;
}

function cliReason(r) {
  const w = r.whole[AT];
  const p = r.profile;
  const parsing = share(p, 'entryFromBytes', 'inclusive');
  const later = `A later run on the same files: ${ms(w.cliSavedMs)} against a floor of ${ms(w.floorMs)} and rg's ${ms(w.rgMs)}; it still lists and stamps (lstat) every file before it prints the saved output. On the saved index alone (as after an edit): ${ms(w.cliIndexOnlyMs)}.`;
  return `${later} Reading every file (--no-cache): ${ms(w.cliMs)}; a first run, which also saves the index: ${ms(w.cliFirstMs)}. The floor only reads bytes; the command line parses every file too, ${percent(parsing)} of a cold index in the CPU profile below, on one thread.`;
}

function tagRaceReason(r) {
  const { ours } = r.tagRace;
  return `${ours.lost} of ${ours.trials} writes of the other process were lost, ${ours.lostReplacing} of them by replacing the file and ${ours.lost - ours.lostReplacing} in place; ${ours.duringCommand} of the writes started while the command ran, which took ${ms(ours.commandMs)} alone.`;
}

/** @returns markdown bullet lines, one per missed target */
function missReasons(r) {
  const checks = [
    [TARGETS.coldSeconds.verdict(r) === false || TARGETS.coldRatio.verdict(r) === false, 'Cold index', coldReason],
    [TARGETS.incremental.verdict(r) === false, 'Incremental update', incrementalReason],
    [TARGETS.heap.verdict(r) === false, 'Peak heap', heapReason],
    [TARGETS.firstRender.verdict(r) === false, 'Activation → first render', firstRenderReason],
    [TARGETS.flagsCorrect.verdict(r) === false, 'Time to correct flags', flagsReason],
    [TARGETS.noStall.verdict(r) === false, 'No stall', noStallReason],
    [TARGETS.warmStart.verdict(r) === false, 'Warm start', warmReason],
    [[TARGETS.cliFloor, TARGETS.cliRg, TARGETS.cliFloorEveryFile, TARGETS.cliRgEveryFile].some((target) => target.verdict(r) === false), 'Command line against the floor and rg', cliReason],
    [TARGETS.tagRace.verdict(r) === false, 'Tag Entry racing another program', tagRaceReason],
  ];
  return checks.filter(([missed]) => missed).map(([, title, reason]) => `- **${title}**: ${reason(r)}`);
}

module.exports = { missReasons };
