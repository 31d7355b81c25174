import * as assert from 'assert';
import type { CalendarDay } from '../../src/core/dates/calendarDay';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { analyzeEvidence, DEFAULT_THRESHOLDS } from '../../src/core/evidence/evidence';
import { reviewPeriod, type Period } from '../../src/core/dates/periods';
import { buildReport, type JournalReport } from '../../src/core/evidence/report';
import { compareStrength } from '../../src/core/evidence/entryOrder';
import { reportJson } from '../../src/core/evidence/reportJson';
import { makeEntry, runInTimeZone } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
const TODAY = '2026-06-20';

function win(path: string, date: CalendarDay | undefined, elements: string[], fields: Partial<JournalEntry> = {}): JournalEntry {
  return makeEntry({ path, title: path.replace(/\.md$/, ''), date, elements, ...fields });
}

/** A small journal around the first half of 2026, with every edge the report cares about. */
function journal(): JournalEntry[] {
  return [
    win('a/before.md', '2025-12-31', ['business-context'], { impact: 'Sized the market at $40M' }),
    win('first-day.md', '2026-01-01', ['business-context', 'smart-goals'], { impact: 'Churn 4.1% -> 2.9%' }),
    win('weak.md', '2026-03-05', ['align-stakeholders'], { impact: 'Three VPs committed headcount in Q3' }),
    win('untagged.md', '2026-03-05', []),
    win('broken.md', '2026-04-10', [], { problems: [{ code: 'frontmatter-invalid', message: 'Invalid YAML: bad', line: 3 }] }),
    win('metrics.md', '2026-05-02', ['iterate-adapt', 'measure-success'], { metrics: ['Conversion 31% -> 33%', 'Saved $120k'] }),
    win('last-day.md', '2026-06-30', ['align-stakeholders'], { metrics: ['NPS 31 -> 38'] }),
    win('after.md', '2026-07-01', ['future-trends'], { impact: '2x' }),
    win('undated.md', undefined, ['future-trends'], { problems: [{ code: 'no-date', message: 'No date.' }] }),
    win('unknown.md', '2026-02-01', ['smart-goals'], { problems: [{ code: 'unknown-element', message: 'Unknown element "x".' }] }),
  ];
}

function report(entries = journal(), period = H1, today = TODAY): JournalReport {
  return buildReport(entries, DEFAULT_ELEMENTS, period, today, DEFAULT_THRESHOLDS);
}

