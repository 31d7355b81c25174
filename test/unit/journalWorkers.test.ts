import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { loadDiskJournal } from '../../src/node/diskJournal';
import { DiskJournalReader } from '../../src/node/diskJournalReader';
import { NodeFileSource } from '../../src/node/nodeFileSource';
import { loadOnThisThread, MAX_READS_ON_THIS_THREAD, type ThisThreadLoad } from '../../src/node/thisThreadLoad';
import { loadInWorker, WORKER_FILE } from '../../src/node/worker/journalWorkerClient';

const AN_HOUR_AGO = new Date(Date.now() - 3600 * 1000);

/** `count` entries, written an hour ago (a saved entry of a file modified just before its stamping is not trusted). */
function journalOf(count: number, impact = 'Saved a day'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-workers-'));
  for (let index = 0; index < count; index++) {
    const file = path.join(folder, `2026-05-${String((index % 28) + 1).padStart(2, '0')}-win-${index}.md`);
    fs.writeFileSync(file, `---\ntitle: Win ${index}\nelements: [${DEFAULT_ELEMENTS[index % DEFAULT_ELEMENTS.length].id}]\nimpact: ${impact}\n---\nWhat happened.\n`);
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

/** What a load on this thread reused, read and would save, without the state of its files (see savedReport.test.ts). */
function countsOf(loaded: ThisThreadLoad | undefined) {
  return loaded && { reused: loaded.reused, read: loaded.read, indexOutdated: loaded.indexOutdated };
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

  test('told to hand nothing over, the worker only saves the index: the next load reuses every entry', async () => {
    const folder = journalOf(40);
    const indexFile = `${folder}-index.json`;
    folders.push(folder, indexFile);
    const slices: JournalEntry[][] = [];
    const save = loadInWorker({ folder, elements: DEFAULT_ELEMENTS, indexFile, handOver: false }, (entries) => slices.push(entries));
    assert.deepStrictEqual([await save.loaded, await save.counts], [true, { reused: 0, read: 40 }]);
    await save.finished;
    assert.strictEqual(slices.length, 0, 'no entry handed over');
    assert.deepStrictEqual((await loadThrough(folder, indexFile)).counts, { reused: 40, read: 0 });
  });

  test('a missing journal folder hands over nothing: the caller reads it itself', async () => {
    const { loaded, entries } = await loadThrough(path.join(os.tmpdir(), 'pj-no-such-journal'), path.join(os.tmpdir(), 'pj-no-such-index.json'));
    assert.deepStrictEqual([loaded, entries], [false, []]);
  });
});

suite('loadOnThisThread: a journal loaded on the extension host thread when few files need reading', () => {
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

  async function loadHere(elements = DEFAULT_ELEMENTS, withIndex = true) {
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
    const loaded = countsOf(await loadOnThisThread({ folder, matcher: new ElementMatcher(elements), indexFile: withIndex ? indexFile : undefined, codeFile: WORKER_FILE }, (entries) => slices.push(entries)));
    counting = false;
    return { loaded, slices, turns, entries: slices.flat() };
  }

  /** The worker's reading of the journal as it is now, without an index. */
  async function readByWorker(): Promise<unknown> {
    return JSON.parse(JSON.stringify((await loadThrough(folder)).entries));
  }

  test('an unchanged journal: every entry is handed over as the worker reads it, in slices of at most 500, with turns of the event loop between', async () => {
    const { loaded, slices, turns, entries } = await loadHere();
    assert.deepStrictEqual(loaded, { reused: 1100, read: 0, indexOutdated: false });
    assert.deepStrictEqual(
      slices.map((slice) => slice.length),
      [500, 500, 100],
    );
    assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), await readByWorker());
    // The checksum, the decoding, the stamps and the hand-over each go in pieces: at least one turn per slice handed over.
    assert.ok(turns >= 3 + 1100 / 250, `the event loop had ${turns} turns`);
  });

  const changes: Record<string, { make: (file: string) => void; read: number }> = {
    'an edit': { make: (file) => fs.appendFileSync(file, 'More.\n'), read: 1 },
    'an edit dated back to the old time': {
      make: (file) => {
        fs.appendFileSync(file, 'More.\n');
        fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
      },
      read: 1,
    },
    'a file added': { make: (file) => fs.writeFileSync(file.replace(/\.md$/, '-new.md'), '---\ntitle: New\n---\n'), read: 1 },
    'a file deleted': { make: (file) => fs.rmSync(file), read: 0 },
    'a file renamed': { make: (file) => fs.renameSync(file, file.replace(/\.md$/, '-renamed.md')), read: 1 },
    'a link put in place of a file': {
      make: (file) => {
        fs.rmSync(file);
        fs.symlinkSync(path.join(folder, fs.readdirSync(folder)[1]), file);
      },
      read: 1,
    },
    'a link to a file outside the journal put in place of a file': {
      make: (file) => {
        fs.rmSync(file);
        fs.symlinkSync(indexFile, file);
      },
      read: 1,
    },
    'a file touched just now': { make: (file) => fs.utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000)), read: 1 },
  };
  for (const [change, { make, read }] of Object.entries(changes)) {
    test(`${change}: what changed is read on this thread, the rest taken from the index, all as the worker reads it now`, async () => {
      make(path.join(folder, fs.readdirSync(folder).sort()[0]));
      const { loaded, entries } = await loadHere();
      assert.strictEqual(loaded?.read, read);
      assert.strictEqual(loaded?.indexOutdated, true, 'a new index is to be saved');
      assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), await readByWorker());
    });
  }

  /** Gives the first `count` files new times, as an edit does. */
  function touch(count: number): void {
    const later = new Date(AN_HOUR_AGO.getTime() + 60_000);
    fs.readdirSync(folder)
      .sort()
      .slice(0, count)
      .forEach((name) => fs.utimesSync(path.join(folder, name), later, later));
  }

  test(`exactly ${MAX_READS_ON_THIS_THREAD} files to read: all read on this thread`, async () => {
    touch(MAX_READS_ON_THIS_THREAD);
    const { loaded, entries } = await loadHere();
    assert.deepStrictEqual(loaded, { reused: 1100 - MAX_READS_ON_THIS_THREAD, read: MAX_READS_ON_THIS_THREAD, indexOutdated: true });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), await readByWorker());
  });

  test(`more than ${MAX_READS_ON_THIS_THREAD} files to read: nothing is handed over (the caller starts the worker)`, async () => {
    touch(MAX_READS_ON_THIS_THREAD + 1);
    const { loaded, slices } = await loadHere();
    assert.deepStrictEqual([loaded, slices.length], [undefined, 0]);
  });

  test('a link inside the journal is read at every load, and does not make the index outdated: links are never saved in it', async () => {
    const [first, second] = fs.readdirSync(folder).sort();
    fs.rmSync(path.join(folder, first));
    fs.symlinkSync(path.join(folder, second), path.join(folder, first));
    await loadThrough(folder, indexFile); // the worker saves the index of the journal with its link
    const { loaded, entries } = await loadHere();
    assert.deepStrictEqual(loaded, { reused: 1099, read: 1, indexOutdated: false });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), await readByWorker());
  });

  const unusableIndexes: Record<string, () => void> = {
    'a truncated index': () => fs.truncateSync(indexFile, fs.statSync(indexFile).size - 10),
    'a byte of the index changed': () => fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace('Win 7', 'Win 8')),
    'no index': () => fs.rmSync(indexFile),
    'an index of an older format': () => fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace('"version":2', '"version":1')),
  };
  for (const [change, make] of Object.entries(unusableIndexes)) {
    test(`${change}: nothing of it is used; a large journal is left to the worker`, async () => {
      make();
      const { loaded, slices } = await loadHere();
      assert.deepStrictEqual([loaded, slices.length], [undefined, 0]);
    });
  }

  test('other elements are another reading: nothing of the index is used', async () => {
    const { loaded, slices } = await loadHere(DEFAULT_ELEMENTS.slice(1));
    assert.deepStrictEqual([loaded, slices.length], [undefined, 0]);
  });

  test(`a journal of at most ${MAX_READS_ON_THIS_THREAD} files is read whole on this thread, without an index, with a byte of it changed, or with a file that is not one`, async () => {
    fs.readdirSync(folder)
      .slice(MAX_READS_ON_THIS_THREAD)
      .forEach((name) => fs.rmSync(path.join(folder, name)));
    const worker = await readByWorker();
    const withoutIndex = await loadHere(DEFAULT_ELEMENTS, false);
    await loadThrough(folder, indexFile);
    fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace('Win 7', 'Win 8'));
    const byteChanged = await loadHere();
    fs.writeFileSync(indexFile, 'not an index');
    const notAnIndex = await loadHere();
    for (const { loaded, entries } of [withoutIndex, byteChanged, notAnIndex]) {
      assert.deepStrictEqual(loaded, { reused: 0, read: MAX_READS_ON_THIS_THREAD, indexOutdated: true });
      assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), worker);
    }
  });
});

