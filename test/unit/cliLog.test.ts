import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { entryFileName } from '../../src/core/newEntries/fileNaming';
import { renderNewEntry } from '../../src/core/newEntries/newEntry';
import { removeTemporaryFolders, runInProcess, spawnBin, spawnBinsAtOnce, temporaryFolder, typedAnswers } from './cliRun';

const element = (id: string) => DEFAULT_ELEMENTS.find((candidate) => candidate.id === id)!;

suiteTeardown(removeTemporaryFolders);

suite('cli: log', () => {
  test('writes the entry Log Strategic Win writes, under the same name, and prints its path', async () => {
    const cwd = temporaryFolder();
    const result = await runInProcess(
      ['log', 'wins', '--title', 'Re-scoped the Q3 launch', '--element', 'iterate-adapt', '--element', 'Measure and evaluate success', '--impact', 'Churn 4.1% -> 2.9%', '--date', '2026-07-14'],
      cwd,
    );
    assert.strictEqual(result.code, 0, result.stderr);
    const name = entryFileName('2026-07-14', 'Re-scoped the Q3 launch', () => false);
    assert.strictEqual(result.stdout, `${path.join('wins', name)}\n`);
    assert.strictEqual(result.stderr, 'Created the journal folder wins.\n');
    const expected = renderNewEntry({ title: 'Re-scoped the Q3 launch', date: '2026-07-14', elements: [element('iterate-adapt'), element('measure-success')], impact: 'Churn 4.1% -> 2.9%' });
    assert.strictEqual(fs.readFileSync(path.join(cwd, 'wins', name), 'utf8'), expected.text);
  });

  test('the date defaults to today; a second win of the same title and day gets -2', async () => {
    const cwd = temporaryFolder();
    const first = await runInProcess(['log', '--title', 'Weekly sync', '--element', 'align-stakeholders'], cwd, '2026-06-20');
    const second = await runInProcess(['log', '--title', 'Weekly sync', '--element', 'align-stakeholders'], cwd, '2026-06-20');
    assert.strictEqual(first.stdout, `${path.join('journal', '2026-06-20-weekly-sync.md')}\n`);
    assert.strictEqual(second.stdout, `${path.join('journal', '2026-06-20-weekly-sync-2.md')}\n`);
    assert.strictEqual(second.stderr, '', 'the folder existed');
  });

  test('the entry follows the journal\'s layout, or the one --entry-folder names', async () => {
    const cwd = temporaryFolder();
    fs.mkdirSync(path.join(cwd, 'journal', '2025', 'Q4'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'journal', '2025', 'Q4', '2025-11-02-old.md'), '---\ntitle: Old\n---\n');
    fs.writeFileSync(path.join(cwd, 'journal', '2025', 'Q4', '2025-12-02-older.md'), '---\ntitle: Older\n---\n');
    fs.writeFileSync(path.join(cwd, 'journal', 'loose.md'), '---\ntitle: Loose\n---\n');
    const followed = await runInProcess(['log', '--title', 'Followed', '--element', 'smart-goals', '--date', '2026-08-01'], cwd);
    assert.strictEqual(followed.stdout, `${path.join('journal', '2026', 'Q3', '2026-08-01-followed.md')}\n`);
    assert.strictEqual(followed.stderr, `Created the folder ${path.join('journal', '2026', 'Q3')}.\n`);
    assert.ok(fs.existsSync(path.join(cwd, 'journal', '2026', 'Q3', '2026-08-01-followed.md')));
    const byYear = await runInProcess(['log', '--title', 'By year', '--element', 'smart-goals', '--date', '2026-08-01', '--entry-folder', '{year}'], cwd);
    assert.strictEqual(byYear.stdout, `${path.join('journal', '2026', '2026-08-01-by-year.md')}\n`);
    const flat = await runInProcess(['log', '--title', 'Flat', '--element', 'smart-goals', '--date', '2026-08-01', '--entry-folder', 'none'], cwd);
    assert.strictEqual(flat.stdout, `${path.join('journal', '2026-08-01-flat.md')}\n`);
    const wrong = await runInProcess(['log', '--title', 'X', '--element', 'smart-goals', '--entry-folder', 'month'], cwd);
    assert.strictEqual(wrong.code, 2);
    assert.match(wrong.stderr, /--entry-folder: "month" is not a layout: use journal, none, \{year\}, \{year\}\/Q\{quarter\}\./);
  });

  test('a file another program wrote under the name is never overwritten', async () => {
    const journal = temporaryFolder();
    fs.writeFileSync(path.join(journal, '2026-06-20-weekly-sync.md'), 'someone else\'s file');
    fs.writeFileSync(path.join(journal, '2026-06-20-WEEKLY-SYNC-2.md'), 'a name that differs only in case');
    const result = await runInProcess(['log', journal, '--title', 'Weekly sync', '--element', 'align-stakeholders'], journal);
    assert.strictEqual(result.stdout, `${path.join(journal, '2026-06-20-weekly-sync-3.md')}\n`);
    assert.strictEqual(fs.readFileSync(path.join(journal, '2026-06-20-weekly-sync.md'), 'utf8'), 'someone else\'s file');
  });

  test('two processes logging the same title at once write two files, both whole', async () => {
    for (let round = 0; round < 3; round++) {
      const journal = temporaryFolder();
      const args = ['log', journal, '--title', 'Same title', '--element', 'smart-goals', '--date', '2026-06-20'];
      const runs = await spawnBinsAtOnce([args, [...args, '--impact', 'the second one']], journal);
      for (const run of runs) {
        assert.strictEqual(run.code, 0, run.stderr);
      }
      const printed = runs.map((run) => path.basename(run.stdout.trim())).sort();
      assert.deepStrictEqual(printed, ['2026-06-20-same-title-2.md', '2026-06-20-same-title.md']);
      assert.deepStrictEqual(fs.readdirSync(journal).sort(), printed);
      const texts = printed.map((name) => fs.readFileSync(path.join(journal, name), 'utf8'));
      assert.strictEqual(texts.filter((text) => text.includes('impact: the second one')).length, 1, 'each process kept its own file');
      assert.ok(texts.every((text) => text.startsWith('---\ntitle: Same title\n') && text.endsWith('\n')));
    }
  });

  test('six processes at once: six files', async () => {
    const journal = temporaryFolder();
    const runs = await spawnBinsAtOnce(Array.from({ length: 6 }, (_, index) => ['log', journal, '--title', 'Crowded', '--element', 'smart-goals', '--impact', `run ${index}`]), journal);
    assert.ok(runs.every((run) => run.code === 0), runs.map((run) => run.stderr).join(''));
    const files = fs.readdirSync(journal);
    assert.strictEqual(files.length, 6);
    const impacts = files.map((name) => /impact: (run \d)/.exec(fs.readFileSync(path.join(journal, name), 'utf8'))?.[1]).sort();
    assert.deepStrictEqual(impacts, ['run 0', 'run 1', 'run 2', 'run 3', 'run 4', 'run 5']);
  });

  test('on a terminal without --title it asks, as the command palette does: elements, title, impact', async () => {
    const cwd = temporaryFolder();
    const { io, questions } = typedAnswers(['7 x', '', '2, 5', '  ', 'Set the H2 goals', 'Goals agreed with 4 teams']);
    const result = await runInProcess(['log'], cwd, '2026-06-20', io);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.deepStrictEqual(questions, [
      'Numbers, separated by spaces or commas: ',
      'Numbers, separated by spaces or commas: ',
      'Numbers, separated by spaces or commas: ',
      'Title (what did you do?): ',
      'Title (what did you do?): ',
      'Impact, the result in one line with a number if you have one (Enter to skip): ',
    ]);
    const said = result.stderr;
    assert.match(said, /^Log a strategic win in journal\nWhich strategic elements does this win show\?\n {2}1\. Understand the business context\n/);
    assert.match(said, /^ {2}6\. Measure and evaluate success$/m);
    assert.match(said, /^Not in the list: 7, x\. Give numbers from 1 to 6\.$/m);
    assert.match(said, /^Pick at least one element\.$/m);
    assert.match(said, /^A title is required\.$/m);
    const file = path.join(cwd, 'journal', '2026-06-20-set-the-h2-goals.md');
    assert.strictEqual(result.stdout, `${path.join('journal', '2026-06-20-set-the-h2-goals.md')}\n`);
    const expected = renderNewEntry({ title: 'Set the H2 goals', date: '2026-06-20', elements: [element('smart-goals'), element('align-stakeholders')], impact: 'Goals agreed with 4 teams' });
    assert.strictEqual(fs.readFileSync(file, 'utf8'), expected.text);
  });

  test('on a terminal, --element and --impact given are not asked again; Enter skips the impact', async () => {
    const cwd = temporaryFolder();
    const { io, questions } = typedAnswers(['Quick win']);
    const result = await runInProcess(['log', '--element', 'future-trends', '--impact', 'Saved a quarter'], cwd, '2026-06-20', io);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.deepStrictEqual(questions, ['Title (what did you do?): ']);
    assert.match(fs.readFileSync(path.join(cwd, 'journal', '2026-06-20-quick-win.md'), 'utf8'), /^impact: Saved a quarter$/m);
    const skipped = typedAnswers(['Another', '']);
    await runInProcess(['log', '--element', 'future-trends'], cwd, '2026-06-20', skipped.io);
    assert.doesNotMatch(fs.readFileSync(path.join(cwd, 'journal', '2026-06-20-another.md'), 'utf8'), /impact/);
  });

  test('ending the input at a question (Ctrl+D, Ctrl+C) writes nothing and exits 130', async () => {
    const cwd = temporaryFolder();
    const { io } = typedAnswers(['1', undefined]);
    const result = await runInProcess(['log'], cwd, '2026-06-20', io);
    assert.strictEqual(result.code, 130);
    assert.strictEqual(result.stdout, '');
    assert.match(result.stderr, /Nothing was logged\.\n$/);
    assert.ok(!fs.existsSync(path.join(cwd, 'journal')), 'not even the folder');
  });

  test('not on a terminal and no --title: exit 2, one clear line, nothing written', () => {
    const cwd = temporaryFolder();
    const result = spawnBin(['log', '--element', 'smart-goals'], cwd);
    assert.deepStrictEqual(result, {
      code: 2,
      stdout: '',
      stderr: 'promotion-journal: log: give the win a --title and at least one --element (questions are only asked on a terminal).\n',
    });
    assert.deepStrictEqual(fs.readdirSync(cwd), []);
  });

  const mistakes: [string[], string][] = [
    [['log', '--title', 'X'], 'log: give at least one --element: business-context, smart-goals, future-trends, iterate-adapt, align-stakeholders, measure-success.'],
    [['log', '--title', 'X', '--element', 'vision'], '--element: unknown element "vision": use one of business-context, smart-goals, future-trends, iterate-adapt, align-stakeholders, measure-success.'],
    [['log', '--title', '  ', '--element', 'smart-goals'], '--title is empty.'],
    [['log', '--title', 'X', '--element', 'smart-goals', '--date', '2026-02-30'], '--date: "2026-02-30" is not a date: February 2026 has 28 days.'],
    [['log', '--title', 'X', '--element', 'smart-goals', '--date', '0026-02-03'], '--date: 0026-02-03 has a year before 1000: did you mean 2026-02-03?'],
    [['log', '--title', 'X', '--element', 'smart-goals', '--json'], '--json does not apply to log.'],
    [['log', '--title', 'X', '--element', 'smart-goals', '--period', 'half'], '--period does not apply to log.'],
    [['log', '--title'], '--title needs a value.'],
  ];
  for (const [args, message] of mistakes) {
    test(`${args.slice(1).join(' ')}: ${message}`, async () => {
      const cwd = temporaryFolder();
      const result = await runInProcess(args, cwd);
      assert.deepStrictEqual(result, { code: 2, stdout: '', stderr: `promotion-journal: ${message}\n` });
      assert.deepStrictEqual(fs.readdirSync(cwd), [], 'nothing written');
    });
  }

  test('a journal folder that is a file: one message, nothing written', async () => {
    const cwd = temporaryFolder();
    fs.writeFileSync(path.join(cwd, 'journal'), 'a file');
    const result = await runInProcess(['log', '--title', 'X', '--element', 'smart-goals'], cwd);
    assert.strictEqual(result.code, 2);
    assert.match(result.stderr, /^promotion-journal: Cannot write journal: .*Nothing was written/);
    assert.strictEqual(fs.readFileSync(path.join(cwd, 'journal'), 'utf8'), 'a file');
  });

  test('text from the title reaches the terminal printable', async () => {
    const cwd = temporaryFolder();
    const result = await runInProcess(['log', 'j\u001b[2J', '--title', 'X', '--element', 'smart-goals'], cwd);
    assert.strictEqual(result.stdout, `j\\x1B[2J${path.sep}2026-06-20-x.md\n`);
  });
});

