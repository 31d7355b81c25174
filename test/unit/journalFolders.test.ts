import * as assert from 'assert';
import { distinctJournalFolders, isAbsoluteFolderPath } from '../../src/core/workspace/journalFolders';

suite('journalFolders', () => {
  const keys = (folders: string[]) => distinctJournalFolders(folders, (folder) => folder);

  test('folders that name the same journal share it: the first one stays', () => {
    assert.deepStrictEqual(keys(['file:///home/me/journal', 'file:///home/me/journal']), ['file:///home/me/journal']);
    assert.deepStrictEqual(keys(['file:///home/me/journal/', 'file:///home/me/journal']), ['file:///home/me/journal/'], 'a trailing slash is the same folder');
  });

  test('different journals all stay, in order', () => {
    assert.deepStrictEqual(keys(['file:///a/journal', 'file:///b/wins', 'file:///a/journal-2']), ['file:///a/journal', 'file:///b/wins', 'file:///a/journal-2']);
  });

  test('a journal inside another is dropped: the outer one already reads its files', () => {
    assert.deepStrictEqual(keys(['file:///a/journal/team', 'file:///a/journal', 'file:///a/journal/team']), ['file:///a/journal']);
  });

  test('items keep their identity', () => {
    const first = { uri: 'file:///j', folder: 'first' };
    const second = { uri: 'file:///j', folder: 'second' };
    assert.deepStrictEqual(distinctJournalFolders([first, second], (item) => item.uri), [first]);
  });

  test('isAbsoluteFolderPath: POSIX, drive letters and UNC paths; not relative ones', () => {
    for (const path of ['/home/me/journal', 'C:\\Users\\me\\journal', 'd:/journal', '\\\\server\\share\\journal']) {
      assert.strictEqual(isAbsoluteFolderPath(path), true, path);
    }
    for (const path of ['journal', './journal', '../career/journal', 'C:journal', '~/journal']) {
      assert.strictEqual(isAbsoluteFolderPath(path), false, path);
    }
  });
});
