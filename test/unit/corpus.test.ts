import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry, ProblemCode } from '../../src/core/entries/entry';
import { JournalIndex, MAX_ENTRY_BYTES, type JournalChange, type JournalFileSource, type OversizedFile, type RefusedFile } from '../../src/core/journal/journalIndex';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { NodeFileSource } from '../../src/node/nodeFileSource';

/** Compiled to out/test/unit: three levels up is the repository. */
const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');

/** The entries of `healthy/`, which every case must leave indexed as they are. */
const HEALTHY: Record<string, readonly string[]> = {
  '2026-07-14-repriced-q3-launch.md': ['iterate-adapt', 'measure-success'],
  '2026-08-02-exec-roadmap-review.md': ['align-stakeholders', 'business-context'],
  'notes/2026-09-15-partner-alignment.md': ['align-stakeholders'],
};

const matcher = new ElementMatcher();
const temporaryFolders: string[] = [];

/** A fresh journal folder holding the healthy entries and `files` (paths relative to it). */
async function journalWith(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pj-corpus-'));
  temporaryFolders.push(root);
  await fs.cp(path.join(CORPUS, 'healthy'), root, { recursive: true });
  for (const [relative, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await fs.writeFile(path.join(root, relative), content);
  }
  return root;
}

async function hostileFile(name: string): Promise<Uint8Array> {
  return fs.readFile(path.join(CORPUS, 'hostile', name));
}

interface Indexed {
  readonly index: JournalIndex;
  readonly changes: JournalChange[];
}

/**
 * Loads the whole journal, as the extension and the CLI do. No clock here:
 * a case that hangs fails on the unit runner's timeout, and speed is the
 * bench's.
 */
async function indexJournal(source: JournalFileSource): Promise<Indexed> {
  const index = new JournalIndex(source, matcher);
  const changes: JournalChange[] = [];
  index.onDidChange(({ changed, deleted }) => changes.push({ changed, deleted }));
  await index.loadAll();
  return { index, changes };
}

function assertHealthyIndexed(index: JournalIndex): void {
  for (const [relative, elements] of Object.entries(HEALTHY)) {
    const entry = index.get(relative);
    assert.ok(entry, `${relative} is still indexed`);
    assert.deepStrictEqual(entry.problems, [], `${relative} has no problem`);
    assert.deepStrictEqual(entry.elements, elements, `${relative} keeps its elements`);
  }
}

function assertProblem(entry: JournalEntry | undefined, code: ProblemCode, message: RegExp): void {
  assert.ok(entry, 'the file is in the index, as an entry with a problem');
  const problem = entry.problems.find((candidate) => candidate.code === code);
  assert.ok(problem, `expected a ${code} problem, got ${JSON.stringify(entry.problems)}`);
  assert.match(problem.message, message);
}

/** parseEntry alone, on the text, without throwing. */
function parseAlone(name: string, text: string): JournalEntry {
  return parseEntry(name, text, matcher);
}

interface ProblemCase {
  readonly file: string;
  readonly code: ProblemCode;
  readonly message: RegExp;
  /** Zero-based line of the problem, when it has one worth checking. */
  readonly line?: number;
}

/** Committed cases that are read, and reported as a problem of the entry. */
const PROBLEM_CASES: readonly ProblemCase[] = [
  { file: 'js-frontmatter.md', code: 'frontmatter-language', message: /^"js" frontmatter is not supported: only YAML is read, never run\.$/ },
  { file: 'javascript-frontmatter.md', code: 'frontmatter-language', message: /^"javascript" frontmatter is not supported/ },
  { file: 'coffee-frontmatter.md', code: 'frontmatter-language', message: /^"coffee" frontmatter is not supported/ },
  { file: 'invalid-yaml.md', code: 'frontmatter-invalid', message: /^Invalid YAML: .*\]/ },
  { file: 'unclosed-frontmatter.md', code: 'frontmatter-unclosed', message: /never closes: add a line with `---`/, line: 0 },
  { file: 'alias-bomb.md', code: 'frontmatter-invalid', message: /^The frontmatter cannot be read: .*alias/i },
  { file: 'deep-nesting.md', code: 'frontmatter-invalid', message: /nested more than 100 levels deep/, line: 2 },
  { file: 'frontmatter-list.md', code: 'frontmatter-not-mapping', message: /must be a list of `key: value` lines/, line: 1 },
  { file: 'frontmatter-scalar.md', code: 'frontmatter-not-mapping', message: /must be a list of `key: value` lines/, line: 1 },
  { file: 'self-referencing-alias.md', code: 'elements-type', message: /^`elements` must hold element ids; a list is not one\.$/ },
  { file: 'elements-mapping.md', code: 'elements-type', message: /^`elements` must be a list of element ids/ },
  { file: 'elements-not-strings.md', code: 'elements-type', message: /^`elements` must hold element ids; 42 is not one\.$/ },
  { file: 'elements-unknown.md', code: 'unknown-element', message: /^Unknown element "align-stakeholder"\.$/ },
  { file: 'date-words.md', code: 'invalid-date', message: /^"last tuesday" is not a date: write it as YYYY-MM-DD\.$/ },
  { file: 'date-impossible.md', code: 'invalid-date', message: /^"2026-02-30" is not a date/ },
  { file: 'date-list.md', code: 'invalid-date', message: /^\["2026-07-14"\] is not a date/ },
  { file: 'empty.md', code: 'no-date', message: /^No date: add `date: YYYY-MM-DD`/ },
];

