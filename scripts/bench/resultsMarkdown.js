// The results as markdown: what the bench prints, writes to .bench/results.md,
// and what docs/performance.md is pasted from.
'use strict';

const { ms, ratio, mb, kb, count, percent } = require('./format');
const { TARGETS, verdictText, AT } = require('./targets');
const { missReasons } = require('./missReasons');
const { RG_COMMAND } = require('./wholeProcess');
const { EDITED_FILES } = require('./flagsBench');

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function scalingTable(r) {
  const sizes = r.sizes;
  const perSize = (read, format) => sizes.map((size) => format(read(size)));
  const line = (label, values, target, verdict) => row([label, ...values, target ? target.text : '—', target ? verdictText(verdict) : '']);
  const cold = (size) => r.cold[size];
  const whole = (size) => r.whole[size];
  const incremental = (size) => r.incremental[size];
  const memory = (size) => r.memory[size];
  const lines = [
    row(['figure', ...sizes.map((size) => `${count(size)} entries`), 'target', 'verdict']),
    row(['---', ...sizes.map(() => '---:'), '---', '---']),
    line('Cold index + report, one process (median)', perSize((s) => cold(s)?.indexMs, ms), TARGETS.coldSeconds, TARGETS.coldSeconds.verdict(r)),
    line('Floor: same process lists and reads the bytes only', perSize((s) => cold(s)?.floorMs, ms)),
    line('Cold ÷ floor', perSize((s) => cold(s) && cold(s).indexMs / cold(s).floorMs, ratio), TARGETS.coldRatio, TARGETS.coldRatio.verdict(r)),
    line('Whole process: the read-all floor (plain Node lists and reads every entry file)', perSize((s) => whole(s)?.floorMs, ms)),
    line('Whole process: `rg` listing the files naming one element', perSize((s) => whole(s)?.rgMs, ms)),
    line('Whole process: `promotion-journal report --json`, a later run on the same files (files listed and stamped, none read; the output the run before saved printed)', perSize((s) => whole(s)?.cliSavedMs, ms)),
    line('&nbsp;&nbsp;÷ floor', perSize((s) => whole(s) && whole(s).cliSavedMs / whole(s).floorMs, ratio), TARGETS.cliFloor, TARGETS.cliFloor.verdict(r)),
    line('&nbsp;&nbsp;÷ rg', perSize((s) => whole(s) && whole(s).cliSavedMs / whole(s).rgMs, ratio), TARGETS.cliRg, TARGETS.cliRg.verdict(r)),
    line('Whole process: `report --json`, a later run on the saved index alone, as after a file was edited (files stamped, none read; entries from the index)', perSize((s) => whole(s)?.cliIndexOnlyMs, ms)),
    line('Whole process: `report --json --no-cache`, every file read and parsed', perSize((s) => whole(s)?.cliMs, ms)),
    line('&nbsp;&nbsp;÷ floor', perSize((s) => whole(s) && whole(s).cliMs / whole(s).floorMs, ratio), TARGETS.cliFloorEveryFile, TARGETS.cliFloorEveryFile.verdict(r)),
    line('&nbsp;&nbsp;÷ rg', perSize((s) => whole(s) && whole(s).cliMs / whole(s).rgMs, ratio), TARGETS.cliRgEveryFile, TARGETS.cliRgEveryFile.verdict(r)),
    line('Whole process: `report --json`, the first run (empty cache folder: every file read, then the index and the output saved)', perSize((s) => whole(s)?.cliFirstMs, ms)),
    line('Incremental: one file changed, until the index, the flags and the report (JSON form) are current', perSize((s) => incremental(s)?.totalMs, ms), TARGETS.incremental, TARGETS.incremental.verdict(r)),
    line('&nbsp;&nbsp;of which index.update (the live report follows its event)', perSize((s) => incremental(s)?.updateMs, ms)),
    line('&nbsp;&nbsp;of which the flags (evidence per element)', perSize((s) => incremental(s)?.flagsMs, ms)),
    line('&nbsp;&nbsp;of which the report and its JSON form', perSize((s) => incremental(s)?.reportMs, ms)),
    line('Then, on demand: the dashboard\'s sorted lists (entries of the period, strongest, months)', perSize((s) => incremental(s)?.listsMs, ms)),
    line('Files read per update', perSize((s) => incremental(s) && incremental(s).readsPerUpdate.join(' or '), (v) => v ?? '—'), TARGETS.readsPerUpdate, TARGETS.readsPerUpdate.verdict(r)),
    line('Peak heap used while loading', perSize((s) => memory(s)?.peakHeapMb, mb), TARGETS.heap, TARGETS.heap.verdict(r)),
    line('Peak resident memory (RSS)', perSize((s) => memory(s)?.maxRssMb, mb)),
    line('Heap still held after GC (index + report)', perSize((s) => memory(s)?.retainedHeapMb, mb)),
    line('&nbsp;&nbsp;the same entries as fresh copies', perSize((s) => memory(s)?.copiesHeapMb, mb)),
  ];
  return lines.join('\n');
}

