import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { buildReport } from '../../src/core/evidence/report';
import { reportJson } from '../../src/core/evidence/reportJson';
import { savedReportOf, savedReportScope, savedReportValue, type SavedReport } from '../../src/core/evidence/savedReport';
import { reviewCountdown } from '../../src/core/review/reviewDate';
import { DiskJournalReader } from '../../src/node/diskJournalReader';
import { savedReportFile } from '../../src/node/savedReports';
import { MAX_READS_ON_THIS_THREAD } from '../../src/node/thisThreadLoad';
import { makeEntry } from './helpers';

const PERIOD = { start: '2026-07-01', end: '2026-12-31', label: 'this half' };
const TODAY = '2026-11-26';
const THRESHOLDS = { minEntries: 3, staleDays: 45 };

function reportOf(entries: JournalEntry[]): SavedReport {
  const report = buildReport(entries, DEFAULT_ELEMENTS, PERIOD, TODAY, THRESHOLDS);
  return { json: reportJson(report), evidence: report.evidence };
}

const SAMPLE = reportOf([
  makeEntry({ path: 'a.md', date: '2026-10-01', elements: ['smart-goals'], impact: 'Cut costs by 4%' }),
  makeEntry({ path: 'b.md', date: '2026-11-01', elements: ['smart-goals', 'iterate-adapt'] }),
  makeEntry({ path: 'c.md', problems: [{ code: 'unknown-element', message: 'Unknown element "x".' }] }),
]);

/** Through JSON, as it is saved and read back. */
const roundTrip = (report: SavedReport) => savedReportOf(JSON.parse(JSON.stringify(savedReportValue(report))), DEFAULT_ELEMENTS);

suite('A saved report: counts only, read back whole or not at all', () => {
  test('what was saved reads back as it was, its evidence with the elements of the framework', () => {
    const read = roundTrip(SAMPLE);
    assert.deepStrictEqual(read, SAMPLE);
    assert.strictEqual(read?.evidence[0].element, DEFAULT_ELEMENTS[0]);
  });

  test('another shape, other elements or elements in another order are ignored', () => {
    interface Saved {
      json: { wins: number; period: unknown; review?: unknown; elements: { label: string }[]; problems: { message?: string }[] };
      evidence?: { id: string; count: unknown; status: string }[];
    }
    const value = JSON.parse(JSON.stringify(savedReportValue(SAMPLE))) as Saved;
    const changed = (change: (copy: Saved) => void) => {
      const copy = JSON.parse(JSON.stringify(value)) as Saved;
      change(copy);
      return savedReportOf(copy, DEFAULT_ELEMENTS);
    };
    for (const [what, change] of [
      ['no evidence', (copy: Saved) => delete copy.evidence],
      ['an evidence missing', (copy: Saved) => copy.evidence!.pop()],
      ['a count as text', (copy: Saved) => (copy.evidence![0].count = '2')],
      ['a negative count', (copy: Saved) => (copy.json.wins = -1)],
      ['an unknown status', (copy: Saved) => (copy.evidence![1].status = 'fine')],
      ['another element', (copy: Saved) => (copy.evidence![0].id = 'other')],
      ['elements swapped', (copy: Saved) => copy.json.elements.reverse()],
      ['a label changed', (copy: Saved) => (copy.json.elements[0].label = 'Other')],
      ['a problem without message', (copy: Saved) => delete copy.json.problems[0].message],
      ['no review', (copy: Saved) => delete copy.json.review],
      ['no period', (copy: Saved) => (copy.json.period = 'this half')],
    ] as const) {
      assert.strictEqual(changed(change), undefined, what);
    }
    assert.strictEqual(savedReportOf([value], DEFAULT_ELEMENTS), undefined);
    assert.strictEqual(savedReportOf(value, DEFAULT_ELEMENTS.slice(1)), undefined, 'other elements');
  });

  test('another day, period, thresholds, review date or framework is another scope', () => {
    const scope = { elements: DEFAULT_ELEMENTS, period: PERIOD, today: TODAY, thresholds: THRESHOLDS, review: reviewCountdown(undefined, PERIOD, TODAY) };
    const text = savedReportScope(scope);
    assert.strictEqual(savedReportScope({ ...scope, period: { ...PERIOD } }), text, 'the same scope, another object');
    for (const other of [
      { ...scope, today: '2026-11-27', review: reviewCountdown(undefined, PERIOD, '2026-11-27') },
      { ...scope, period: { ...PERIOD, label: 'this year', start: '2026-01-01' } },
      { ...scope, thresholds: { ...THRESHOLDS, minEntries: 4 } },
      { ...scope, review: reviewCountdown('2026-12-15', PERIOD, TODAY) },
      { ...scope, elements: DEFAULT_ELEMENTS.slice(1) },
      { ...scope, elements: [{ ...DEFAULT_ELEMENTS[0], label: 'Goals' }, ...DEFAULT_ELEMENTS.slice(1)] },
    ]) {
      assert.notStrictEqual(savedReportScope(other), text);
    }
  });
});

