import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ElementMatcher } from '../../src/core/elements/elements';
import {
  decodePersistedIndex,
  encodePersistedIndex,
  PERSISTED_INDEX_VERSION,
  PersistedIndexDecoder,
  RACY_MS,
  reusableEntry,
  type PersistedIndex,
} from '../../src/core/journal/persistedIndex';
import { loadDiskJournal } from '../../src/node/diskJournal';
import { persistedIndexFile, readPersistedIndex, sha256, writePersistedIndex } from '../../src/node/persistedIndexFile';
import { lines, makeEntry } from './helpers';

const key = { folder: '/journal', readingOf: 'elements-v1' };
const stamp = { size: 120, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 7 };
const saved: PersistedIndex = { ...key, stampedAtMs: 2_000_000, files: [{ stamp, entry: makeEntry({ path: 'a.md', elements: ['iterate-adapt'], date: '2026-07-14' }) }] };

suite('The saved index: ignored unless whole, of this version and of this journal', () => {
  const text = encodePersistedIndex(saved, sha256);

  test('what was saved reads back', () => {
    assert.deepStrictEqual(decodePersistedIndex(text, key, sha256), saved);
  });

  test('a truncated file is ignored', () => {
    for (const length of [0, 10, text.indexOf('\n'), text.indexOf('\n') + 1, text.length - 1]) {
      assert.strictEqual(decodePersistedIndex(text.slice(0, length), key, sha256), undefined, `cut at ${length}`);
    }
  });

  test('a corrupt body, whose checksum no longer matches, is ignored', () => {
    const corrupt = text.replace('iterate-adapt', 'smart-goals!!');
    assert.strictEqual(decodePersistedIndex(corrupt, key, sha256), undefined);
  });

  test('another version of the format is ignored', () => {
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    const other = `${JSON.stringify({ ...header, version: PERSISTED_INDEX_VERSION + 1 })}${text.slice(text.indexOf('\n'))}`;
    assert.strictEqual(decodePersistedIndex(other, key, sha256), undefined);
  });

  test('a foreign file is ignored: not ours, another journal, or another reading of the entries', () => {
    assert.strictEqual(decodePersistedIndex('{"some":"json"}\n{"files":[]}', key, sha256), undefined);
    assert.strictEqual(decodePersistedIndex('\u0000\u0001 binary \n junk', key, sha256), undefined);
    assert.strictEqual(decodePersistedIndex(text, { ...key, folder: '/other' }, sha256), undefined);
    assert.strictEqual(decodePersistedIndex(text, { ...key, readingOf: 'elements-v2' }, sha256), undefined);
  });

  /** A text of this format and the right checksum, whatever its lines say, written as they are. */
  const forgedText = (...lines: string[]) => {
    const body = lines.join('\n');
    return `${JSON.stringify({ magic: 'promotion-journal-index', version: PERSISTED_INDEX_VERSION, checksum: sha256(body) })}\n${body}`;
  };
  /** The same, each line the JSON of a value. */
  const forged = (...lines: unknown[]) => forgedText(...lines.map((line) => JSON.stringify(line)));
  const head = (files: number) => ({ ...key, stampedAtMs: 1, files });

  test('a whole file of the right checksum but the wrong shape is still ignored', () => {
    assert.ok(decodePersistedIndex(forged(head(1), saved.files[0]), key, sha256), 'the forger writes the format right');
    assert.strictEqual(decodePersistedIndex(forged(head(1), { stamp, entry: { path: 'a.md', title: 3 } }), key, sha256), undefined);
    assert.strictEqual(decodePersistedIndex(forged(head(1), saved.files[0], saved.files[0]), key, sha256), undefined, 'more files than its head counts');
    assert.strictEqual(decodePersistedIndex(forged(head(2), saved.files[0]), key, sha256), undefined, 'fewer files than its head counts');
    assert.strictEqual(decodePersistedIndex(forged(head(1), [saved.files[0]]), key, sha256), undefined, 'a list, not a file');
  });

  test('written to disk a piece at a time, the file is the encoded index byte for byte, and reads back', () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-index-write-'));
    try {
      const many: PersistedIndex = {
        ...saved,
        // More files than one piece holds, with text of more bytes than characters.
        files: Array.from({ length: 2500 }, (_, index) => ({ stamp, entry: makeEntry({ path: `${index}.md`, title: `Zürich – 東京 ${index}` }) })),
      };
      for (const index of [many, { ...saved, files: [] }]) {
        const file = path.join(storage, 'journal-index', `${index.files.length}.json`);
        writePersistedIndex(file, index);
        assert.strictEqual(fs.readFileSync(file, 'utf8'), encodePersistedIndex(index, sha256), `${index.files.length} files`);
        assert.deepStrictEqual(readPersistedIndex(file, key), index);
        assert.deepStrictEqual(fs.readdirSync(path.dirname(file)).filter((name) => name.endsWith('.tmp')), [], 'nothing left aside');
      }
    } finally {
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });

  test('a save that fails leaves the index before it, and nothing aside', () => {
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-index-fail-'));
    try {
      // A folder where the index goes: the rename into place fails once the file is written.
      const file = path.join(storage, 'journal-index', 'taken.json');
      fs.mkdirSync(path.join(file, 'inside'), { recursive: true });
      assert.throws(() => writePersistedIndex(file, saved));
      assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), ['taken.json']);
      assert.deepStrictEqual(fs.readdirSync(file), ['inside']);
    } finally {
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });

  test('each file line must be one file: an empty line, two files on a line or one across two is ignored', () => {
    const file = JSON.stringify(saved.files[0]);
    const raw = (files: number, ...lines: string[]) => forgedText(JSON.stringify(head(files)), ...lines);
    assert.ok(decodePersistedIndex(raw(3, file, file, file), key, sha256), 'the raw forger writes the format right');
    assert.strictEqual(decodePersistedIndex(raw(3, file, '', file), key, sha256), undefined, 'an empty line');
    assert.strictEqual(decodePersistedIndex(raw(3, `${file},${file}`, file), key, sha256), undefined, 'two files on one line');
    assert.strictEqual(decodePersistedIndex(raw(2, `[${file}`, `${file}]`), key, sha256), undefined, 'a list across two lines');
    assert.strictEqual(decodePersistedIndex(raw(1, file.slice(0, -1), '}'), key, sha256), undefined, 'one file across two lines');
  });

  test('decoded a few files at a time, it reads back the same index; a broken line stops it', () => {
    const many: PersistedIndex = { ...saved, files: Array.from({ length: 7 }, (_, index) => ({ stamp, entry: makeEntry({ path: `${index}.md` }) })) };
    const decoder = PersistedIndexDecoder.open(encodePersistedIndex(many, sha256), key)!;
    const pieces: boolean[] = [];
    while (!decoder.done) {
      pieces.push(decoder.decodeFiles(3));
      assert.strictEqual(decoder.done ? 'done' : decoder.result(), decoder.done ? 'done' : undefined, 'no result before every line is decoded');
    }
    assert.deepStrictEqual([pieces, decoder.result()], [[true, true, true], many]);
    const broken = PersistedIndexDecoder.open(forged(head(3), saved.files[0], 'not a file', saved.files[0]), key)!;
    assert.deepStrictEqual([broken.decodeFiles(1), broken.decodeFiles(1), broken.done, broken.result()], [true, false, true, undefined]);
  });

  test('its file lines may come in pieces cut at line ends: the same index; a newline after the last line is still broken', () => {
    const many: PersistedIndex = { ...saved, files: Array.from({ length: 7 }, (_, index) => ({ stamp, entry: makeEntry({ path: `${index}.md` }) })) };
    const text = encodePersistedIndex(many, sha256);
    const [header, head, ...lines] = text.split('\n');
    for (const cuts of [[1], [3, 4], [1, 2, 3, 4, 5, 6]]) {
      const decoder = PersistedIndexDecoder.open(`${header}\n${head}`, key)!;
      [0, ...cuts].forEach((from, at, all) => decoder.addLines(lines.slice(from, all[at + 1]).join('\n') + (at < cuts.length ? '\n' : '')));
      assert.strictEqual(decoder.done, false);
      decoder.decodeFiles(Infinity);
      assert.deepStrictEqual(decoder.result(), many, `cut before lines ${cuts}`);
    }
    const trailing = PersistedIndexDecoder.open(`${text}\n`, key)!;
    trailing.decodeFiles(Infinity);
    assert.strictEqual(trailing.result(), undefined);
  });

  test('pieces may come after some files were decoded, and empty pieces count for nothing: the same index as one text', () => {
    const many: PersistedIndex = { ...saved, files: Array.from({ length: 4 }, (_, index) => ({ stamp, entry: makeEntry({ path: `${index}.md` }) })) };
    const [header, head, ...lines] = encodePersistedIndex(many, sha256).split('\n');
    const decoder = PersistedIndexDecoder.open(`${header}\n${head}\n`, key)!;
    assert.strictEqual(decoder.result(), undefined, 'a newline after the head and no line yet');
    for (const piece of ['', `${lines[0]}\n`, '', `${lines[1]}\n${lines[2]}\n`, `${lines[3]}`]) {
      decoder.addLines(piece);
      assert.ok(decoder.decodeFiles(Infinity));
    }
    assert.deepStrictEqual(decoder.result(), many);
    const empty = PersistedIndexDecoder.open(`${header}\n${head}\n`, key)!;
    empty.decodeFiles(Infinity);
    assert.strictEqual(empty.result(), undefined, 'an empty line is not a file');
  });

  test('an entry is reused only for the very stamp it was read with, and not when modified close to the stamping', () => {
    const file = saved.files[0];
    assert.strictEqual(reusableEntry(file, stamp, saved.stampedAtMs), file.entry);
    for (const changed of [{ size: 121 }, { mtimeMs: stamp.mtimeMs + 1 }, { ctimeMs: stamp.ctimeMs + 1 }, { ino: 8 }]) {
      assert.strictEqual(reusableEntry(file, { ...stamp, ...changed }, saved.stampedAtMs), undefined, JSON.stringify(changed));
    }
    assert.strictEqual(reusableEntry(file, stamp, stamp.mtimeMs + RACY_MS), undefined, 'modified within the racy window');
    assert.strictEqual(reusableEntry(undefined, stamp, saved.stampedAtMs), undefined);
  });
});

