// A whole synthetic journal, deterministic from (size, seed): which files, in
// which folders, with which text. Writing it to disk is journalCache.js's job.
'use strict';

const { Random } = require('./random');
const { syntheticEntry } = require('./syntheticEntry');

/** Bump whenever the output changes, so that cached journals are made anew. */
const GENERATOR_VERSION = 1;
/** Entries are dated over several years, up to this day; the benchmark reports as of it. */
const LAST_DAY = '2026-10-31';
const FIRST_DAY = '2021-01-01';
const BROKEN_SHARE = 0.02;
const BROKEN_KINDS = ['invalid-yaml', 'unknown-element', 'no-date'];
const DAY_MS = 86400000;

function dayAt(firstMs, offsetDays) {
  return new Date(firstMs + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

function slugOf(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);
}

/** Older years in flat year folders, recent ones by quarter, as journals grow: 2024/..., 2025/Q3/... */
function folderOf(date) {
  const year = Number(date.slice(0, 4));
  return year >= 2025 ? `${year}/Q${Math.ceil(Number(date.slice(5, 7)) / 3)}` : String(year);
}

/**
 * @param size  number of files
 * @param seed  any string or number
 * @param elements  the framework's elements ({ id, label })
 * @param small  one-sentence bodies: the stress journal of many small files
 * @returns {{ path: string, text: string, broken?: string }[]}  paths relative to the journal folder
 */
function generateJournal(size, seed, elements, small = false) {
  const random = new Random(`${seed}/${size}${small ? '/small' : ''}`);
  const firstMs = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  const days = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - firstMs) / DAY_MS);
  const taken = new Set();
  const files = [];
  for (let index = 0; index < size; index++) {
    const broken = random.chance(BROKEN_SHARE) ? random.pick(BROKEN_KINDS) : undefined;
    const date = dayAt(firstMs, random.int(0, days));
    const { title, text } = syntheticEntry(random, elements, date, broken, small);
    const base = broken === 'no-date' ? `${random.chance(0.5) ? 'notes' : folderOf(date)}/${slugOf(title)}` : `${folderOf(date)}/${date}-${slugOf(title)}`;
    let path = `${base}.md`;
    for (let suffix = 2; taken.has(path); suffix++) {
      path = `${base}-${suffix}.md`;
    }
    taken.add(path);
    files.push({ path, text, broken });
  }
  return files;
}

module.exports = { generateJournal, GENERATOR_VERSION, LAST_DAY };
