import * as assert from 'assert';
import type { CalendarDay } from '../../src/core/dates/calendarDay';
import { DEFAULT_ELEMENTS, type StrategicElement } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { type EvidenceThresholds } from '../../src/core/evidence/evidence';
import { reviewPeriod, type Period } from '../../src/core/dates/periods';
import { buildReport } from '../../src/core/evidence/report';
import { reviewCountdown } from '../../src/core/review/reviewDate';
import { DEFAULT_NUDGE_RULES, mostUrgentGap, nudgeFor, type NudgeRules } from '../../src/core/review/reviewUrgency';
import { makeEntry } from './helpers';

/** The first half of 2026, seen from a day in May. */
const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
const TODAY = '2026-05-20';
/** Five weeks ahead of TODAY. */
const REVIEW = '2026-06-24';
/** With a minimum of 1 win, a win every few days keeps every element ok. */
const LENIENT: EvidenceThresholds = { minEntries: 1, staleDays: 45 };

const ids = DEFAULT_ELEMENTS.map((element) => element.id);

function win(date: CalendarDay, ...elements: string[]): JournalEntry {
  return makeEntry({ date, elements });
}

/** A win for every default element on `date`. */
function everyElementOn(date: CalendarDay): JournalEntry {
  return win(date, ...ids);
}

function reportOf(entries: JournalEntry[], options: { today?: CalendarDay; thresholds?: EvidenceThresholds; elements?: readonly StrategicElement[]; period?: Period } = {}) {
  return buildReport(entries, options.elements ?? DEFAULT_ELEMENTS, options.period ?? H1, options.today ?? TODAY, options.thresholds ?? LENIENT);
}

function nudge(entries: JournalEntry[], reviewDate: string | undefined, options: Parameters<typeof reportOf>[1] & { rules?: NudgeRules } = {}) {
  const report = reportOf(entries, options);
  return nudgeFor(report, reviewCountdown(reviewDate, report.period, report.today), options.rules);
}

suite('reviewUrgency: mostUrgentGap', () => {
  test('missing before thin before stale, whatever the framework order', () => {
    const report = reportOf(
      [
        // business-context: stale (only an old win); smart-goals: thin (1 of 2); future-trends: missing.
        win('2026-01-10', 'business-context'),
        win('2026-01-11', 'business-context'),
        win('2026-05-01', 'smart-goals'),
        win('2026-05-02', 'iterate-adapt', 'align-stakeholders', 'measure-success'),
        win('2026-05-03', 'iterate-adapt', 'align-stakeholders', 'measure-success'),
      ],
      { thresholds: { minEntries: 2, staleDays: 45 } },
    );
    assert.deepStrictEqual(
      report.evidence.map((item) => item.status),
      ['stale', 'thin', 'missing', 'ok', 'ok', 'ok'],
    );
    assert.strictEqual(mostUrgentGap(report.evidence)?.element.id, 'future-trends');
  });

  test('among the same status: fewest wins, then longest without one (never first), then the framework order', () => {
    const thin = reportOf([win('2026-05-01', 'smart-goals'), win('2026-04-01', 'align-stakeholders'), win('2026-04-02', 'align-stakeholders')], {
      thresholds: { minEntries: 3, staleDays: 45 },
    });
    assert.strictEqual(mostUrgentGap(thin.evidence)?.element.id, 'business-context', 'the missing ones come first, never-logged first');
    const missingOnly = reportOf([win('2025-11-01', 'smart-goals'), win('2025-12-01', 'future-trends'), ...[0, 1].map(() => win('2026-05-10', 'business-context', 'iterate-adapt', 'align-stakeholders', 'measure-success'))], {
      thresholds: { minEntries: 2, staleDays: 45 },
    });
    assert.strictEqual(mostUrgentGap(missingOnly.evidence)?.element.id, 'smart-goals', 'missing since November before missing since December');
    const fewest = reportOf([win('2026-05-01', 'smart-goals'), win('2026-05-02', 'smart-goals'), win('2026-05-03', 'future-trends'), ...[0, 1, 2].map(() => win('2026-05-10', 'business-context', 'iterate-adapt', 'align-stakeholders', 'measure-success'))], {
      thresholds: { minEntries: 3, staleDays: 45 },
    });
    assert.strictEqual(mostUrgentGap(fewest.evidence)?.element.id, 'future-trends', '1 win before 2 wins');
    const tie = reportOf([win('2026-05-01', 'smart-goals', 'future-trends'), ...[0, 1].map(() => win('2026-05-10', 'business-context', 'iterate-adapt', 'align-stakeholders', 'measure-success'))], {
      thresholds: { minEntries: 2, staleDays: 45 },
    });
    assert.strictEqual(mostUrgentGap(tie.evidence)?.element.id, 'smart-goals', 'a tie goes to the earlier element');
  });

  test('nothing when every element is ok', () => {
    assert.strictEqual(mostUrgentGap(reportOf([everyElementOn('2026-05-10')]).evidence), undefined);
  });
});