suite('report: buildReport', () => {
  test('entries in the period: every entry dated inside it, both edges included, tagged or not, broken or not; newest first, ties by path', () => {
    assert.deepStrictEqual(
      report().entriesInPeriod.map((entry) => entry.path),
      ['last-day.md', 'metrics.md', 'broken.md', 'untagged.md', 'weak.md', 'unknown.md', 'first-day.md'],
    );
  });

  test('the element figures are analyzeEvidence\'s, each with the entries behind its count', () => {
    const built = report();
    const evidence = analyzeEvidence(journal(), DEFAULT_ELEMENTS, H1, TODAY, DEFAULT_THRESHOLDS);
    assert.deepStrictEqual(
      built.elements.map(({ entries: _entries, ...rest }) => rest),
      evidence,
    );
    for (const element of built.elements) {
      assert.strictEqual(element.entries.length, element.count, element.element.id);
      assert.ok(element.entries.every((entry) => entry.elements.includes(element.element.id)));
    }
    const align = built.elements.find((element) => element.element.id === 'align-stakeholders')!;
    assert.deepStrictEqual(align.entries.map((entry) => entry.path), ['last-day.md', 'weak.md']);
  });

  test('the gaps are the elements that are not ok, in the framework order', () => {
    const built = report();
    assert.deepStrictEqual(
      built.gaps.map((gap) => [gap.element.id, gap.status, gap.gap]),
      [
        ['business-context', 'thin', '1 of 3 this half'],
        ['smart-goals', 'thin', '2 of 3 this half'],
        ['future-trends', 'missing', 'none this half'],
        ['iterate-adapt', 'thin', '1 of 3 this half'],
        ['align-stakeholders', 'thin', '2 of 3 this half'],
        ['measure-success', 'thin', '1 of 3 this half'],
      ],
    );
    const lenient = buildReport(journal(), DEFAULT_ELEMENTS, H1, TODAY, { minEntries: 1, staleDays: 365 });
    assert.deepStrictEqual(lenient.gaps.map((gap) => gap.element.id), ['future-trends']);
  });

  test('the elements follow the framework given, in its order', () => {
    const built = buildReport(journal(), [DEFAULT_ELEMENTS[4], DEFAULT_ELEMENTS[0]], H1, TODAY);
    assert.deepStrictEqual(built.elements.map((element) => element.element.id), ['align-stakeholders', 'business-context']);
  });

  suite('wins per month', () => {
    test('every month of the period, oldest first, empty months included; untagged entries are not wins', () => {
      assert.deepStrictEqual(report().winsPerMonth, [
        { month: '2026-01', label: 'Jan 2026', wins: 1, strong: 1 },
        { month: '2026-02', label: 'Feb 2026', wins: 1, strong: 0 },
        { month: '2026-03', label: 'Mar 2026', wins: 1, strong: 0 },
        { month: '2026-04', label: 'Apr 2026', wins: 0, strong: 0 },
        { month: '2026-05', label: 'May 2026', wins: 1, strong: 1 },
        { month: '2026-06', label: 'Jun 2026', wins: 1, strong: 1 },
      ]);
    });

    test('the months add up to the wins of the period, and their strong parts to its strong wins', () => {
      const built = report();
      assert.strictEqual(built.winsPerMonth.reduce((sum, month) => sum + month.wins, 0), built.totals.wins);
      assert.strictEqual(built.winsPerMonth.reduce((sum, month) => sum + month.strong, 0), built.totals.strongWins);
    });

    test('a fiscal half across the new year (October start)', () => {
      const period = reviewPeriod('half', '2026-01-15', 10);
      const built = buildReport([win('x.md', '2025-12-24', ['smart-goals'])], DEFAULT_ELEMENTS, period, '2026-01-15');
      assert.deepStrictEqual(
        built.winsPerMonth.map((month) => `${month.month}:${month.wins}`),
        ['2025-10:0', '2025-11:0', '2025-12:1', '2026-01:0', '2026-02:0', '2026-03:0'],
      );
    });

    test('a number of days starting mid-month touches both partial months', () => {
      const period = reviewPeriod(30, '2028-03-10');
      assert.deepStrictEqual(period, { start: '2028-02-10', end: '2028-03-10', label: 'in the last 30 days', rolling: true });
      const built = buildReport([win('leap.md', '2028-02-29', ['smart-goals']), win('early.md', '2028-02-09', ['smart-goals'])], DEFAULT_ELEMENTS, period, '2028-03-10');
      assert.deepStrictEqual(built.winsPerMonth, [
        { month: '2028-02', label: 'Feb 2028', wins: 1, strong: 0 },
        { month: '2028-03', label: 'Mar 2028', wins: 0, strong: 0 },
      ]);
    });

    test('a one-day period is one month', () => {
      const built = buildReport([], DEFAULT_ELEMENTS, { start: '2026-02-28', end: '2026-02-28', label: 'today' }, '2026-02-28');
      assert.deepStrictEqual(built.winsPerMonth.map((month) => month.month), ['2026-02']);
    });
  });

  suite('strongest entries', () => {
    test('only strong entries of the period: more metrics first, then more elements, then newer', () => {
      assert.deepStrictEqual(report().strongest.map((entry) => entry.path), ['metrics.md', 'last-day.md', 'first-day.md']);
    });

    test('a weak entry (a quarter name, a number in words) is never among them', () => {
      assert.ok(!report().strongest.some((entry) => entry.path === 'weak.md'));
    });

    test('at most five unless told', () => {
      const many = Array.from({ length: 8 }, (_, index) => win(`m${index}.md`, `2026-03-0${index + 1}`, ['smart-goals'], { impact: `${index + 1}%` }));
      assert.deepStrictEqual(report(many).strongest.map((entry) => entry.path), ['m7.md', 'm6.md', 'm5.md', 'm4.md', 'm3.md']);
      assert.strictEqual(buildReport(many, DEFAULT_ELEMENTS, H1, TODAY, DEFAULT_THRESHOLDS, { strongestLimit: 2 }).strongest.length, 2);
    });

    test('compareStrength ties fall back to the date, then the path', () => {
      const a = win('a.md', '2026-03-01', ['smart-goals'], { impact: '1%' });
      const b = win('b.md', '2026-03-01', ['smart-goals'], { impact: '2%' });
      const newer = win('c.md', '2026-03-02', ['smart-goals'], { impact: '3%' });
      assert.deepStrictEqual([b, a, newer].sort(compareStrength).map((entry) => entry.path), ['c.md', 'a.md', 'b.md']);
    });
  });

  test('problems: one per problem of every entry, dated or not, inside the period or not; sorted by file', () => {
    const entries = [
      ...journal(),
      win('z-old.md', '2020-01-01', [], {
        problems: [
          { code: 'unknown-element', message: 'first' },
          { code: 'invalid-date', message: 'second' },
        ],
      }),
    ];
    assert.deepStrictEqual(
      report(entries).problems.map(({ file, message, code, line }) => ({ file, message, code, line })),
      [
        { file: 'broken.md', message: 'Invalid YAML: bad', code: 'frontmatter-invalid', line: 3 },
        { file: 'undated.md', message: 'No date.', code: 'no-date', line: undefined },
        { file: 'unknown.md', message: 'Unknown element "x".', code: 'unknown-element', line: undefined },
        { file: 'z-old.md', message: 'first', code: 'unknown-element', line: undefined },
        { file: 'z-old.md', message: 'second', code: 'invalid-date', line: undefined },
      ],
    );
  });

  test('a problem keeps its entry, so an adapter can open it', () => {
    const entries = journal();
    const broken = entries.find((entry) => entry.path === 'broken.md');
    assert.strictEqual(report(entries).problems[0].entry, broken);
  });

  test('the reading order of the entries never changes the report', () => {
    const forward = reportJson(report(journal()));
    const backward = reportJson(report(journal().reverse()));
    assert.deepStrictEqual(backward, forward);
    assert.deepStrictEqual(report(journal().reverse()).strongest.map((entry) => entry.path), report().strongest.map((entry) => entry.path));
  });

  test('an empty journal: every element missing, no entry, no problem', () => {
    const built = report([]);
    assert.strictEqual(built.entriesInPeriod.length, 0);
    assert.ok(built.elements.every((element) => element.status === 'missing' && element.latest === undefined));
    assert.strictEqual(built.gaps.length, 6);
    assert.deepStrictEqual(built.strongest, []);
    assert.deepStrictEqual(built.problems, []);
  });

  test('keeps the period, today and thresholds it was built for', () => {
    const built = buildReport([], DEFAULT_ELEMENTS, H1, TODAY, { minEntries: 2, staleDays: 10 });
    assert.deepStrictEqual([built.period, built.today, built.thresholds], [H1, TODAY, { minEntries: 2, staleDays: 10 }]);
  });
});

