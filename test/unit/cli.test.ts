import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';

/** Compiled to out/test/unit: three levels up is the repository. */
const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const JOURNAL = path.join(FIXTURES, 'cli-journal');
const BUNDLE = path.join(ROOT, 'dist', 'cli.js');
/** The fixture journal is written for the first half of 2026, seen from this day. */
const TODAY = '2026-06-20';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, from `cwd`, on a clock that says `clockDay`. */
async function run(args: string[], cwd = FIXTURES, clockDay = '2030-01-01'): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => clockDay,
  });
  return { code, stdout, stderr };
}

/** Runs the bundled bin in a child process, as a user's shell would. */
function spawnBundle(args: string[], env: NodeJS.ProcessEnv = {}, cwd = FIXTURES): Run {
  assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is missing: run \`node scripts/build.js\` (npm test does) before the unit tests`);
  const child = spawnSync(process.execPath, [BUNDLE, ...args], { cwd, env: { ...process.env, PROMOTION_JOURNAL_CACHE: 'off', ...env }, encoding: 'utf8', timeout: 30000 });
  assert.strictEqual(child.error, undefined);
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

const temporaryFolders: string[] = [];

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-cli-'));
  temporaryFolders.push(folder);
  return folder;
}

suiteTeardown(() => {
  for (const folder of temporaryFolders.splice(0)) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** The fixture journal's report for the first half of 2026, as of TODAY with the default thresholds. */
const EXPECTED_JSON = {
  period: { start: '2026-01-01', end: '2026-06-30', label: 'this half' },
  // The broken entry of 10 March has a date (its file name) but no readable element: an entry, not a win.
  entries: 8,
  wins: 7,
  elements: [
    // allTime: the 2025 entry and the one after the period count there, not in `count`.
    { id: 'business-context', label: 'Understand the business context', count: 2, strong: 2, latest: '2026-05-30', status: 'thin', allTime: 3 },
    { id: 'smart-goals', label: 'Set clear goals and objectives', count: 1, strong: 1, latest: '2026-02-10', status: 'thin', allTime: 2 },
    { id: 'future-trends', label: 'Anticipate future trends and challenges', count: 1, strong: 0, latest: '2026-06-15', status: 'thin', allTime: 2 },
    { id: 'iterate-adapt', label: 'Iterate and adapt', count: 2, strong: 2, latest: '2026-06-01', status: 'thin', allTime: 2 },
    { id: 'align-stakeholders', label: 'Align stakeholders', count: 3, strong: 2, latest: '2026-06-01', status: 'ok', allTime: 3 },
    { id: 'measure-success', label: 'Measure and evaluate success', count: 2, strong: 2, latest: '2026-04-22', status: 'thin', allTime: 2 },
  ],
  problems: [
    { file: '2026/2026-03-10-broken.md', message: 'Invalid YAML: the list opened with `[` is never closed with `]`.' },
    { file: '2026/2026-06-15-unknown-element.md', message: 'Unknown element "vision-setting".' },
    { file: 'notes/untagged.md', message: 'No date: add `date: YYYY-MM-DD` to the frontmatter, or start the file name with it.' },
  ],
  review: { date: '2026-06-30', daysLeft: 10, source: 'period' },
};

function assertUsageError(result: Run, message: string): void {
  assert.strictEqual(result.code, 2, result.stderr);
  assert.strictEqual(result.stdout, '');
  assert.strictEqual(result.stderr, `promotion-journal: ${message}\n`);
}

suite('cli: report', () => {
  test('the readable report: the table, the gaps with prompts, the broken entries', async () => {
    const result = await run(['report', 'cli-journal', '--today', TODAY]);
    assert.strictEqual(result.code, 0);
    assert.strictEqual(result.stderr, '');
    const text = result.stdout;
    assert.ok(text.startsWith('Evidence this half (1 Jan – 30 Jun 2026), as of 20 Jun 2026: 7 wins, 5 with a measured result. 1 more entry has no element.\nReview in 10 days (30 Jun 2026).\n\nElement '), text);
    assert.match(text, /^Align stakeholders +ok +3 +2 +2026-06-01$/m);
    assert.match(text, /^ {2}Set clear goals and objectives \(smart-goals\): thin, 1 of 3 this half$/m);
    assert.match(text, /^ {4}- By when\?$/m);
    assert.match(text, /^ {2}2026\/2026-03-10-broken\.md:3: Invalid YAML: /m, 'at the line the unclosed list opens');
    assert.match(text, /^ {2}2026\/2026-06-15-unknown-element\.md:4: Unknown element /m, 'at the line of the item');
    assert.match(text, /^ {2}notes\/untagged\.md:1: No date/m);
  });

  test('--json: the stable form, paths relative to the journal folder', async () => {
    const result = await run(['report', 'cli-journal', '--today', TODAY, '--json']);
    assert.strictEqual(result.code, 0);
    assert.strictEqual(result.stderr, '');
    assert.deepStrictEqual(JSON.parse(result.stdout), EXPECTED_JSON);
    assert.ok(result.stdout.endsWith('}\n'));
  });

  test('FOLDER is the journal folder itself; absolute or relative to the current directory', async () => {
    const absolute = await run(['report', JOURNAL, '--today', TODAY, '--json'], os.tmpdir());
    assert.deepStrictEqual(JSON.parse(absolute.stdout), EXPECTED_JSON);
    const nested = await run(['report', 'fixtures/cli-journal', '--today', TODAY, '--json'], path.join(ROOT, 'test'));
    assert.deepStrictEqual(JSON.parse(nested.stdout), EXPECTED_JSON);
  });

  test('FOLDER defaults to ./journal', async () => {
    const cwd = temporaryFolder();
    fs.cpSync(JOURNAL, path.join(cwd, 'journal'), { recursive: true });
    const result = await run(['report', '--today', TODAY, '--json'], cwd);
    assert.deepStrictEqual(JSON.parse(result.stdout), EXPECTED_JSON);
  });

  test('an empty journal folder reports every element missing', async () => {
    const result = await run(['report', temporaryFolder(), '--today', TODAY, '--json']);
    assert.strictEqual(result.code, 0);
    const json = JSON.parse(result.stdout);
    assert.strictEqual(json.entries, 0);
    assert.ok(json.elements.every((element: { status: string; latest: unknown }) => element.status === 'missing' && element.latest === null));
  });

  test('--today defaults to the clock\'s day', async () => {
    const result = await run(['report', 'cli-journal', '--json', '--period', '1'], FIXTURES, '2026-03-05');
    assert.deepStrictEqual(JSON.parse(result.stdout).period, { start: '2026-03-05', end: '2026-03-05', label: 'today' });
  });

  suite('--period and --fiscal-start', () => {
    const cases: [string[], { start: string; end: string; label: string }, number][] = [
      [['--period', 'quarter'], { start: '2026-04-01', end: '2026-06-30', label: 'this quarter' }, 4],
      [['--period=half'], { start: '2026-01-01', end: '2026-06-30', label: 'this half' }, 8],
      [['--period', 'year'], { start: '2026-01-01', end: '2026-12-31', label: 'this year' }, 9],
      [['--period', 'year', '--fiscal-start', '7'], { start: '2025-07-01', end: '2026-06-30', label: 'this year' }, 9],
      [['--period', 'year', '--fiscal-start', 'July'], { start: '2025-07-01', end: '2026-06-30', label: 'this year' }, 9],
      [['--period', 'half', '--fiscal-start=oct'], { start: '2026-04-01', end: '2026-09-30', label: 'this half' }, 5],
      [['--period', '30'], { start: '2026-05-22', end: '2026-06-20', label: 'in the last 30 days' }, 3],
      [['--period', 'last-12-months'], { start: '2025-06-21', end: '2026-06-20', label: 'in the last 12 months' }, 9],
      [['--period', '2026-03-01..2026-03-31'], { start: '2026-03-01', end: '2026-03-31', label: 'in this period' }, 2],
    ];
    for (const [options, period, entries] of cases) {
      test(options.join(' '), async () => {
        const result = await run(['report', 'cli-journal', '--today', TODAY, '--json', ...options]);
        assert.strictEqual(result.code, 0, result.stderr);
        const json = JSON.parse(result.stdout);
        assert.deepStrictEqual([json.period, json.entries], [period, entries]);
      });
    }
  });

  test('--min and --stale-days set the thresholds', async () => {
    const result = await run(['report', 'cli-journal', '--today', TODAY, '--json', '--min', '1', '--stale-days=100']);
    const statuses = JSON.parse(result.stdout).elements.map((element: { status: string }) => element.status);
    assert.deepStrictEqual(statuses, ['ok', 'stale', 'ok', 'ok', 'ok', 'ok']);
  });
});

suite('cli: check', () => {
  test('exit 1 when an element needs evidence: a summary on stdout, the gaps and problems on stderr', async () => {
    const result = await run(['check', 'cli-journal', '--today', TODAY]);
    assert.strictEqual(result.code, 1);
    assert.strictEqual(result.stdout, '1 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). Review in 10 days (30 Jun 2026).\n');
    assert.ok(result.stderr.startsWith('Gaps (5)\n  Understand the business context (business-context): thin, 2 of 3 this half\n'), result.stderr);
    assert.match(result.stderr, /^ {4}- Which company goal did this serve\?$/m);
    assert.match(result.stderr, /^Problems \(3\)$/m);
  });

  test('exit 0 when every element is ok; broken entries are still shown', async () => {
    const result = await run(['check', 'cli-journal', '--today', TODAY, '--min', '1', '--stale-days', '200']);
    assert.strictEqual(result.code, 0);
    assert.strictEqual(result.stdout, '6 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). Review in 10 days (30 Jun 2026).\n');
    assert.ok(!result.stderr.includes('Gaps'));
    assert.ok(result.stderr.startsWith('Problems (3)\n'), result.stderr);
  });

  test('exit 0 and nothing on stderr for a clean journal with enough evidence', async () => {
    const folder = temporaryFolder();
    const ids = ['business-context', 'smart-goals', 'future-trends', 'iterate-adapt', 'align-stakeholders', 'measure-success'];
    fs.writeFileSync(path.join(folder, '2026-06-01-all.md'), `---\ntitle: All of it\nelements: [${ids.join(', ')}]\n---\n`);
    const result = await run(['check', folder, '--today', TODAY, '--min', '1']);
    assert.deepStrictEqual(result, { code: 0, stdout: '6 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). Review in 10 days (30 Jun 2026).\n', stderr: '' });
  });

  test('--json prints the report and keeps the exit code', async () => {
    const result = await run(['check', 'cli-journal', '--today', TODAY, '--json']);
    assert.strictEqual(result.code, 1);
    assert.deepStrictEqual(JSON.parse(result.stdout), EXPECTED_JSON);
  });
});

suite('cli: packet', () => {
  test('to stdout, links relative to the current directory, confidential entries left out', async () => {
    const result = await run(['packet', 'cli-journal', '--today', TODAY]);
    assert.strictEqual(result.code, 0);
    assert.strictEqual(result.stderr, '');
    const markdown = result.stdout;
    assert.ok(markdown.startsWith('# Promotion packet: 1 Jan – 30 Jun 2026\n\n6 wins logged from 1 Jan – 30 Jun 2026, as of 20 Jun 2026. 1 confidential entry is left out.'), markdown);
    assert.ok(markdown.includes('- **20 Jan 2026: [Synthesised win/loss interviews into a pricing thesis](cli-journal/2026/2026-01-20-pricing-thesis.md)**'));
    assert.ok(markdown.includes('](cli-journal/2026/2026-06-01%20launch%20review%20%28Q2%29.md)'));
    assert.ok(!markdown.includes('Secret') && !markdown.includes('reorg') && !markdown.includes('Merged'));
    assert.match(markdown, /^\| Understand the business context \| 1 \| 1 \| 20 Jan 2026 \| thin: 1 of 3 this half \|$/m);
  });

  test('--out writes a new file, with links relative to its folder', async () => {
    const folder = temporaryFolder();
    const result = await run(['packet', JOURNAL, '--today', TODAY, '--out', 'packet.md'], folder);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(result.stderr, 'Wrote the promotion packet to packet.md.\n');
    const written = fs.readFileSync(path.join(folder, 'packet.md'), 'utf8');
    const link = path.relative(folder, path.join(JOURNAL, '2026', '2026-01-20-pricing-thesis.md')).split(path.sep).join('/');
    assert.ok(written.includes(`](${link})`), written);
    assert.strictEqual(written, (await run(['packet', JOURNAL, '--today', TODAY], folder)).stdout);
  });

  test('--out inside the journal folder links to the entries by their journal paths', async () => {
    const folder = temporaryFolder();
    fs.cpSync(JOURNAL, path.join(folder, 'journal'), { recursive: true });
    await run(['packet', '--today', TODAY, '--out', 'journal/packet.md'], folder);
    assert.ok(fs.readFileSync(path.join(folder, 'journal', 'packet.md'), 'utf8').includes('](2026/2026-01-20-pricing-thesis.md)'));
  });

  test('--out never overwrites a file: exit 2, the file unchanged', async () => {
    const folder = temporaryFolder();
    const existing = path.join(folder, 'mine.md');
    fs.writeFileSync(existing, 'my own notes');
    const result = await run(['packet', JOURNAL, '--today', TODAY, '--out', 'mine.md'], folder);
    assertUsageError(result, 'mine.md already exists: not overwriting it; choose another --out file.');
    assert.strictEqual(fs.readFileSync(existing, 'utf8'), 'my own notes');
  });

  test('--out into a folder that does not exist: exit 2', async () => {
    const result = await run(['packet', JOURNAL, '--today', TODAY, '--out', 'no/such/packet.md'], temporaryFolder());
    assertUsageError(result, 'cannot write no/such/packet.md: its folder does not exist.');
  });
});

suite('cli: the countdown to the review', () => {
  test('check: the summary line says how many days are left until --review-date', async () => {
    const result = await run(['check', 'cli-journal', '--today', TODAY, '--review-date', '2026-07-13']);
    assert.strictEqual(result.code, 1);
    assert.strictEqual(result.stdout, '1 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). Review in 23 days (13 Jul 2026).\n');
  });

  test('check: the review today, tomorrow, and one that has passed', async () => {
    const summary = async (reviewDate: string) => (await run(['check', 'cli-journal', '--today', TODAY, '--review-date', reviewDate])).stdout;
    assert.strictEqual(await summary(TODAY), '1 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). Review today (20 Jun 2026).\n');
    assert.strictEqual(await summary('2026-06-21'), '1 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). Review tomorrow (21 Jun 2026).\n');
    assert.strictEqual(await summary('2026-06-01'), '1 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026). The review date, 1 Jun 2026, has passed.\n');
  });

  test('check: a period counted back from today has no end to count down to', async () => {
    const result = await run(['check', 'cli-journal', '--today', TODAY, '--period', '90']);
    assert.match(result.stdout, /^\d of 6 elements have enough evidence in the last 90 days \(23 Mar – 20 Jun 2026\)\.\n$/);
    const json = JSON.parse((await run(['report', 'cli-journal', '--today', TODAY, '--period', 'last-12-months', '--json'])).stdout);
    assert.deepStrictEqual(json.review, { date: null, daysLeft: null, source: 'none' });
  });

  test('report --json: review says the date, the days left and where the date came from', async () => {
    const given = JSON.parse((await run(['report', 'cli-journal', '--today', TODAY, '--review-date', '2026-07-13', '--json'])).stdout);
    assert.deepStrictEqual(given.review, { date: '2026-07-13', daysLeft: 23, source: 'setting' });
    assert.deepStrictEqual({ ...given, review: EXPECTED_JSON.review }, EXPECTED_JSON, 'nothing else changes');
    const fromPeriod = JSON.parse((await run(['check', 'cli-journal', '--today', TODAY, '--json', '--period', 'quarter'])).stdout);
    assert.deepStrictEqual(fromPeriod.review, { date: '2026-06-30', daysLeft: 10, source: 'period' });
  });

  test('report: the countdown under the heading; packet: in the summary', async () => {
    const report = (await run(['report', 'cli-journal', '--today', TODAY, '--review-date=2026-07-13'])).stdout;
    assert.ok(report.startsWith('Evidence this half (1 Jan – 30 Jun 2026), as of 20 Jun 2026: 7 wins, 5 with a measured result. 1 more entry has no element.\nReview in 23 days (13 Jul 2026).\n\n'), report);
    const packet = (await run(['packet', 'cli-journal', '--today', TODAY, '--review-date', '2026-07-13'])).stdout;
    assert.match(packet, /^6 wins logged from 1 Jan – 30 Jun 2026, as of 20 Jun 2026\. .*Review in 23 days \(13 Jul 2026\)\.$/m);
  });
});

suite('cli: links out of the journal folder are not read', () => {
  const OUTSIDE_MESSAGE = 'Not read: this is a link to a file outside the journal folder.';
  /** What must never reach the output: the outside entry's words, and the system files' contents. */
  const LEAKS = ['Leaked title', 'Leaked impact', 'root:', 'PATH='];

  /** A journal with one entry of its own, and links to a file outside it and to system files. */
  function journalWithLinks(context: Mocha.Context): { folder: string; links: string[] } {
    const base = temporaryFolder();
    const folder = path.join(base, 'journal');
    fs.mkdirSync(folder);
    fs.mkdirSync(path.join(base, 'outside'));
    fs.writeFileSync(path.join(folder, '2026-06-02-own.md'), '---\ntitle: Own win\nelements: [iterate-adapt]\nimpact: Cut churn by 2%\n---\n');
    fs.writeFileSync(path.join(base, 'outside', 'secret.md'), '---\ntitle: Leaked title\ndate: 2026-06-01\nelements: [measure-success]\nimpact: Leaked impact of 42%\n---\n');
    const targets: Record<string, string> = { 'x.md': '../outside/secret.md', 'passwd.md': '/etc/passwd', 'environ.md': '/proc/self/environ' };
    const links: string[] = [];
    for (const [name, target] of Object.entries(targets)) {
      if (!target.startsWith('/') || fs.existsSync(target)) {
        try {
          fs.symlinkSync(target, path.join(folder, name));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EPERM') {
            context.skip(); // Windows without the privilege to make links
          }
          throw error;
        }
        links.push(name);
      }
    }
    return { folder, links: links.sort() };
  }

  function assertNoLeak(output: string): void {
    for (const leak of LEAKS) {
      assert.ok(!output.includes(leak), `${JSON.stringify(leak)} reached the output:\n${output}`);
    }
  }

  test('report --json: the links are problems, and nothing of their targets is counted', async function () {
    const { folder, links } = journalWithLinks(this);
    const result = await run(['report', folder, '--today', TODAY, '--json']);
    assert.strictEqual(result.code, 0, result.stderr);
    assertNoLeak(result.stdout);
    const report = JSON.parse(result.stdout);
    assert.strictEqual(report.entries, 1);
    assert.deepStrictEqual(report.problems, links.map((file) => ({ file, message: OUTSIDE_MESSAGE })));
    assert.deepStrictEqual(report.elements.filter((element: { count: number }) => element.count > 0).map((element: { id: string }) => element.id), ['iterate-adapt']);
  });

  test('report and check: the problems are listed, the targets never shown', async function () {
    const { folder, links } = journalWithLinks(this);
    const report = await run(['report', folder, '--today', TODAY]);
    assertNoLeak(report.stdout + report.stderr);
    const check = await run(['check', folder, '--today', TODAY]);
    assert.strictEqual(check.code, 1);
    assertNoLeak(check.stdout + check.stderr);
    for (const output of [report.stdout, check.stderr]) {
      for (const file of links) {
        assert.ok(output.includes(`${file}: ${OUTSIDE_MESSAGE}`), `${file} is listed as a problem:\n${output}`);
      }
    }
  });

  test('packet: nothing of the targets', async function () {
    const { folder } = journalWithLinks(this);
    const packet = await run(['packet', folder, '--today', TODAY]);
    assert.strictEqual(packet.code, 0, packet.stderr);
    assertNoLeak(packet.stdout + packet.stderr);
    assert.ok(packet.stdout.includes('Own win'));
  });
});

suite('cli: packet stories and the web page', () => {
  test('each win carries its story by default: its Result section, else its first paragraph; never a confidential one', async () => {
    const { code, stdout } = await run(['packet', 'cli-journal', '--today', TODAY]);
    assert.strictEqual(code, 0);
    assert.ok(stdout.includes('(cli-journal/2026/2026-04-22-checkout-experiment.md)**\n  - Result: Conversion rose from 31.2% to 33.0% in two weeks; the redesign was shelved.\n  - Impact: '), stdout);
    assert.ok(stdout.includes('(cli-journal/2026/2026-03-05-exec-alignment.md)**\n  - Story: No number yet: a weak entry.\n'), stdout);
    assert.ok(!stdout.includes('Must never appear'), 'the confidential body stays out');
  });

  test('--stories none leaves them out; --stories full tells them whole', async () => {
    const none = await run(['packet', 'cli-journal', '--today', TODAY, '--stories', 'none']);
    assert.doesNotMatch(none.stdout, /^ {2}- (Story|Result): /m);
    const full = await run(['packet', 'cli-journal', '--today', TODAY, '--stories=full']);
    assert.ok(full.stdout.includes('  - Result: Conversion rose from 31.2% to 33.0% in two weeks; the redesign was shelved.\n'), full.stdout);
  });

  test('the summary at the top: wins per element and the strongest wins', async () => {
    const { stdout } = await run(['packet', 'cli-journal', '--today', TODAY]);
    assert.ok(stdout.includes('## At a glance\n\n**Wins per element:** Understand the business context: 1 · Set clear goals and objectives: 1 · '), stdout);
    assert.match(stdout, /\*\*Strongest wins:\*\*\n\n1\. \[Ran a checkout experiment instead of a redesign\]\(cli-journal\/2026\/2026-04-22-checkout-experiment\.md\) \(22 Apr 2026\): Conversion \+1\.8 points/);
  });

  test('--format html: one self-contained page, the same packet rendered, links relative to where it lands', async () => {
    const { code, stdout, stderr } = await run(['packet', 'cli-journal', '--today', TODAY, '--format', 'html']);
    assert.strictEqual(code, 0, stderr);
    assert.ok(stdout.startsWith('<!DOCTYPE html>\n'), stdout.slice(0, 100));
    assert.ok(stdout.includes(`content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`));
    assert.ok(stdout.includes('<h1>Promotion packet: 1 Jan – 30 Jun 2026</h1>'));
    assert.ok(stdout.includes('<a href="cli-journal/2026/2026-01-20-pricing-thesis.md">Synthesised win/loss interviews into a pricing thesis</a>'));
    assert.ok(stdout.includes('Launch review | *pricing* [beta]'), 'markdown in a title shows as text');
    assert.ok(!stdout.includes('Secret') && !stdout.includes('Must never appear'));
    assert.doesNotMatch(stdout, /<script|<img|<link/);
  });

  test('--format html --out writes a new page and never overwrites one', async () => {
    const folder = temporaryFolder();
    const first = await run(['packet', JOURNAL, '--today', TODAY, '--format', 'html', '--out', 'packet.html'], folder);
    assert.deepStrictEqual([first.code, first.stdout, first.stderr], [0, '', 'Wrote the promotion packet to packet.html.\n']);
    const page = fs.readFileSync(path.join(folder, 'packet.html'), 'utf8');
    const link = path.relative(folder, path.join(JOURNAL, '2026', '2026-01-20-pricing-thesis.md')).split(path.sep).join('/');
    assert.ok(page.includes(`<a href="${link}">`), page);
    const second = await run(['packet', JOURNAL, '--today', TODAY, '--format', 'html', '--out', 'packet.html'], folder);
    assertUsageError(second, 'packet.html already exists: not overwriting it; choose another --out file.');
    assert.strictEqual(fs.readFileSync(path.join(folder, 'packet.html'), 'utf8'), page);
  });
});

suite('cli: draft', () => {
  test('the self-review draft from the entries: per element, every line linked to its entry, nothing confidential', async () => {
    const { code, stdout, stderr } = await run(['draft', 'cli-journal', '--today', TODAY]);
    assert.strictEqual(code, 0, stderr);
    assert.strictEqual(stderr, '');
    assert.ok(stdout.startsWith('# Self-review draft: 1 Jan – 30 Jun 2026\n\nA starting point built from the 6 wins logged in this period (1 confidential entry is left out).'), stdout);
    assert.ok(stdout.includes('## Iterate and adapt\n\nWhat I did:\n\n- [Ran a checkout experiment instead of a redesign](cli-journal/2026/2026-04-22-checkout-experiment.md) (22 Apr 2026): Conversion rose from 31.2% to 33.0% in two weeks; the redesign was shelved.\n'), stdout);
    assert.ok(stdout.includes('- Checkout conversion 31.2% -> 33.0% ([Ran a checkout experiment instead of a redesign](cli-journal/2026/2026-04-22-checkout-experiment.md)).'), stdout);
    assert.ok(stdout.includes('- Head of Sales, CFO ([Synthesised win/loss interviews into a pricing thesis](cli-journal/2026/2026-01-20-pricing-thesis.md)).'), stdout);
    assert.ok(!/Secret|reorg|Merged|Must never appear/.test(stdout), stdout);
  });

  test('--period and --stories none apply', async () => {
    const { stdout } = await run(['draft', 'cli-journal', '--today', TODAY, '--period', 'quarter', '--stories', 'none']);
    assert.ok(stdout.startsWith('# Self-review draft: 1 Apr – 30 Jun 2026\n'), stdout);
    assert.ok(stdout.includes('(22 Apr 2026).\n'), 'no story after the date');
    assert.ok(!stdout.includes('Pricing thesis'), 'a win of January is outside the quarter');
  });

  test('--out writes a new file with links relative to it, and never overwrites', async () => {
    const folder = temporaryFolder();
    const first = await run(['draft', JOURNAL, '--today', TODAY, '--out', 'draft.md'], folder);
    assert.deepStrictEqual([first.code, first.stdout, first.stderr], [0, '', 'Wrote the self-review draft to draft.md.\n']);
    const written = fs.readFileSync(path.join(folder, 'draft.md'), 'utf8');
    assert.strictEqual(written, (await run(['draft', JOURNAL, '--today', TODAY], folder)).stdout);
    assertUsageError(await run(['draft', JOURNAL, '--today', TODAY, '--out', 'draft.md'], folder), 'draft.md already exists: not overwriting it; choose another --out file.');
    assert.strictEqual(fs.readFileSync(path.join(folder, 'draft.md'), 'utf8'), written);
  });

  test('through the bundled bin, from a real process', () => {
    const result = spawnBundle(['draft', 'cli-journal', '--today', TODAY]);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.ok(result.stdout.startsWith('# Self-review draft: '));
  });
});

suite('cli: usage errors exit 2 with one line naming the problem', () => {
  const cases: [string[], string][] = [
    [[], 'no command given: use report, check, packet, draft, list or log (see --help).'],
    [['status'], 'unknown command "status": use report, check, packet, draft, list or log (see --help).'],
    [['report', 'cli-journal', '--colour'], 'unknown option --colour (see --help).'],
    [['report', 'cli-journal', '-x'], 'unknown option -x (see --help).'],
    [['report', 'cli-journal', '--today', '2026-02-30'], '--today: "2026-02-30" is not a date: February 2026 has 28 days.'],
    [['report', 'cli-journal', '--today', '20/06/2026'], '--today: "20/06/2026" is not a date: write it as YYYY-MM-DD.'],
    [['report', 'cli-journal', '--today'], '--today needs a value.'],
    [['check', 'cli-journal', '--review-date', '2026-06-31'], '--review-date: "2026-06-31" is not a date: June has 30 days.'],
    [['report', 'cli-journal', '--review-date', 'next week'], '--review-date: "next week" is not a date: write it as YYYY-MM-DD.'],
    [['report', 'cli-journal', '--review-date'], '--review-date needs a value.'],
    [['report', 'cli-journal', '--review-date', '0026-07-14'], '--review-date: 0026-07-14 has a year before 1000: did you mean 2026-07-14?'],
    [['report', 'cli-journal', '--today', '--json'], '--today needs a value.'],
    [['report', 'cli-journal', '--period', 'month'], '--period: "month" is not a period: use quarter, half, year, last-12-months, a number of days, or START..END.'],
    [['report', 'cli-journal', '--period', '0'], '--period: "0" days is out of range: give 1 to 3660.'],
    [['report', 'cli-journal', '--period', '2026-07-01..2026-01-01'], '--period: the range starts (2026-07-01) after it ends (2026-01-01).'],
    [['report', 'cli-journal', '--period', '2026-01-01..2026-02-31'], '--period: "2026-02-31" is not a date: February 2026 has 28 days.'],
    [['report', 'cli-journal', '--fiscal-start', '13'], '--fiscal-start: "13" is not a month: give 1 to 12 or a month name.'],
    [['report', 'cli-journal', '--fiscal-start', 'ju'], '--fiscal-start: "ju" is not a month: give 1 to 12 or a month name.'],
    [['report', 'cli-journal', '--min', '0'], '--min: "0" is not a whole number of 1 or more.'],
    [['report', 'cli-journal', '--min', '2.5'], '--min: "2.5" is not a whole number of 1 or more.'],
    [['report', 'cli-journal', '--min', '-3'], '--min: "-3" is not a whole number of 1 or more.'],
    [['report', 'cli-journal', '--stale-days', 'soon'], '--stale-days: "soon" is not a whole number of 1 or more.'],
    [['report', 'cli-journal', '--json=yes'], '--json takes no value.'],
    [['report', 'cli-journal', '--out', 'x.md'], '--out does not apply to report.'],
    [['packet', 'cli-journal', '--json'], '--json does not apply to packet.'],
    [['draft', 'cli-journal', '--json'], '--json does not apply to draft.'],
    [['packet', 'cli-journal', '--stories', 'some'], '--stories: "some" is not one of none, summary, full.'],
    [['packet', 'cli-journal', '--format', 'pdf'], '--format: "pdf" is not one of markdown, html.'],
    [['draft', 'cli-journal', '--format', 'html'], '--format does not apply to draft.'],
    [['report', 'cli-journal', '--stories', 'full'], '--stories does not apply to report.'],
    [['check', 'cli-journal', '--format', 'html'], '--format does not apply to check.'],
    [['report', 'cli-journal', 'other'], 'one journal folder only, got 2: cli-journal, other.'],
    [['report', 'no-such-journal'], 'journal folder not found: no-such-journal (give the journal folder as FOLDER).'],
    [['check', 'cli-journal/notes/untagged.md'], 'not a folder: cli-journal/notes/untagged.md (FOLDER is the journal folder that holds the entries).'],
  ];
  for (const [args, message] of cases) {
    test(args.join(' ') || '(no arguments)', async () => {
      assertUsageError(await run(args), message);
    });
  }

  test('a missing default folder names ./journal', async () => {
    assertUsageError(await run(['check'], temporaryFolder()), 'journal folder not found: journal (give the journal folder as FOLDER).');
  });
});

suite('cli: --help and --version', () => {
  test('--help (or -h, or help) prints the usage and exits 0, whatever else is given', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['report', '--bogus', '--help']]) {
      const result = await run(args);
      assert.strictEqual(result.code, 0, args.join(' '));
      assert.ok(result.stdout.startsWith('Usage: promotion-journal <command> [FOLDER] [options]\n'), args.join(' '));
      assert.strictEqual(result.stderr, '');
    }
  });

  test('after --, --help is a folder name, not a request for help', async () => {
    assertUsageError(await run(['report', '--', '--help']), 'journal folder not found: --help (give the journal folder as FOLDER).');
  });

  test('the usage names every command and option', async () => {
    const { stdout } = await run(['--help']);
    for (const word of ['report', 'check', 'packet', 'draft', '--stories', '--format', '--period', '--fiscal-start', '--today', '--min', '--stale-days', '--json', '--out', '--version']) {
      assert.ok(stdout.includes(word), word);
    }
  });

  test('--version prints the package version', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    assert.deepStrictEqual(await run(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

suite('cli: the bundled bin (dist/cli.js)', () => {
  test('is a node script, listed as the package bin', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.bin, { 'promotion-journal': './dist/cli.js' });
    spawnBundle(['--version']);
    assert.ok(fs.readFileSync(BUNDLE, 'utf8').startsWith('#!/usr/bin/env node\n'));
    if (process.platform !== 'win32') {
      assert.ok(fs.statSync(BUNDLE).mode & 0o100, 'executable');
    }
  });

  test('exit codes 0, 1 and 2 from a real process', () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    assert.deepStrictEqual(spawnBundle(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.strictEqual(spawnBundle(['check', 'cli-journal', '--today', TODAY]).code, 1);
    assert.strictEqual(spawnBundle(['check', 'cli-journal', '--today', TODAY, '--min', '1', '--stale-days', '200']).code, 0);
    assertUsageError(spawnBundle(['report', 'cli-journal', '--today', '2026-13-01']), '--today: "2026-13-01" is not a date: the month is 01 to 12.');
  });

  for (const zone of ['Pacific/Kiritimati', 'America/Adak']) {
    test(`the same JSON and packet in ${zone}: dates are calendar days`, async () => {
      const inProcess = await run(['packet', 'cli-journal', '--today', TODAY, '--period', 'year', '--fiscal-start', '7']);
      const json = spawnBundle(['report', 'cli-journal', '--today', TODAY, '--json'], { TZ: zone });
      assert.strictEqual(json.code, 0, json.stderr);
      assert.deepStrictEqual(JSON.parse(json.stdout), EXPECTED_JSON);
      const packet = spawnBundle(['packet', 'cli-journal', '--today', TODAY, '--period', 'year', '--fiscal-start', '7'], { TZ: zone });
      assert.strictEqual(packet.stdout, inProcess.stdout);
    });

    test(`without --today, today is the local calendar day in ${zone}`, () => {
      const localDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
      const before = localDay();
      const result = spawnBundle(['report', 'cli-journal', '--period', '1', '--json'], { TZ: zone });
      const after = localDay();
      const { start, end } = JSON.parse(result.stdout).period;
      assert.strictEqual(start, end);
      assert.ok(start === before || start === after, `${start} is neither ${before} nor ${after}`);
    });
  }

  test('--out through the bin does not overwrite', () => {
    const folder = temporaryFolder();
    const first = spawnBundle(['packet', JOURNAL, '--today', TODAY, '--out', 'packet.md'], {}, folder);
    assert.strictEqual(first.code, 0, first.stderr);
    const written = fs.readFileSync(path.join(folder, 'packet.md'), 'utf8');
    const second = spawnBundle(['packet', JOURNAL, '--today', '2026-06-21', '--out', 'packet.md'], {}, folder);
    assertUsageError(second, 'packet.md already exists: not overwriting it; choose another --out file.');
    assert.strictEqual(fs.readFileSync(path.join(folder, 'packet.md'), 'utf8'), written);
  });
});

suite('cli: --framework', () => {
  const shipped = path.join(ROOT, 'frameworks', 'software-engineer.json');

  test('a framework file replaces the six elements; entries tagged with others become problems', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, '2026-05-02-storage.md'), '---\ntitle: Led the storage redesign\ndate: 2026-05-02\nelements: [technical-leadership, Mentoring]\nimpact: p99 latency 800 ms -> 120 ms\n---\n');
    fs.writeFileSync(path.join(folder, '2026-05-03-pm.md'), '---\ntitle: A product win\ndate: 2026-05-03\nelements: [iterate-adapt]\n---\n');
    const result = await run(['report', folder, '--today', TODAY, '--json', '--framework', shipped]);
    assert.strictEqual(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { elements: { id: string; count: number; strong: number }[]; problems: { file: string; message: string }[] };
    assert.deepStrictEqual(report.elements.map((element) => element.id), ['technical-leadership', 'scope-impact', 'execution', 'mentoring', 'communication']);
    assert.deepStrictEqual(report.elements.filter((element) => element.count > 0).map((element) => [element.id, element.count, element.strong]), [['technical-leadership', 1, 1], ['mentoring', 1, 1]]);
    assert.deepStrictEqual(report.problems, [{ file: '2026-05-03-pm.md', message: 'Unknown element "iterate-adapt".' }]);
  });

  test('the packet and check follow the framework too', async () => {
    const packet = await run(['packet', 'cli-journal', '--today', TODAY, '--framework', shipped]);
    assert.strictEqual(packet.code, 0, packet.stderr);
    assert.match(packet.stdout, /^## Technical leadership$/m);
    assert.doesNotMatch(packet.stdout, /^## Iterate and adapt$/m);
    const check = await run(['check', 'cli-journal', '--today', TODAY, '--framework', shipped]);
    assert.strictEqual(check.code, 1);
    assert.match(check.stdout, /^0 of 5 elements have enough evidence/);
  });

  test('a missing, malformed or invalid framework file is a one-line error and exit 2', async () => {
    assertUsageError(await run(['report', 'cli-journal', '--framework', 'nope.json']), '--framework: cannot read nope.json.');
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'bad.json'), '{ not json');
    const malformed = await run(['report', 'cli-journal', '--framework', path.join(folder, 'bad.json')]);
    assert.strictEqual(malformed.code, 2);
    assert.match(malformed.stderr, /^promotion-journal: --framework: .*bad\.json is not valid JSON \(/);
    fs.writeFileSync(path.join(folder, 'invalid.json'), JSON.stringify([{ id: 'Bad Id', label: 'x', description: '', prompts: [] }]));
    const invalid = await run(['report', 'cli-journal', '--framework', path.join(folder, 'invalid.json')]);
    assert.strictEqual(invalid.code, 2);
    assert.match(invalid.stderr, /element 1: "id" must be lowercase letters, digits and dashes/);
  });
});

suite('cli: text from the journal reaches the terminal printable', () => {
  const ESC = '\u001b';
  const BEL = '\u0007';
  /** What a terminal acts on; the newline only where the CLI itself writes one. */
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/; // eslint-disable-line no-control-regex
  /** A line that pretends to be one of the problems. */
  const FAKE_LINE = /^ *(fake|spoof)\.md:\d+:/m;

  function assertPrintable(result: Run): void {
    for (const [stream, text] of [['stdout', result.stdout], ['stderr', result.stderr]]) {
      assert.ok(!CONTROL.test(text), `${stream} holds a control character: ${JSON.stringify(text)}`);
      assert.ok(!FAKE_LINE.test(text), `${stream} holds a faked line: ${JSON.stringify(text)}`);
    }
  }

  /** A journal whose titles, elements, impact and file names carry clear-screen, bell, CR, fake lines and a window title. */
  function hostileJournal(): string {
    const folder = temporaryFolder();
    const fake = '\\r\\n  fake.md:1: Unknown element \\"x\\".';
    fs.writeFileSync(
      path.join(folder, '2026-05-02-win.md'),
      [
        '---',
        `title: "Win\\e[2J\\a\\e]0;evil\\a${fake}"`,
        'date: 2026-05-02',
        `elements: [smart-goals, "goal\\e[2J\\a${fake}", "\\e]0;evil\\a"]`,
        `impact: "Saved\\e[31m 10%\\u202E\\u009b2J${fake}"`,
        'metrics: ["a -> b\\e[0m"]',
        '---',
        `Body with a raw ${ESC}[2J and a raw ${BEL}.`,
        '',
      ].join('\n'),
    );
    // A raw ESC in the YAML itself, outside any escape.
    fs.writeFileSync(path.join(folder, '2026-05-03-raw.md'), `---\ntitle: Raw ${ESC}[2J title\nelements:\n  - smart-goals\n  - x${ESC}]0;evil${BEL}\n---\n`);
    if (process.platform !== 'win32') {
      fs.writeFileSync(path.join(folder, `2026-05-04-name${ESC}[2J${BEL}\r\n  spoof.md:1: bad.md`), '---\nelements: [nope]\n---\n');
    }
    return folder;
  }

  test('report: element values and file names are escaped, and no line is faked', async () => {
    const result = await run(['report', hostileJournal(), '--today', TODAY]);
    assert.strictEqual(result.code, 0, result.stderr);
    assertPrintable(result);
    assert.ok(result.stdout.includes('2026-05-02-win.md:4: Unknown element "goal\\x1B[2J\\x07\\r\\n  fake.md:1: Unknown element "x".".'), result.stdout);
    assert.ok(result.stdout.includes('2026-05-02-win.md:4: Unknown element "\\x1B]0;evil\\x07".'), result.stdout);
    assert.ok(result.stdout.includes('2026-05-03-raw.md:5: Unknown element "x\\x1B]0;evil\\x07".'), result.stdout);
    if (process.platform !== 'win32') {
      assert.ok(result.stdout.includes('2026-05-04-name\\x1B[2J\\x07\\r\\n  spoof.md:1: bad.md:2: Unknown element "nope".'), result.stdout);
    }
  });

  test('check: the gaps and problems on stderr are escaped', async () => {
    const result = await run(['check', hostileJournal(), '--today', TODAY]);
    assert.strictEqual(result.code, 1);
    assertPrintable(result);
    assert.match(result.stderr, /^Problems \(\d\)$/m);
    assert.ok(result.stderr.includes('Unknown element "goal\\x1B[2J\\x07'), result.stderr);
  });

  test('packet: titles, impact and metrics are escaped on stdout and in the --out file', async () => {
    const journal = hostileJournal();
    const printed = await run(['packet', journal, '--today', TODAY]);
    assert.strictEqual(printed.code, 0, printed.stderr);
    assertPrintable(printed);
    assert.ok(printed.stdout.includes('Win\\x1B\\[2J\\x07\\x1B\\]0;evil\\x07 fake.md:1: Unknown element "x".'), printed.stdout);
    assert.ok(printed.stdout.includes('Impact: Saved\\x1B\\[31m 10%\\u202E\\x9B2J fake.md:1:'), printed.stdout);
    assert.ok(printed.stdout.includes('Raw \\x1B\\[2J title'), printed.stdout);
    const folder = temporaryFolder();
    const saved = await run(['packet', journal, '--today', TODAY, '--out', `packet${ESC}]0;evil${BEL}.md`], folder);
    assert.strictEqual(saved.code, 0, saved.stderr);
    assertPrintable(saved);
    assert.strictEqual(saved.stderr, 'Wrote the promotion packet to packet\\x1B]0;evil\\x07.md.\n');
    const written = fs.readFileSync(path.join(folder, `packet${ESC}]0;evil${BEL}.md`), 'utf8');
    assert.ok(!CONTROL.test(written), JSON.stringify(written));
  });

  test('--json stays valid JSON of the same values, with no control character raw', async () => {
    const journal = hostileJournal();
    const result = await run(['report', journal, '--today', TODAY, '--json']);
    assertPrintable(result);
    const problems = (JSON.parse(result.stdout) as typeof EXPECTED_JSON).problems;
    assert.ok(problems.some((problem) => problem.message === `Unknown element "goal${ESC}[2J${BEL}\r\n  fake.md:1: Unknown element "x".".`), result.stdout);
    const check = await run(['check', journal, '--today', TODAY, '--json']);
    assertPrintable(check);
    assert.deepStrictEqual(JSON.parse(check.stdout), JSON.parse(result.stdout));
  });

  test('a framework file\'s labels and prompts are escaped in report and check', async () => {
    const folder = temporaryFolder();
    const framework = path.join(folder, 'framework.json');
    fs.writeFileSync(framework, JSON.stringify([{ id: 'craft', label: `Craft${ESC}[2J${BEL}\r\n  fake.md:1: bad`, description: '', prompts: [`Why${ESC}]0;evil${BEL}?`] }]));
    const report = await run(['report', temporaryFolder(), '--today', TODAY, '--framework', framework]);
    assert.strictEqual(report.code, 0, report.stderr);
    assertPrintable(report);
    assert.ok(report.stdout.includes('Craft\\x1B[2J\\x07\\r\\n  fake.md:1: bad (craft): missing'), report.stdout);
    assert.ok(report.stdout.includes('    - Why\\x1B]0;evil\\x07?'), report.stdout);
    const check = await run(['check', temporaryFolder(), '--today', TODAY, '--framework', framework]);
    assertPrintable(check);
    assert.ok(check.stderr.includes('    - Why\\x1B]0;evil\\x07?'), check.stderr);
  });

  test('errors quoting a framework file\'s bytes, its name or an argument stay one printable line', async () => {
    const folder = temporaryFolder();
    const bad = path.join(folder, 'bad.json');
    fs.writeFileSync(bad, `${ESC}]0;evil${BEL}${ESC}[2J\r\n  fake.md:1: bad {`);
    const cases = [
      ['report', 'cli-journal', '--framework', bad],
      ['report', 'cli-journal', '--framework', `missing${ESC}[2J${BEL}\n  fake.md:1: x.json`],
      ['report', `no-such${ESC}[2J\n  fake.md:1: journal`],
      [`status${ESC}]0;evil${BEL}`],
      ['report', 'cli-journal', '--today', `2026${ESC}[2J`],
    ];
    for (const args of cases) {
      const result = await run(args);
      assert.strictEqual(result.code, 2, args.join(' '));
      assertPrintable(result);
      assert.strictEqual(result.stderr.split('\n').length, 2, JSON.stringify(result.stderr));
      assert.ok(result.stderr.includes('\\x1B'), result.stderr);
    }
    const malformed = await run(cases[0]);
    assert.match(malformed.stderr, /is not valid JSON \(Unexpected token .*\\x1B\]0;evil\\x07/);
  });

  test('through the bundled bin too', () => {
    const result = spawnBundle(['check', hostileJournal(), '--today', TODAY]);
    assert.strictEqual(result.code, 1, result.stderr);
    assertPrintable(result);
  });
});

suite('cli: a year before 1000 is a typo, not a date', () => {
  const cases: [string[], string][] = [
    [['report', 'cli-journal', '--today', '0050-06-15'], '--today: 0050-06-15 has a year before 1000: did you mean 2050-06-15?'],
    [['report', 'cli-journal', '--today', '0000-02-29'], '--today: 0000-02-29 has a year before 1000: did you mean 2000-02-29?'],
    [['report', 'cli-journal', '--today', '0999-12-31'], '--today: 0999-12-31 has a year before 1000: write the year in full.'],
    [['report', 'cli-journal', '--period', '0026-01-01..2026-06-30'], '--period: 0026-01-01 has a year before 1000: did you mean 2026-01-01?'],
    [['report', 'cli-journal', '--today', TODAY, '--period', '2026-01-01..0026-06-30'], '--period: 0026-06-30 has a year before 1000: did you mean 2026-06-30?'],
  ];
  for (const [args, message] of cases) {
    test(args.slice(2).join(' '), async () => {
      assertUsageError(await run(args), message);
    });
  }

  test('the year 1000 and the year 9999 are dates', async () => {
    const early = await run(['report', temporaryFolder(), '--today', '1000-01-15', '--period', '90', '--json']);
    assert.strictEqual(early.code, 0, early.stderr);
    assert.deepStrictEqual(JSON.parse(early.stdout).period, { start: '0999-10-18', end: '1000-01-15', label: 'in the last 90 days' });
    const late = await run(['report', temporaryFolder(), '--today', '9999-08-01', '--period', 'year', '--fiscal-start', '7']);
    assert.strictEqual(late.code, 0, late.stderr);
    assert.ok(late.stdout.startsWith('Evidence this year (1 Jul – 31 Dec 9999), as of 1 Aug 9999: 0 wins, 0 with a measured result.\n'), late.stdout);
  });

  test('an entry dated 0026-07-14 is a problem naming 2026-07-14, and counts nowhere', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'typo.md'), '---\ntitle: Typo\ndate: 0026-07-14\nelements: [smart-goals]\n---\n');
    fs.writeFileSync(path.join(folder, '0026-07-15-named.md'), '---\ntitle: Named\nelements: [smart-goals]\n---\n');
    const result = await run(['report', folder, '--today', '2026-07-20', '--period', 'year', '--json']);
    const json = JSON.parse(result.stdout);
    assert.strictEqual(json.entries, 0);
    assert.deepStrictEqual(json.problems, [
      { file: '0026-07-15-named.md', message: 'In the file name, 0026-07-15 has a year before 1000: did you mean 2026-07-15?' },
      { file: 'typo.md', message: '0026-07-14 has a year before 1000: did you mean 2026-07-14?' },
    ]);
    const text = await run(['report', folder, '--today', '2026-07-20']);
    assert.match(text.stdout, /^ {2}typo\.md:3: 0026-07-14 has a year before 1000: did you mean 2026-07-14\?$/m);
    assert.ok(!text.stdout.includes('1926'), text.stdout);
  });
});
