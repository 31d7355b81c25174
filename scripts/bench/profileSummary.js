// Summarizes a V8 `.cpuprofile` (from `node --cpu-prof`, or from an inspector
// session inside the extension host) two ways:
//   - by phase: each sample goes to the innermost frame on its stack that a
//     phase rule claims (reading, parsing, reporting...), so a phase includes
//     what it calls (Node's fs, V8's builtins); samples no rule claims go to the
//     area of their leaf frame (GC, idle, VS Code's own code, module loading);
//   - by area and by function, self time only.
// Frames in an esbuild bundle (dist/*.js, development build) are mapped back to
// the module they came from by the `// src/...` comments esbuild writes.
'use strict';

const fs = require('fs');
const path = require('path');
const { rankByTime } = require('./statistics');

const ROOT = path.join(__dirname, '..', '..');

/** Native calls behind Node's fs (each file: open, fstat, read, close; or the promise forms). */
const FS_CALLS = new Set(['stat', 'lstat', 'fstat', 'open', 'openFileHandle', 'read', 'close', 'readdir', 'readFileUtf8', 'readFileSync', 'openSync', 'readSync', 'closeSync', 'fstatSync']);

const bundleMaps = new Map();

/** Line ranges of the modules in an esbuild bundle, from its `// path` comments; empty when the file is unreadable. */
function bundleMap(url) {
  if (!bundleMaps.has(url)) {
    const starts = [];
    try {
      const lines = fs.readFileSync(url.replace(/^file:\/\//, ''), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const marker = /^\/\/ (\S+\.(?:[cm]?js|ts|json))$/.exec(line);
        if (marker) starts.push({ line: index, module: marker[1] });
      });
    } catch {
      // not on this machine: frames stay in their file
    }
    bundleMaps.set(url, starts);
  }
  return bundleMaps.get(url);
}

/**
 * The source module of a frame: `src/core/parseEntry`, `node_modules/yaml`,
 * or undefined for code outside the project (Node, V8, VS Code).
 */
