import * as assert from 'assert';
import type { CalendarDay } from '../../src/core/dates/calendarDay';
import { DEFAULT_ELEMENTS, type StrategicElement } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { analyzeEvidence, DEFAULT_THRESHOLDS, needsEvidence, type ElementEvidence, type EvidenceThresholds } from '../../src/core/evidence/evidence';
import type { Period } from '../../src/core/dates/periods';
import { makeEntry } from './helpers';

const ALIGN = 'align-stakeholders';
const MEASURE = 'measure-success';

/** The first half of 2026, as `reviewPeriod('half', ...)` would give it. */
const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
/** Q3 2026. */
const Q3: Period = { start: '2026-07-01', end: '2026-09-30', label: 'this quarter' };

function win(date: CalendarDay | undefined, elements: string[] = [ALIGN], fields: Partial<JournalEntry> = {}): JournalEntry {
  return makeEntry({ date, elements, ...fields });
}

/** The evidence for one element (align-stakeholders unless told). */
function evidenceFor(
  entries: JournalEntry[],
  period: Period,
  today: CalendarDay,
  thresholds?: EvidenceThresholds,
  id = ALIGN,
): ElementEvidence {
  const result = analyzeEvidence(entries, DEFAULT_ELEMENTS, period, today, thresholds);
  const found = result.find((evidence) => evidence.element.id === id);
  assert.ok(found, `no evidence for ${id}`);
  return found;
}

