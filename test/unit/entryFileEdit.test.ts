import * as assert from 'assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { elementsEdit } from '../../src/core/editing/elementsEdit';
import { editLocalEntryFile } from '../../src/node/entryFileEdit';
import { makeUnwritable } from '../unwritable';

const ENTRY = '---\ntitle: A win\nelements: [iterate-adapt]\n---\nBody\n';
const TAGGED = '---\ntitle: A win\nelements: [smart-goals]\n---\nBody\n';
const toGoals = (text: string) => elementsEdit(text, ['smart-goals']);

suite('entryFileEdit: Tag Entry on the local disk', () => {
  let folder: string;
  let file: string;

  setup(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-edit-'));
    file = path.join(folder, '2026-03-02-win.md');
    writeFileSync(file, ENTRY);
  });

  teardown(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('the file is replaced with the edit, keeps its mode, and nothing else is left in the folder', async () => {
    chmodSync(file, 0o640);
    assert.deepStrictEqual(await editLocalEntryFile(file, toGoals), { changed: true });
    assert.strictEqual(readFileSync(file, 'utf8'), TAGGED);
    assert.strictEqual(statSync(file).mode & 0o777, 0o640);
    assert.deepStrictEqual(readdirSync(folder), [path.basename(file)]);
  });

  test('an edit that changes nothing writes nothing', async () => {
    writeFileSync(file, TAGGED);
    const before = statSync(file);
    assert.deepStrictEqual(await editLocalEntryFile(file, toGoals), { changed: false });
    assert.strictEqual(statSync(file).ino, before.ino);
  });

  test('a symbolic link is not replaced by a file: the user is told to tag the file it points to', async () => {
    const link = path.join(folder, '2026-03-03-link.md');
    symlinkSync(file, link);
    const outcome = await editLocalEntryFile(link, toGoals);
    assert.deepStrictEqual(outcome, { error: '2026-03-03-link.md is a symbolic link: tag the file it points to. The file was not changed.', namesFile: true });
    assert.strictEqual(readFileSync(file, 'utf8'), ENTRY);
  });

  for (const what of ['file', 'folder'] as const) {
    test(`an unwritable ${what}: one plain message naming the file, the file as it was, no temporary file left`, async function () {
      const restore = makeUnwritable(what === 'file' ? file : folder);
      if (!restore) {
        this.skip(); // root, on a file system or in a container that allows no immutable attribute
      }
      try {
        const outcome = await editLocalEntryFile(file, toGoals);
        assert.ok('error' in outcome, JSON.stringify(outcome));
        assert.match(outcome.error, /^Cannot write 2026-03-02-win\.md: permission denied\. Nothing was written; /);
        assert.strictEqual(readFileSync(file, 'utf8'), ENTRY);
        assert.deepStrictEqual(readdirSync(folder), [path.basename(file)]);
      } finally {
        restore();
      }
    });
  }
});