suite('loadOnThisThread: a saved index of several megabytes', () => {
  test('is checked and made text a piece at a time, cut at line ends (characters of several bytes included): the same entries as the worker reads', async () => {
    const folder = journalOf(1100, 'Gagné ✓ une journée 🚀 '.repeat(120).trim()); // about 3 MB of index, so several pieces
    const indexFile = `${folder}-index.json`;
    try {
      await loadThrough(folder, indexFile);
      assert.ok(fs.statSync(indexFile).size > 3 << 20, `the index has ${fs.statSync(indexFile).size} bytes`);
      const slices: JournalEntry[][] = [];
      const request = { folder, matcher: new ElementMatcher(DEFAULT_ELEMENTS), indexFile, codeFile: WORKER_FILE };
      const loaded = countsOf(await loadOnThisThread(request, (entries) => slices.push(entries)));
      assert.deepStrictEqual(loaded, { reused: 1100, read: 0, indexOutdated: false });
      assert.deepStrictEqual(JSON.parse(JSON.stringify(slices.flat())), JSON.parse(JSON.stringify((await loadThrough(folder)).entries)));
      // A byte changed in the last piece is still found: nothing of that index is used.
      const bytes = fs.readFileSync(indexFile);
      bytes[bytes.length - 40] ^= 1;
      fs.writeFileSync(indexFile, bytes);
      assert.strictEqual(await loadOnThisThread(request, () => assert.fail('nothing is handed over')), undefined);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(indexFile, { force: true });
    }
  });
});

