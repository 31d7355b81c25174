import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { promises as fs, existsSync, type Stats } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { JournalIndex } from '../../src/core/journal/journalIndex';
import { synchronousCalls, type FileCalls, type OpenedFile } from '../../src/node/fileCalls';
import { FolderReader, isInside } from '../../src/node/folderReader';
import { NodeFileSource } from '../../src/node/nodeFileSource';

const OUTSIDE_MESSAGE = 'Not read: this is a link to a file outside the journal folder.';
const SECRET = '---\ntitle: Secret title\ndate: 2026-06-01\nelements: [measure-success]\nimpact: Secret impact of 42%\n---\n\nSecret body.\n';
const INSIDE = '---\ntitle: Inside title\ndate: 2026-06-02\nelements: [iterate-adapt]\n---\n';

const temporaryFolders: string[] = [];

/** A temporary folder holding `journal/` with one entry, and `outside/secret.md` next to it. */
async function layout(): Promise<{ root: string; outside: string; secret: string }> {
  const base = await fs.mkdtemp(path.join(os.tmpdir(), 'pj-boundary-'));
  temporaryFolders.push(base);
  const root = path.join(base, 'journal');
  const outside = path.join(base, 'outside');
  await fs.mkdir(path.join(root, 'notes'), { recursive: true });
  await fs.mkdir(outside);
  await fs.writeFile(path.join(root, 'notes', '2026-06-02-inside.md'), INSIDE);
  await fs.writeFile(path.join(outside, 'secret.md'), SECRET);
  return { root, outside, secret: path.join(outside, 'secret.md') };
}

suiteTeardown(async () => {
  for (const folder of temporaryFolders.splice(0)) {
    await fs.rm(folder, { recursive: true, force: true });
  }
});

/** Creates a link, or skips the test where the system does not allow it (Windows without the privilege). */
async function link(context: Mocha.Context, target: string, at: string): Promise<void> {
  try {
    await fs.symlink(target, at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPERM') {
      context.skip();
    }
    throw error;
  }
}

/** A FIFO, or a skipped test where there is no mkfifo. */
function fifo(context: Mocha.Context, at: string): void {
  const made = spawnSync('mkfifo', [at]);
  if (made.error || made.status !== 0) {
    context.skip();
  }
}

async function loaded(root: string): Promise<{ index: JournalIndex; source: NodeFileSource }> {
  const source = new NodeFileSource(root);
  const index = new JournalIndex(source, new ElementMatcher());
  await index.loadAll();
  return { index, source };
}

/** Nothing of the outside file: no title, impact, elements or date; only the refusal. */
function assertRefused(entry: JournalEntry | undefined, name: string): void {
  assert.ok(entry, `${name} is listed, as a problem`);
  assert.deepStrictEqual(
    { title: entry.title, elements: entry.elements, impact: entry.impact, date: entry.date, problems: entry.problems },
    { title: path.posix.basename(name, '.md'), elements: [], impact: undefined, date: undefined, problems: [{ code: 'link-outside', message: OUTSIDE_MESSAGE }] },
  );
}

function assertInsideEntryIndexed(index: JournalIndex): void {
  assert.strictEqual(index.get('notes/2026-06-02-inside.md')?.title, 'Inside title');
}