suite('Loading a journal on disk with the saved index', () => {
  const matcher = new ElementMatcher();
  let folder: string;
  let storage: string;
  const old = new Date(Date.now() - 60_000);

  function write(relative: string, title: string, element: string): void {
    const file = path.join(folder, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, lines('---', `title: ${title}`, 'date: 2026-07-14', `elements: [${element}]`, '---', '', 'Body.', ''));
    fs.utimesSync(file, old, old);
  }

  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-saved-index-'));
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-storage-'));
    write('2026/a.md', 'A', 'iterate-adapt');
    write('2026/b.md', 'B', 'smart-goals');
  });

  teardown(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  async function loadTwice(change: () => void) {
    const first = await loadDiskJournal(folder, matcher, { stamp: true });
    const file = persistedIndexFile(storage, folder);
    const indexKey = { folder: fs.realpathSync(folder), readingOf: 'test' };
    writePersistedIndex(file, { ...indexKey, stampedAtMs: first.stampedAtMs, files: first.files });
    change();
    const again = await loadDiskJournal(folder, matcher, { saved: readPersistedIndex(file, indexKey) });
    const fresh = await loadDiskJournal(folder, matcher);
    return { again, fresh };
  }

  /** As JSON, which is how an entry reaches every surface: a field left undefined and a field left out are the same. */
  const byPath = (entries: { path: string }[]) => JSON.parse(JSON.stringify([...entries].sort((a, b) => a.path.localeCompare(b.path))));

  test('an unchanged journal is not read again, and reads as a fresh load does', async () => {
    const { again, fresh } = await loadTwice(() => undefined);
    assert.deepStrictEqual({ reused: again.reused, read: again.read }, { reused: 2, read: 0 });
    assert.deepStrictEqual(byPath(again.entries), byPath(fresh.entries));
  });

  test('edits, additions, deletions and renames all show', async () => {
    const { again, fresh } = await loadTwice(() => {
      write('2026/a.md', 'A edited', 'measure-success');
      write('2026/c.md', 'C', 'future-trends');
      fs.renameSync(path.join(folder, '2026/b.md'), path.join(folder, '2026/b-renamed.md'));
    });
    assert.deepStrictEqual(byPath(again.entries), byPath(fresh.entries));
    assert.deepStrictEqual(again.entries.map((entry) => entry.path).sort(), ['2026/a.md', '2026/b-renamed.md', '2026/c.md']);
    assert.strictEqual(again.entries.find((entry) => entry.path === '2026/a.md')?.title, 'A edited');
  });

  test('an edit that keeps the size and the modification time still shows: the inode or change time differs', async () => {
    const { again } = await loadTwice(() => {
      const file = path.join(folder, '2026/a.md');
      const replacement = path.join(folder, '2026/.a.tmp');
      fs.writeFileSync(replacement, fs.readFileSync(file, 'utf8').replace('iterate-adapt', 'smart-goals__'));
      fs.utimesSync(replacement, old, old);
      fs.renameSync(replacement, file);
    });
    assert.deepStrictEqual(again.entries.find((entry) => entry.path === '2026/a.md')?.elements, []);
  });

  test('a file modified just before the stamping is read again next time', async () => {
    fs.utimesSync(path.join(folder, '2026/a.md'), new Date(), new Date());
    const { again } = await loadTwice(() => undefined);
    assert.deepStrictEqual({ reused: again.reused, read: again.read }, { reused: 1, read: 1 });
  });

  test('a link put in place of a saved file is read as a link, not from the index', async () => {
    const outside = path.join(storage, 'outside.md');
    fs.writeFileSync(outside, '---\ntitle: Outside\n---\n');
    const { again } = await loadTwice(() => {
      fs.rmSync(path.join(folder, '2026/a.md'));
      fs.symlinkSync(outside, path.join(folder, '2026/a.md'));
    });
    assert.strictEqual(again.entries.find((entry) => entry.path === '2026/a.md')?.problems[0]?.code, 'link-outside');
  });

  /** The stamp `lstat` gives: what a saved entry is checked against at the next load. */
  const lstatStamp = (relative: string) => {
    const stats = fs.lstatSync(path.join(folder, relative));
    return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
  };

  test('a file read is stamped as lstat sees it: from its own open where that refuses links', async () => {
    const first = await loadDiskJournal(folder, matcher, { stamp: true });
    assert.deepStrictEqual(
      first.files.map((file) => [file.entry.path, file.stamp]),
      ['2026/a.md', '2026/b.md'].map((relative) => [relative, lstatStamp(relative)]),
    );
  });

  test('a file edited since its saved entry is saved with the stamp of its new read', async () => {
    const first = await loadDiskJournal(folder, matcher, { stamp: true });
    write('2026/a.md', 'A edited', 'measure-success');
    const again = await loadDiskJournal(folder, matcher, { saved: { ...key, stampedAtMs: first.stampedAtMs, files: first.files } });
    assert.deepStrictEqual({ reused: again.reused, read: again.read }, { reused: 1, read: 1 });
    assert.deepStrictEqual(again.files.find((file) => file.entry.path === '2026/a.md')?.stamp, lstatStamp('2026/a.md'));
  });

  test('a link to a file inside the journal is read, and never saved: its stamp would be of the link', async () => {
    fs.symlinkSync(path.join(folder, '2026/a.md'), path.join(folder, '2026/link.md'));
    const first = await loadDiskJournal(folder, matcher, { stamp: true });
    assert.strictEqual(first.entries.find((entry) => entry.path === '2026/link.md')?.title, 'A');
    assert.deepStrictEqual(first.files.map((file) => file.entry.path), ['2026/a.md', '2026/b.md']);
  });

  test('the saved index lives in the storage folder, never in the journal', () => {
    assert.ok(persistedIndexFile(storage, folder).startsWith(storage + path.sep));
  });
});
