import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { loadDiskJournal } from '../../src/node/diskJournal';
import { loadInWorker } from '../../src/node/worker/journalWorkerClient';

const AN_HOUR_AGO = new Date(Date.now() - 3600 * 1000);

/** `count` entries, written an hour ago (a saved entry of a file modified just before its stamping is not trusted). */
function journalOf(count: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-workers-'));
  for (let index = 0; index < count; index++) {
    const file = path.join(folder, `2026-05-${String((index % 28) + 1).padStart(2, '0')}-win-${index}.md`);
    fs.writeFileSync(file, `---\ntitle: Win ${index}\nelements: [${DEFAULT_ELEMENTS[index % DEFAULT_ELEMENTS.length].id}]\n---\nWhat happened.\n`);
    fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
  }
  return folder;
}

async function loadThrough(folder: string, indexFile?: string) {
  const slices: JournalEntry[][] = [];
  const load = loadInWorker({ folder, elements: DEFAULT_ELEMENTS, indexFile }, (entries) => slices.push(entries));
  const loaded = await load.loaded;
  const counts = await load.counts;
  await load.finished;
  return { loaded, counts, slices, entries: slices.flat() };
}

suite('loadInWorker: the worker thread that loads a journal on disk', () => {
  const folders: string[] = [];

  suiteTeardown(() => {
    folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
  });

  test('the worker loads the journal entry for entry as the command line reads it', async () => {
    const folder = journalOf(30);
    folders.push(folder);
    const { loaded, counts, entries } = await loadThrough(folder);
    const direct = await loadDiskJournal(folder, new ElementMatcher(DEFAULT_ELEMENTS));
    assert.strictEqual(loaded, true);
    assert.deepStrictEqual(counts, { reused: 0, read: 30 });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), JSON.parse(JSON.stringify(direct.entries)));
  });

  test('the entries come in slices of at most 500, in the order of the listing', async () => {
    const folder = journalOf(1100);
    folders.push(folder);
    const { slices, entries } = await loadThrough(folder);
    assert.deepStrictEqual(
      slices.map((slice) => slice.length),
      [500, 500, 100],
    );
    assert.deepStrictEqual(
      entries.map((entry) => entry.path),
      [...entries.map((entry) => entry.path)].sort(),
    );
  });

  test('with a saved index, a second load reuses every entry of an unchanged journal and reads no file', async () => {
    const folder = journalOf(40);
    folders.push(folder);
    const indexFile = path.join(folder, '..', `${path.basename(folder)}-index.json`);
    folders.push(indexFile);
    const first = await loadThrough(folder, indexFile);
    const second = await loadThrough(folder, indexFile);
    assert.deepStrictEqual([first.counts, second.counts], [{ reused: 0, read: 40 }, { reused: 40, read: 0 }]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(second.entries)), JSON.parse(JSON.stringify(first.entries)));
  });

  test('a missing journal folder hands over nothing: the caller reads it itself', async () => {
    const { loaded, entries } = await loadThrough(path.join(os.tmpdir(), 'pj-no-such-journal'), path.join(os.tmpdir(), 'pj-no-such-index.json'));
    assert.deepStrictEqual([loaded, entries], [false, []]);
  });
});
