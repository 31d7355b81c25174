import * as assert from 'assert';
import { errorCode } from '../../src/core/journal/errorCode';
import { describeWriteFailure } from '../../src/core/journal/writeFailure';

suite('describeWriteFailure', () => {
  const FILE = 'journal/2026-07-14-pricing.md';

  test('a read-only disk says so, names the file and says what to do', () => {
    assert.strictEqual(
      describeWriteFailure(FILE, 'EROFS', "EROFS: read-only file system, open '/mnt/x/journal/2026-07-14-pricing.md'"),
      'Cannot write journal/2026-07-14-pricing.md: the disk is read-only. Nothing was written; use a folder you can write to.',
    );
  });

  test("Node's and VS Code's permission errors give one message", () => {
    const expected = "Cannot write journal/2026-07-14-pricing.md: permission denied. Nothing was written; check the folder's permissions or use a folder you can write to.";
    for (const code of ['EACCES', 'EPERM', 'NoPermissions']) {
      assert.strictEqual(describeWriteFailure(FILE, code, 'raw text'), expected, code);
    }
  });

  test('an unavailable file system, a full disk and a file in the path each say what happened', () => {
    assert.match(describeWriteFailure(FILE, 'Unavailable', 'raw'), /: the file system is not available\. Nothing was written; try again when it is\.$/);
    assert.match(describeWriteFailure(FILE, 'ENOSPC', 'raw'), /: the disk is full\. Nothing was written; free some space and try again\.$/);
    for (const code of ['ENOTDIR', 'FileNotADirectory']) {
      assert.match(describeWriteFailure('plain.txt/journal', code, 'raw'), /^Cannot write plain\.txt\/journal: part of its path is a file, not a folder\. Nothing was written; check the path\.$/);
    }
  });

  test('any other failure keeps its own words, in one sentence', () => {
    assert.strictEqual(describeWriteFailure(FILE, undefined, 'the provider went away.'), 'Cannot write journal/2026-07-14-pricing.md: the provider went away. Nothing was written.');
    assert.strictEqual(describeWriteFailure(FILE, 'Unknown', 'something odd'), 'Cannot write journal/2026-07-14-pricing.md: something odd. Nothing was written.');
  });
});

suite('errorCode', () => {
  test("Node's code, or a FileSystemError's", () => {
    assert.strictEqual(errorCode(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })), 'EROFS');
    assert.strictEqual(errorCode(Object.assign(new Error('no'), { code: 'NoPermissions' })), 'NoPermissions');
  });

  test("an Unknown FileSystemError gives the Node code in its message", () => {
    assert.strictEqual(errorCode(Object.assign(new Error("Error: EROFS: read-only file system, mkdir '/x'"), { code: 'Unknown' })), 'EROFS');
    assert.strictEqual(errorCode(Object.assign(new Error('it failed'), { code: 'Unknown' })), 'Unknown');
  });

  test('no code at all', () => {
    assert.strictEqual(errorCode(new Error('it failed')), undefined);
    assert.strictEqual(errorCode('a string'), undefined);
    assert.strictEqual(errorCode(undefined), undefined);
  });
});