const AN_HOUR_AGO = new Date(Date.now() - 3600 * 1000);
const SCOPE = 'this half, as of 2026-11-26';
const REPORT = { flags: ['smart-goals'], wins: 3 };

function write(folder: string, name: string, text: string, modified = AN_HOUR_AGO): void {
  const file = path.join(folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.utimesSync(file, modified, modified);
}

const entry = (title: string, element = 'smart-goals') => `---\ntitle: ${title}\ndate: 2026-10-15\nelements: [${element}]\n---\nBody.\n`;

/** One start of the extension as it uses its reader: the saved report, the load, then this load's report saved. */
async function start(folder: string, storage: string, options: { scope?: string; report?: unknown; beforeLoad?: () => void; duringLoad?: () => void; afterLoad?: () => void } = {}) {
  const reader = new DiskJournalReader(folder, storage);
  const scope = options.scope ?? SCOPE;
  const shown = await reader.savedReport(DEFAULT_ELEMENTS, scope);
  options.beforeLoad?.();
  const entries: JournalEntry[] = [];
  await reader.readAll(new ElementMatcher(DEFAULT_ELEMENTS), (slice) => {
    if (entries.length === 0) {
      options.duringLoad?.();
    }
    entries.push(...slice);
  });
  await reader.lastLoad?.finished;
  options.afterLoad?.();
  const saved = await reader.saveReport(DEFAULT_ELEMENTS, scope, options.report ?? REPORT);
  return { shown, saved, entries };
}

/** Starts until one saves its report: the first start lists nothing before the worker, so saves none. */
async function startedTwice(folder: string, storage: string) {
  const first = await start(folder, storage);
  assert.deepStrictEqual([first.shown, first.saved], [undefined, false], 'a first start has no state of its files to save a report of');
  const second = await start(folder, storage);
  assert.deepStrictEqual([second.shown, second.saved], [undefined, true]);
}

suite('DiskJournalReader: the report saved for the next start', () => {
  let folder: string;
  let storage: string;

  setup(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-report-'));
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-storage-'));
    for (const name of ['2026/a.md', '2026/b.md', '2026/c.md']) {
      write(folder, name, entry(name));
    }
  });

  teardown(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  test('a start on unchanged files gets the report the start before saved; its load still reads the journal whole', async () => {
    await startedTwice(folder, storage);
    const third = await start(folder, storage, { report: { other: true } });
    assert.deepStrictEqual(third.shown, REPORT);
    assert.strictEqual(third.entries.length, 3);
    assert.deepStrictEqual((await start(folder, storage)).shown, { other: true }, 'the latest save is the one read');
  });

  for (const [change, make] of [
    ['an edit that keeps the size and modification time', (journal: string) => write(journal, '2026/a.md', entry('2026/a.mx'))],
    ['a file added', (journal: string) => write(journal, '2026/d.md', entry('d'))],
    ['a file deleted', (journal: string) => fs.rmSync(path.join(journal, '2026/b.md'))],
    ['a file renamed', (journal: string) => fs.renameSync(path.join(journal, '2026/b.md'), path.join(journal, '2026/b2.md'))],
    ['a file replaced by a link to another', (journal: string) => (fs.rmSync(path.join(journal, '2026/c.md')), fs.symlinkSync(path.join(journal, '2026/a.md'), path.join(journal, '2026/c.md')))],
  ] as const) {
    test(`${change} while closed: the saved report is not shown, and the next one is of the files as they are`, async () => {
      await startedTwice(folder, storage);
      make(folder);
      const after = await start(folder, storage, { report: { after: change } });
      assert.strictEqual(after.shown, undefined);
      const next = await start(folder, storage);
      // A journal with a link in it has no state to trust: nothing is saved of it.
      assert.deepStrictEqual(next.shown, change.includes('link') ? undefined : { after: change });
    });
  }

  test(`a first start whose worker reads the journal (more than ${MAX_READS_ON_THIS_THREAD} files) saves its report from the worker's stamps: the second start shows it`, async () => {
    for (let index = 0; index <= MAX_READS_ON_THIS_THREAD; index++) {
      write(folder, `many/win-${index}.md`, entry(`Win ${index}`));
    }
    const first = await start(folder, storage);
    assert.deepStrictEqual([first.shown, first.saved, first.entries.length], [undefined, true, MAX_READS_ON_THIS_THREAD + 4]);
    assert.deepStrictEqual((await start(folder, storage)).shown, REPORT);
  });

  test('another scope (another day, other settings) gets no saved report', async () => {
    await startedTwice(folder, storage);
    assert.strictEqual((await start(folder, storage, { scope: 'this half, as of 2026-11-27' })).shown, undefined);
  });

  test('a corrupt, truncated or foreign saved report is ignored, then replaced', async () => {
    await startedTwice(folder, storage);
    const file = savedReportFile(storage, folder);
    const whole = fs.readFileSync(file, 'utf8');
    const otherFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-report-other-'));
    try {
      write(otherFolder, 'x.md', entry('x'));
      await startedTwice(otherFolder, storage);
      for (const [what, text] of [
        ['truncated', whole.slice(0, whole.length - 5)],
        ['corrupt', whole.replace('smart-goals', 'smart-goalz')],
        ['not ours', 'just some text'],
        ['another journal\'s', fs.readFileSync(savedReportFile(storage, otherFolder), 'utf8')],
      ]) {
        fs.writeFileSync(file, text);
        const ignored = await start(folder, storage);
        assert.deepStrictEqual([ignored.shown, ignored.saved], [undefined, true], what);
        assert.deepStrictEqual((await start(folder, storage)).shown, REPORT, `${what}: replaced`);
      }
    } finally {
      fs.rmSync(otherFolder, { recursive: true, force: true });
    }
  });

  test('a file modified just before the listing makes no saved report: its stamp may not tell a later write', async () => {
    await startedTwice(folder, storage);
    write(folder, '2026/a.md', entry('just now'), new Date());
    const racy = await start(folder, storage);
    assert.deepStrictEqual([racy.shown, racy.saved], [undefined, false]);
  });

  for (const moment of ['beforeLoad', 'duringLoad', 'afterLoad'] as const) {
    test(`another process writing an entry ${moment === 'beforeLoad' ? 'after the listing, before the load' : moment === 'duringLoad' ? 'while the journal loads' : 'after the load, before the report is saved'}: nothing is saved of the files as they were`, async () => {
      await startedTwice(folder, storage);
      const other = () => {
        const script = `require('fs').appendFileSync(${JSON.stringify(path.join(folder, '2026/b.md'))}, 'More.\\n')`;
        assert.strictEqual(spawnSync(process.execPath, ['-e', script]).status, 0);
      };
      const written = await start(folder, storage, { [moment]: other, report: { before: 'the write' } });
      assert.deepStrictEqual([written.shown, written.saved], [REPORT, false], 'the saved report was shown (the files were as saved), and no new one saved');
      assert.strictEqual((await start(folder, storage)).shown, undefined, 'after the write, neither report is shown');
    });
  }

  test('without storage on this disk nothing is listed early, shown or saved', async () => {
    const reader = new DiskJournalReader(folder, undefined);
    assert.strictEqual(await reader.savedReport(DEFAULT_ELEMENTS, SCOPE), undefined);
    await reader.readAll(new ElementMatcher(DEFAULT_ELEMENTS), () => undefined);
    assert.strictEqual(await reader.saveReport(DEFAULT_ELEMENTS, SCOPE, REPORT), false);
  });
});