/** Activation to correct flags in the real workbench, per journal size: cold, warm, and the event loop meanwhile. */
function flagsTable(r) {
  if (!r.flags) return '';
  const sizes = r.flagsSizes;
  const at = (size) => r.flags[size];
  const line = (label, read, format, target, verdict) => row([label, ...sizes.map((size) => format(at(size) && read(at(size)))), target ? target.text : '—', target ? verdictText(verdict) : '']);
  const cold = (f) => f.cold;
  return [
    row(['figure', ...sizes.map((size) => `${count(size)} entries`), 'target', 'verdict']),
    row(['---', ...sizes.map(() => '---:'), '---', '---']),
    line("VS Code, cold start: activate() → the extension's report equals the command line's", (f) => cold(f)?.flagsCorrectMs, ms, TARGETS.flagsCorrect, TARGETS.flagsCorrect.verdict(r)),
    line('&nbsp;&nbsp;the command line\'s whole-process `report --json --no-cache` of the same files, same run', (f) => f.cliMs, ms),
    line('&nbsp;&nbsp;VS Code ÷ command line', (f) => cold(f) && cold(f).flagsCorrectMs / f.cliMs, ratio),
    line('&nbsp;&nbsp;activate() returning the API', (f) => cold(f)?.activateMs, ms),
    line("&nbsp;&nbsp;&nbsp;&nbsp;of it, until VS Code calls the extension's own activate() (VS Code's activation and loading the bundle)", (f) => cold(f)?.beforeOwnActivateMs, ms),
    line('&nbsp;&nbsp;the tree\'s first render with wins', (f) => cold(f)?.firstRenderMs, ms),
    line("Longest event-loop block, activate() → flags correct: the thread's own CPU time in it", (f) => cold(f)?.longestOwnBlockMs, ms, TARGETS.noStall, TARGETS.noStall.verdict(r)),
    line('&nbsp;&nbsp;the same block by the clock (the machine not running the thread included)', (f) => cold(f)?.longestBlockMs, ms),
    line('&nbsp;&nbsp;worst own-CPU block of any run', (f) => cold(f)?.worstOwnBlockMs, ms),
    line('&nbsp;&nbsp;each start: flags correct / longest block, own CPU', (f) => eachStartText(cold(f)), (v) => v || '—'),
    line("&nbsp;&nbsp;with VS Code's built-in extensions starting too (TypeScript, JSON, git...): flags correct / longest block, own CPU, medians", (f) => f.withBuiltins && `${ms(f.withBuiltins.flagsCorrectMs)} / ${ms(f.withBuiltins.longestOwnBlockMs)}`, (v) => v || '—'),
    line('&nbsp;&nbsp;the same, each start', (f) => eachStartText(f.withBuiltins), (v) => v || '—'),
    line('&nbsp;&nbsp;main thread CPU / waiting for a core, activate() → ready', (f) => cold(f) && `${ms(cold(f).mainThreadCpuMs)} / ${ms(cold(f).runQueueWaitMs)}`, (v) => v ?? '—'),
    line('&nbsp;&nbsp;change events until ready', (f) => cold(f)?.changeEvents, (v) => (v === undefined ? '—' : count(v))),
    line('&nbsp;&nbsp;extension host RSS / JS heap once ready', (f) => cold(f) && `${mb(cold(f).rssMb)} / ${mb(cold(f).heapUsedMb)}`, (v) => v ?? '—'),
    line('VS Code, warm start: restarted on the unchanged journal, the index and the report saved by the last start', (f) => f.warm?.flagsCorrectMs, ms, TARGETS.warmStart, TARGETS.warmStart.verdict(r)),
    line("&nbsp;&nbsp;activate() returning the API / of it, until VS Code calls the extension's own activate()", (f) => f.warm && `${ms(f.warm.activateMs)} / ${ms(f.warm.beforeOwnActivateMs)}`, (v) => v ?? '—'),
    line("&nbsp;&nbsp;longest block, the thread's own CPU time / by the clock", (f) => f.warm && `${ms(f.warm.longestOwnBlockMs)} / ${ms(f.warm.longestBlockMs)}`, (v) => v ?? '—'),
    line('&nbsp;&nbsp;each restart: flags correct / longest block, own CPU', (f) => eachStartText(f.warm), (v) => v || '—'),
    line('&nbsp;&nbsp;entries taken from the saved index / files read again', (f) => f.warm && f.warm.reusedEntries !== undefined && `${count(f.warm.reusedEntries)} / ${count(f.warm.readFiles)}`, (v) => v || '—'),
    line("&nbsp;&nbsp;each restart: loaded on the extension host's thread, without waiting on the worker", (f) => f.warm && f.warm.eachWithoutWorker && f.warm.eachWithoutWorker.map((taken) => (taken ? 'yes' : 'no')).join('; '), (v) => v || '—'),
    line('&nbsp;&nbsp;each restart: flags from the report the start before saved of the same files, before the entries were in', (f) => f.warm && f.warm.eachSavedReportShown && f.warm.eachSavedReportShown.map((shown) => (shown ? 'yes' : 'no')).join('; '), (v) => v || '—'),
    line(`VS Code, restart after ${EDITED_FILES} files were edited while it was closed (reported)`, (f) => f.edited?.flagsCorrectMs, ms),
    line('&nbsp;&nbsp;each restart: flags correct / longest block, own CPU', (f) => eachStartText(f.edited), (v) => v || '—'),
    line('&nbsp;&nbsp;entries taken from the saved index / files read again; loaded on the extension host\'s thread', (f) => savedIndexText(f.edited), (v) => v || '—'),
    line('VS Code once the workbench has finished starting (reported): cold start, flags correct', (f) => f.settled?.cold?.flagsCorrectMs, ms),
    line('&nbsp;&nbsp;each start: flags correct / longest block, own CPU', (f) => eachStartText(f.settled?.cold), (v) => v || '—'),
    line('&nbsp;&nbsp;main thread CPU / waiting for a core, activate() → ready', (f) => f.settled?.cold && `${ms(f.settled.cold.mainThreadCpuMs)} / ${ms(f.settled.cold.runQueueWaitMs)}`, (v) => v ?? '—'),
    line('&nbsp;&nbsp;warm start: restarted on the unchanged journal', (f) => f.settled?.warm?.flagsCorrectMs, ms),
    line('&nbsp;&nbsp;each restart: flags correct / longest block, own CPU', (f) => eachStartText(f.settled?.warm), (v) => v || '—'),
    line('&nbsp;&nbsp;waited for the machine to settle, median; every start settled', (f) => f.settled?.cold && `${ms(f.settled.cold.settledAfterMs)}; ${f.settled.cold.allSettled && (f.settled.warm === undefined || f.settled.warm.allSettled) ? 'yes' : 'no'}`, (v) => v || '—'),
  ].join('\n');
}

