import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renameNoReplace } from '../../src/node/renameNoReplace';

const folders: string[] = [];

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-rename-'));
  folders.push(folder);
  return folder;
}

/** A second process that creates `file` with `text` exclusively, as soon as it is told to go. */
async function rivalCreating(file: string, text: string): Promise<{ go: () => void; done: Promise<boolean> }> {
  const script = `process.stdin.once('data', () => { try { require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(text)}, { flag: 'wx' }); process.exit(0); } catch { process.exit(1); } }); process.stdout.write('ready');`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const done = new Promise<boolean>((resolve) => child.once('exit', (code) => resolve(code === 0)));
  await ready;
  return { go: () => void child.stdin.write('go\n'), done };
}

suite('renameNoReplace (Rename Entry on the local disk)', () => {
  suiteTeardown(() => {
    for (const folder of folders) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('renames in place, the content and the file kept', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'a.md'), 'entry\n');
    assert.strictEqual(await renameNoReplace(path.join(folder, 'a.md'), path.join(folder, 'b.md')), true);
    assert.deepStrictEqual(fs.readdirSync(folder), ['b.md']);
    assert.strictEqual(fs.readFileSync(path.join(folder, 'b.md'), 'utf8'), 'entry\n');
  });

  test('a taken name: false, and both files as they were', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'a.md'), 'entry\n');
    fs.writeFileSync(path.join(folder, 'b.md'), 'other\n');
    assert.strictEqual(await renameNoReplace(path.join(folder, 'a.md'), path.join(folder, 'b.md')), false);
    assert.strictEqual(fs.readFileSync(path.join(folder, 'a.md'), 'utf8'), 'entry\n');
    assert.strictEqual(fs.readFileSync(path.join(folder, 'b.md'), 'utf8'), 'other\n');
  });

  test('racing a second process that creates the new name: one of the two wins, and no file is lost', async function () {
    this.timeout(60000);
    for (let round = 0; round < 20; round++) {
      const folder = temporaryFolder();
      const from = path.join(folder, 'a.md');
      const to = path.join(folder, 'b.md');
      fs.writeFileSync(from, 'entry\n');
      const rival = await rivalCreating(to, 'rival\n');
      rival.go();
      const [renamed, rivalCreated] = await Promise.all([renameNoReplace(from, to), rival.done]);
      assert.notStrictEqual(renamed, rivalCreated, `round ${round}: exactly one gets the name`);
      const texts = fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8')).sort();
      assert.deepStrictEqual(texts, renamed ? ['entry\n'] : ['entry\n', 'rival\n'], `round ${round}`);
    }
  });
  test('a second name of the same file (a hard link) is a taken name: both names stay', async () => {
    const folder = temporaryFolder();
    const from = path.join(folder, 'a.md');
    const to = path.join(folder, 'b.md');
    fs.writeFileSync(from, 'mine');
    fs.linkSync(from, to);
    assert.strictEqual(await renameNoReplace(from, to), false);
    assert.strictEqual(fs.readFileSync(from, 'utf8'), 'mine');
    assert.strictEqual(fs.readFileSync(to, 'utf8'), 'mine');
  });
});
