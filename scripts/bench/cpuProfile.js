// Where a cold index spends its time: one run under --cpu-prof, summarized by
// self time per function and per area (YAML library, our core, Node, GC).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { rankByTime } = require('./statistics');
const { runChild } = require('./childProcess');

const ROOT = path.join(__dirname, '..', '..');

/** Native calls behind fs.promises (each file: stat, open, fstat, read, close). */
const FS_CALLS = new Set(['stat', 'lstat', 'fstat', 'open', 'openFileHandle', 'read', 'close', 'readdir', 'readFileUtf8']);

function areaOf(url, functionName) {
  if (!url && FS_CALLS.has(functionName)) return 'Node fs native calls';
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 builtins (regexes, strings, JSON...)';
  if (url.includes('/node_modules/yaml/')) return 'yaml (the YAML library)';
  const inProject = url.includes('/out/src/') ? url.slice(url.indexOf('/out/src/') + '/out/src/'.length) : undefined;
  if (inProject) return `our ${inProject.replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return 'Node library code (fs promises, timers)';
  return path.basename(url);
}

function placeOf(url) {
  if (!url) return '';
  const shown = url.includes('/node_modules/') ? url.slice(url.lastIndexOf('/node_modules/') + 14) : url.includes(ROOT) ? path.relative(ROOT, url.replace(/^file:\/\//, '')) : url;
  return shown;
}

/** Functions whose total time (with what they call) tells where a load goes: reading, parsing, reporting. */
const INCLUSIVE = ['readJournalEntry', 'entryFromBytes', 'parseEntry', 'parseFrontmatter', 'parseDocument', 'toJS', 'excessiveNestingOffset', 'buildReport', 'list'];

/** Total time per function, counted once where it calls itself. */
function inclusiveTimes(profile, selfById) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  const visit = (id, open) => {
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    const counted = INCLUSIVE.includes(name) && !open.has(name);
    if (counted) open.add(name);
    let total = selfById.get(id) || 0;
    for (const child of node.children || []) total += visit(child, open);
    if (counted) {
      open.delete(name);
      totals.set(name, (totals.get(name) || 0) + total);
    }
    return total;
  };
  visit(profile.nodes[0].id, new Set());
  return totals;
}

function summarize(profile, top) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByFunction = new Map();
  const selfByArea = new Map();
  const selfById = new Map();
  let totalUs = 0;
  profile.samples.forEach((id, sample) => {
    const deltaUs = profile.timeDeltas[sample] || 0;
    selfById.set(id, (selfById.get(id) || 0) + deltaUs);
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const name = `${functionName || '(anonymous)'} ${placeOf(url)}${url ? `:${lineNumber + 1}` : ''}`.trim();
    selfByFunction.set(name, (selfByFunction.get(name) || 0) + deltaUs);
    const area = areaOf(url, functionName);
    selfByArea.set(area, (selfByArea.get(area) || 0) + deltaUs);
    totalUs += deltaUs;
  });
  const rank = (map, count) => rankByTime(map, totalUs, count);
  return {
    totalMs: totalUs / 1000,
    functions: rank(selfByFunction, top),
    areas: rank(selfByArea, 10),
    inclusive: rank(inclusiveTimes(profile, selfById), INCLUSIVE.length),
  };
}

/** Profiles one cold index + report of the journal in a fresh process. */
function profileColdIndex(journal, top = 15) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-prof-'));
  try {
    const run = runChild('coldLoad.child.js', ['index', journal], ['--cpu-prof', '--cpu-prof-dir', dir]);
    const file = fs.readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    return { runMs: run.ms, ...summarize(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), top) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { profileColdIndex };