suite('loadOnThisThread: no journal folder', () => {
  test('a missing journal folder with no saved index has nothing to read, hand over or save', async () => {
    const folder = path.join(os.tmpdir(), 'pj-no-such-journal');
    const slices: JournalEntry[][] = [];
    const loaded = countsOf(await loadOnThisThread({ folder, matcher: new ElementMatcher(DEFAULT_ELEMENTS), indexFile: `${folder}-index.json`, codeFile: WORKER_FILE }, (entries) => slices.push(entries)));
    assert.deepStrictEqual([loaded, slices.length], [{ reused: 0, read: 0, indexOutdated: false }, 0]);
  });
});

suite('DiskJournalReader: the desktop extension host reading a journal on disk', () => {
  test('a load on this thread that read files has the worker save the index: the next load reads nothing', async () => {
    const folder = journalOf(60);
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-storage-'));
    try {
      const load = async () => {
        const reader = new DiskJournalReader(folder, storage);
        const entries: JournalEntry[] = [];
        assert.strictEqual(await reader.readAll(new ElementMatcher(DEFAULT_ELEMENTS), (slice) => entries.push(...slice)), true);
        const counts = await reader.lastLoad!.counts;
        await reader.lastLoad!.finished;
        return { byWorker: reader.lastLoad!.byWorker, counts, entries: JSON.parse(JSON.stringify(entries)) as unknown };
      };
      const first = await load();
      const second = await load();
      assert.deepStrictEqual([first.byWorker, first.counts], [false, { reused: 0, read: 60 }]);
      assert.deepStrictEqual([second.byWorker, second.counts], [false, { reused: 60, read: 0 }]);
      assert.deepStrictEqual(second.entries, first.entries);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});

suite('NodeFileSource.listUpTo: a listing that stops once it is known to be large', () => {
  test('the whole listing while at most the limit are entries, other files not counted; nothing past it', async () => {
    const folder = journalOf(5);
    try {
      fs.mkdirSync(path.join(folder, '2026'));
      fs.writeFileSync(path.join(folder, '2026', 'notes.txt'), 'not an entry');
      fs.writeFileSync(path.join(folder, '2026', '2026-06-01-later.md'), '---\ntitle: Later\n---\n');
      const source = new NodeFileSource(folder);
      const whole = await source.list();
      assert.deepStrictEqual(await source.listUpTo(6), whole);
      assert.strictEqual(whole.length, 7);
      assert.strictEqual(await source.listUpTo(5), undefined);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('listed in pieces, for a thread with other work: the same listing', async () => {
    const folder = journalOf(2100);
    try {
      fs.mkdirSync(path.join(folder, '2026', 'june'), { recursive: true });
      fs.writeFileSync(path.join(folder, '2026', 'june', '2026-06-01-later.md'), '---\ntitle: Later\n---\n');
      fs.writeFileSync(path.join(folder, '2026', '2026-06-02-later.md'), '---\ntitle: Later\n---\n');
      const whole = await new NodeFileSource(folder).list();
      assert.strictEqual(whole.length, 2102);
      assert.deepStrictEqual(await new NodeFileSource(folder, true).list(), whole);
      assert.strictEqual(await new NodeFileSource(folder, true).listUpTo(2101), undefined);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
