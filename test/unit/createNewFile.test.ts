import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createUnderFreeName, entryFileName } from '../../src/core/newEntries/fileNaming';
import { createNewFile } from '../../src/node/createNewFile';

/** The compiled helper, for child processes: this file is compiled to out/test/unit. */
const HELPER = path.join(__dirname, '..', '..', 'src', 'node', 'createNewFile.js');

const folders: string[] = [];

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-create-'));
  folders.push(folder);
  return folder;
}

/** What an entry write does: the first free name, created exclusively. */
function createEntry(folder: string, text: string): Promise<string> {
  return createUnderFreeName(
    fs.readdirSync(folder),
    (isTaken) => entryFileName('2026-07-14', 'Pricing sync', isTaken),
    (name) => createNewFile(path.join(folder, name), text),
  );
}

function contents(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .map((name) => fs.readFileSync(path.join(folder, name), 'utf8'))
    .sort();
}

suite('createNewFile (exclusive create on the local disk)', () => {
  suiteTeardown(() => {
    for (const folder of folders.splice(0)) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('creates a new file with the text', async () => {
    const file = path.join(temporaryFolder(), 'new.md');
    assert.strictEqual(await createNewFile(file, 'héllo\n'), true);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo\n');
    const bytes = path.join(path.dirname(file), 'bytes.md');
    assert.strictEqual(await createNewFile(bytes, new TextEncoder().encode('bytes\n')), true);
    assert.strictEqual(fs.readFileSync(bytes, 'utf8'), 'bytes\n');
  });

  test('an existing file is left as it is, and the answer is false', async () => {
    const file = path.join(temporaryFolder(), 'mine.md');
    fs.writeFileSync(file, 'my notes\n');
    assert.strictEqual(await createNewFile(file, 'an entry\n'), false);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'my notes\n');
  });

  test('other failures are thrown with their code', async () => {
    const folder = temporaryFolder();
    await assert.rejects(createNewFile(path.join(folder, 'missing', 'x.md'), 'x'), { code: 'ENOENT' });
    fs.writeFileSync(path.join(folder, 'plain.txt'), 'a file\n');
    await assert.rejects(createNewFile(path.join(folder, 'plain.txt', 'x.md'), 'x'), { code: 'ENOTDIR' });
    assert.deepStrictEqual(fs.readdirSync(folder), ['plain.txt']);
  });

  test('twenty creates at once with one name give twenty files, each with its own text', async () => {
    const folder = temporaryFolder();
    const runs = Array.from({ length: 20 }, (_, index) => `run ${index + 1}\n`);
    const names = await Promise.all(runs.map((text) => createEntry(folder, text)));
    assert.strictEqual(new Set(names).size, 20);
    assert.deepStrictEqual(contents(folder), [...runs].sort());
    for (const [index, name] of names.entries()) {
      assert.strictEqual(fs.readFileSync(path.join(folder, name), 'utf8'), runs[index]);
    }
  });

  test('racing another process for the same names, no file of either is replaced', async () => {
    const folder = temporaryFolder();
    const count = 30;
    // The other program: on "go", it creates pricing-sync.md, -2, -3 ... exclusively, as fast as it can.
    const other = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('fs'), path = require('path');
         const [folder, count] = process.argv.slice(1);
         process.stdin.once('data', () => {
           let made = 0;
           for (let suffix = 1; made < Number(count); suffix++) {
             const name = '2026-07-14-pricing-sync' + (suffix === 1 ? '' : '-' + suffix) + '.md';
             try {
               const fd = fs.openSync(path.join(folder, name), 'wx');
               fs.writeSync(fd, 'other ' + (++made) + '\\n');
               fs.closeSync(fd);
             } catch (error) {
               if (error.code !== 'EEXIST') throw error;
             }
           }
           process.exit(0);
         });
         process.stdout.write('ready');`,
        folder,
        String(count),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => other.stdout.once('data', resolve));
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.stdin.write('go');
    const ours = await Promise.all(Array.from({ length: count }, (_, index) => createEntry(folder, `ours ${index + 1}\n`)));
    assert.strictEqual(await exited, 0);
    assert.strictEqual(new Set(ours).size, count);
    const expected = Array.from({ length: count }, (_, index) => [`ours ${index + 1}\n`, `other ${index + 1}\n`]).flat();
    assert.deepStrictEqual(contents(folder), expected.sort(), 'every file of both processes is there, none replaced');
  });

  test('a write that fails after the create leaves no partial file', function () {
    // A real failure mid-write: the child may write at most 512 bytes (ulimit -f 1), so Node's write fails with EFBIG.
    if (spawnSync('sh', ['-c', 'ulimit -f 1']).status !== 0) {
      this.skip();
    }
    const folder = temporaryFolder();
    const file = path.join(folder, 'big.md');
    const child = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 1 && exec "$0" -e "$1" "$2" "$3"',
        process.execPath,
        `const { createNewFile } = require(process.argv[1]);
         createNewFile(process.argv[2], 'x'.repeat(100000)).then(
           () => console.log('written'),
           (error) => console.log(error.code),
         );`,
        HELPER,
        file,
      ],
      { encoding: 'utf8' },
    );
    assert.strictEqual(child.stdout.trim(), 'EFBIG', child.stderr);
    assert.deepStrictEqual(fs.readdirSync(folder), [], 'the partial file is gone');
  });
});
