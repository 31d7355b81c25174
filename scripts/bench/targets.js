// The benchmark targets, each with the figures it is judged on. A verdict is
// true (PASS), false (MISS) or undefined (not measured).
'use strict';

const AT = 10000;
const LARGEST = 50000;
const SMALLEST = 1000;
/** "Flat" from 1,000 to 50,000 entries: 50 times the journal may cost at most twice the time. */
const FLAT_FACTOR = 2;

function defined(...values) {
  return values.every((value) => value !== undefined && !Number.isNaN(value));
}

/** A verdict on two whole-process times at 10,000 (see wholeProcess.js): `figure` at most `limit` times `against`. */
const wholeRatioAtMost = (figure, against, limit) => (r) => {
  const whole = r.whole[AT];
  return defined(whole?.[figure], whole?.[against]) ? whole[figure] / whole[against] <= limit : undefined;
};

/** The flags figures of one journal size: { cliMs, cold, warm } (see flagsBench.js). */
const flagsAt = (r, size) => r.flags && r.flags[size];

const TARGETS = {
  flagsCorrect: {
    text: "≤ 1.0 s at 10,000 and ≤ 2× the command line's whole-process report of the same files; ≤ 0.3 s at 1,000",
    verdict: (r) => {
      const [small, at] = [flagsAt(r, SMALLEST), flagsAt(r, AT)];
      if (!defined(small?.cold?.flagsCorrectMs, at?.cold?.flagsCorrectMs, at?.cliMs)) return undefined;
      return at.cold.flagsCorrectMs <= 1000 && at.cold.flagsCorrectMs <= 2 * at.cliMs && small.cold.flagsCorrectMs <= 300;
    },
  },
  noStall: {
    text: "never > 50 ms from activate() until the flags are correct, by the thread's own CPU time in a late tick (median of 3)",
    verdict: (r) => (defined(flagsAt(r, AT)?.cold?.longestOwnBlockMs) ? flagsAt(r, AT).cold.longestOwnBlockMs <= 50 : undefined),
  },
  warmStart: {
    text: '≤ 0.3 s at 10,000, VS Code restarted on an unchanged journal',
    verdict: (r) => (defined(flagsAt(r, AT)?.warm?.flagsCorrectMs) ? flagsAt(r, AT).warm.flagsCorrectMs <= 300 : undefined),
  },
  // The command line judged twice: on a run after the first on the same files (the output and index the run
  // before saved, as every later run on an unchanged journal finds them) and reading every file (--no-cache,
  // and what a first run reads).
  cliFloor: { text: '≤ 1.5× the read-all floor at 10,000, whole process against whole process', verdict: wholeRatioAtMost('cliSavedMs', 'floorMs', 1.5) },
  cliRg: { text: '≤ 4× rg at 10,000', verdict: wholeRatioAtMost('cliSavedMs', 'rgMs', 4) },
  cliFloorEveryFile: {
    text: '≤ 1.5× the read-all floor at 10,000, whole process against whole process (reading every file)',
    verdict: wholeRatioAtMost('cliMs', 'floorMs', 1.5),
  },
  cliRgEveryFile: { text: '≤ 4× rg at 10,000 (reading every file)', verdict: wholeRatioAtMost('cliMs', 'rgMs', 4) },
  coldSeconds: {
    text: '< 1 s at 10,000',
    verdict: (r) => (defined(r.cold[AT]?.indexMs) ? r.cold[AT].indexMs < 1000 : undefined),
  },
  coldRatio: {
    text: '≤ 1.5× the floor at 10,000',
    verdict: (r) => (defined(r.cold[AT]?.indexMs) ? r.cold[AT].indexMs / r.cold[AT].floorMs <= 1.5 : undefined),
  },
  incremental: {
    text: `< 5 ms at 10,000, flat from 1,000 to 50,000 (50,000 ≤ ${FLAT_FACTOR}× 1,000)`,
    verdict: (r) => {
      const [small, at, large] = [SMALLEST, AT, LARGEST].map((size) => r.incremental[size]?.totalMs);
      return defined(small, at, large) ? at < 5 && large <= FLAT_FACTOR * small : undefined;
    },
  },
  readsPerUpdate: {
    text: 'exactly 1: nothing re-read that did not change',
    verdict: (r) => {
      const measured = Object.values(r.incremental);
      return measured.length > 0 ? measured.every((figures) => figures.readsPerUpdate.length === 1 && figures.readsPerUpdate[0] === 1) : undefined;
    },
  },
  heap: {
    text: '< 150 MB at 50,000',
    verdict: (r) => (defined(r.memory[LARGEST]?.peakHeapMb) ? r.memory[LARGEST].peakHeapMb < 150 : undefined),
  },
  firstRender: {
    text: '< 1.5 s at 10,000',
    verdict: (r) => (defined(r.workbench?.firstRenderMs) ? r.workbench.firstRenderMs < 1500 : undefined),
  },
  tagRace: {
    text: '≤ 1 in 1,000',
    verdict: (r) => (r.tagRace ? r.tagRace.ours.lost * 1000 <= r.tagRace.ours.trials : undefined),
  },
  bundle: {
    text: '< 500 KB',
    verdict: (bytes) => (defined(bytes) ? bytes < 500 * 1024 : undefined),
  },
};

function verdictText(verdict) {
  return verdict === undefined ? 'not measured' : verdict ? 'PASS' : '**MISS**';
}

module.exports = { TARGETS, verdictText, AT, LARGEST, SMALLEST };