suite('evidence: analyzeEvidence', () => {
  test('the default thresholds are 3 entries and 45 days', () => {
    assert.deepStrictEqual(DEFAULT_THRESHOLDS, { minEntries: 3, staleDays: 45 });
  });

  test('returns one result per element, in the order given', () => {
    const elements: StrategicElement[] = [DEFAULT_ELEMENTS[5], DEFAULT_ELEMENTS[0]];
    const result = analyzeEvidence([], elements, Q3, '2026-07-14');
    assert.deepStrictEqual(
      result.map((evidence) => evidence.element.id),
      ['measure-success', 'business-context'],
    );
  });

  suite('missing', () => {
    test('no entry at all: "none <period label>"', () => {
      const evidence = evidenceFor([], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'missing');
      assert.strictEqual(evidence.count, 0);
      assert.strictEqual(evidence.strong, 0);
      assert.strictEqual(evidence.latest, undefined);
      assert.strictEqual(evidence.gap, 'none this quarter');
      assert.strictEqual(needsEvidence(evidence), true);
    });

    test('only older entries: "none since <day>" with the latest one', () => {
      const evidence = evidenceFor([win('2026-03-02'), win('2026-05-12'), win('2026-04-20')], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'missing');
      assert.strictEqual(evidence.count, 0);
      assert.strictEqual(evidence.latest, '2026-05-12');
      assert.strictEqual(evidence.gap, 'none since 12 May');
    });

    test('the year is written when the latest entry is from another year', () => {
      const evidence = evidenceFor([win('2025-05-12')], Q3, '2026-07-14');
      assert.strictEqual(evidence.gap, 'none since 12 May 2025');
    });

    test('entries tagged with other elements do not count', () => {
      const evidence = evidenceFor([win('2026-07-02', [MEASURE]), win('2026-07-03', [MEASURE])], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'missing');
      assert.strictEqual(evidence.gap, 'none this quarter');
    });

    test('entries with no date are ignored', () => {
      const evidence = evidenceFor([win(undefined), win(undefined), win(undefined), win(undefined)], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'missing');
      assert.strictEqual(evidence.count, 0);
      assert.strictEqual(evidence.latest, undefined);
    });

    test('untagged entries and unknown element ids are ignored', () => {
      const evidence = evidenceFor([win('2026-07-02', []), win('2026-07-03', ['no-such-element'])], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'missing');
    });
  });

  suite('period edges', () => {
    test('an entry dated exactly on the period start counts', () => {
      const evidence = evidenceFor([win('2026-07-01')], Q3, '2026-07-14');
      assert.strictEqual(evidence.count, 1);
      assert.strictEqual(evidence.latest, '2026-07-01');
    });

    test('an entry dated exactly on the period end counts', () => {
      const evidence = evidenceFor([win('2026-09-30')], Q3, '2026-09-30');
      assert.strictEqual(evidence.count, 1);
      assert.strictEqual(evidence.latest, '2026-09-30');
    });

    test('the day before the start does not count, but is the latest entry', () => {
      const evidence = evidenceFor([win('2026-06-30')], Q3, '2026-07-14');
      assert.strictEqual(evidence.count, 0);
      assert.strictEqual(evidence.status, 'missing');
      assert.strictEqual(evidence.latest, '2026-06-30');
      assert.strictEqual(evidence.gap, 'none since 30 Jun');
    });

    test('the day after the end neither counts nor is the latest entry', () => {
      const evidence = evidenceFor([win('2026-10-01')], Q3, '2026-10-15');
      assert.strictEqual(evidence.count, 0);
      assert.strictEqual(evidence.latest, undefined);
      assert.strictEqual(evidence.gap, 'none this quarter');
    });

    test('latest is the newest entry on or before the end, wherever it starts', () => {
      const entries = [win('2026-05-01'), win('2026-07-01'), win('2026-09-30'), win('2026-10-01'), win('2027-01-01')];
      const evidence = evidenceFor(entries, Q3, '2026-11-01');
      assert.strictEqual(evidence.count, 2);
      assert.strictEqual(evidence.latest, '2026-09-30');
    });

    test('all four edges together: only start and end are counted', () => {
      const entries = [win('2026-06-30'), win('2026-07-01'), win('2026-09-30'), win('2026-10-01')];
      const evidence = evidenceFor(entries, Q3, '2026-09-30', { minEntries: 2, staleDays: 45 });
      assert.strictEqual(evidence.count, 2);
      assert.strictEqual(evidence.status, 'ok');
    });

    test('a one-day period counts an entry on that day', () => {
      const day: Period = { start: '2026-02-28', end: '2026-02-28', label: 'today' };
      const evidence = evidenceFor([win('2026-02-27'), win('2026-02-28'), win('2026-03-01')], day, '2026-02-28', { minEntries: 1, staleDays: 0 });
      assert.strictEqual(evidence.count, 1);
      assert.strictEqual(evidence.status, 'ok');
    });
  });

  suite('thin', () => {
    test('fewer entries than minEntries: "<count> of <min> <period label>"', () => {
      const evidence = evidenceFor([win('2026-02-01'), win('2026-06-01')], H1, '2026-06-15');
      assert.strictEqual(evidence.status, 'thin');
      assert.strictEqual(evidence.count, 2);
      assert.strictEqual(evidence.gap, '2 of 3 this half');
      assert.strictEqual(needsEvidence(evidence), true);
    });

    test('one entry', () => {
      const evidence = evidenceFor([win('2026-07-10')], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'thin');
      assert.strictEqual(evidence.gap, '1 of 3 this quarter');
    });

    test('exactly minEntries is no longer thin', () => {
      const evidence = evidenceFor([win('2026-07-02'), win('2026-07-05'), win('2026-07-10')], Q3, '2026-07-14');
      assert.strictEqual(evidence.status, 'ok');
      assert.strictEqual(evidence.gap, '');
      assert.strictEqual(needsEvidence(evidence), false);
    });
  });

  suite('stale', () => {
    // 45 days before 14 July 2026 is 30 May 2026.
    const three = (latest: CalendarDay) => [win('2026-02-01'), win('2026-03-01'), win(latest)];

    test('latest exactly staleDays before today is ok', () => {
      const evidence = evidenceFor(three('2026-05-30'), { start: '2026-01-01', end: '2026-12-31', label: 'this year' }, '2026-07-14');
      assert.strictEqual(evidence.status, 'ok');
      assert.strictEqual(evidence.latest, '2026-05-30');
    });

    test('latest staleDays + 1 before today is stale: "none since <day>"', () => {
      const evidence = evidenceFor(three('2026-05-29'), { start: '2026-01-01', end: '2026-12-31', label: 'this year' }, '2026-07-14');
      assert.strictEqual(evidence.status, 'stale');
      assert.strictEqual(evidence.count, 3);
      assert.strictEqual(evidence.gap, 'none since 29 May');
      assert.strictEqual(needsEvidence(evidence), true);
    });

    test('when the period is over, staleness is measured from its end, not from today', () => {
      // H1 ended 30 June; 45 days before it is 16 May.
      const okAtEnd = evidenceFor(three('2026-05-16'), H1, '2026-11-01');
      assert.strictEqual(okAtEnd.status, 'ok', 'measured from today it would be stale');
      const staleAtEnd = evidenceFor(three('2026-05-15'), H1, '2026-11-01');
      assert.strictEqual(staleAtEnd.status, 'stale');
      assert.strictEqual(staleAtEnd.gap, 'none since 15 May');
    });

    test('today on the last day of the period measures from today', () => {
      assert.strictEqual(evidenceFor(three('2026-05-16'), H1, '2026-06-30').status, 'ok');
      assert.strictEqual(evidenceFor(three('2026-05-15'), H1, '2026-06-30').status, 'stale');
    });

    test('the stale day is written with its year when it differs from the reference', () => {
      const period: Period = { start: '2025-10-01', end: '2026-03-31', label: 'this half' };
      const evidence = evidenceFor([win('2025-10-02'), win('2025-10-03'), win('2025-11-20')], period, '2026-01-10');
      assert.strictEqual(evidence.status, 'stale');
      assert.strictEqual(evidence.gap, 'none since 20 Nov 2025');
    });
  });

  suite('thresholds as parameters', () => {
    test('minEntries changes thin and its gap text', () => {
      const entries = [win('2026-07-02'), win('2026-07-05'), win('2026-07-10')];
      const evidence = evidenceFor(entries, Q3, '2026-07-14', { minEntries: 5, staleDays: 45 });
      assert.strictEqual(evidence.status, 'thin');
      assert.strictEqual(evidence.gap, '3 of 5 this quarter');
      assert.strictEqual(evidenceFor(entries, Q3, '2026-07-14', { minEntries: 1, staleDays: 45 }).status, 'ok');
    });

    test('staleDays changes stale, on both sides of the boundary', () => {
      const entries = [win('2026-07-04')]; // 10 days before 14 July
      assert.strictEqual(evidenceFor(entries, Q3, '2026-07-14', { minEntries: 1, staleDays: 10 }).status, 'ok');
      assert.strictEqual(evidenceFor(entries, Q3, '2026-07-14', { minEntries: 1, staleDays: 9 }).status, 'stale');
    });

    test('staleDays 0: only an entry dated today is fresh', () => {
      assert.strictEqual(evidenceFor([win('2026-07-14')], Q3, '2026-07-14', { minEntries: 1, staleDays: 0 }).status, 'ok');
      assert.strictEqual(evidenceFor([win('2026-07-13')], Q3, '2026-07-14', { minEntries: 1, staleDays: 0 }).status, 'stale');
    });
  });

  suite('counting', () => {
    test('an entry tagged with two elements counts for both', () => {
      const entries = [win('2026-07-02', [ALIGN, MEASURE])];
      const result = analyzeEvidence(entries, DEFAULT_ELEMENTS, Q3, '2026-07-14');
      const counts = Object.fromEntries(result.map((evidence) => [evidence.element.id, evidence.count]));
      assert.deepStrictEqual(counts, {
        'business-context': 0,
        'smart-goals': 0,
        'future-trends': 0,
        'iterate-adapt': 0,
        'align-stakeholders': 1,
        'measure-success': 1,
      });
      assert.strictEqual(result.find((evidence) => evidence.element.id === MEASURE)?.latest, '2026-07-02');
    });

    test('strong counts the in-period entries that state a measurable outcome', () => {
      const entries = [
        win('2026-07-02', [ALIGN], { impact: 'Cut churn from 4.1% to 2.9%' }),
        win('2026-07-03', [ALIGN], { metrics: ['$120k ARR'] }),
        win('2026-07-04', [ALIGN], { impact: 'Got the VP on board for Q3' }),
        win('2026-07-05', [ALIGN]),
        win('2026-06-30', [ALIGN], { impact: 'Saved 3x the budget' }), // before the period
        win('2026-10-01', [ALIGN], { impact: 'Saved 3x the budget' }), // after it
      ];
      const evidence = evidenceFor(entries, Q3, '2026-10-15');
      assert.strictEqual(evidence.count, 4);
      assert.strictEqual(evidence.strong, 2);
    });

    test('strong counts for each element of a two-element entry', () => {
      const entries = [win('2026-07-02', [ALIGN, MEASURE], { impact: 'Activation +12%' })];
      assert.strictEqual(evidenceFor(entries, Q3, '2026-07-14', undefined, ALIGN).strong, 1);
      assert.strictEqual(evidenceFor(entries, Q3, '2026-07-14', undefined, MEASURE).strong, 1);
    });

    test('accepts any iterable of entries, read once', () => {
      let reads = 0;
      function* entries(): Generator<JournalEntry> {
        reads++;
        yield win('2026-07-02');
        yield win('2026-07-03');
      }
      const evidence = evidenceFor([...entries()], Q3, '2026-07-14');
      assert.strictEqual(evidence.count, 2);
      const fromGenerator = analyzeEvidence(entries(), DEFAULT_ELEMENTS, Q3, '2026-07-14');
      assert.strictEqual(fromGenerator.find((e) => e.element.id === ALIGN)?.count, 2);
      assert.strictEqual(reads, 2);
    });

    test('does not modify its inputs', () => {
      const entries = [win('2026-07-02')];
      const copy = JSON.parse(JSON.stringify(entries));
      analyzeEvidence(entries, DEFAULT_ELEMENTS, Q3, '2026-07-14');
      assert.deepStrictEqual(JSON.parse(JSON.stringify(entries)), copy);
    });
  });
});