suite('cli: the journal folder is FOLDER, else PROMOTION_JOURNAL_DIR, else ./journal', () => {
  test('every command follows the same order', async () => {
    const cwd = temporaryFolder();
    const fromVariable = path.join(cwd, 'career');
    const env = { PROMOTION_JOURNAL_DIR: fromVariable };
    const logged = await runInProcess(['log', '--title', 'From the variable', '--element', 'smart-goals'], cwd, '2026-06-20', { env });
    assert.strictEqual(logged.stdout, `${path.join(fromVariable, '2026-06-20-from-the-variable.md')}\n`);
    const argument = await runInProcess(['log', 'given', '--title', 'From the argument', '--element', 'smart-goals'], cwd, '2026-06-20', { env });
    assert.strictEqual(argument.stdout, `${path.join('given', '2026-06-20-from-the-argument.md')}\n`);
    const fallback = await runInProcess(['log', '--title', 'From the default', '--element', 'smart-goals'], cwd, '2026-06-20', { env: { PROMOTION_JOURNAL_DIR: '' } });
    assert.strictEqual(fallback.stdout, `${path.join('journal', '2026-06-20-from-the-default.md')}\n`);

    const titles = async (args: string[]) => JSON.parse((await runInProcess([...args, '--json'], cwd, '2026-06-20', { env })).stdout).map((entry: { title: string }) => entry.title);
    assert.deepStrictEqual(await titles(['list']), ['From the variable']);
    assert.deepStrictEqual(await titles(['list', 'given']), ['From the argument']);
    const report = JSON.parse((await runInProcess(['report', '--json'], cwd, '2026-06-20', { env })).stdout);
    assert.strictEqual(report.entries, 1);
    const check = await runInProcess(['check'], cwd, '2026-06-20', { env });
    assert.match(check.stdout, /^0 of 6 elements have enough evidence this half\b/);
    const packet = await runInProcess(['packet'], cwd, '2026-06-20', { env });
    assert.match(packet.stdout, /\[From the variable\]\(career\/2026-06-20-from-the-variable\.md\)/);
  });

  test('a missing folder from the variable is named with it', async () => {
    const cwd = temporaryFolder();
    const result = await runInProcess(['report'], cwd, '2026-06-20', { env: { PROMOTION_JOURNAL_DIR: '/no/such/journal' } });
    assert.deepStrictEqual(result, {
      code: 2,
      stdout: '',
      stderr: 'promotion-journal: journal folder not found: /no/such/journal, from PROMOTION_JOURNAL_DIR (give the journal folder as FOLDER).\n',
    });
  });

  test('the bin reads the variable from its environment', () => {
    const cwd = temporaryFolder();
    const journal = path.join(cwd, 'elsewhere');
    const logged = spawnBin(['log', '--title', 'Through the bin', '--element', 'smart-goals', '--date', '2026-06-20'], cwd, { PROMOTION_JOURNAL_DIR: journal });
    assert.strictEqual(logged.code, 0, logged.stderr);
    assert.strictEqual(logged.stdout, `${path.join(journal, '2026-06-20-through-the-bin.md')}\n`);
    assert.ok(fs.existsSync(path.join(journal, '2026-06-20-through-the-bin.md')));
  });

  test('the usage names the new commands, options and the variable', async () => {
    const { stdout } = await runInProcess(['--help'], temporaryFolder());
    for (const word of ['list', 'log', '--title', '--element', '--impact', '--date', '--not-element', '--from', '--to', '--tag', '--contains', '--confidential', '--no-confidential', '-n N', 'PROMOTION_JOURNAL_DIR']) {
      assert.ok(stdout.includes(word), word);
    }
  });
});
