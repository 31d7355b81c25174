// Synthetic journals on disk, kept between runs under the system's temporary
// folder: generating 50,000 files takes a while, reading them is what we measure.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const { Buffer } = require('buffer');
const { generateJournal, GENERATOR_VERSION } = require('./generateJournal');

const CACHE_ROOT = path.join(os.tmpdir(), 'promotion-journal-bench');
// Not `journal`: the extension activates on `journal/**/*.md` before a test
// runs, and the workbench benchmark must start its clock before activation.
// The workspace's settings point the extension at this folder instead.
const JOURNAL_FOLDER = 'bench-journal';

/**
 * The journal of `size` entries for `seed`, generated on first use.
 * @returns {{ workspace: string, journal: string, manifest: object, generatedMs?: number }}
 */
function ensureJournal(size, seed, elements, { small = false } = {}) {
  const key = `${size}${small ? '-small' : ''}-seed${seed}-g${GENERATOR_VERSION}`;
  const workspace = path.join(CACHE_ROOT, key);
  const manifestFile = path.join(workspace, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    return { workspace, journal: path.join(workspace, JOURNAL_FOLDER), manifest: JSON.parse(fs.readFileSync(manifestFile, 'utf8')) };
  }
  const started = performance.now();
  // Written aside and renamed at the end, so that an interrupted run leaves no half journal to reuse.
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  const staging = fs.mkdtempSync(path.join(CACHE_ROOT, `.${key}-`));
  const files = generateJournal(size, seed, elements, small);
  const folders = new Set();
  for (const file of files) {
    const target = path.join(staging, JOURNAL_FOLDER, ...file.path.split('/'));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    fs.writeFileSync(target, file.text);
  }
  fs.mkdirSync(path.join(staging, '.vscode'));
  fs.writeFileSync(path.join(staging, '.vscode', 'settings.json'), JSON.stringify({ 'promotionJournal.journalFolder': JOURNAL_FOLDER }, null, 2));
  const broken = {};
  for (const file of files) {
    if (file.broken) broken[file.broken] = (broken[file.broken] || 0) + 1;
  }
  const manifest = { size, small, seed, generatorVersion: GENERATOR_VERSION, files: files.length, broken, bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) };
  fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.renameSync(staging, workspace);
  return { workspace, journal: path.join(workspace, JOURNAL_FOLDER), manifest, generatedMs: performance.now() - started };
}

module.exports = { ensureJournal, CACHE_ROOT };
