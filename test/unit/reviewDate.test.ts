import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { analyzeEvidence } from '../../src/core/evidence/evidence';
import { reviewPeriod, type Period } from '../../src/core/dates/periods';
import {
  daysSinceLastWin,
  inDays,
  inDaysOrWeeks,
  lastWinDay,
  lastWinSentence,
  reviewCountdown,
  reviewCountdownText,
  reviewJson,
  reviewNote,
  reviewSentence,
} from '../../src/core/review/reviewDate';
import { makeEntry } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
const TODAY = '2026-06-20';

suite('reviewDate: reviewCountdown', () => {
  test('a review date setting counts down from today', () => {
    assert.deepStrictEqual(reviewCountdown('2026-07-13', H1, TODAY), { source: 'setting', date: '2026-07-13', daysLeft: 23 });
  });

  test('the review today is 0 days left; a passed one is negative', () => {
    assert.strictEqual(reviewCountdown(TODAY, H1, TODAY).daysLeft, 0);
    assert.strictEqual(reviewCountdown('2026-06-17', H1, TODAY).daysLeft, -3);
  });

  test('without a review date, the end of the review period stands in', () => {
    assert.deepStrictEqual(reviewCountdown(undefined, H1, TODAY), { source: 'period', date: '2026-06-30', daysLeft: 10 });
    assert.deepStrictEqual(reviewCountdown('   ', H1, TODAY), { source: 'period', date: '2026-06-30', daysLeft: 10 });
  });

  test('a period counted back from today has no review date to stand in', () => {
    assert.deepStrictEqual(reviewCountdown('', reviewPeriod(90, TODAY), TODAY), { source: 'none' });
  });

  test('a setting that is not a day is ignored, and kept to be named', () => {
    assert.deepStrictEqual(reviewCountdown('2026-02-30', H1, TODAY), { source: 'period', date: '2026-06-30', daysLeft: 10, ignored: '2026-02-30' });
    assert.deepStrictEqual(reviewCountdown('next week', reviewPeriod(30, TODAY), TODAY), { source: 'none', ignored: 'next week' });
  });

  test('counts calendar days across a year end and a leap day', () => {
    assert.strictEqual(reviewCountdown('2029-01-01', H1, '2028-02-28').daysLeft, 308);
  });
});

suite('reviewDate: texts', () => {
  test('inDays and inDaysOrWeeks', () => {
    assert.deepStrictEqual([0, 1, 2, 23].map(inDays), ['today', 'tomorrow', 'in 2 days', 'in 23 days']);
    assert.deepStrictEqual([0, 13, 14, 35, 38, 42].map(inDaysOrWeeks), ['today', 'in 13 days', 'in 2 weeks', 'in 5 weeks', 'in 5 weeks', 'in 6 weeks']);
  });

  test('the status bar words: only while the review is ahead', () => {
    assert.strictEqual(reviewCountdownText(reviewCountdown('2026-07-13', H1, TODAY)), 'Review in 23 days');
    assert.strictEqual(reviewCountdownText(reviewCountdown(TODAY, H1, TODAY)), 'Review today');
    assert.strictEqual(reviewCountdownText(reviewCountdown('2026-06-17', H1, TODAY)), undefined);
    assert.strictEqual(reviewCountdownText(reviewCountdown('', reviewPeriod(90, TODAY), TODAY)), undefined);
  });

  test('the sentence: ahead, passed, the period over, none', () => {
    assert.strictEqual(reviewSentence(reviewCountdown('2026-06-21', H1, TODAY)), 'Review tomorrow (21 Jun 2026).');
    assert.strictEqual(reviewSentence(reviewCountdown('2026-05-01', H1, TODAY)), 'The review date, 1 May 2026, has passed.');
    assert.strictEqual(reviewSentence(reviewCountdown(undefined, H1, '2026-07-10')), 'The review period ended on 30 Jun 2026.');
    assert.strictEqual(reviewSentence(reviewCountdown(undefined, reviewPeriod(90, TODAY), TODAY)), undefined);
  });

  test('the tooltip note says where the date comes from, and names a setting that is not a date', () => {
    assert.strictEqual(reviewNote(reviewCountdown('2026-07-13', H1, TODAY)), 'Review in 23 days (13 Jul 2026).');
    assert.strictEqual(reviewNote(reviewCountdown('', H1, TODAY)), 'Review in 10 days (30 Jun 2026): the end of the review period.');
    assert.strictEqual(reviewNote(reviewCountdown('', reviewPeriod(90, TODAY), TODAY)), 'No review date: the review period counts back from today.');
    assert.strictEqual(
      reviewNote(reviewCountdown('2026-02-30', H1, TODAY)),
      'Review date setting: "2026-02-30" is not a date: February 2026 has 28 days. Review in 10 days (30 Jun 2026): the end of the review period.',
    );
  });

  test('the JSON form has every key, null for what is unknown', () => {
    assert.deepStrictEqual(reviewJson(reviewCountdown('2026-07-13', H1, TODAY)), { date: '2026-07-13', daysLeft: 23, source: 'setting' });
    assert.deepStrictEqual(reviewJson(reviewCountdown('', reviewPeriod(90, TODAY), TODAY)), { date: null, daysLeft: null, source: 'none' });
  });
});

suite('reviewDate: the last win', () => {
  const evidence = (dates: string[]) =>
    analyzeEvidence(
      dates.map((date, index) => makeEntry({ date, elements: [DEFAULT_ELEMENTS[index % DEFAULT_ELEMENTS.length].id] })),
      DEFAULT_ELEMENTS,
      H1,
      TODAY,
    );

  test('the newest win of any element, even from before the period', () => {
    assert.strictEqual(lastWinDay(evidence(['2025-11-02', '2026-06-04', '2026-03-01'])), '2026-06-04');
    assert.strictEqual(lastWinDay(evidence(['2025-11-02'])), '2025-11-02');
    assert.strictEqual(lastWinDay(evidence([])), undefined);
  });

  test('days since, and the sentence', () => {
    assert.strictEqual(daysSinceLastWin(evidence(['2026-06-04']), TODAY), 16);
    assert.strictEqual(lastWinSentence(evidence(['2026-06-04']), TODAY), 'Last win 16 days ago.');
    assert.strictEqual(lastWinSentence(evidence(['2026-06-19']), TODAY), 'Last win yesterday.');
    assert.strictEqual(lastWinSentence(evidence([TODAY]), TODAY), 'Last win today.');
    assert.strictEqual(lastWinSentence(evidence([]), TODAY), 'No win logged yet.');
  });

  test('a win dated ahead counts as today, not as a negative number of days', () => {
    assert.strictEqual(daysSinceLastWin(evidence(['2026-06-25']), TODAY), 0);
  });
});
