import * as assert from 'assert';
import { isNudgeDue, mergeNudgeMemories, parseNudgeCadence, readNudgeMemory, shownOn, snoozedFrom, SNOOZE_DAYS } from '../../src/core/review/nudgeCadence';

const MONDAY = '2026-06-15';

suite('nudgeCadence: isNudgeDue', () => {
  test('never shown: due, unless off', () => {
    assert.strictEqual(isNudgeDue({}, 'weekly', MONDAY), true);
    assert.strictEqual(isNudgeDue({}, 'daily', MONDAY), true);
    assert.strictEqual(isNudgeDue({}, 'off', MONDAY), false);
  });

  test('weekly: once in 7 days, counted in calendar days', () => {
    const shown = shownOn({}, MONDAY);
    assert.deepStrictEqual(shown, { lastShown: MONDAY });
    assert.strictEqual(isNudgeDue(shown, 'weekly', MONDAY), false, 'the same day');
    assert.strictEqual(isNudgeDue(shown, 'weekly', '2026-06-21'), false, '6 days on');
    assert.strictEqual(isNudgeDue(shown, 'weekly', '2026-06-22'), true, '7 days on');
  });

  test('daily: once per calendar day', () => {
    const shown = shownOn({}, MONDAY);
    assert.strictEqual(isNudgeDue(shown, 'daily', MONDAY), false);
    assert.strictEqual(isNudgeDue(shown, 'daily', '2026-06-16'), true);
  });

  test('off: never, whatever was shown', () => {
    assert.strictEqual(isNudgeDue(shownOn({}, '2025-01-01'), 'off', MONDAY), false);
  });

  test('remind me next week: a week of quiet even on a daily cadence, across a month end', () => {
    const snoozed = snoozedFrom(shownOn({}, '2026-06-28'), '2026-06-28');
    assert.deepStrictEqual(snoozed, { lastShown: '2026-06-28', snoozedUntil: '2026-07-05' });
    assert.strictEqual(SNOOZE_DAYS, 7);
    assert.strictEqual(isNudgeDue(snoozed, 'daily', '2026-06-29'), false);
    assert.strictEqual(isNudgeDue(snoozed, 'daily', '2026-07-04'), false);
    assert.strictEqual(isNudgeDue(snoozed, 'daily', '2026-07-05'), true);
    assert.strictEqual(isNudgeDue(snoozed, 'weekly', '2026-07-05'), true);
  });

  test('days remembered from the future (the clock was set back) hold nothing back for long', () => {
    assert.strictEqual(isNudgeDue({ lastShown: '2026-06-20' }, 'weekly', MONDAY), true);
    assert.strictEqual(isNudgeDue({ snoozedUntil: '2027-01-01' }, 'weekly', MONDAY), true, 'longer than any snooze');
    assert.strictEqual(isNudgeDue({ snoozedUntil: '2026-06-20' }, 'weekly', MONDAY), false, 'within a snooze');
  });
});

suite('nudgeCadence: memory', () => {
  test('a stored memory is read back only as real days', () => {
    assert.deepStrictEqual(readNudgeMemory({ lastShown: MONDAY, snoozedUntil: '2026-06-22' }), { lastShown: MONDAY, snoozedUntil: '2026-06-22' });
    assert.deepStrictEqual(readNudgeMemory({ lastShown: '2026-02-30', snoozedUntil: 7 }), {});
    assert.deepStrictEqual(readNudgeMemory({ lastShown: `${MONDAY}T10:00` }), {});
    for (const value of [undefined, null, 'weekly', 3, []]) {
      assert.deepStrictEqual(readNudgeMemory(value), {}, String(value));
    }
  });

  test('several journals in one window: the latest showing and the longest snooze of any', () => {
    assert.deepStrictEqual(
      mergeNudgeMemories([{ lastShown: '2026-06-01', snoozedUntil: '2026-06-20' }, { lastShown: '2026-06-10' }, {}]),
      { lastShown: '2026-06-10', snoozedUntil: '2026-06-20' },
    );
    assert.deepStrictEqual(mergeNudgeMemories([]), {});
  });

  test('the cadence setting: weekly unless daily or off', () => {
    assert.deepStrictEqual(['daily', 'weekly', 'off', 'hourly', undefined, 7].map(parseNudgeCadence), ['daily', 'weekly', 'off', 'weekly', 'weekly', 'weekly']);
  });
});
