import * as assert from 'assert';
import { ElementMatcher } from '../../src/core/elements/elements';
import {
  entryFromBytes,
  isEntryPath,
  JournalIndex,
  LOAD_SLICE,
  MAX_ENTRY_BYTES,
  type JournalChange,
  type JournalFileSource,
} from '../../src/core/journal/journalIndex';
import { lines } from './helpers';

const matcher = new ElementMatcher();
const encoder = new TextEncoder();

function entryText(title: string, ...elements: string[]): string {
  return lines('---', `title: ${title}`, `elements: [${elements.join(', ')}]`, '---', '', 'Body.', '');
}

/** An in-memory journal folder that counts every read. */
class MemorySource implements JournalFileSource {
  readonly files = new Map<string, Uint8Array>();
  readonly reads = new Map<string, number>();
  /** Paths that are listed but fail to read (gone, a directory, no permission). */
  readonly unreadable = new Set<string>();
  listCalls = 0;
  inFlight = 0;
  maxInFlight = 0;

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) {
      this.write(path, text);
    }
  }

  write(path: string, text: string | Uint8Array): void {
    this.files.set(path, typeof text === 'string' ? encoder.encode(text) : text);
  }

  remove(path: string): void {
    this.files.delete(path);
  }

  async list(): Promise<string[]> {
    this.listCalls++;
    return [...this.files.keys(), ...this.unreadable];
  }

  async read(path: string): Promise<Uint8Array> {
    this.reads.set(path, (this.reads.get(path) ?? 0) + 1);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      const bytes = this.files.get(path);
      if (!bytes || this.unreadable.has(path)) {
        throw new Error(`ENOENT: ${path}`);
      }
      return bytes;
    } finally {
      this.inFlight--;
    }
  }

  totalReads(): number {
    return [...this.reads.values()].reduce((sum, count) => sum + count, 0);
  }

  resetCounts(): void {
    this.reads.clear();
    this.listCalls = 0;
  }
}

function createIndex(files: Record<string, string>): { source: MemorySource; index: JournalIndex; changes: JournalChange[] } {
  const source = new MemorySource(files);
  const index = new JournalIndex(source, matcher);
  const changes: JournalChange[] = [];
  // Paths only: the entry objects of an event are checked in their own test.
  index.onDidChange(({ changed, deleted }) => changes.push({ changed, deleted }));
  return { source, index, changes };
}

const sorted = (paths: readonly string[]) => [...paths].sort();

const JOURNAL = {
  '2026-07-01-a.md': entryText('A', 'iterate-adapt'),
  'sub/2026-07-02-b.md': entryText('B', 'measure-success'),
  'sub/deeper/2026-07-03-c.md': entryText('C', 'smart-goals'),
  'notes.txt': 'not an entry',
  'image.png': 'not an entry',
  'draft.md.bak': 'not an entry',
};
const JOURNAL_ENTRIES = ['2026-07-01-a.md', 'sub/2026-07-02-b.md', 'sub/deeper/2026-07-03-c.md'];

suite('journalIndex: isEntryPath', () => {
  test('*.md files, in any case, are entries; nothing else is', () => {
    assert.strictEqual(isEntryPath('a.md'), true);
    assert.strictEqual(isEntryPath('sub/dir/a.md'), true);
    assert.strictEqual(isEntryPath('A.MD'), true);
    assert.strictEqual(isEntryPath('a.markdown'), false);
    assert.strictEqual(isEntryPath('a.md.bak'), false);
    assert.strictEqual(isEntryPath('a.txt'), false);
    assert.strictEqual(isEntryPath('md'), false);
  });
});