suite('the journal folder is the boundary: links', () => {
  test('a link to a file outside the journal folder is a problem entry, and the file is not read', async function () {
    const { root, secret } = await layout();
    await link(this, path.relative(root, secret), path.join(root, 'x.md'));
    const { index, source } = await loaded(root);
    assertRefused(index.get('x.md'), 'x.md');
    assertInsideEntryIndexed(index);
    assert.strictEqual(source.reads, 1, 'only the entry inside was loaded');
  });

  test('a link to /etc/passwd is a problem entry, not read', async function () {
    if (!existsSync('/etc/passwd')) {
      this.skip();
    }
    const { root } = await layout();
    await link(this, '/etc/passwd', path.join(root, 'passwd.md'));
    const { index, source } = await loaded(root);
    assertRefused(index.get('passwd.md'), 'passwd.md');
    assert.strictEqual(source.reads, 1);
  });

  test('a link to /proc/self/environ is a problem entry, not read', async function () {
    if (!existsSync('/proc/self/environ')) {
      this.skip();
    }
    const { root } = await layout();
    await link(this, '/proc/self/environ', path.join(root, 'environ.md'));
    const { index, source } = await loaded(root);
    assertRefused(index.get('environ.md'), 'environ.md');
    assert.strictEqual(source.reads, 1);
  });

  test('a link inside the journal to a file inside it is read as that entry', async function () {
    const { root } = await layout();
    await link(this, path.join('notes', '2026-06-02-inside.md'), path.join(root, 'linked.md'));
    const { index } = await loaded(root);
    assert.strictEqual(index.get('linked.md')?.title, 'Inside title');
    assert.deepStrictEqual(index.get('linked.md')?.problems, []);
  });

  test('a chain of links is judged by where it ends', async function () {
    const { root, outside, secret } = await layout();
    // inside -> inside -> outside: refused
    await link(this, secret, path.join(root, 'last-hop.md'));
    await link(this, 'last-hop.md', path.join(root, 'first-hop.md'));
    // inside -> outside -> inside: the file is the journal's, read
    await link(this, path.join(root, 'notes', '2026-06-02-inside.md'), path.join(outside, 'back.md'));
    await link(this, path.join(outside, 'back.md'), path.join(root, 'round-trip.md'));
    const { index } = await loaded(root);
    assertRefused(index.get('first-hop.md'), 'first-hop.md');
    assertRefused(index.get('last-hop.md'), 'last-hop.md');
    assert.strictEqual(index.get('round-trip.md')?.title, 'Inside title');
  });

  test('the journal folder itself may be a link: its files are inside it', async function () {
    const { root } = await layout();
    const linkedRoot = path.join(path.dirname(root), 'journal-link');
    await link(this, root, linkedRoot);
    await link(this, path.join(linkedRoot, 'notes', '2026-06-02-inside.md'), path.join(root, 'through-the-link.md'));
    const { index } = await loaded(linkedRoot);
    assertInsideEntryIndexed(index);
    assert.strictEqual(index.get('through-the-link.md')?.title, 'Inside title');
  });

  test('dangling links, link loops and links to folders are not entries (there is no file to read)', async function () {
    const { root, outside } = await layout();
    await link(this, path.join(root, 'loop-b.md'), path.join(root, 'loop-a.md'));
    await link(this, path.join(root, 'loop-a.md'), path.join(root, 'loop-b.md'));
    await link(this, path.join(root, 'missing.md'), path.join(root, 'dangling.md'));
    await link(this, path.join(outside, 'missing.md'), path.join(root, 'dangling-outside.md'));
    await link(this, root, path.join(root, 'notes', 'back-to-root'));
    await link(this, outside, path.join(root, 'outside-folder.md'));
    const { index } = await loaded(root);
    assert.deepStrictEqual([...index.all()].map((entry) => entry.path), ['notes/2026-06-02-inside.md']);
    for (const name of ['loop-a.md', 'dangling.md', 'dangling-outside.md', 'outside-folder.md']) {
      await index.update({ changed: [name], deleted: [] });
    }
    assert.strictEqual(index.size, 1, 'an update agrees with the whole listing');
  });

  test('a FIFO named x.md, and links to FIFOs, are never opened: no hang, no entry', async function () {
    // A FIFO opened for reading blocks until a writer comes: this test would hang.
    const { root, outside } = await layout();
    fifo(this, path.join(root, 'x.md'));
    fifo(this, path.join(outside, 'pipe'));
    fifo(this, path.join(root, 'notes', 'pipe'));
    await link(this, path.join(outside, 'pipe'), path.join(root, 'outside-pipe.md'));
    await link(this, path.join(root, 'notes', 'pipe'), path.join(root, 'inside-pipe.md'));
    const { index, source } = await loaded(root);
    assert.deepStrictEqual([...index.all()].map((entry) => entry.path), ['notes/2026-06-02-inside.md']);
    await index.update({ changed: ['x.md', 'outside-pipe.md', 'inside-pipe.md'], deleted: [] });
    assert.strictEqual(index.size, 1);
    assert.strictEqual(source.reads, 1);
  });

  test('a link that appears later, in place of a file, is refused on the update', async function () {
    const { root, secret } = await layout();
    await fs.writeFile(path.join(root, 'x.md'), INSIDE.replace('Inside title', 'Plain file'));
    const { index } = await loaded(root);
    assert.strictEqual(index.get('x.md')?.title, 'Plain file');
    await fs.rm(path.join(root, 'x.md'));
    await link(this, secret, path.join(root, 'x.md'));
    await index.update({ changed: ['x.md'], deleted: [] });
    assertRefused(index.get('x.md'), 'x.md');
  });

  test('a file reached through a linked folder is refused when that folder lies outside', async function () {
    const { root, outside } = await layout();
    await link(this, outside, path.join(root, 'linked-folder'));
    const { index } = await loaded(root);
    assert.strictEqual(index.get('linked-folder/secret.md'), undefined, 'links to folders are not listed');
    await index.update({ changed: ['linked-folder/secret.md'], deleted: [] });
    assertRefused(index.get('linked-folder/secret.md'), 'linked-folder/secret.md');
  });
});

