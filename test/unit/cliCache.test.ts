import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cacheFolder } from '../../src/cli/cacheFolder';
import { savedOutputFile } from '../../src/cli/savedOutput';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { persistedIndexFile } from '../../src/node/persistedIndexFile';
import { loadWithSavedIndex, savedIndexKey } from '../../src/node/savedIndexLoad';
import * as yamlPackage from 'yaml/package.json';
import { removeTemporaryFolders, ROOT, runInProcess, spawnBin, spawnBinsAtOnce, temporaryFolder, type Run } from './cliRun';
// The module itself, not a copy of its bindings: the command line's calls go through it.
import nodeFs from 'fs';

const TODAY = '2026-06-20';
/** In whole seconds: a file's time read back is then exactly this one (milliseconds go through a float on the way). */
const AN_HOUR_AGO = new Date(Math.floor(Date.now() / 1000 - 3600) * 1000);

function entry(title: string, elements: string): string {
  return ['---', `title: ${title}`, 'date: 2026-05-01', `elements: [${elements}]`, '---', 'What happened.', ''].join('\n');
}

/** Written an hour ago: a saved entry of a file modified just before its stamping would not be trusted (see RACY_MS). */
function writeOld(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
}

function newJournal(): { cwd: string; journal: string; cache: string } {
  const cwd = temporaryFolder();
  const journal = path.join(cwd, 'journal');
  writeOld(path.join(journal, '2026', '2026-05-01-pricing.md'), entry('Repriced the plan', 'business-context'));
  writeOld(path.join(journal, '2026', '2026-05-02-roadmap.md'), entry('Aligned the roadmap', 'align-stakeholders'));
  writeOld(path.join(journal, '2026', '2026-05-03-broken.md'), '---\ntitle: [unclosed\n---\n');
  return { cwd, journal, cache: path.join(cwd, 'cache') };
}

function indexFiles(cache: string): string[] {
  const folder = path.join(cache, 'journal-index');
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
}