function moduleOf(url, lineNumber) {
  if (!url) return undefined;
  const file = url.replace(/^file:\/\//, '');
  const relative = file.startsWith(`${ROOT}/`) ? path.relative(ROOT, file) : undefined;
  if (relative?.startsWith('out/')) return relative.slice(4).replace(/\.js$/, '');
  if (relative?.startsWith('dist/')) {
    let found = 'bundle start-up';
    for (const start of bundleMap(url)) {
      if (start.line > lineNumber) break;
      found = start.module;
    }
    return libraryOf(found) ?? found.replace(/\.[jt]s$/, '');
  }
  return libraryOf(file);
}

/** Our dependencies only: VS Code's own node_modules are VS Code's. */
const DEPENDENCIES = Object.keys(require(path.join(ROOT, 'package.json')).dependencies || {});

function libraryOf(file) {
  const library = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  return library && DEPENDENCIES.includes(library[1]) ? `node_modules/${library[1]}` : undefined;
}

/** Where a leaf frame's self time goes when no phase claims its sample; a native leaf is named by who called it. */
function areaOf(frame, parent) {
  const { url, functionName } = frame.callFrame;
  const module = moduleOf(url, frame.callFrame.lineNumber);
  if (module) return module.startsWith('node_modules/') ? `${module.slice(13)} (library)` : `our ${module.replace(/^src\//, '')}`;
  if (!url) {
    if (functionName.startsWith('(')) return functionName;
    const caller = parent?.callFrame.url ?? '';
    if (caller === 'node:zlib') return 'Node zlib (VS Code compresses its messages)';
    if (/^node:(?:net|internal\/stream_base_commons)$/.test(caller)) return 'Node socket writes (VS Code messages)';
    if (/^node:(?:internal\/)?child_process$/.test(caller)) return 'Node child processes';
    if (FS_CALLS.has(functionName)) return 'Node fs native calls';
    return 'V8 builtins (regexes, strings, JSON...)';
  }
  if (url.includes('extensionHostProcess') || url.includes('/vscode/out/')) return 'VS Code extension host (JS)';
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/bootstrap')) return 'Node module loading';
  if (url.startsWith('node:internal/fs') || url === 'node:fs') return 'Node fs (JS)';
  if (url.startsWith('node:')) return 'Node library (JS)';
  return path.basename(url);
}

function placeOf(url) {
  if (!url) return '';
  const file = url.replace(/^file:\/\//, '');
  if (file.includes('/node_modules/')) return file.slice(file.lastIndexOf('/node_modules/') + 14);
  return file.startsWith(ROOT) ? path.relative(ROOT, file) : path.basename(file);
}

/** Where the part of a late sample beyond `capUs` goes: the thread was not running (or the sampler was late). */
const NOT_RUNNING = '(not running: waiting for a core)';

/**
 * Summarizes a profile. `phaseOf(functionName, module)` names the phase a
 * project frame belongs to, or undefined; `window` ({ fromMs, toMs }, relative
 * to the profile's start) keeps only the samples inside it.
 *
 * The profiler samples by the clock: when a loaded machine does not run the
 * thread for a while, the next sample carries all that time, and it lands on
 * whatever frame the thread was in. With `capUs` (a few sampling intervals), a
 * sample keeps at most that much and the rest is counted as NOT_RUNNING, so
 * the other phases approximate CPU time.
 */
function summarizeProfile(profile, { phaseOf = () => undefined, top = 15, window, bucketMs = 250, capUs = Infinity } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children || []) parentOf.set(child, node.id);
  }
  const phaseCache = new Map();
  const phaseOfNode = (id) => {
    if (phaseCache.has(id)) return phaseCache.get(id);
    let phase;
    for (let current = id; current !== undefined && phase === undefined; current = parentOf.get(current)) {
      const { functionName, url, lineNumber } = byId.get(current).callFrame;
      const module = moduleOf(url, lineNumber);
      if (module) phase = phaseOf(functionName, module);
    }
    phase ??= areaOf(byId.get(id), byId.get(parentOf.get(id)));
    phaseCache.set(id, phase);
    return phase;
  };

  const add = (map, key, us) => map.set(key, (map.get(key) || 0) + us);
  const byPhase = new Map();
  const byArea = new Map();
  const byFunction = new Map();
  const buckets = [];
  let totalUs = 0;
  let at = 0;
  profile.samples.forEach((id, sample) => {
    const deltaUs = profile.timeDeltas[sample] || 0;
    at += deltaUs;
    const atMs = at / 1000;
    if (window && (atMs < window.fromMs || atMs > window.toMs)) return;
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const keptUs = functionName === '(idle)' ? deltaUs : Math.min(deltaUs, capUs);
    if (keptUs < deltaUs) {
      add(byPhase, NOT_RUNNING, deltaUs - keptUs);
      add(byArea, NOT_RUNNING, deltaUs - keptUs);
    }
    add(byPhase, phaseOfNode(id), keptUs);
    add(byArea, areaOf(node, byId.get(parentOf.get(id))), keptUs);
    add(byFunction, `${functionName || '(anonymous)'} ${placeOf(url)}${url ? `:${lineNumber + 1}` : ''}`.trim(), keptUs);
    const bucket = Math.floor(atMs / bucketMs);
    buckets[bucket] ??= { fromMs: bucket * bucketMs, totalUs: 0, idleUs: 0 };
    buckets[bucket].totalUs += deltaUs;
    if (functionName === '(idle)') buckets[bucket].idleUs += deltaUs;
    totalUs += deltaUs;
  });
  const rank = (map, count) => rankByTime(map, totalUs, count);
  return {
    totalMs: totalUs / 1000,
    phases: rank(byPhase),
    areas: rank(byArea, 12),
    functions: rank(byFunction, top),
    timeline: buckets.filter(Boolean).map((bucket) => ({ fromMs: bucket.fromMs, busyShare: 1 - bucket.idleUs / bucket.totalUs })),
  };
}