/**
 * Plain Node and the command line started from the extension host at the
 * moment the bench calls activate() in a judged start, against the same
 * processes alone, and the extension's own starts beside them.
 */
function atStartTable(r) {
  const f = r.flags?.[AT];
  const s = f?.atStart;
  if (!s) return '';
  const line = (label, aloneMs, atStartMs, each) => row([label, ms(aloneMs), ms(atStartMs), ratio(atStartMs / aloneMs), each ? each.map(ms).join('; ') : '—']);
  const timed = (label, figures) => line(label, figures.aloneMs, figures.atStartMs, figures.eachAtStartMs);
  return [
    row([`${count(AT)} entries (reported)`, 'alone', "started at the workbench's start", 'slower by', "each start at the workbench's start"]),
    row(['---', '---:', '---:', '---:', '---']),
    timed('Whole process: the read-all floor (plain Node lists and reads every entry file)', s.floor),
    timed('Whole process: plain Node lists every entry file and stamps it (`lstat`), reading none', s.stamps),
    timed('Whole process: `report --json --no-cache`, every file read and parsed', s.cli),
    timed('Whole process: `report --json`, a later run on the same files (listed and stamped; the saved output printed)', s.cliSaved),
    line("VS Code, cold start: activate() → flags correct (alone: once the workbench has finished starting)", f.settled?.cold?.flagsCorrectMs, f.cold?.flagsCorrectMs, f.cold?.eachFlagsCorrectMs),
    line('VS Code, warm start on the unchanged journal (alone: the same)', f.settled?.warm?.flagsCorrectMs, f.warm?.flagsCorrectMs, f.warm?.eachFlagsCorrectMs),
    row(["VS Code's cold start ÷ `report --no-cache`, both at the workbench's start", '', ratio(f.cold?.flagsCorrectMs / s.cli.atStartMs), '', '']),
    row(["VS Code's warm start ÷ the later `report` run, both at the workbench's start", '', ratio(f.warm?.flagsCorrectMs / s.cliSaved.atStartMs), '', '']),
  ].join('\n');
}