suite('cli: the saved index in the cache folder', () => {
  suiteTeardown(removeTemporaryFolders);

  test('the cache folder: the variable, XDG_CACHE_HOME, the home folder, each system its own place, or none', () => {
    assert.strictEqual(cacheFolder({ PROMOTION_JOURNAL_CACHE: '/var/pj', HOME: '/home/a' }, 'linux'), path.resolve('/var/pj'));
    assert.strictEqual(cacheFolder({ PROMOTION_JOURNAL_CACHE: 'off', HOME: '/home/a' }, 'linux'), undefined);
    for (const off of ['OFF', '0', 'false', 'no', 'none', ' off ']) {
      assert.strictEqual(cacheFolder({ PROMOTION_JOURNAL_CACHE: off, HOME: '/home/a' }, 'linux'), undefined, off);
    }
    // A relative folder would land wherever the command runs, the journal itself included.
    assert.strictEqual(cacheFolder({ PROMOTION_JOURNAL_CACHE: 'cache', HOME: '/home/a' }, 'linux'), undefined);
    assert.strictEqual(cacheFolder({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/a' }, 'linux'), path.join('/x/cache', 'promotion-journal'));
    // A relative XDG_CACHE_HOME is not valid: the home folder's default stands.
    assert.strictEqual(cacheFolder({ XDG_CACHE_HOME: 'cache', HOME: '/home/a' }, 'linux'), path.join('/home/a', '.cache', 'promotion-journal'));
    assert.strictEqual(cacheFolder({ HOME: '/Users/a' }, 'darwin'), path.join('/Users/a', 'Library', 'Caches', 'promotion-journal'));
    assert.strictEqual(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), path.join('C:\\Users\\a\\AppData\\Local', 'promotion-journal', 'Cache'));
    assert.strictEqual(cacheFolder({}, 'linux'), undefined);
    assert.strictEqual(cacheFolder({}, 'win32'), undefined);
  });

  test('a run saves the index in the cache folder, never in the journal, and a later run reports the same', async () => {
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const fresh = await runInProcess(['report', '--json'], cwd, TODAY, { env: { PROMOTION_JOURNAL_CACHE: 'off' } });
    const first = await runInProcess(['report', '--json'], cwd, TODAY, { env });
    assert.strictEqual(indexFiles(cache).length, 1);
    assert.deepStrictEqual(fs.readdirSync(journal), ['2026'], 'nothing is written into the journal folder');
    const again = await runInProcess(['report', '--json'], cwd, TODAY, { env });
    assert.deepStrictEqual([first, again], [fresh, fresh]);
  });

  test('a later run takes every entry of an unchanged journal from the index: it reads no file, and leaves the index as it was', async () => {
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const first = await runInProcess(['report', '--json'], cwd, TODAY, { env });
    const file = persistedIndexFile(cache, journal);
    fs.utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), first);
    // The index is written again whenever a file was read or one is gone.
    assert.strictEqual(fs.statSync(file).mtimeMs, AN_HOUR_AGO.getTime());
    if (process.platform !== 'win32') {
      // It holds what entries say, confidential ones too: its owner's only.
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
      assert.strictEqual(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
    }
  });

  test('a cache folder inside the journal is not used: nothing is written into the journal', async () => {
    const { cwd, journal } = newJournal();
    const fresh = await runInProcess(['report', '--json'], cwd, TODAY);
    for (const inside of [journal, path.join(journal, '.cache'), path.join(journal, '2026', 'cache')]) {
      assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env: { PROMOTION_JOURNAL_CACHE: inside } }), fresh);
    }
    assert.deepStrictEqual(fs.readdirSync(journal), ['2026']);
    assert.deepStrictEqual(fs.readdirSync(path.join(journal, '2026')).sort(), ['2026-05-01-pricing.md', '2026-05-02-roadmap.md', '2026-05-03-broken.md']);
  });

  test('--no-cache and PROMOTION_JOURNAL_CACHE=off read every file and save nothing', async () => {
    const { cwd, cache } = newJournal();
    await runInProcess(['report', '--no-cache'], cwd, TODAY, { env: { PROMOTION_JOURNAL_CACHE: cache } });
    await runInProcess(['list', '--no-cache'], cwd, TODAY, { env: { PROMOTION_JOURNAL_CACHE: cache } });
    assert.deepStrictEqual(indexFiles(cache), []);
    await runInProcess(['report'], cwd, TODAY, { env: { PROMOTION_JOURNAL_CACHE: 'off', HOME: cwd, XDG_CACHE_HOME: cache } });
    assert.deepStrictEqual(indexFiles(cache), []);
    assert.ok(!fs.existsSync(path.join(cwd, '.cache')));
  });

  test('files edited, added, deleted and renamed between runs are read again: the report equals one that reads every file', async () => {
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    await runInProcess(['report', '--json'], cwd, TODAY, { env });
    // Edited with the same size, and its modification time put back: the change time still tells.
    const pricing = path.join(journal, '2026', '2026-05-01-pricing.md');
    writeOld(pricing, entry('Repriced the PLAN', 'business-context'));
    assert.strictEqual(fs.statSync(pricing).size, Buffer.byteLength(entry('Repriced the plan', 'business-context')));
    writeOld(path.join(journal, '2026', '2026-05-04-new.md'), entry('A new win', 'smart-goals'));
    fs.rmSync(path.join(journal, '2026', '2026-05-03-broken.md'));
    fs.renameSync(path.join(journal, '2026', '2026-05-02-roadmap.md'), path.join(journal, '2026', '2026-05-05-roadmap.md'));
    for (const command of [['report', '--json'], ['list', '--json']]) {
      const cached = await runInProcess(command, cwd, TODAY, { env });
      const fresh = await runInProcess([...command, '--no-cache'], cwd, TODAY);
      assert.deepStrictEqual(cached, fresh);
    }
  });

  test('a corrupt or foreign index file is ignored, and replaced by a whole one', async () => {
    const { cwd, journal, cache } = newJournal();
    const other = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const fresh = await runInProcess(['report', '--json'], cwd, TODAY);
    const file = persistedIndexFile(cache, journal);
    // Another journal's index put in this one's place.
    await runInProcess(['report', '--json'], other.cwd, TODAY, { env });
    fs.renameSync(persistedIndexFile(cache, other.journal), file);
    // Without the output a run saved, the next one reads the index.
    const withoutSavedOutput = () => fs.rmSync(path.join(cache, 'saved-output'), { recursive: true, force: true });
    withoutSavedOutput();
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), fresh);
    for (const corrupt of ['', 'not an index\n{}', fs.readFileSync(file, 'utf8').slice(0, 200)]) {
      fs.writeFileSync(file, corrupt);
      withoutSavedOutput();
      assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), fresh);
      assert.notStrictEqual(fs.readFileSync(file, 'utf8'), corrupt, 'the load saves a whole index in its place');
    }
  });

  test('a cache folder that cannot be written does not stop the command', async () => {
    const { cwd } = newJournal();
    const blocked = path.join(cwd, 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    const fresh = await runInProcess(['report', '--json'], cwd, TODAY);
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env: { PROMOTION_JOURNAL_CACHE: blocked } }), fresh);
  });

  test('the bundled command line, four processes at once on one cache: each reports right, and the index and the output left are whole', async () => {
    const { cwd, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const fresh = spawnBin(['report', '--json', '--today', TODAY], cwd);
    const runs = await spawnBinsAtOnce(
      Array.from({ length: 4 }, () => ['report', '--json', '--today', TODAY]),
      cwd,
      env,
    );
    assert.deepStrictEqual(runs, Array.from({ length: 4 }, () => fresh));
    assert.strictEqual(indexFiles(cache).length, 1);
    for (const folder of ['journal-index', 'saved-output']) {
      assert.deepStrictEqual(fs.readdirSync(path.join(cache, folder)).filter((name) => name.endsWith('.tmp')), [], `no file left aside in ${folder}`);
    }
    assert.deepStrictEqual(spawnBin(['report', '--json', '--today', TODAY], cwd, env), fresh);
  });

  test('the bundled command line loads the YAML library only when a file needs it: a later run on an unchanged journal, every file of dates, words and booleans read, an unknown element or an unclosed list among them, never does', () => {
    const { cwd, cache, journal } = newJournal();
    // Preloaded into the bin's process: names each file of ours it requires beside the bundle.
    const hook = path.join(temporaryFolder(), 'hook.js');
    fs.writeFileSync(hook, "const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (request.startsWith('./')) process.stderr.write(`required ${request}\\n`); return load.call(this, request, ...rest); };\n");
    const run = () => spawnBin(['report', '--today', TODAY], cwd, { PROMOTION_JOURNAL_CACHE: cache, NODE_OPTIONS: `--require ${hook}` }).stderr;
    assert.doesNotMatch(run(), /required \.\/yaml\.js/, 'a first run reads every file, the unclosed list among them, without the full parser');
    const blockText = path.join(journal, '2026', '2026-05-06-block.md');
    writeOld(blockText, '---\ntitle: Block text\ndate: 2026-05-06\nimpact: |\n  Two lines\n  of text\n---\nBody.\n');
    assert.match(run(), /required \.\/yaml\.js/, 'a block scalar, outside the fast reader, needs the full parser');
    assert.doesNotMatch(run(), /required \.\/yaml\.js/, 'a later run takes every entry from the saved index');
    fs.rmSync(blockText);
    fs.rmSync(path.join(journal, '2026', '2026-05-03-broken.md'));
    writeOld(path.join(journal, '2026', '2026-05-04-private.md'), '---\ntitle: Kept the deal\ndate: 2026-05-04\nelements: [business-context]\nconfidential: true\nstakeholders:\n  - Finance\n---\nBody.\n');
    // A problem to place at its line: the item that names no element, found where the fast reader met it.
    writeOld(path.join(journal, '2026', '2026-05-05-typo.md'), '---\ntitle: Typo\ndate: 2026-05-05\nelements:\n  - business-context\n  - growth-hacking\n---\nBody.\n');
    const readWhole = spawnBin(['report', '--today', TODAY, '--no-cache'], cwd, { NODE_OPTIONS: `--require ${hook}` });
    assert.match(readWhole.stdout, /\S/);
    assert.doesNotMatch(readWhole.stderr, /required \.\/yaml\.js/, 'every file read, none needing the full parser or a number, the unknown element placed without it');
    assert.match(readWhole.stdout, /2026\/2026-05-05-typo\.md:6: Unknown element "growth-hacking"/, 'at the line of its item');
  });
});