/** Phases of loading a journal and reporting on it, by the module (and function) of our innermost frame. */
function journalPhase(functionName, moduleFile) {
  if (moduleFile === 'node_modules/yaml') return 'parse: YAML library';
  if (moduleFile.startsWith('node_modules/date-fns') || moduleFile.startsWith('node_modules/@date-fns')) return 'report: dates (date-fns)';
  // The core is grouped by concern in sub-folders (src/core/entries/parseEntry): a phase names the module, not its folder.
  const module = moduleFile.replace(/^src\/core\/[^/]+\//, 'src/core/');
  switch (module) {
    case 'src/node/nodeFileSource':
      return functionName === 'read' ? 'read (open, fstat, read, close)' : 'list (readdir)';
    case 'src/journal/workspaceFileSource':
      return functionName === 'read' ? 'read: calls into vscode.workspace.fs.readFile' : 'list: calls into vscode.workspace.fs.readDirectory';
    case 'src/core/journalIndex':
      return functionName === 'entryFromBytes' ? 'decode (UTF-8, binary check)' : 'index bookkeeping (readInto, slices)';
    case 'src/core/persistedIndex':
    case 'src/node/persistedIndexFile':
    case 'src/node/savedIndexLoad':
      return 'saved index: read, check and decode';
    case 'src/node/thisThreadLoad':
    case 'src/node/diskJournal':
      return functionName === 'regularFileStamp' ? 'saved index: stamp each file (lstat)' : 'saved index: take entries in';
    case 'src/core/plainYaml':
      return 'parse: plain key/value reader';
    case 'src/core/frontmatter':
    case 'src/core/yamlNesting':
      return 'parse: frontmatter split and checks';
    case 'src/core/parseEntry':
    case 'src/core/frontmatterSource':
    case 'src/core/problemPlaces':
    case 'src/core/calendarDay':
    case 'src/core/elements':
      return 'parse: entry fields';
    case 'src/core/report':
    case 'src/core/evidence':
    case 'src/core/evidenceQuality':
    case 'src/core/periods':
    case 'src/core/entryGroups':
    case 'src/core/entryOrder':
      return functionName === 'reportJson' || functionName === 'problemsJson' ? 'output: report JSON' : 'report and flags (core)';
    case 'src/core/reportJson':
      return 'output: report JSON';
    case 'src/core/reportText':
      return 'output: report text';
    case 'src/core/events':
      return 'change events (core)';
    case 'src/journal/journalService':
    case 'src/journal/journal':
    case 'src/journal/trackedEntries':
      return 'journal service (adapter)';
    case 'bundle start-up':
      return 'start-up: evaluate the bundle';
    default:
      if (module.startsWith('src/cli/')) return 'command line: arguments and output';
      if (module.startsWith('src/tree/')) return 'tree view updates';
      if (module.startsWith('src/statusBar/')) return 'status bar updates';
      if (module.startsWith('src/language/')) return 'diagnostics and language features';
      if (module.startsWith('test/bench/')) return 'the benchmark itself';
      if (module.startsWith('src/')) return `other: ${module.slice(4)}`;
      return undefined;
  }
}

/**
 * Coarser groups of the phases, to say where activation goes at a glance.
 * Approximate where Node's own code is shared: "Node library (JS)" is our own
 * reads when a journal loads on the extension host's thread, and the
 * promisified fs calls of VS Code's disk provider otherwise.
 */
function activationGroup(phase) {
  if (phase === NOT_RUNNING || phase === '(idle)') return phase;
  if (/^(?:read|list): calls into vscode|^VS Code extension host|^Node zlib|^Node socket writes/.test(phase)) return 'VS Code extension host: API calls, one message each (compressed, written to a socket)';
  if (/^Node fs|^Node library/.test(phase)) return "Node's fs and library code (reads on this thread, VS Code's disk provider behind its API)";
  if (/^(?:parse|decode|index bookkeeping|saved index)/.test(phase)) return 'our core: decode, parse, index';
  if (/^(?:report|output|change events)/.test(phase)) return 'our core: report and flags';
  if (/^start-up|^Node module loading/.test(phase)) return 'loading our bundle';
  if (/^\((?:garbage collector|program)\)$|^V8 builtins/.test(phase)) return 'GC and V8 internals';
  if (phase === 'the benchmark itself') return phase;
  if (/^(?:tree view|status bar|diagnostics|journal service|other: |command line)/.test(phase)) return 'our adapters: tree, status bar, diagnostics, commands, service';
  return 'other code in the extension host (VS Code, other extensions)';
}

/** The phases of a summary added up by `groupOf`, ranked. */
function groupPhases(summary, groupOf) {
  const groups = new Map();
  for (const phase of summary.phases) {
    const group = groupOf(phase.name);
    const sum = groups.get(group) ?? { name: group, ms: 0, share: 0 };
    sum.ms += phase.ms;
    sum.share += phase.share;
    groups.set(group, sum);
  }
  return { ...summary, phases: [...groups.values()].sort((a, b) => b.ms - a.ms) };
}

module.exports = { summarizeProfile, journalPhase, activationGroup, groupPhases, moduleOf, areaOf, NOT_RUNNING };
