import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { activateExtension, elementNode, entryTitlesUnder, journalUri, waitFor, type ExtensionUnderTest } from './helpers';

/** How long a change may take to show before the test gives up: a bound for a loaded machine, not a speed target (the bench measures speed). */
const WATCHER_WAIT_MS = 10_000;

/** Changes come from outside VS Code (Node's fs), as from git or another editor. */
suite('Live updates from other programs', () => {
  let api: ExtensionUnderTest;
  let root: string;

  const entry = (title: string, elements: string, date = '2026-10-15') => `---\ntitle: ${title}\ndate: ${date}\nelements: [${elements}]\n---\n\nBody.\n`;
  const titlesOf = (id: string) => entryTitlesUnder(api, elementNode(api, id));
  const reads = () => api.service.allJournals()[0].files.reads;

  suiteSetup(async () => {
    api = await activateExtension();
    root = journalUri().fsPath;
  });

  test('a created file appears, reading only that file', async () => {
    const before = reads();
    const started = Date.now();
    fs.writeFileSync(path.join(root, 'outside-created.md'), entry('Created outside', 'future-trends'));
    const titles = await waitFor(() => titlesOf('future-trends'), (found) => found.includes('Created outside'), WATCHER_WAIT_MS);
    const elapsed = Date.now() - started;
    assert.ok(titles.includes('Created outside'), `the tree did not follow (waited ${elapsed} ms)`);
    console.log(`      (tree followed a created file in ${elapsed} ms)`);
    assert.strictEqual(reads() - before, 1, 'only the new file was read');
  });

  test('an edited file moves to its new element', async () => {
    fs.writeFileSync(path.join(root, 'outside-created.md'), entry('Created outside', 'smart-goals'));
    const titles = await waitFor(() => titlesOf('smart-goals'), (found) => found.includes('Created outside'), WATCHER_WAIT_MS);
    assert.ok(titles.includes('Created outside'));
    assert.ok(!titlesOf('future-trends').includes('Created outside'));
  });

  test('a renamed file keeps one entry under its new name', async () => {
    fs.renameSync(path.join(root, 'outside-created.md'), path.join(root, 'outside-renamed.md'));
    const entries = await waitFor(
      () => api.tree.getChildren(elementNode(api, 'smart-goals')).map((node) => (node.kind === 'entry' ? node.located.entry.path : '')),
      (paths) => paths.includes('outside-renamed.md') && !paths.includes('outside-created.md'),
      WATCHER_WAIT_MS,
    );
    assert.ok(entries.includes('outside-renamed.md') && !entries.includes('outside-created.md'), entries.join());
  });

  test('a deleted file disappears', async () => {
    fs.rmSync(path.join(root, 'outside-renamed.md'));
    const titles = await waitFor(() => titlesOf('smart-goals'), (found) => !found.includes('Created outside'), WATCHER_WAIT_MS);
    assert.ok(!titles.includes('Created outside'));
  });

  test('a checkout of hundreds of files is followed completely, and removing them too', async function () {
    this.timeout(20000);
    const folder = path.join(root, 'checkout');
    const before = titlesOf('measure-success').length;
    const readsBefore = reads();
    const started = Date.now();
    fs.mkdirSync(folder);
    for (let index = 0; index < 300; index++) {
      fs.writeFileSync(path.join(folder, `2025-0${1 + (index % 9)}-${String(10 + (index % 18))}-checked-out-${index}.md`), entry(`Checked out ${index}`, 'measure-success', '2025-05-05'));
    }
    const after = await waitFor(() => titlesOf('measure-success').length, (count) => count === before + 300, 5000);
    console.log(`      (tree followed 300 new files in ${Date.now() - started} ms, ${reads() - readsBefore} reads)`);
    assert.strictEqual(after, before + 300, 'nothing lost');
    // A file written in two steps (created, then filled) may be read once per step; the other entries are never re-read.
    assert.ok(reads() - readsBefore <= 2 * 300, `read only the new files (${reads() - readsBefore} reads)`);
    fs.rmSync(folder, { recursive: true });
    const removed = await waitFor(() => titlesOf('measure-success').length, (count) => count === before, 5000);
    assert.strictEqual(removed, before);
  });
});