/** The files the command line opens or reads whole (in this process) while `run` runs. */
async function filesOpened(run: () => Promise<Run>): Promise<{ run: Run; opened: string[] }> {
  const opened: string[] = [];
  const { openSync, readFileSync } = nodeFs;
  nodeFs.openSync = ((...args: Parameters<typeof openSync>) => (opened.push(String(args[0])), openSync(...args))) as typeof openSync;
  nodeFs.readFileSync = ((...args: Parameters<typeof readFileSync>) => (opened.push(String(args[0])), readFileSync(...args))) as typeof readFileSync;
  try {
    return { run: await run(), opened };
  } finally {
    nodeFs.openSync = openSync;
    nodeFs.readFileSync = readFileSync;
  }
}

suite('cli: report and check print again what they printed on the same files', () => {
  suiteTeardown(removeTemporaryFolders);

  /** A gap (no entry shows most elements) and a broken entry: `check` exits 1 and warns on stderr. */
  const COMMANDS = [['report'], ['report', '--json'], ['check'], ['check', '--json', '--period', 'year']];

  test('on an unchanged journal each prints what it printed, exit code and warnings included, opening neither the index nor any entry', async () => {
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    for (const command of COMMANDS) {
      const fresh = await runInProcess([...command, '--no-cache'], cwd, TODAY);
      assert.deepStrictEqual(await runInProcess(command, cwd, TODAY, { env }), fresh, `${command.join(' ')}: the first run`);
      const later = await filesOpened(() => runInProcess(command, cwd, TODAY, { env }));
      assert.deepStrictEqual(later.run, fresh, `${command.join(' ')}: a later run`);
      assert.deepStrictEqual(
        later.opened.filter((file) => file.startsWith(journal) || file.includes('journal-index')),
        [],
        `${command.join(' ')}: nothing but the saved output is read`,
      );
      assert.ok(later.opened.includes(savedOutputFile(cache, journal)));
    }
    assert.strictEqual((await runInProcess(['check'], cwd, TODAY, { env })).code, 1, 'a gap: check says so with its exit code');
    if (process.platform !== 'win32') {
      const file = savedOutputFile(cache, journal);
      // It holds what entries say, confidential ones too: its owner's only.
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
      assert.strictEqual(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
    }
  });

  test('another day, other options or another framework is a run of its own: each prints what a run reading every file prints', async () => {
    const { cwd, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const framework = path.join(ROOT, 'frameworks', 'software-engineer.json');
    const runs: [string[], string][] = [
      [['report', '--json'], TODAY],
      [['report', '--json'], '2026-06-21'],
      [['report', '--json', '--period', 'year'], TODAY],
      [['report', '--json', '--min', '1'], TODAY],
      [['report', '--json', '--review-date', '2026-07-01'], TODAY],
      [['report', '--json', '--framework', framework], TODAY],
      [['report'], TODAY],
      [['check'], TODAY],
    ];
    for (const [command, today] of [...runs, ...runs]) {
      const fresh = await runInProcess([...command, '--no-cache'], cwd, today);
      assert.deepStrictEqual(await runInProcess(command, cwd, today, { env }), fresh, `${command.join(' ')} on ${today}`);
    }
  });

  test('files edited, added, deleted and renamed since: the output is made again, and equals a run that reads every file', async () => {
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const pricing = path.join(journal, '2026', '2026-05-01-pricing.md');
    const changes = [
      // The same size, and the modification time put back: the change time still tells.
      () => writeOld(pricing, entry('Repriced the PLAN', 'business-context')),
      () => writeOld(path.join(journal, '2026', '2026-05-04-new.md'), entry('A new win', 'smart-goals')),
      () => fs.rmSync(path.join(journal, '2026', '2026-05-03-broken.md')),
      () => fs.renameSync(path.join(journal, '2026', '2026-05-02-roadmap.md'), path.join(journal, '2026', '2026-05-05-roadmap.md')),
    ];
    for (const change of changes) {
      for (const command of COMMANDS) {
        await runInProcess(command, cwd, TODAY, { env });
      }
      change();
      for (const command of COMMANDS) {
        assert.deepStrictEqual(await runInProcess(command, cwd, TODAY, { env }), await runInProcess([...command, '--no-cache'], cwd, TODAY), `${command.join(' ')} after ${change}`);
      }
    }
  });

  test('a corrupt or foreign saved output is ignored, and replaced by a whole one', async () => {
    const { cwd, journal, cache } = newJournal();
    const other = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    const fresh = await runInProcess(['report', '--json'], cwd, TODAY);
    const file = savedOutputFile(cache, journal);
    // Another journal's output, made on files of the same names, put in this one's place.
    writeOld(path.join(other.journal, '2026', '2026-05-01-pricing.md'), entry('Another journal', 'smart-goals'));
    await runInProcess(['report', '--json'], other.cwd, TODAY, { env });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.renameSync(savedOutputFile(cache, other.journal), file);
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), fresh);
    const whole = fs.readFileSync(file, 'utf8');
    // Cut short, or one value changed after its checksum was made.
    for (const corrupt of ['', 'not an output\n{}', whole.slice(0, 200), whole.replace('"exitCode":0', '"exitCode":1')]) {
      assert.notStrictEqual(corrupt, whole);
      fs.writeFileSync(file, corrupt);
      assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), fresh);
      assert.notStrictEqual(fs.readFileSync(file, 'utf8'), corrupt, 'the run saves a whole output in its place');
    }
  });

  test('a journal with a file modified in the last seconds saves no output: that file\'s stamp cannot be trusted yet', async () => {
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    fs.writeFileSync(path.join(journal, '2026', '2026-05-06-now.md'), entry('Just written', 'smart-goals'));
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), await runInProcess(['report', '--json', '--no-cache'], cwd, TODAY));
    assert.strictEqual(fs.existsSync(savedOutputFile(cache, journal)), false);
  });

  test('a link among the entries: no output is saved, and every run reads the journal', async () => {
    if (process.platform === 'win32') {
      return; // links need rights there
    }
    const { cwd, journal, cache } = newJournal();
    const env = { PROMOTION_JOURNAL_CACHE: cache };
    fs.symlinkSync(path.join(journal, '2026', '2026-05-01-pricing.md'), path.join(journal, '2026', '2026-05-07-link.md'));
    const fresh = await runInProcess(['report', '--json', '--no-cache'], cwd, TODAY);
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), fresh);
    assert.strictEqual(fs.existsSync(savedOutputFile(cache, journal)), false);
    assert.deepStrictEqual(await runInProcess(['report', '--json'], cwd, TODAY, { env }), fresh);
  });
});