suite('journalIndex: JournalIndex', () => {
  test('loadAll reads every .md file exactly once and ignores other files', async () => {
    const { source, index } = createIndex(JOURNAL);
    await index.loadAll();
    assert.strictEqual(source.listCalls, 1);
    assert.deepStrictEqual(sorted([...source.reads.keys()]), sorted(JOURNAL_ENTRIES));
    for (const path of JOURNAL_ENTRIES) {
      assert.strictEqual(source.reads.get(path), 1, path);
    }
    assert.strictEqual(index.size, 3);
    assert.strictEqual(index.get('sub/2026-07-02-b.md')?.title, 'B');
    assert.deepStrictEqual(index.get('sub/deeper/2026-07-03-c.md')?.elements, ['smart-goals']);
    assert.strictEqual(index.get('notes.txt'), undefined);
    assert.deepStrictEqual(sorted([...index.all()].map((entry) => entry.path)), sorted(JOURNAL_ENTRIES));
  });

  test('loadAll fires once with every entry as changed', async () => {
    const { index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    assert.strictEqual(changes.length, 1);
    assert.deepStrictEqual(sorted(changes[0].changed), sorted(JOURNAL_ENTRIES));
    assert.deepStrictEqual(changes[0].deleted, []);
  });

  test('an empty journal loads empty', async () => {
    const { index, changes } = createIndex({});
    await index.loadAll();
    assert.strictEqual(index.size, 0);
    assert.deepStrictEqual(changes, [{ changed: [], deleted: [] }]);
  });

  test('loadAll again replaces the index and reports what is gone', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.remove('2026-07-01-a.md');
    source.write('2026-07-04-d.md', entryText('D'));
    source.resetCounts();
    await index.loadAll();
    assert.strictEqual(index.get('2026-07-01-a.md'), undefined);
    assert.strictEqual(index.get('2026-07-04-d.md')?.title, 'D');
    assert.strictEqual(index.size, 3);
    assert.strictEqual(source.totalReads(), 3);
    assert.deepStrictEqual(changes[1].deleted, ['2026-07-01-a.md']);
    assert.deepStrictEqual(sorted(changes[1].changed), sorted(['2026-07-04-d.md', 'sub/2026-07-02-b.md', 'sub/deeper/2026-07-03-c.md']));
  });

  test('loadAll: a listed file that cannot be read is left out of the index and of the changed paths', async () => {
    const { source, index, changes } = createIndex({ '2026-07-01-a.md': entryText('A') });
    source.unreadable.add('2026-07-02-gone.md');
    await index.loadAll();
    assert.strictEqual(index.size, 1);
    assert.strictEqual(index.get('2026-07-02-gone.md'), undefined);
    // Every path reported as changed must be readable from the index.
    for (const path of changes[0].changed) {
      assert.ok(index.get(path), `${path} is reported as changed but is not in the index`);
    }
  });

  test('update reads only the changed file', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.resetCounts();
    source.write('2026-07-01-a.md', entryText('A, edited', 'align-stakeholders'));
    await index.update({ changed: ['2026-07-01-a.md'], deleted: [] });
    assert.deepStrictEqual(Object.fromEntries(source.reads), { '2026-07-01-a.md': 1 });
    assert.strictEqual(source.listCalls, 0);
    assert.strictEqual(index.get('2026-07-01-a.md')?.title, 'A, edited');
    assert.deepStrictEqual(index.get('2026-07-01-a.md')?.elements, ['align-stakeholders']);
    assert.strictEqual(index.size, 3);
    assert.deepStrictEqual(changes[1], { changed: ['2026-07-01-a.md'], deleted: [] });
  });

  test('update adds a new file, reading only it', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.resetCounts();
    source.write('new/2026-07-09-new.md', entryText('New'));
    await index.update({ changed: ['new/2026-07-09-new.md'], deleted: [] });
    assert.deepStrictEqual(Object.fromEntries(source.reads), { 'new/2026-07-09-new.md': 1 });
    assert.strictEqual(index.size, 4);
    assert.deepStrictEqual(changes[1], { changed: ['new/2026-07-09-new.md'], deleted: [] });
  });

  test('update ignores files that are not entries, and fires nothing for them', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.resetCounts();
    await index.update({ changed: ['notes.txt', 'image.png'], deleted: ['other.txt'] });
    assert.strictEqual(source.totalReads(), 0);
    assert.strictEqual(changes.length, 1);
    assert.strictEqual(index.size, 3);
  });

  test('update deletes, without reading anything', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.resetCounts();
    source.remove('sub/2026-07-02-b.md');
    await index.update({ changed: [], deleted: ['sub/2026-07-02-b.md'] });
    assert.strictEqual(source.totalReads(), 0);
    assert.strictEqual(index.get('sub/2026-07-02-b.md'), undefined);
    assert.strictEqual(index.size, 2);
    assert.deepStrictEqual(changes[1], { changed: [], deleted: ['sub/2026-07-02-b.md'] });
  });

  test('deleting a path the index does not hold changes nothing and fires nothing', async () => {
    const { index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    await index.update({ changed: [], deleted: ['never-there.md'] });
    assert.strictEqual(index.size, 3);
    assert.strictEqual(changes.length, 1);
  });

  test('an empty update fires nothing', async () => {
    const { index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    await index.update({ changed: [], deleted: [] });
    assert.strictEqual(changes.length, 1);
  });

  test('a rename is a delete plus a change, and reads only the new path', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.resetCounts();
    source.write('archive/2026-07-01-a.md', source.files.get('2026-07-01-a.md')!);
    source.remove('2026-07-01-a.md');
    await index.update({ changed: ['archive/2026-07-01-a.md'], deleted: ['2026-07-01-a.md'] });
    assert.deepStrictEqual(Object.fromEntries(source.reads), { 'archive/2026-07-01-a.md': 1 });
    assert.strictEqual(index.get('2026-07-01-a.md'), undefined);
    assert.strictEqual(index.get('archive/2026-07-01-a.md')?.title, 'A');
    assert.strictEqual(index.get('archive/2026-07-01-a.md')?.path, 'archive/2026-07-01-a.md');
    assert.strictEqual(index.size, 3);
    assert.deepStrictEqual(changes[1], { changed: ['archive/2026-07-01-a.md'], deleted: ['2026-07-01-a.md'] });
  });

  test('a file that vanished before it could be read is removed and reported as deleted', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.resetCounts();
    source.remove('2026-07-01-a.md');
    source.write('sub/2026-07-02-b.md', entryText('B, edited'));
    await index.update({ changed: ['2026-07-01-a.md', 'sub/2026-07-02-b.md'], deleted: [] });
    assert.strictEqual(source.reads.get('2026-07-01-a.md'), 1);
    assert.strictEqual(index.get('2026-07-01-a.md'), undefined);
    assert.strictEqual(index.get('sub/2026-07-02-b.md')?.title, 'B, edited');
    assert.strictEqual(index.size, 2);
    assert.deepStrictEqual(changes[1], { changed: ['sub/2026-07-02-b.md'], deleted: ['2026-07-01-a.md'] });
  });

  test('a file that cannot be read (a directory named *.md, no permission) is not an entry', async () => {
    const { source, index } = createIndex(JOURNAL);
    await index.loadAll();
    source.unreadable.add('2026-07-01-a.md');
    await index.update({ changed: ['2026-07-01-a.md'], deleted: [] });
    assert.strictEqual(index.get('2026-07-01-a.md'), undefined);
  });

  test('a file that becomes unreadable text becomes a problem entry, still in the index', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    await index.loadAll();
    source.write('2026-07-01-a.md', new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x41]));
    await index.update({ changed: ['2026-07-01-a.md'], deleted: [] });
    assert.deepStrictEqual(index.get('2026-07-01-a.md')?.problems.map((problem) => problem.code), ['not-text']);
    assert.deepStrictEqual(changes[1], { changed: ['2026-07-01-a.md'], deleted: [] });
  });

  test('many files: each read once, at most 32 at a time', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i++) {
      files[`2026/2026-07-${String((i % 28) + 1).padStart(2, '0')}-win-${i}.md`] = entryText(`Win ${i}`, 'iterate-adapt');
    }
    const { source, index } = createIndex(files);
    await index.loadAll();
    assert.strictEqual(index.size, 250);
    assert.strictEqual(source.totalReads(), 250);
    assert.ok([...source.reads.values()].every((count) => count === 1));
    assert.ok(source.maxInFlight <= 32, `${source.maxInFlight} reads at once`);
    assert.ok(source.maxInFlight > 1, 'reads run in parallel');
  });

  test('each event carries the entry objects that left and entered the index', async () => {
    const { index, source } = createIndex({ 'a.md': '# A', 'b.md': '# B' });
    const events: { removed: string[]; added: string[] }[] = [];
    index.onDidChange(({ removed, added }) => events.push({ removed: removed.map((entry) => entry.title), added: added.map((entry) => entry.title) }));
    await index.loadAll();
    const before = index.get('a.md');
    source.write('a.md', '# A2');
    await index.update({ changed: ['a.md'], deleted: ['b.md'] });
    await index.update({ changed: [], deleted: ['missing.md'] });
    assert.deepStrictEqual(events, [
      { removed: [], added: ['A', 'B'] },
      { removed: ['B', 'A'], added: ['A2'] },
    ]);
    assert.notStrictEqual(index.get('a.md'), before, 'a new reading is a new object: the old one can be removed from tallies');
  });

  test('a path named twice in one update is read once and added once', async () => {
    const { index, source } = createIndex({ 'a.md': '# A' });
    await index.loadAll();
    const added: string[] = [];
    index.onDidChange((change) => added.push(...change.added.map((entry) => entry.path)));
    source.reads.clear();
    await index.update({ changed: ['a.md', 'a.md', 'b.md'], deleted: [] });
    assert.deepStrictEqual(added, ['a.md']);
    assert.strictEqual(source.reads.get('a.md'), 1);
  });

  test('a large journal loads in slices: listeners see it grow, and every entry once', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < LOAD_SLICE * 2 + 7; index++) {
      files[`2026/entry-${index}.md`] = `# Entry ${index}`;
    }
    const { index } = createIndex(files);
    const sizes: number[] = [];
    const added = new Set<string>();
    index.onDidChange((change) => {
      sizes.push(index.size);
      change.added.forEach((entry) => added.add(entry.path));
    });
    await index.loadAll();
    assert.deepStrictEqual(sizes, [LOAD_SLICE, LOAD_SLICE * 2, LOAD_SLICE * 2 + 7]);
    assert.strictEqual(added.size, LOAD_SLICE * 2 + 7);
  });

  test('onDidChange listeners can be disposed; dispose() silences the index', async () => {
    const { source, index, changes } = createIndex(JOURNAL);
    const other: JournalChange[] = [];
    const subscription = index.onDidChange((change) => other.push(change));
    await index.loadAll();
    subscription.dispose();
    source.write('2026-07-05-e.md', entryText('E'));
    await index.update({ changed: ['2026-07-05-e.md'], deleted: [] });
    assert.strictEqual(other.length, 1);
    assert.strictEqual(changes.length, 2);
    index.dispose();
    await index.update({ changed: [], deleted: ['2026-07-05-e.md'] });
    assert.strictEqual(changes.length, 2);
    assert.strictEqual(index.get('2026-07-05-e.md'), undefined);
  });

  test('listeners see the index already updated', async () => {
    const { source, index } = createIndex(JOURNAL);
    await index.loadAll();
    const seen: (string | undefined)[] = [];
    index.onDidChange((change) => seen.push(...change.changed.map((path) => index.get(path)?.title)));
    source.write('2026-07-01-a.md', entryText('A2'));
    await index.update({ changed: ['2026-07-01-a.md'], deleted: [] });
    assert.deepStrictEqual(seen, ['A2']);
  });
});

