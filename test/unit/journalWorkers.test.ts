import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { loadDiskJournal } from '../../src/node/diskJournal';
import { takeInUnchangedJournal } from '../../src/node/unchangedJournalIntake';
import { loadInWorker, WORKER_FILE } from '../../src/node/worker/journalWorkerClient';

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

suite('takeInUnchangedJournal: a restart of an unchanged journal, from its saved index, on this thread', () => {
  let folder: string;
  let indexFile: string;

  setup(async () => {
    folder = journalOf(1100);
    indexFile = `${folder}-index.json`;
    await loadThrough(folder, indexFile); // the worker reads every file and saves the index
  });

  teardown(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(indexFile, { force: true });
  });

  async function takeIn(elements = DEFAULT_ELEMENTS) {
    const slices: JournalEntry[][] = [];
    let turns = 0;
    let counting = true;
    const countTurns = () => {
      if (counting) {
        turns++;
        setImmediate(countTurns);
      }
    };
    setImmediate(countTurns);
    const taken = await takeInUnchangedJournal({ folder, elements, indexFile, codeFile: WORKER_FILE }, (entries) => slices.push(entries));
    counting = false;
    return { taken, slices, turns };
  }

  test('every entry is handed over as the worker reads it, in slices of at most 500, with turns of the event loop between', async () => {
    const { taken, slices, turns } = await takeIn();
    const worker = await loadThrough(folder);
    assert.strictEqual(taken, 1100);
    assert.deepStrictEqual(
      slices.map((slice) => slice.length),
      [500, 500, 100],
    );
    assert.deepStrictEqual(JSON.parse(JSON.stringify(slices.flat())), JSON.parse(JSON.stringify(worker.entries)));
    // The checksum, the decoding, the stamps and the hand-over each go in pieces: at least one turn per slice handed over.
    assert.ok(turns >= 3 + 1100 / 250, `the event loop had ${turns} turns`);
  });

  const changes: Record<string, (file: string) => void> = {
    'an edit': (file) => fs.appendFileSync(file, 'More.\n'),
    'an edit dated back to the old time': (file) => {
      fs.appendFileSync(file, 'More.\n');
      fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
    },
    'a file added': (file) => fs.writeFileSync(file.replace(/\.md$/, '-new.md'), '---\ntitle: New\n---\n'),
    'a file deleted': (file) => fs.rmSync(file),
    'a file renamed': (file) => fs.renameSync(file, file.replace(/\.md$/, '-renamed.md')),
    'a link put in place of a file': (file) => {
      fs.rmSync(file);
      fs.symlinkSync(path.join(folder, fs.readdirSync(folder)[1]), file);
    },
    'a file touched just now': (file) => fs.utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000)),
    'a truncated index': () => fs.truncateSync(indexFile, fs.statSync(indexFile).size - 10),
    'a byte of the index changed': () => fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace('Win 7', 'Win 8')),
    'no index': () => fs.rmSync(indexFile),
    'an index of an older format': () => fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace('"version":2', '"version":1')),
  };
  for (const [change, make] of Object.entries(changes)) {
    test(`${change}: nothing is taken in from the index`, async () => {
      make(path.join(folder, fs.readdirSync(folder).sort()[0]));
      const { taken, slices } = await takeIn();
      assert.deepStrictEqual([taken, slices.length], [undefined, 0]);
    });
  }

  test('other elements are another reading: nothing is taken in from the index', async () => {
    const { taken, slices } = await takeIn(DEFAULT_ELEMENTS.slice(1));
    assert.deepStrictEqual([taken, slices.length], [undefined, 0]);
  });
});
