import * as assert from 'assert';
import { mayStillBeWritten, replaceIfUnchanged, sameBytes, settleReplace, type ReplacePaths, type ReplaceSteps } from '../../src/core/editing/guardedReplace';

/** A file's contents; two names sharing one are hard links, and a program holding it open writes into it. */
interface Inode {
  bytes: Uint8Array;
}

type StepName = keyof ReplaceSteps;

const PATHS: ReplacePaths = { target: 'entry.md', replacement: '.entry.md.1.tagged', aside: '.entry.md.1.before' };
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const ORIGINAL = bytes('elements: [iterate-adapt]\n');
const OURS = bytes('elements: [smart-goals]\n');
const THEIRS = bytes('elements: [iterate-adapt]\nthe other program wrote this\n');

function failure(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/**
 * A folder in memory whose steps behave like Node's; `before` runs another
 * program's action just before the step of that name (its nth call), which
 * is how each window between two steps is tested.
 */
class Folder implements ReplaceSteps {
  readonly names = new Map<string, Inode>();
  private readonly calls = new Map<StepName, number>();
  private readonly interferences: { step: StepName; call: number; act: () => void }[] = [];
  failing?: { step: StepName; code: string };

  constructor(initial: Uint8Array) {
    this.names.set(PATHS.target, { bytes: initial });
  }

  before(step: StepName, act: () => void, call = 1): this {
    this.interferences.push({ step, call, act });
    return this;
  }

  text(name = PATHS.target): string | undefined {
    const inode = this.names.get(name);
    return inode && text(inode.bytes);
  }

  read(path: string): Uint8Array {
    this.step('read');
    return this.existing(path).bytes;
  }

  createNew(path: string, data: Uint8Array): void {
    this.step('createNew');
    if (this.names.has(path)) {
      throw failure('EEXIST');
    }
    this.names.set(path, { bytes: data });
  }

  rename(from: string, to: string): void {
    this.step('rename');
    this.names.set(to, this.existing(from));
    this.names.delete(from);
  }

  addName(existing: string, name: string): void {
    this.step('addName');
    const inode = this.existing(existing);
    if (this.names.has(name)) {
      throw failure('EEXIST');
    }
    this.names.set(name, inode);
  }

  remove(path: string): void {
    this.step('remove');
    this.names.delete(path);
  }

  private step(name: StepName): void {
    const call = (this.calls.get(name) ?? 0) + 1;
    this.calls.set(name, call);
    for (const interference of this.interferences) {
      if (interference.step === name && interference.call === call) {
        interference.act();
      }
    }
    if (this.failing?.step === name) {
      throw failure(this.failing.code);
    }
  }

  private existing(path: string): Inode {
    const inode = this.names.get(path);
    if (!inode) {
      throw failure('ENOENT');
    }
    return inode;
  }
}

/** The replace, then, after `meanwhile` (what happens while the command waits), its settling. */
function replace(folder: Folder, meanwhile = () => {}): string {
  if (replaceIfUnchanged(folder, PATHS, ORIGINAL, OURS) === 'changed') {
    return 'changed';
  }
  meanwhile();
  return settleReplace(folder, PATHS, ORIGINAL, OURS);
}

suite('guardedReplace: replaceIfUnchanged', () => {
  test('an unchanged file is replaced, and no other name is left in the folder', () => {
    const folder = new Folder(ORIGINAL);
    assert.strictEqual(replace(folder), 'replaced');
    assert.strictEqual(folder.text(), text(OURS));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('a file another program wrote before the replace is left as they wrote it', () => {
    const folder = new Folder(THEIRS);
    assert.strictEqual(replace(folder), 'changed');
    assert.strictEqual(folder.text(), text(THEIRS));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('written in place just before the file is moved aside: seen, and their file goes back', () => {
    const folder = new Folder(ORIGINAL);
    const theirFile = folder.names.get(PATHS.target)!;
    folder.before('rename', () => (theirFile.bytes = THEIRS));
    assert.strictEqual(replace(folder), 'changed');
    assert.strictEqual(folder.names.get(PATHS.target), theirFile, 'the same file, for a program that still holds it open');
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('replaced by another program (a new file renamed over it) just before it is moved aside: theirs stays', () => {
    const folder = new Folder(ORIGINAL);
    folder.before('rename', () => folder.names.set(PATHS.target, { bytes: THEIRS }));
    assert.strictEqual(replace(folder), 'changed');
    assert.strictEqual(folder.text(), text(THEIRS));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('created by another program while the file is aside: theirs stays, ours is not put over it', () => {
    const folder = new Folder(ORIGINAL);
    folder.before('addName', () => folder.names.set(PATHS.target, { bytes: THEIRS }));
    assert.strictEqual(replace(folder), 'changed');
    assert.strictEqual(folder.text(), text(THEIRS));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('written into the old file after ours took its name (opened before it moved): their write goes back in place', () => {
    const folder = new Folder(ORIGINAL);
    const theirFile = folder.names.get(PATHS.target)!;
    assert.strictEqual(
      replace(folder, () => (theirFile.bytes = THEIRS)),
      'changed',
    );
    assert.strictEqual(folder.names.get(PATHS.target), theirFile, 'the file they still hold open');
    assert.strictEqual(folder.text(), text(THEIRS));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('written into the old file and then over ours as well: the newest write stays', () => {
    const folder = new Folder(ORIGINAL);
    const theirFile = folder.names.get(PATHS.target)!;
    const newest = bytes('the newest write\n');
    assert.strictEqual(
      replace(folder, () => {
        theirFile.bytes = THEIRS;
        folder.names.get(PATHS.target)!.bytes = newest;
      }),
      'changed',
    );
    assert.strictEqual(folder.text(), text(newest));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('written after the replace: the later write is simply the file', () => {
    const folder = new Folder(ORIGINAL);
    assert.strictEqual(
      replace(folder, () => folder.names.set(PATHS.target, { bytes: THEIRS })),
      'replaced',
    );
    assert.strictEqual(folder.text(), text(THEIRS));
    assert.deepStrictEqual([...folder.names.keys()], [PATHS.target]);
  });

  test('the old file is kept aside until the replace settles', () => {
    const folder = new Folder(ORIGINAL);
    assert.strictEqual(replaceIfUnchanged(folder, PATHS, ORIGINAL, OURS), 'replaced');
    assert.deepStrictEqual([...folder.names.keys()].sort(), [PATHS.aside, PATHS.target].sort());
    assert.strictEqual(folder.text(PATHS.aside), text(ORIGINAL));
  });

  test('only a file modified a moment ago, or empty, may still be being written', () => {
    assert.strictEqual(mayStillBeWritten(120, 10_000, 10_500), true);
    assert.strictEqual(mayStillBeWritten(120, 10_000, 9_000), true, 'in the future: another clock');
    assert.strictEqual(mayStillBeWritten(120, 10_000, 60_000), false);
    assert.strictEqual(mayStillBeWritten(0, 10_000, 60_000), true, 'truncated, with the time not yet updated');
  });

  test('deleted by another program: nothing is written and nothing is created', () => {
    const folder = new Folder(ORIGINAL);
    folder.before('rename', () => folder.names.delete(PATHS.target));
    assert.strictEqual(replace(folder), 'changed');
    assert.deepStrictEqual([...folder.names.keys()], []);
  });

  test('a write that fails leaves the file as it was and no other name behind', () => {
    for (const [step, code] of [['createNew', 'EROFS'], ['rename', 'EACCES'], ['read', 'EIO'], ['addName', 'EMLINK']] as const) {
      const folder = new Folder(ORIGINAL);
      folder.failing = { step, code };
      assert.throws(() => replace(folder), (error: NodeJS.ErrnoException) => error.code === code, step);
      assert.strictEqual(folder.text(), text(ORIGINAL), step);
      assert.deepStrictEqual([...folder.names.keys()], [PATHS.target], step);
    }
  });

  test('a hidden name that cannot be removed does not make a write that happened a failure', () => {
    const folder = new Folder(ORIGINAL);
    folder.failing = { step: 'remove', code: 'EIO' };
    assert.strictEqual(replace(folder), 'replaced');
    assert.strictEqual(folder.text(), text(OURS));
  });

  test('sameBytes compares every byte and the length', () => {
    assert.strictEqual(sameBytes(bytes('abc'), bytes('abc')), true);
    assert.strictEqual(sameBytes(bytes('abc'), bytes('abd')), false);
    assert.strictEqual(sameBytes(bytes('abc'), bytes('ab')), false);
    assert.strictEqual(sameBytes(new Uint8Array(), new Uint8Array()), true);
  });
});