suite('reviewUrgency: nudgeFor', () => {
  /** Every element ok but align-stakeholders, last seen on 12 May of last year. */
  const alignMissing = () => [win('2025-05-12', 'align-stakeholders'), win('2026-05-18', ...ids.filter((id) => id !== 'align-stakeholders'))];

  test('the review within the lead time: one sentence naming the element and why', () => {
    const found = nudge(alignMissing(), REVIEW);
    assert.strictEqual(found?.evidence.element.id, 'align-stakeholders');
    assert.strictEqual(found.reason, 'review-soon');
    assert.strictEqual(found.message, 'No evidence for Align stakeholders since 12 May 2025, and your review is in 5 weeks.');
  });

  test('the lead time is inclusive: 6 weeks ahead nudges, a day more does not', () => {
    assert.strictEqual(DEFAULT_NUDGE_RULES.leadTimeDays, 42);
    assert.strictEqual(nudge(alignMissing(), '2026-07-01')?.message, 'No evidence for Align stakeholders since 12 May 2025, and your review is in 6 weeks.');
    assert.strictEqual(nudge(alignMissing(), '2026-07-02'), undefined);
    assert.ok(nudge(alignMissing(), '2026-07-02', { rules: { leadTimeDays: 43, daysWithoutWin: 14 } }));
  });

  test('the review today, tomorrow, in a few days', () => {
    assert.match(nudge(alignMissing(), TODAY)!.message, /, and your review is today\.$/);
    assert.match(nudge(alignMissing(), '2026-05-21')!.message, /, and your review is tomorrow\.$/);
    assert.match(nudge(alignMissing(), '2026-05-30')!.message, /, and your review is in 10 days\.$/);
  });

  test('a review that has passed no longer nudges; a quiet journal still does', () => {
    assert.strictEqual(nudge(alignMissing(), '2026-05-19'), undefined);
    const quiet = nudge([win('2026-04-01', ...ids.slice(1))], '2026-05-19');
    assert.strictEqual(quiet?.reason, 'no-recent-win');
    assert.strictEqual(quiet.message, 'No evidence for Understand the business context this half, and your last win was 49 days ago.');
  });

  test('no review date (a rolling period): only the journal\'s silence counts', () => {
    const period = reviewPeriod(90, TODAY);
    assert.strictEqual(nudge(alignMissing(), undefined, { period }), undefined, 'last win 2 days ago');
    const quiet = nudge([win('2026-05-06', ...ids.slice(1))], undefined, { period });
    assert.strictEqual(quiet?.message, 'No evidence for Understand the business context in the last 90 days, and your last win was 14 days ago.');
  });

  test('days without a win are inclusive: 14 nudges, 13 does not', () => {
    assert.strictEqual(nudge([win('2026-05-06', ...ids.slice(1))], '2026-12-31')?.reason, 'no-recent-win');
    assert.strictEqual(nudge([win('2026-05-07', ...ids.slice(1))], '2026-12-31'), undefined);
  });

  test('the review date wins over silence as the reason: it is the one to act on', () => {
    assert.strictEqual(nudge([win('2026-04-01', ...ids.slice(1))], REVIEW)?.reason, 'review-soon');
  });

  test('a journal without any win: the review counts, the silence is not measured', () => {
    assert.strictEqual(nudge([], REVIEW)?.message, 'No evidence for Understand the business context this half, and your review is in 5 weeks.');
    assert.strictEqual(nudge([], '2026-12-31'), undefined);
  });

  test('all elements ok: nothing, however near the review', () => {
    assert.strictEqual(nudge([everyElementOn('2026-05-01')], TODAY), undefined);
    assert.strictEqual(nudge([everyElementOn('2026-01-01')], undefined, { thresholds: { minEntries: 1, staleDays: 365 } }), undefined);
  });

  test('a framework with one element', () => {
    const only: StrategicElement = { id: 'impact', label: 'Scope and impact', description: '', prompts: [], icon: 'rocket' };
    assert.strictEqual(nudge([win('2026-05-01', 'impact')], REVIEW, { elements: [only] }), undefined);
    const found = nudge([], REVIEW, { elements: [only] });
    assert.strictEqual(found?.evidence.element, only);
    assert.strictEqual(found.message, 'No evidence for Scope and impact this half, and your review is in 5 weeks.');
  });

  test('only stale elements: the one without a win the longest, said as "no new win"', () => {
    const entries = [everyElementOn('2026-02-10'), win('2026-03-20', ...ids.filter((id) => id !== 'iterate-adapt'))];
    const report = reportOf(entries);
    assert.ok(report.evidence.every((item) => item.status === 'stale'), report.evidence.map((item) => item.status).join());
    const found = nudge(entries, REVIEW);
    assert.strictEqual(found?.evidence.element.id, 'iterate-adapt');
    assert.strictEqual(found.message, 'No new win for Iterate and adapt since 10 Feb, and your review is in 5 weeks.');
  });

  test('a thin element says how many of how many', () => {
    const entries = [win('2026-05-01', 'smart-goals'), ...[0, 1].map(() => win('2026-05-10', ...ids.filter((id) => id !== 'smart-goals')))];
    assert.strictEqual(
      nudge(entries, REVIEW, { thresholds: { minEntries: 2, staleDays: 45 } })?.message,
      'Only 1 of 2 wins for Set clear goals and objectives this half, and your review is in 5 weeks.',
    );
  });

  test('the sentence is short enough for a notification', () => {
    const longest = nudge([], REVIEW, { elements: [DEFAULT_ELEMENTS[2]] })!.message;
    assert.ok(longest.length <= 120, `${longest.length}: ${longest}`);
  });
});
