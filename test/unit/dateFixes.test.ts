import * as assert from 'assert';
import { impossibleDayReason, notADayMessage } from '../../src/core/dates/calendarDay';
import { dateFixes } from '../../src/core/editing/dateFixes';
import { entryDiagnostics } from '../../src/core/editing/entryDiagnostics';
import { dayInFileName } from '../../src/core/newEntries/fileNaming';

suite('impossible dates', () => {
  test('a date in the form YYYY-MM-DD that names no day says what is wrong', () => {
    assert.strictEqual(notADayMessage('2026-09-31'), '"2026-09-31" is not a date: September has 30 days.');
    assert.strictEqual(notADayMessage('2026-02-29'), '"2026-02-29" is not a date: February 2026 has 28 days.');
    assert.strictEqual(notADayMessage('2026-01-32'), '"2026-01-32" is not a date: January has 31 days.');
    assert.strictEqual(notADayMessage('2026-13-01'), '"2026-13-01" is not a date: the month is 01 to 12.');
    assert.strictEqual(notADayMessage('2026-00-10'), '"2026-00-10" is not a date: the month is 01 to 12.');
    assert.strictEqual(notADayMessage('2026-06-00'), '"2026-06-00" is not a date: the day is 01 to 30.');
    assert.strictEqual(impossibleDayReason('2028-02-29'), undefined, 'a leap day is a day');
    assert.strictEqual(impossibleDayReason('next tuesday'), undefined);
  });

  test('the editor shows the same message as every other surface', () => {
    const [diagnostic] = entryDiagnostics('2026/2026-09-30-launch.md', '---\ntitle: Launch\ndate: 2026-09-31\nelements: [smart-goals]\n---\n');
    assert.strictEqual(diagnostic.code, 'invalid-date');
    assert.strictEqual(diagnostic.message, notADayMessage('2026-09-31'));
    assert.deepStrictEqual(diagnostic.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } });
  });
});

suite('dateFixes', () => {
  test('the day of the file name comes first, then today', () => {
    assert.deepStrictEqual(dateFixes('2026/2026-09-30-launch.md', '2026-12-01'), [
      { day: '2026-09-30', reason: 'file name' },
      { day: '2026-12-01', reason: 'today' },
    ]);
  });

  test('today alone when the file name has no day, or the same day', () => {
    assert.deepStrictEqual(dateFixes('notes/launch.md', '2026-12-01'), [{ day: '2026-12-01', reason: 'today' }]);
    assert.deepStrictEqual(dateFixes('2026-09-31-launch.md', '2026-12-01'), [{ day: '2026-12-01', reason: 'today' }], 'a file name with no real day offers none');
    assert.deepStrictEqual(dateFixes('2026-12-01-launch.md', '2026-12-01'), [{ day: '2026-12-01', reason: 'file name' }]);
  });

  test('the day a file name starts with', () => {
    assert.strictEqual(dayInFileName('2026-07-14-repriced.md'), '2026-07-14');
    assert.strictEqual(dayInFileName('repriced-2026-07-14.md'), undefined);
    assert.strictEqual(dayInFileName('2026-02-30-x.md'), undefined);
  });
});