/** Every start's time to correct flags and longest own block, in order; undefined without starts. */
function eachStartText(starts) {
  return starts?.eachFlagsCorrectMs && starts.eachFlagsCorrectMs.map((flags, run) => `${ms(flags)} / ${ms(starts.eachOwnBlockMs[run])}`).join('; ');
}

/** What restarts took from the saved index, and whether each loaded without the worker; undefined without restarts. */
function savedIndexText(restarts) {
  return restarts && restarts.reusedEntries !== undefined ? `${count(restarts.reusedEntries)} / ${count(restarts.readFiles)}; ${restarts.eachWithoutWorker.map((taken) => (taken ? 'yes' : 'no')).join(', ')}` : undefined;
}

/** Many small files: what the stress journal costs the command line and the extension. */
function stressTable(r) {
  const s = r.stress;
  if (!s) return '';
  return [
    row(['stress figure', 'measured', 'before this work']),
    row(['---', '---:', '---:']),
    row([`${count(s.size)} small files: command line, whole-process \`report --json\``, ms(s.cliMs), '—']),
    row(['&nbsp;&nbsp;VS Code, cold start: activate() → flags correct', ms(s.cold?.flagsCorrectMs), '~20 s']),
    row(['&nbsp;&nbsp;extension host RSS once ready / its high-water mark', s.cold ? `${mb(s.cold.rssMb)} / ${mb(s.cold.maxRssMb)}` : '—', '~560 MB']),
    row(["&nbsp;&nbsp;longest event-loop block: own CPU / by the clock", s.cold ? `${ms(s.cold.longestOwnBlockMs)} / ${ms(s.cold.longestBlockMs)}` : '—', '—']),
    row(['&nbsp;&nbsp;VS Code, restarted on the unchanged journal (the index and the report saved by the start before): flags correct', ms(s.warm?.flagsCorrectMs), '—']),
    row(['&nbsp;&nbsp;&nbsp;&nbsp;longest event-loop block: own CPU / by the clock', s.warm ? `${ms(s.warm.longestOwnBlockMs)} / ${ms(s.warm.longestBlockMs)}` : '—', '—']),
    row(['&nbsp;&nbsp;&nbsp;&nbsp;entries taken from the saved index / files read again; loaded on the extension host\'s thread', savedIndexText(s.warm) ?? '—', '—']),
  ].join('\n');
}