suite('corpus: hostile and broken journal files', () => {
  setup(() => {
    delete (globalThis as Record<string, unknown>).__promotionJournalRan;
  });

  teardown(async () => {
    assert.strictEqual((globalThis as Record<string, unknown>).__promotionJournalRan, undefined, 'nothing in a file was run');
    await Promise.all(temporaryFolders.splice(0).map((folder) => fs.rm(folder, { recursive: true, force: true })));
  });

  test('the healthy entries alone index without problems', async () => {
    const { index } = await indexJournal(new NodeFileSource(await journalWith()));
    assert.strictEqual(index.size, Object.keys(HEALTHY).length);
    assertHealthyIndexed(index);
  });

  for (const { file, code, message, line } of PROBLEM_CASES) {
    test(`${file}: a ${code} problem, the rest indexed`, async () => {
      const bytes = await hostileFile(file);
      const { index } = await indexJournal(new NodeFileSource(await journalWith({ [file]: bytes })));
      assertProblem(index.get(file), code, message);
      if (line !== undefined) {
        assert.strictEqual(index.get(file)!.problems.find((problem) => problem.code === code)!.line, line);
      }
      assertHealthyIndexed(index);
      assert.strictEqual(index.size, Object.keys(HEALTHY).length + 1);
      // The same through parseEntry alone.
      assertProblem(parseAlone(file, new TextDecoder().decode(bytes)), code, message);
    });
  }

  test('invalid-yaml.md: the problem is on the line of the missing bracket or the closing line', async () => {
    const entry = parseAlone('invalid-yaml.md', new TextDecoder().decode(await hostileFile('invalid-yaml.md')));
    const problem = entry.problems.find((candidate) => candidate.code === 'frontmatter-invalid');
    assert.ok(problem?.line === 3 || problem?.line === 4, `line ${problem?.line}`);
  });

  test('bom.md: a byte-order mark is not a problem', async () => {
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'bom.md': await hostileFile('bom.md') })));
    const entry = index.get('bom.md');
    assert.deepStrictEqual(entry?.problems, []);
    assert.strictEqual(entry?.title, 'Starts with a byte-order mark');
    assert.strictEqual(entry?.date, '2026-06-09');
    assert.deepStrictEqual(entry?.elements, ['smart-goals']);
    assertHealthyIndexed(index);
  });

  test('crlf.md: CRLF line endings are not a problem, the last key included', async () => {
    const bytes = await hostileFile('crlf.md');
    assert.ok(new TextDecoder().decode(bytes).includes('\r\n'), 'the fixture kept its CRLF (see .gitattributes)');
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'crlf.md': bytes })));
    const entry = index.get('crlf.md');
    assert.deepStrictEqual(entry?.problems, []);
    assert.strictEqual(entry?.title, 'Written on Windows');
    assert.strictEqual(entry?.confidential, true);
    assert.deepStrictEqual(entry?.elements, ['future-trends']);
    assertHealthyIndexed(index);
  });

  test('a file of several megabytes is skipped beyond MAX_ENTRY_BYTES, and never read', async () => {
    const huge = `---\ntitle: Huge\ndate: 2026-06-11\n---\n${'x'.repeat(3 * 1024 * 1024)}\n`;
    const source = new NodeFileSource(await journalWith({ '2026-06-11-huge.md': huge }));
    const { index } = await indexJournal(source);
    assertProblem(index.get('2026-06-11-huge.md'), 'too-large', /^Not read: the file is 3\.0 MB; entries over 1 MB are skipped\.$/);
    assert.strictEqual(source.reads, Object.keys(HEALTHY).length, 'the huge file was measured, not loaded');
    assertHealthyIndexed(index);
  });

  test('a file of exactly MAX_ENTRY_BYTES is still read', async () => {
    const head = '---\ndate: 2026-06-12\n---\n';
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'limit.md': head + 'x'.repeat(MAX_ENTRY_BYTES - head.length) })));
    assert.deepStrictEqual(index.get('limit.md')?.problems, []);
  });

  test('100000 `[` in the frontmatter: refused for its size, no stack overflow', async () => {
    const text = `---\ndate: 2026-06-13\nelements: ${'['.repeat(100000)}\n---\n`;
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'brackets.md': text })));
    assertProblem(index.get('brackets.md'), 'frontmatter-invalid', /^The frontmatter is over 16 KB and is not read/);
    assertHealthyIndexed(index);
  });

  test('deeply nested block lists and mappings are refused, not recursed into', () => {
    const dashes = `---\ndate: 2026-06-14\nelements:\n  ${'- '.repeat(5000)}x\n---\n`;
    assertProblem(parseAlone('dashes.md', dashes), 'frontmatter-invalid', /nested more than 100 levels deep/);
    const indented = `---\n${Array.from({ length: 150 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n')} x\n---\n`;
    assertProblem(parseAlone('indented.md', indented), 'frontmatter-invalid', /nested more than 100 levels deep/);
  });

  test('frontmatter shapes that the YAML library parses slowly stay within the frontmatter size limit', () => {
    const keys = Array.from({ length: 20000 }, (_, index) => `k${index}: v`).join('\n');
    assertProblem(parseAlone('keys.md', `---\n${keys}\n---\n`), 'frontmatter-invalid', /over 16 KB/);
    const almost = Array.from({ length: 1500 }, (_, index) => `k${index}: v`).join('\n');
    assert.ok(almost.length < 16 * 1024);
    assert.deepStrictEqual(parseAlone('2026-06-15-keys.md', `---\n${almost}\n---\n`).problems, []);
  });

  test('a heading line of a megabyte does not make the title slow', () => {
    const entry = parseAlone('2026-06-16-long.md', `# a${' '.repeat(1024 * 1024)}b\n`);
    assert.strictEqual(entry.title.length, 1024 * 1024 + 2);
  });

  test('binary content is a not-text problem', async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'image.md': binary })));
    assertProblem(index.get('image.md'), 'not-text', /^Not read: the file is not UTF-8 text\.$/);
    assertHealthyIndexed(index);
  });

  test('valid UTF-8 holding NUL bytes is a not-text problem', async () => {
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'nul.md': '---\ntitle: a\0b\n---\n' })));
    assertProblem(index.get('nul.md'), 'not-text', /^Not read: the file holds binary data, not text\.$/);
    assertHealthyIndexed(index);
  });

  test('invalid UTF-8 is a not-text problem', async () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9 cr\xe8me\ndate: 2026-06-17\n---\n', 'latin1');
    const { index } = await indexJournal(new NodeFileSource(await journalWith({ 'latin1.md': latin1 })));
    assertProblem(index.get('latin1.md'), 'not-text', /not UTF-8 text/);
    assertHealthyIndexed(index);
  });

  suite('a file that disappears between listing and reading', () => {
    /** Lists one file more than there is: the listing saw it, the read finds it gone. */
    class VanishingSource implements JournalFileSource {
      constructor(
        private readonly inner: NodeFileSource,
        private readonly vanished: string,
      ) {}

      async list(): Promise<string[]> {
        return [...(await this.inner.list()), this.vanished].sort();
      }

      read(path: string): Promise<Uint8Array | OversizedFile | RefusedFile> {
        return path === this.vanished ? Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })) : this.inner.read(path);
      }
    }

    test('loadAll leaves it out, and out of the change, and indexes the rest', async () => {
      const source = new VanishingSource(new NodeFileSource(await journalWith()), '2026-06-18-gone.md');
      const { index, changes } = await indexJournal(source);
      assert.strictEqual(index.get('2026-06-18-gone.md'), undefined);
      assertHealthyIndexed(index);
      assert.deepStrictEqual([...changes[0].changed].sort(), Object.keys(HEALTHY).sort());
    });

    test('an update for it reports it deleted', async () => {
      const root = await journalWith({ '2026-06-18-gone.md': '---\ndate: 2026-06-18\n---\n' });
      const { index, changes } = await indexJournal(new NodeFileSource(root));
      assert.ok(index.get('2026-06-18-gone.md'));
      await fs.rm(path.join(root, '2026-06-18-gone.md'));
      await index.update({ changed: ['2026-06-18-gone.md'], deleted: [] });
      assert.strictEqual(index.get('2026-06-18-gone.md'), undefined);
      assert.deepStrictEqual(changes[1], { changed: [], deleted: ['2026-06-18-gone.md'] });
      assertHealthyIndexed(index);
    });
  });
});
