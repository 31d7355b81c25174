import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { removeTemporaryFolders, runInProcess, spawnBin, temporaryFolder } from './cliRun';

/** A journal for the filters: each entry differs from the others in what one filter looks at. */
const FILES: Record<string, string> = {
  '2026/2026-01-10-pricing.md': [
    '---',
    'title: Repriced the starter plan',
    'date: 2026-01-10',
    'elements: [business-context, measure-success]',
    'impact: Revenue +12%',
    'tags: [pricing, Q1]',
    '---',
    'We talked to **Finance** about pricing.',
    '<!-- Who was in the room? -->',
    '',
  ].join('\n'),
  '2026/2026-03-02-roadmap.md': [
    '---',
    'title: Aligned the roadmap with sales',
    'date: 2026-03-02',
    'elements: [align-stakeholders]',
    'tags: [roadmap]',
    'confidential: true',
    '---',
    'The churn',
    'numbers convinced them.',
    '',
  ].join('\n'),
  '2026/2026-05-20-experiment.md': [
    '---',
    'title: Ran a pricing experiment',
    'date: 2026-05-20',
    'elements: [iterate-adapt, measure-success]',
    'impact: Conversion up 2 points',
    'tags: [Pricing]',
    '---',
    '',
  ].join('\n'),
  '2026/2026-07-01-okrs.md': ['---', 'title: Set the H2 OKRs', 'date: 2026-07-01', 'elements: [smart-goals]', '---', 'Nothing about money.', ''].join('\n'),
  'notes/idea.md': '# An idea for next year\n\nUndated, untagged.\n',
  'notes/unrelated.txt': 'churn numbers, Finance: not an entry, never read.\n',
};

const ALL = ['2026/2026-07-01-okrs.md', '2026/2026-05-20-experiment.md', '2026/2026-03-02-roadmap.md', '2026/2026-01-10-pricing.md', 'notes/idea.md'];