suite('report: reportJson', () => {
  test('the stable form, exactly: keys, order, null for no latest', () => {
    const json = reportJson(report());
    assert.strictEqual(
      JSON.stringify(json),
      JSON.stringify({
        period: { start: '2026-01-01', end: '2026-06-30', label: 'this half' },
        entries: 7,
        wins: 5,
        elements: [
          { id: 'business-context', label: 'Understand the business context', count: 1, strong: 1, latest: '2026-01-01', status: 'thin', allTime: 2 },
          { id: 'smart-goals', label: 'Set clear goals and objectives', count: 2, strong: 1, latest: '2026-02-01', status: 'thin', allTime: 2 },
          { id: 'future-trends', label: 'Anticipate future trends and challenges', count: 0, strong: 0, latest: null, status: 'missing', allTime: 2 },
          { id: 'iterate-adapt', label: 'Iterate and adapt', count: 1, strong: 1, latest: '2026-05-02', status: 'thin', allTime: 1 },
          { id: 'align-stakeholders', label: 'Align stakeholders', count: 2, strong: 1, latest: '2026-06-30', status: 'thin', allTime: 2 },
          { id: 'measure-success', label: 'Measure and evaluate success', count: 1, strong: 1, latest: '2026-05-02', status: 'thin', allTime: 1 },
        ],
        problems: [
          { file: 'broken.md', message: 'Invalid YAML: bad' },
          { file: 'undated.md', message: 'No date.' },
          { file: 'unknown.md', message: 'Unknown element "x".' },
        ],
        review: { date: '2026-06-30', daysLeft: 10, source: 'period' },
      }),
    );
  });

  test('only the documented keys, at every level', () => {
    const json = reportJson(report());
    assert.deepStrictEqual(Object.keys(json), ['period', 'entries', 'wins', 'elements', 'problems', 'review']);
    assert.deepStrictEqual(Object.keys(json.period), ['start', 'end', 'label']);
    assert.deepStrictEqual(Object.keys(json.review), ['date', 'daysLeft', 'source']);
    for (const element of json.elements) {
      assert.deepStrictEqual(Object.keys(element), ['id', 'label', 'count', 'strong', 'latest', 'status', 'allTime']);
    }
    for (const problem of json.problems) {
      assert.deepStrictEqual(Object.keys(problem), ['file', 'message']);
    }
  });

  test('survives a JSON round trip unchanged', () => {
    const json = reportJson(report());
    assert.deepStrictEqual(JSON.parse(JSON.stringify(json)), json);
  });

  test('latest: the newest entry on or before the period\'s end, even from before the period', () => {
    const elements = reportJson(report([win('old.md', '2025-06-01', ['future-trends']), win('later.md', '2026-07-01', ['future-trends'])])).elements;
    assert.deepStrictEqual(elements.find((element) => element.id === 'future-trends'), {
      id: 'future-trends',
      label: 'Anticipate future trends and challenges',
      count: 0,
      strong: 0,
      latest: '2025-06-01',
      status: 'missing',
      allTime: 2,
    });
  });

  test('entries counts the entries dated inside the period, wins the tagged ones once each, elements once per tag', () => {
    const entries = [win('two-tags.md', '2026-02-02', ['smart-goals', 'measure-success']), win('none.md', '2026-02-03', [])];
    const json = reportJson(report(entries));
    assert.strictEqual(json.entries, 2);
    assert.strictEqual(json.wins, 1);
    assert.strictEqual(json.elements.reduce((sum, element) => sum + element.count, 0), 2);
  });

  test('the same JSON in time zones far east and far west of UTC: a date is a calendar day', () => {
    const body = `
      const { DEFAULT_ELEMENTS } = core('elements/elements');
      const { buildReport } = core('evidence/report');
      const { reportJson } = core('evidence/reportJson');
      const { reviewPeriod } = core('dates/periods');
      const entry = (path, date, elements, impact) => ({ path, title: path, date, elements, impact, metrics: [], stakeholders: [], tags: [], confidential: false, problems: [] });
      const entries = [
        entry('a.md', '2026-01-01', ['smart-goals'], '5%'),
        entry('b.md', '2026-06-30', ['smart-goals'], undefined),
        entry('c.md', '2026-07-01', ['smart-goals'], '5%'),
        entry('d.md', '2025-12-31', ['future-trends'], '5%'),
      ];
      const period = reviewPeriod('half', '2026-06-30', 1);
      const report = buildReport(entries, DEFAULT_ELEMENTS, period, '2026-06-30');
      return { json: reportJson(report), months: report.winsPerMonth };
    `;
    const local = runInTimeZone('UTC', body);
    const expected = local as { json: { period: unknown; entries: number } };
    assert.deepStrictEqual(expected.json.period, { start: '2026-01-01', end: '2026-06-30', label: 'this half' });
    assert.strictEqual(expected.json.entries, 2);
    for (const zone of ['Pacific/Kiritimati', 'America/Adak', 'Pacific/Pago_Pago', 'Asia/Kathmandu']) {
      assert.deepStrictEqual(runInTimeZone(zone, body), local, zone);
    }
  });
});