function singleTable(r) {
  const wb = r.workbench;
  const element = wb && wb.largestElement;
  const lines = [
    row(['figure', 'measured', 'target', 'verdict']),
    row(['---', '---:', '---', '---']),
    row([`Tree children of an element with ${count(r.tree.entries)} entries (core equivalent in Node: sort + nodes)`, ms(r.tree.ms), '—', '']),
    row([`VS Code: activation → first tree render with wins, ${count(AT)} entries (the tree grows as slices of 500 are read)`, ms(wb?.firstRenderMs), TARGETS.firstRender.text, verdictText(TARGETS.firstRender.verdict(r))]),
    row(['&nbsp;&nbsp;of which activate() returning the API', ms(wb?.activateMs), '—', '']),
    row(['&nbsp;&nbsp;until the journal is indexed (service.ready)', ms(wb?.readyMs), '—', '']),
    row(['&nbsp;&nbsp;until the tree shows the whole journal', ms(wb?.completeRenderMs), '—', '']),
    row(['&nbsp;&nbsp;the last render itself: root getChildren + getTreeItem', ms(wb?.renderMs), '—', '']),
    row(['VS Code: longest event-loop block in the extension host while indexing, by the clock (judged by own CPU time in the first table)', ms(wb?.indexingBlockMs), '—', '']),
    row(['&nbsp;&nbsp;inside activate() (loading the bundle, wiring)', ms(wb?.activationBlockMs), '—', '']),
    row(['&nbsp;&nbsp;the first render (one piece, see above)', ms(wb?.renderMs), '—', '']),
    row([`VS Code: the real provider's getChildren for its largest element (${element ? `${count(element.entries)} entries` : '—'}), first call`, ms(element?.firstChildrenMs), '—', '']),
    row(['&nbsp;&nbsp;the same, typical (median of 5)', ms(element?.medianChildrenMs), '—', '']),
    row(['&nbsp;&nbsp;getChildren + getTreeItem for every child (median of 5)', ms(element?.medianChildrenWithItemsMs), '—', '']),
    row(['Bundle, desktop: `dist/extension.js` (production)', kb(r.bundles?.desktop), TARGETS.bundle.text, verdictText(TARGETS.bundle.verdict(r.bundles?.desktop))]),
    row(['Bundle, desktop worker: `dist/journalWorker.js` (production)', kb(r.bundles?.worker), TARGETS.bundle.text, verdictText(TARGETS.bundle.verdict(r.bundles?.worker))]),
    row(['Bundle, desktop, its worker and command line, loaded on first use: `dist/yaml.js` (production; the YAML library, for frontmatter beyond the fast reader, the editor\'s diagnostics and editing)', kb(r.bundles?.yaml), TARGETS.bundle.text, verdictText(TARGETS.bundle.verdict(r.bundles?.yaml))]),
    row(['Bundle, desktop and command line, loaded on first use: `dist/markdownIt.js` (production; the markdown parser for packets and drafts)', kb(r.bundles?.markdownIt), TARGETS.bundle.text, verdictText(TARGETS.bundle.verdict(r.bundles?.markdownIt))]),
    row(['Bundle, web: `dist/web/extension.js` (production)', kb(r.bundles?.web), TARGETS.bundle.text, verdictText(TARGETS.bundle.verdict(r.bundles?.web))]),
  ];
  return lines.join('\n');
}

function raceTable(r) {
  const race = r.tagRace;
  if (!race) return '';
  const { ours, control } = race;
  const lost = (tally) => `${count(tally.lost)} (${count(tally.lostReplacing)} by replacing the file)`;
  return [
    row(['figure', 'measured', 'target', 'verdict']),
    row(['---', '---:', '---', '---']),
    row([`Tag Entry on an entry no editor shows, against a second process writing it: writes of the other process lost, of ${count(ours.trials)} races`, lost(ours), TARGETS.tagRace.text, verdictText(TARGETS.tagRace.verdict(r))]),
    row(['&nbsp;&nbsp;files left half-written or mixed', count(ours.corrupt), '—', '']),
    row(['&nbsp;&nbsp;tagged / refused ("the entry changed on disk")', `${count(ours.tagged)} / ${count(ours.refused)}`, '—', '']),
    row(['&nbsp;&nbsp;races whose write started while the command ran', count(ours.duringCommand), '—', '']),
    row(['&nbsp;&nbsp;the command alone (median; the write moments are drawn from this span)', ms(ours.commandMs), '—', '']),
    row([`Control, the same races against the old check (modification time, then awaited calls, then a plain write): writes lost, of ${count(control.trials)}`, lost(control), '—', '']),
    row(['&nbsp;&nbsp;files left half-written or mixed', count(control.corrupt), '—', '']),
  ].join('\n');
}