suite('between the listing and the read', () => {
  test('a listed file replaced by a link to a file outside is refused, not read', async function () {
    const { root, secret } = await layout();
    const source = new NodeFileSource(root);
    assert.ok((await source.list()).includes('notes/2026-06-02-inside.md'));
    await fs.rm(path.join(root, 'notes', '2026-06-02-inside.md'));
    await link(this, secret, path.join(root, 'notes', '2026-06-02-inside.md'));
    assert.deepStrictEqual(await source.read('notes/2026-06-02-inside.md'), { refused: 'link-outside' });
    assert.strictEqual(source.reads, 0);
  });

  test('a listed file replaced by a FIFO is not read from, and does not block', async function () {
    const { root } = await layout();
    const source = new NodeFileSource(root);
    await source.list();
    await fs.rm(path.join(root, 'notes', '2026-06-02-inside.md'));
    fifo(this, path.join(root, 'notes', '2026-06-02-inside.md'));
    await assert.rejects(source.read('notes/2026-06-02-inside.md'), /not the regular file checked/);
    assert.strictEqual(source.reads, 0);
  });

  test('the listing vouches for one read only: a folder linked out later is caught on the next', async function () {
    const { root, outside } = await layout();
    const source = new NodeFileSource(root);
    await source.list();
    assert.ok((await source.read('notes/2026-06-02-inside.md')) instanceof Uint8Array);
    await fs.writeFile(path.join(outside, '2026-06-02-inside.md'), SECRET);
    await fs.rm(path.join(root, 'notes'), { recursive: true });
    await link(this, outside, path.join(root, 'notes'));
    assert.deepStrictEqual(await source.read('notes/2026-06-02-inside.md'), { refused: 'link-outside' });
  });
});

suite('FolderReader: the file opened is the file checked', () => {
  /** The real calls, except that the opened file's stat is changed by `swap`, as if another file had been put in its place. */
  function swappingCalls(swap: (stats: Stats) => Partial<Stats>, reads: { count: number }): FileCalls {
    return {
      ...synchronousCalls,
      open: (file, flags) => {
        const real = synchronousCalls.open(file, flags) as OpenedFile;
        return {
          stat: () => {
            const stats = real.stat() as Stats;
            return Object.assign(stats, swap(stats));
          },
          read: (into, offset) => {
            reads.count++;
            return real.read(into, offset);
          },
          close: () => real.close(),
        };
      },
    };
  }

  test('another file swapped in between the checks and the open is not read', async () => {
    const { root } = await layout();
    const reads = { count: 0 };
    const reader = new FolderReader(root, swappingCalls((stats) => ({ ino: stats.ino + 1 }), reads));
    await assert.rejects(reader.read('notes/2026-06-02-inside.md'), /not the regular file checked/);
    assert.strictEqual(reads.count, 0);
  });

  test('a FIFO swapped in after the checks is not read from', async () => {
    const { root } = await layout();
    const reads = { count: 0 };
    const reader = new FolderReader(root, swappingCalls(() => ({ isFile: () => false }), reads));
    await assert.rejects(reader.read('notes/2026-06-02-inside.md'), /not the regular file checked/);
    assert.strictEqual(reads.count, 0);
  });

  test('the same file checked and opened is read', async () => {
    const { root } = await layout();
    const reads = { count: 0 };
    const read = await new FolderReader(root, swappingCalls(() => ({}), reads)).read('notes/2026-06-02-inside.md');
    assert.strictEqual(new TextDecoder().decode(read as Uint8Array), INSIDE);
    assert.ok(reads.count >= 1);
  });

  test('isInside: under the folder, not the folder itself, not a sibling with the same prefix', () => {
    const folder = path.join(path.sep, 'home', 'me', 'journal');
    assert.strictEqual(isInside(folder, path.join(folder, 'a.md')), true);
    assert.strictEqual(isInside(folder, path.join(folder, '..a.md')), true);
    assert.strictEqual(isInside(folder, path.join(folder, 'notes', 'a.md')), true);
    assert.strictEqual(isInside(folder, folder), false);
    assert.strictEqual(isInside(folder, `${folder}-old${path.sep}a.md`), false);
    assert.strictEqual(isInside(folder, path.join(path.sep, 'etc', 'passwd')), false);
  });
});
