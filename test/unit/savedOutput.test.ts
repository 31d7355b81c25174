import * as assert from 'assert';
import { journalStatePieces, settledBefore, STATE_PIECE_FILES, type StampedFile } from '../../src/core/journal/journalState';
import { RACY_MS } from '../../src/core/journal/persistedIndex';
import { commandOutputOf, decodeSavedOutput as decodeWith, encodeSavedOutput, SAVED_OUTPUT_VERSION } from '../../src/core/journal/savedOutput';
import { sha256 } from '../../src/node/persistedIndexFile';

/** A command's saved output, as the command line reads it. */
const decodeSavedOutput = (text: string, run: string, checksum: (text: string) => string) => decodeWith(text, run, checksum, commandOutputOf);

/** The state as text, to compare. */
const stateOf = (files: StampedFile[]) => Buffer.concat([...journalStatePieces(files)]).toString('hex');

const key = { run: 'report --json on 2026-06-20', files: 'state-1' };
const output = { exitCode: 1, stdout: '{"gaps":["smart-goals"]}\n', stderr: 'Needs evidence: SMART goals\n' };

suite('A saved output: used only when whole, of this version and of this very run', () => {
  const text = encodeSavedOutput(key, output, sha256);

  test('what was saved reads back, with the state of the files it was made of', () => {
    assert.deepStrictEqual(decodeSavedOutput(text, key.run, sha256), { files: key.files, output });
  });

  test('a truncated file is ignored', () => {
    for (const length of [0, 10, text.indexOf('\n'), text.indexOf('\n') + 1, text.length - 1]) {
      assert.strictEqual(decodeSavedOutput(text.slice(0, length), key.run, sha256), undefined, `cut at ${length}`);
    }
  });

  test('a corrupt body, whose checksum no longer matches, is ignored', () => {
    assert.strictEqual(decodeSavedOutput(text.replace('smart-goals', 'smart-goalz'), key.run, sha256), undefined);
  });

  test('another version, another program\'s file, or the output of another run is ignored', () => {
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    const body = text.slice(text.indexOf('\n') + 1);
    assert.strictEqual(decodeSavedOutput(`${JSON.stringify({ ...header, version: SAVED_OUTPUT_VERSION + 1 })}\n${body}`, key.run, sha256), undefined);
    assert.strictEqual(decodeSavedOutput(`${JSON.stringify({ ...header, magic: 'another-program' })}\n${body}`, key.run, sha256), undefined);
    assert.strictEqual(decodeSavedOutput(text, 'report --json on 2026-06-21', sha256), undefined);
    assert.strictEqual(decodeSavedOutput('{}\n{}', key.run, sha256), undefined);
  });

  test('a whole file of the right checksum but the wrong shape is still ignored', () => {
    for (const body of [{ ...key, output: { exitCode: '1', stdout: '', stderr: '' } }, { ...key, output: { exitCode: 0, stdout: 7, stderr: '' } }, { run: key.run, output }, { ...key, output: [output] }, { ...key, exitCode: 0, stdout: '', stderr: '' }, [key]]) {
      const forged = JSON.stringify(body);
      const header = JSON.stringify({ magic: 'promotion-journal-output', version: SAVED_OUTPUT_VERSION, checksum: sha256(forged) });
      assert.strictEqual(decodeSavedOutput(`${header}\n${forged}`, key.run, sha256), undefined, forged);
    }
  });
});

suite('The state of a journal\'s files', () => {
  const stamp = { size: 120, mtimeMs: 1_000_000, ctimeMs: 1_000_500, ino: 7 };
  const files = [
    { path: '2026/a.md', stamp },
    { path: '2026/b.md', stamp: { ...stamp, ino: 8 } },
  ];

  test('the same files with the same stamps, in any order, make the same state', () => {
    assert.strictEqual(stateOf(files), stateOf([...files].reverse()));
  });

  test('a file edited (any part of its stamp), added, removed or renamed makes another state', () => {
    const state = stateOf(files);
    const others = [
      [{ ...files[0], stamp: { ...stamp, size: 121 } }, files[1]],
      [{ ...files[0], stamp: { ...stamp, mtimeMs: 1_000_001 } }, files[1]],
      [{ ...files[0], stamp: { ...stamp, ctimeMs: 1_000_501 } }, files[1]],
      [{ ...files[0], stamp: { ...stamp, ino: 9 } }, files[1]],
      [...files, { path: '2026/c.md', stamp }],
      [files[0]],
      [{ ...files[0], path: '2026/a2.md' }, files[1]],
      // Names that would run together with the numbers, and a name of several bytes.
      [{ path: '2026/a.md 120', stamp }, files[1]],
      [{ path: '2026/á.md', stamp }, files[1]],
    ];
    for (const other of others) {
      assert.notStrictEqual(stateOf(other), state, JSON.stringify(other));
    }
  });

  test(`over several pieces of ${STATE_PIECE_FILES} files: the same in any order, and any one change shows`, () => {
    const many = Array.from({ length: STATE_PIECE_FILES * 2 + 3 }, (_, at) => ({ path: `2026/win-${String(at).padStart(6, '0')}.md`, stamp: { ...stamp, ino: at } }));
    const state = stateOf(many);
    assert.strictEqual(stateOf([...many].reverse()), state);
    const last = many.length - 1;
    for (const other of [many.slice(1), many.slice(0, last), many.map((file, at) => (at === STATE_PIECE_FILES ? { ...file, stamp: { ...file.stamp, size: 121 } } : file))]) {
      assert.notStrictEqual(stateOf(other), state);
    }
    assert.ok(journalStatePieces(many).next().value!.byteLength === 8, 'the count of files first');
  });

  test('settled only when every file was modified before the racy margin of the stamping', () => {
    assert.strictEqual(settledBefore(files, stamp.mtimeMs + RACY_MS + 1), true);
    assert.strictEqual(settledBefore(files, stamp.mtimeMs + RACY_MS), false);
    assert.strictEqual(settledBefore([], 0), true);
  });
});