suite('loadWithSavedIndex', () => {
  suiteTeardown(removeTemporaryFolders);

  test('reuses every entry of an unchanged journal, and then leaves the saved index as it is', async () => {
    const { journal, cache } = newJournal();
    const request = { folder: journal, elements: DEFAULT_ELEMENTS, indexFile: persistedIndexFile(cache, journal), codeFile: __filename };
    const first = await loadWithSavedIndex(request);
    first.save();
    assert.deepStrictEqual([first.journal.reused, first.journal.read], [0, 3]);
    const saved = fs.statSync(request.indexFile);
    const second = await loadWithSavedIndex(request);
    second.save();
    assert.deepStrictEqual([second.journal.reused, second.journal.read], [3, 0]);
    // Saved as JSON: a field left undefined comes back absent.
    assert.deepStrictEqual(JSON.parse(JSON.stringify(second.journal.entries)), JSON.parse(JSON.stringify(first.journal.entries)));
    assert.strictEqual(fs.statSync(request.indexFile).mtimeMs, saved.mtimeMs, 'not rewritten');
  });

  test('another reading (other code, other elements) reads every file again', async () => {
    const { journal, cache } = newJournal();
    const request = { folder: journal, elements: DEFAULT_ELEMENTS, indexFile: persistedIndexFile(cache, journal), codeFile: __filename };
    (await loadWithSavedIndex(request)).save();
    const otherCode = await loadWithSavedIndex({ ...request, codeFile: path.join(__dirname, 'cliRun.js') });
    assert.deepStrictEqual([otherCode.journal.reused, otherCode.journal.read], [0, 3]);
    const otherElements = await loadWithSavedIndex({ ...request, elements: DEFAULT_ELEMENTS.slice(1) });
    assert.deepStrictEqual([otherElements.journal.reused, otherElements.journal.read], [0, 3]);
  });

  test('the reading names the YAML library\'s version: the library is a file beside the bundle, and another version is another reading', () => {
    const { journal } = newJournal();
    const request = { folder: journal, elements: DEFAULT_ELEMENTS, codeFile: __filename };
    assert.strictEqual(savedIndexKey(request).readingOf, savedIndexKey(request, yamlPackage.version).readingOf);
    assert.notStrictEqual(savedIndexKey(request, '0.0.0').readingOf, savedIndexKey(request).readingOf);
  });
});