function profileSection(profile) {
  if (!profile) return '';
  const lines = [
    `### Where a cold index of ${count(profile.entries)} entries spends its time`,
    '',
    `One run under \`node --cpu-prof\` (${ms(profile.runMs)} in that run; profiling slows it a little). Self time:`,
    '',
    row(['area', 'self time', 'share']),
    row(['---', '---:', '---:']),
    ...profile.areas.map((area) => row([area.name, ms(area.ms), percent(area.share)])),
    '',
    'Total time of some functions, with what they call:',
    '',
    row(['function', 'total time', 'share']),
    row(['---', '---:', '---:']),
    ...profile.inclusive.map((fn) => row([`\`${fn.name}\``, ms(fn.ms), percent(fn.share)])),
    '',
    'The functions with the most self time:',
    '',
    row(['function', 'self time', 'share']),
    row(['---', '---:', '---:']),
    ...profile.functions.map((fn) => row([`\`${fn.name}\``, ms(fn.ms), percent(fn.share)])),
  ];
  return lines.join('\n');
}

function wholeProcessNote(r) {
  if (r.rgMissing) return `not measured: ${r.rgMissing}.`;
  const found = r.sizes.map((size) => `${count(r.whole[size].rgFiles)} files at ${count(size)}`).join(', ');
  return `wall time of the process, start-up included, median of the same number of runs. rg: \`${RG_COMMAND}\` (finds ${found}).`;
}

function workbenchNote(r) {
  if (r.workbenchRuns === 0) return 'not measured (--workbench-runs 0).';
  if (r.workbenchActivatedEarly) return 'not measured: VS Code activated the extension before the bench could start its clock.';
  const runs = r.workbenchRuns === 1 ? 'One run' : `Median of ${r.workbenchRuns} runs`;
  return [
    `the offline workbench (code-server + headless Chromium; the extension host runs on code-server's Node ${r.workbench.node}), production bundle, without VS Code's built-in extensions that run code (git, TypeScript, JSON, emmet and the rest, left out with \`VSCODE_SKIP_BUILTIN_EXTENSIONS\`): they start at random moments on the same thread, and the watchdog cannot tell their blocks from ours (a CPU profile showed the thread busy 0.9 s in one stretch loading and starting them). The cold start at 10,000 is measured with them too.`,
    "The journal folder is set in the workspace's settings so that the extension activates when the bench calls `activate()`, not before.",
    "The first render is `getChildren()` + `getTreeItem()` of the root nodes through the extension's API; the event loop is watched by a 5 ms timer started before `activate()`.",
    `${runs} (worst block of any run: ${ms(r.workbench.worstBlockMs)}).`,
    "Time to correct flags: from the call to `activate()` until `report()` of the extension's API equals the command line's `report --json` of the same journal, written just before by the command line, whose three whole-process runs are timed then (median).",
    'Cold: a fresh VS Code profile each start, nothing saved. Warm: VS Code started again on one profile (`--user-data`), after a start that saved the index in the extension\'s storage; the journal unchanged.',
    "The bench calls `activate()` as soon as the extension host runs it, while the workbench is still starting (as at a start on a workspace with a `journal` folder); the rows \"once the workbench has finished starting\" call it only once the machine's cores have been busy less than 15% of the time for half a second (`/proc/stat`, at most 30 s of waiting), with the extension's `onStartupFinished` activation left out of its manifest for those starts, since VS Code would otherwise activate it first: they show the extension's own work without the workbench's start competing for the cores, and are reported, not judged.",
    "Started at the workbench's start: the extension host spawns the process (the bench's own Node, with the same program, arguments and environment as alone) at the moment the bench would call `activate()`, on a fresh profile without the built-in extensions that run code, the extension left inactive (its `onStartupFinished` activation left out); alone: the same process started by the bench after each such start. Medians of as many runs as the cold starts.",
    "The watchdog: a 5 ms timer whose lateness is a block by the clock; it also reads the extension host thread's own CPU time at each tick (`process.threadCpuUsage()`, this thread only: the worker's reading is not in it), and a block counts only the CPU time the thread spent in the late interval. A late tick in which the thread hardly ran is the machine not running it (code-server, Chromium and other jobs share the cores), not our work: \"waiting for a core\" is Linux's per-thread run-queue time (`/proc/thread-self/schedstat`).",
  ].join(' ');
}