suite('journalIndex: entryFromBytes', () => {
  const codes = (bytes: Uint8Array, path = 'sub/2026-07-14-x.md') => entryFromBytes(path, bytes, matcher).problems.map((problem) => problem.code);

  test('UTF-8 text is parsed as an entry', () => {
    const entry = entryFromBytes('2026-07-14-x.md', encoder.encode(entryText('Café ✓', 'iterate-adapt')), matcher);
    assert.strictEqual(entry.title, 'Café ✓');
    assert.deepStrictEqual(entry.elements, ['iterate-adapt']);
    assert.deepStrictEqual(entry.problems, []);
  });

  test('a UTF-8 byte order mark is fine', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(entryText('With BOM'))]);
    const entry = entryFromBytes('2026-07-14-x.md', bytes, matcher);
    assert.strictEqual(entry.title, 'With BOM');
    assert.deepStrictEqual(entry.problems, []);
  });

  test('exactly MAX_ENTRY_BYTES is read', () => {
    assert.strictEqual(MAX_ENTRY_BYTES, 1024 * 1024);
    const bytes = new Uint8Array(MAX_ENTRY_BYTES).fill(0x61); // "aaaa..."
    assert.deepStrictEqual(codes(bytes), []);
  });

  test('over MAX_ENTRY_BYTES is a too-large problem entry, not parsed', () => {
    const bytes = new Uint8Array(MAX_ENTRY_BYTES + 1).fill(0x61);
    const entry = entryFromBytes('sub/2026-07-14-big.md', bytes, matcher);
    assert.deepStrictEqual(entry.problems.map((problem) => problem.code), ['too-large']);
    assert.match(entry.problems[0].message, /1\.0 MB/);
    assert.strictEqual(entry.title, '2026-07-14-big');
    assert.strictEqual(entry.path, 'sub/2026-07-14-big.md');
    assert.deepStrictEqual(entry.elements, []);
    assert.strictEqual(entry.date, undefined);
  });

  const invalidUtf8: [string, number[]][] = [
    ['a lone continuation byte', [0x61, 0x80, 0x62]],
    ['0xFF', [0xff]],
    ['a UTF-16 LE byte order mark', [0xff, 0xfe, 0x23, 0x00]],
    ['a truncated sequence', [0x61, 0xe2, 0x82]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['Latin-1 text', [...Buffer.from('Caf\xe9', 'latin1')]],
  ];
  for (const [name, bytes] of invalidUtf8) {
    test(`invalid UTF-8 (${name}) is a not-text problem entry`, () => {
      assert.deepStrictEqual(codes(new Uint8Array(bytes)), ['not-text']);
    });
  }

  test('NUL bytes are a not-text problem entry', () => {
    assert.deepStrictEqual(codes(encoder.encode('---\ntitle: a\u0000b\n---\n')), ['not-text']);
    assert.deepStrictEqual(codes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])), ['not-text']);
    const entry = entryFromBytes('2026-07-14-binary.md', new Uint8Array([0x61, 0x00]), matcher);
    assert.strictEqual(entry.title, '2026-07-14-binary');
    assert.strictEqual(entry.confidential, false);
  });

  test('an empty file is an entry', () => {
    assert.deepStrictEqual(codes(new Uint8Array(0)), []);
  });
});
