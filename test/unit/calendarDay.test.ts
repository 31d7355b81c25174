import * as assert from 'assert';
import { dayOf, daysBetween, earlyYearMessage, monthStart, notADayMessage, parseCalendarDay, parseExactDay, shortDay, dayToDate } from '../../src/core/dates/calendarDay';
import { dayRange, longDay } from '../../src/core/dates/dayFormat';
import { runInTimeZone, utcDay } from './helpers';

suite('calendarDay: parseCalendarDay', () => {
  const valid: [string, string][] = [
    ['2026-07-14', '2026-07-14'],
    ['  2026-07-14  ', '2026-07-14'],
    ['2026-07-14T09:30:00', '2026-07-14'],
    ['2026-07-14T23:59:59-12:00', '2026-07-14'],
    ['2026-07-14T00:00:00+14:00', '2026-07-14'],
    ['2026-07-14 09:30', '2026-07-14'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-12-31', '2026-12-31'],
    ['2026-01-01', '2026-01-01'],
  ];
  for (const [text, day] of valid) {
    test(`${JSON.stringify(text)} is ${day}`, () => {
      assert.strictEqual(parseCalendarDay(text), day);
    });
  }

  const invalid = [
    '', 'tomorrow', '2026-02-30', '2025-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10',
    '2026-01-00', '2026-01-32', '2026-7-14', '26-07-14', '14/07/2026', '2026/07/14', '20260714', '2026-07-14x',
    '2026-07-14Z', '+2026-07-14', 'x2026-07-14',
  ];
  for (const text of invalid) {
    test(`${JSON.stringify(text)} is not a day`, () => {
      assert.strictEqual(parseCalendarDay(text), undefined);
    });
  }

  test('every day of 2023 to 2025 round-trips', () => {
    for (let i = 0; i < 365 * 3 + 1; i++) {
      const day = utcDay(2023, 0, 1 + i);
      assert.strictEqual(parseCalendarDay(day), day);
    }
  });
});

suite('calendarDay: parseExactDay', () => {
  test('YYYY-MM-DD exactly, surrounding spaces aside', () => {
    assert.strictEqual(parseExactDay('2026-07-14'), '2026-07-14');
    assert.strictEqual(parseExactDay(' 2026-07-14 '), '2026-07-14');
    assert.strictEqual(parseExactDay('\t2026-07-14\n'), '2026-07-14');
    assert.strictEqual(parseExactDay('2028-02-29'), '2028-02-29');
  });

  test('anything else is no date: an impossible day, another form, a time after the day, a year before 1000', () => {
    for (const text of ['', '   ', '2026-02-30', '2026-7-14', '14/07/2026', '2026-07-14T10:00', '2026-07-14 09:30', '2026-07-14x', '0026-07-14', 'soon']) {
      assert.strictEqual(parseExactDay(text), undefined, text);
    }
  });
});

suite('calendarDay: arithmetic and formatting', () => {
  test('dayOf is the local day of an instant', () => {
    assert.strictEqual(dayOf(new Date(2026, 6, 14, 0, 0, 0)), '2026-07-14');
    assert.strictEqual(dayOf(new Date(2026, 6, 14, 23, 59, 59, 999)), '2026-07-14');
    assert.strictEqual(dayOf(new Date(2024, 1, 29, 12)), '2024-02-29');
  });

  test('dayToDate is midnight of the day, in UTC where every day exists', () => {
    const date = dayToDate('2026-07-14');
    assert.deepStrictEqual([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()], [2026, 6, 14, 0, 0]);
    assert.strictEqual(dayOf(dayToDate('2024-02-29')), '2024-02-29');
  });

  test('daysBetween counts calendar days, negative backwards', () => {
    assert.strictEqual(daysBetween('2026-07-14', '2026-07-14'), 0);
    assert.strictEqual(daysBetween('2026-07-13', '2026-07-14'), 1);
    assert.strictEqual(daysBetween('2026-07-14', '2026-07-13'), -1);
    assert.strictEqual(daysBetween('2026-05-30', '2026-07-14'), 45);
    assert.strictEqual(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.strictEqual(daysBetween('2025-02-28', '2025-03-01'), 1);
    assert.strictEqual(daysBetween('2025-12-31', '2026-01-01'), 1);
    assert.strictEqual(daysBetween('2024-01-01', '2025-01-01'), 366);
    // Across both 2026 DST changes of most northern zones.
    assert.strictEqual(daysBetween('2026-03-01', '2026-04-01'), 31);
    assert.strictEqual(daysBetween('2026-10-01', '2026-11-30'), 60);
  });

  test('shortDay: "12 May", with the year when it differs from the reference', () => {
    assert.strictEqual(shortDay('2026-05-12', '2026-07-14'), '12 May');
    assert.strictEqual(shortDay('2026-01-01', '2026-12-31'), '1 Jan');
    assert.strictEqual(shortDay('2025-05-12', '2026-07-14'), '12 May 2025');
    assert.strictEqual(shortDay('2027-02-03', '2026-07-14'), '3 Feb 2027');
  });
});

suite('calendarDay: years 1000 to 9999, never a shifted century', () => {
  test('1000 and 9999 are years of dates; 0999, 0050 and 0000 are not', () => {
    assert.strictEqual(parseCalendarDay('1000-01-01'), '1000-01-01');
    assert.strictEqual(parseCalendarDay('9999-12-31'), '9999-12-31');
    for (const text of ['0999-12-31', '0050-06-15', '0026-07-14', '0000-01-01', '0000-02-29', '0026-07-14T10:00']) {
      assert.strictEqual(parseCalendarDay(text), undefined, text);
    }
  });

  test('a year before 1000 names the likely typo: 00 becomes 20', () => {
    assert.strictEqual(notADayMessage('0026-07-14'), '0026-07-14 has a year before 1000: did you mean 2026-07-14?');
    assert.strictEqual(notADayMessage(' 0050-06-15 '), '0050-06-15 has a year before 1000: did you mean 2050-06-15?');
    assert.strictEqual(notADayMessage('0000-02-29'), '0000-02-29 has a year before 1000: did you mean 2000-02-29?');
    assert.strictEqual(notADayMessage('0026-07-14T09:30'), '0026-07-14 has a year before 1000: did you mean 2026-07-14?');
    assert.strictEqual(notADayMessage('0999-12-31'), '0999-12-31 has a year before 1000: write the year in full.');
  });

  test('texts not in the form YYYY-MM-DD keep the YYYY-MM-DD message; days that do not exist say why, whatever their year', () => {
    for (const text of ['soon', '2026-07-14T10:00', '26-07-14']) {
      assert.strictEqual(notADayMessage(text), `"${text}" is not a date: write it as YYYY-MM-DD.`, text);
    }
    assert.strictEqual(notADayMessage('2026-02-30'), '"2026-02-30" is not a date: February 2026 has 28 days.');
    assert.strictEqual(notADayMessage('0025-02-29'), '"0025-02-29" is not a date: February 0025 has 28 days.');
    assert.strictEqual(earlyYearMessage('2026-07-14'), undefined);
    assert.strictEqual(earlyYearMessage('1000-01-01'), undefined);
  });

  test('dayToDate and monthStart keep the year as written, 0 to 99 included', () => {
    for (const day of ['0000-01-01', '0000-02-29', '0050-06-15', '0099-12-31', '0999-12-31', '1000-01-01', '9999-12-31']) {
      const date = dayToDate(day);
      assert.strictEqual(date.getFullYear(), Number(day.slice(0, 4)), day);
      assert.strictEqual(dayOf(date), day);
    }
    assert.strictEqual(dayOf(monthStart(50, 5)), '0050-06-01');
    assert.strictEqual(dayOf(monthStart(99, 12)), '0100-01-01');
  });

  test('arithmetic across the year 1000 and up to 9999', () => {
    assert.strictEqual(daysBetween('0999-12-31', '1000-01-01'), 1);
    assert.strictEqual(daysBetween('1000-01-01', '1001-01-01'), 365); // 1000 is not a leap year
    assert.strictEqual(daysBetween('9999-01-01', '9999-12-31'), 364);
    assert.strictEqual(daysBetween('0050-01-01', '1950-01-01'), 693960);
  });

  test('formatting writes the year as it is, in four digits', () => {
    assert.strictEqual(longDay('1000-01-01'), '1 Jan 1000');
    assert.strictEqual(longDay('9999-12-31'), '31 Dec 9999');
    assert.strictEqual(longDay('0999-10-18'), '18 Oct 0999');
    assert.strictEqual(longDay('0050-06-15'), '15 Jun 0050');
    assert.strictEqual(longDay('0000-02-29'), '29 Feb 0000');
    assert.strictEqual(dayRange('0999-10-18', '1000-01-15'), '18 Oct 0999 – 15 Jan 1000');
    assert.strictEqual(dayRange('9999-07-01', '9999-12-31'), '1 Jul – 31 Dec 9999');
    assert.strictEqual(shortDay('0050-01-02', '2026-01-01'), '2 Jan 0050');
  });
});

suite('calendarDay: days that a time zone skipped', function () {
  this.timeout(30000);

  // Kiribati skipped 31 December 1994 and Samoa 30 December 2011 when they
  // crossed the date line: local midnight of those days never happened there.
  // They are still calendar days, and must read the same in every time zone.
  const cases: [string, string][] = [
    ['Pacific/Kiritimati', '1994-12-31'],
    ['Pacific/Apia', '2011-12-30'],
  ];
  for (const [zone, day] of cases) {
    test(`${day} is a day with TZ=${zone}`, () => {
      const result = runInTimeZone(zone, `
        const calendar = core('dates/calendarDay');
        return { parsed: calendar.parseCalendarDay('${day}'), local: calendar.dayOf(calendar.dayToDate('${day}')) };
      `);
      assert.deepStrictEqual(result, { parsed: day, local: day });
    });
  }
});