function notes(r) {
  const journals = r.sizes.map((size) => {
    const manifest = r.journals[size];
    const broken = Object.values(manifest.broken).reduce((sum, n) => sum + n, 0);
    return `${count(size)} (${mb(manifest.bytes / 1048576)}, ${broken} broken)`;
  });
  return [
    `- Journals: seeded synthetic (seed ${r.seed}), ${journals.join('; ')}: frontmatter with 1–3 elements in flow, block and label forms, impact, metrics, stakeholders, tags, some comments and CRLF; STAR bodies of about 270 words (150–430); year and quarter folders; ~2% broken (invalid YAML, unknown element, no date). Reported as of ${r.reportDay}, review period: this half.`,
    `- Cold figures: each run in a fresh Node process (JS heap cold, OS page cache warm from an untimed pass), median of ${r.runsText}. "Floor" lists the same files with the same NodeFileSource and reads their bytes, 32 at a time like the index, and does nothing else.`,
    `- Whole process: ${wholeProcessNote(r)}`,
    `- Incremental: one file in the review period rewritten with another element, then \`index.update({ changed: [path], deleted: [] })\`, whose change event keeps a \`LiveReport\` current as the extension does, then its evidence and its full report object, checked to show the change; median of ${r.incrementalRuns} updates after 5 untimed ones, in a fresh process per size; the dashboard's lists are timed after those, in as many runs of their own, each after an untimed update (timed between the updates, their garbage was collected during the next update). Reads counted by NodeFileSource.`,
    `- Memory: median of 3 fresh processes with \`--expose-gc\`; heap sampled every 5 ms during load + report (a synchronous source reads in one piece, so the peak is mostly what is left after it: garbage V8 has not collected yet); RSS is the kernel's high-water mark; "after GC" keeps the index and report alive; "fresh copies" is the heap with only a JSON copy of the entries left, which is what their data needs.`,
    `- VS Code: ${workbenchNote(r)}`,
    `- Races: Tag Entry's write in Node, the same function the desktop extension calls, on a fresh entry last modified an hour before; a second Node process writes the file once per race, at a moment drawn uniformly from the command's median run time (on the system's monotonic clock, which both processes share), alternately in place and by renaming a new file over it. Lost: the other process's text is not in the file afterwards, whatever the command said.`,
    `- Bundles: \`node scripts/build.js --production\` (the workbench runs it too), then the development build is rebuilt.`,
    `- Noise: ${r.machine.cpu.split(' ')[0]} cores shared with whatever else runs; load average ${r.machine.load} at the start, ${r.loadAtEnd} at the end.`,
  ].join('\n');
}

function missesSection(r) {
  const reasons = missReasons(r);
  return reasons.length === 0 ? [] : ['Why the missed targets are missed, from the figures:', '', ...reasons, ''];
}

function resultsMarkdown(r) {
  const machine = r.machine;
  return [
    `## Performance (\`npm run bench\`)`,
    '',
    `Measured ${machine.date} on ${machine.cpu}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node}; code at ${r.revision}.`,
    '',
    flagsTable(r),
    '',
    atStartTable(r),
    '',
    scalingTable(r),
    '',
    singleTable(r),
    '',
    stressTable(r),
    '',
    raceTable(r),
    '',
    ...missesSection(r),
    notes(r),
    '',
    profileSection(r.profile),
    '',
  ].join('\n');
}

module.exports = { resultsMarkdown };