suite('cli: list', () => {
  let cwd: string;

  suiteSetup(() => {
    cwd = temporaryFolder();
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(cwd, 'journal', file)), { recursive: true });
      fs.writeFileSync(path.join(cwd, 'journal', file), text);
    }
  });

  suiteTeardown(removeTemporaryFolders);

  async function paths(...args: string[]): Promise<string[]> {
    const result = await runInProcess(['list', ...args, '--json'], cwd);
    assert.strictEqual(result.code, 0, result.stderr);
    return JSON.parse(result.stdout).map((entry: { path: string }) => entry.path);
  }

  test('every entry, newest first, undated last: one line each with date, title, elements and path', async () => {
    const result = await runInProcess(['list'], cwd);
    assert.strictEqual(result.code, 0);
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(
      result.stdout,
      [
        '2026-07-01  Set the H2 OKRs  [smart-goals]  2026/2026-07-01-okrs.md',
        '2026-05-20  Ran a pricing experiment  [iterate-adapt, measure-success]  2026/2026-05-20-experiment.md',
        '2026-03-02  Aligned the roadmap with sales (confidential)  [align-stakeholders]  2026/2026-03-02-roadmap.md',
        '2026-01-10  Repriced the starter plan  [business-context, measure-success]  2026/2026-01-10-pricing.md',
        'no date     An idea for next year  [untagged]  notes/idea.md',
        '',
      ].join('\n'),
    );
  });

  test('--json: one object per entry with its path, date, title, elements, impact, metrics, stakeholders and tags', async () => {
    const result = await runInProcess(['list', '--json', '-n', '1', '--tag', 'q1'], cwd);
    assert.deepStrictEqual(JSON.parse(result.stdout), [
      {
        path: '2026/2026-01-10-pricing.md',
        date: '2026-01-10',
        title: 'Repriced the starter plan',
        elements: ['business-context', 'measure-success'],
        impact: 'Revenue +12%',
        metrics: [],
        stakeholders: [],
        tags: ['pricing', 'Q1'],
        confidential: false,
      },
    ]);
    const undated = JSON.parse((await runInProcess(['list', '--json', '--contains', 'next year'], cwd)).stdout);
    assert.deepStrictEqual(undated[0], { path: 'notes/idea.md', date: null, title: 'An idea for next year', elements: [], impact: null, metrics: [], stakeholders: [], tags: [], confidential: false });
  });

  test('--element: by id or label, any case; repeated, the entry shows every one', async () => {
    assert.deepStrictEqual(await paths('--element', 'measure-success'), ['2026/2026-05-20-experiment.md', '2026/2026-01-10-pricing.md']);
    assert.deepStrictEqual(await paths('--element', 'ITERATE AND ADAPT'), ['2026/2026-05-20-experiment.md']);
    assert.deepStrictEqual(await paths('--element', 'measure-success', '--element', 'business-context'), ['2026/2026-01-10-pricing.md']);
  });

  test('--not-element: the entry shows none of them', async () => {
    assert.deepStrictEqual(await paths('--not-element', 'measure-success', '--not-element', 'Set clear goals and objectives'), ['2026/2026-03-02-roadmap.md', 'notes/idea.md']);
  });

  test('--from and --to include their days and leave undated entries out', async () => {
    assert.deepStrictEqual(await paths('--from', '2026-03-02'), ['2026/2026-07-01-okrs.md', '2026/2026-05-20-experiment.md', '2026/2026-03-02-roadmap.md']);
    assert.deepStrictEqual(await paths('--to', '2026-03-02'), ['2026/2026-03-02-roadmap.md', '2026/2026-01-10-pricing.md']);
    assert.deepStrictEqual(await paths('--from', '2026-03-03', '--to', '2026-07-01'), ['2026/2026-07-01-okrs.md', '2026/2026-05-20-experiment.md']);
  });

  test('--period: the days of the period, as of --today and --fiscal-start; with --from, the days both allow', async () => {
    assert.deepStrictEqual(await paths('--period', 'quarter', '--today', '2026-06-20'), ['2026/2026-05-20-experiment.md']);
    assert.deepStrictEqual(await paths('--period', 'half', '--today', '2026-06-20', '--fiscal-start', 'july'), ['2026/2026-05-20-experiment.md', '2026/2026-03-02-roadmap.md', '2026/2026-01-10-pricing.md']);
    assert.deepStrictEqual(await paths('--period', '2026-01-01..2026-06-30', '--from', '2026-02-01'), ['2026/2026-05-20-experiment.md', '2026/2026-03-02-roadmap.md']);
  });

  test('--tag: any case; repeated, the entry has every one', async () => {
    assert.deepStrictEqual(await paths('--tag', 'PRICING'), ['2026/2026-05-20-experiment.md', '2026/2026-01-10-pricing.md']);
    assert.deepStrictEqual(await paths('--tag', 'pricing', '--tag', 'q1'), ['2026/2026-01-10-pricing.md']);
  });

  test('--contains: in the title, the impact or the body, any case, across line breaks; not in the frontmatter or comments', async () => {
    assert.deepStrictEqual(await paths('--contains', 'STARTER PLAN'), ['2026/2026-01-10-pricing.md'], 'title');
    assert.deepStrictEqual(await paths('--contains', 'conversion up'), ['2026/2026-05-20-experiment.md'], 'impact');
    assert.deepStrictEqual(await paths('--contains', '**finance**'), ['2026/2026-01-10-pricing.md'], 'body');
    assert.deepStrictEqual(await paths('--contains', 'churn numbers'), ['2026/2026-03-02-roadmap.md'], 'a phrase across a line break; the .txt file is no entry');
    assert.deepStrictEqual(await paths('--contains', 'who was in the room'), [], 'the questions in comments are not the writer\'s words');
    assert.deepStrictEqual(await paths('--contains', 'confidential'), [], 'the frontmatter is searched through its fields only');
    assert.deepStrictEqual(await paths('--contains', 'pricing', '--not-element', 'iterate-adapt'), ['2026/2026-01-10-pricing.md'], 'with the other filters');
  });

  test('--confidential and --no-confidential', async () => {
    assert.deepStrictEqual(await paths('--confidential'), ['2026/2026-03-02-roadmap.md']);
    assert.deepStrictEqual(await paths('--no-confidential'), ALL.filter((file) => !file.includes('roadmap')));
  });

  test('-n N: the N newest that match', async () => {
    assert.deepStrictEqual(await paths('-n', '2'), ALL.slice(0, 2));
    assert.deepStrictEqual(await paths('-n2', '--contains', 'pricing'), ['2026/2026-05-20-experiment.md', '2026/2026-01-10-pricing.md']);
    assert.deepStrictEqual(await paths('-n', '99'), ALL);
  });

  test('nothing matches: no lines, a note on stderr, exit 0; --json prints []', async () => {
    assert.deepStrictEqual(await runInProcess(['list', '--tag', 'none'], cwd), { code: 0, stdout: '', stderr: 'No entry matches.\n' });
    assert.deepStrictEqual(await runInProcess(['list', '--tag', 'none', '--json'], cwd), { code: 0, stdout: '[]\n', stderr: '' });
  });

  const mistakes: [string[], string][] = [
    [['--element', 'vision'], '--element: unknown element "vision": use one of business-context, smart-goals, future-trends, iterate-adapt, align-stakeholders, measure-success.'],
    [['--not-element', 'nope'], '--not-element: unknown element "nope": use one of business-context, smart-goals, future-trends, iterate-adapt, align-stakeholders, measure-success.'],
    [['--from', '2026-05-01', '--to', '2026-04-01'], '--from 2026-05-01 is after --to 2026-04-01.'],
    [['--from', 'yesterday'], '--from: "yesterday" is not a date: write it as YYYY-MM-DD.'],
    [['--confidential', '--no-confidential'], '--confidential and --no-confidential exclude each other: give one.'],
    [['-n', '0'], '-n: "0" is not a whole number of 1 or more.'],
    [['-n'], '-n needs a value.'],
    [['--contains', ' '], '--contains is empty.'],
    [['--period', 'month'], '--period: "month" is not a period: use quarter, half, year, last-12-months, a number of days, or START..END.'],
    [['--out', 'x.md'], '--out does not apply to list.'],
    [['--min', '2'], '--min does not apply to list.'],
    [['--title', 'x'], '--title does not apply to list.'],
    [['--confidential=yes'], '--confidential takes no value.'],
  ];
  for (const [args, message] of mistakes) {
    test(`list ${args.join(' ')}: ${message}`, async () => {
      assert.deepStrictEqual(await runInProcess(['list', ...args], cwd), { code: 2, stdout: '', stderr: `promotion-journal: ${message}\n` });
    });
  }

  test('text from entries is printable in lines and in JSON', async () => {
    const journal = temporaryFolder();
    fs.writeFileSync(path.join(journal, '2026-01-01-x\u001b]0;owned\u0007.md'), '---\ntitle: "Cleared \\e[2J the screen \\u202E"\ndate: 2026-01-01\n---\n');
    const text = await runInProcess(['list', journal], journal);
    assert.strictEqual(text.stdout, '2026-01-01  Cleared \\x1B[2J the screen \\u202E  [untagged]  2026-01-01-x\\x1B]0;owned\\x07.md\n');
    const json = await runInProcess(['list', journal, '--json'], journal);
    assert.ok(!/[\u0000-\u001f\u202e]/.test(json.stdout.replace(/\n/g, '')), json.stdout); // eslint-disable-line no-control-regex
    assert.strictEqual(JSON.parse(json.stdout)[0].title, 'Cleared \u001b[2J the screen \u202E');
  });

  test('--contains reads nothing outside the journal folder, whatever a link points to', async function () {
    if (process.platform === 'win32') {
      this.skip(); // symbolic links need privileges there
    }
    const outside = temporaryFolder();
    const journal = temporaryFolder();
    fs.writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: Outside\ndate: 2026-01-01\n---\nan outside secret\n');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(journal, '2026-01-02-link.md'));
    fs.writeFileSync(path.join(journal, '2026-01-03-inside.md'), '---\ntitle: Inside\ndate: 2026-01-03\n---\nan inside note\n');
    assert.deepStrictEqual(JSON.parse((await runInProcess(['list', journal, '--json', '--contains', 'secret'], journal)).stdout), []);
    assert.deepStrictEqual(JSON.parse((await runInProcess(['list', journal, '--json', '--contains', 'inside note'], journal)).stdout).map((entry: { title: string }) => entry.title), ['Inside']);
  });

  test('through the bin, as a shell runs it', () => {
    const result = spawnBin(['list', '--element', 'smart-goals'], cwd);
    assert.deepStrictEqual(result, { code: 0, stdout: '2026-07-01  Set the H2 OKRs  [smart-goals]  2026/2026-07-01-okrs.md\n', stderr: '' });
  });
});
