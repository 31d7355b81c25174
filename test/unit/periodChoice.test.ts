import * as assert from 'assert';
import { daysBetween, notADayMessage } from '../../src/core/dates/calendarDay';
import {
  customChoice,
  describePeriod,
  PACKET_PERIOD_CHOICES,
  parsePeriodChoice,
  periodOfChoice,
  type PeriodChoice,
} from '../../src/core/dates/periodChoice';
import { reviewPeriod } from '../../src/core/dates/periods';
import { runInTimeZone, utcDay } from './helpers';

function parsed(text: string): PeriodChoice {
  const result = parsePeriodChoice(text);
  assert.ok(result.ok, `"${text}" should parse: ${result.ok ? '' : result.error}`);
  return result.value;
}

function parseError(text: string): string {
  const result = parsePeriodChoice(text);
  assert.ok(!result.ok, `"${text}" should not parse`);
  return result.error;
}

suite('periodChoice: the packet\'s choices', () => {
  test('this quarter, this half, this year, the last 12 months, a custom range, in that order', () => {
    assert.deepStrictEqual(
      PACKET_PERIOD_CHOICES.map((choice) => [choice.kind, choice.label]),
      [
        ['quarter', 'This quarter'],
        ['half', 'This half'],
        ['year', 'This year'],
        ['last-12-months', 'The last 12 months'],
        ['custom', 'Custom range'],
      ],
    );
  });

  test('quarter, half and year are the review periods, for a fiscal year starting in any month', () => {
    for (let fiscal = 1; fiscal <= 12; fiscal++) {
      for (const kind of ['quarter', 'half', 'year'] as const) {
        for (const today of ['2026-01-01', '2026-07-14', '2028-02-29', '2026-12-31']) {
          assert.deepStrictEqual(periodOfChoice({ kind }, today, fiscal), reviewPeriod(kind, today, fiscal), `${kind} ${today} fiscal ${fiscal}`);
        }
      }
    }
  });

  test('a fiscal year starting in July: the half and year around a new year', () => {
    assert.deepStrictEqual(periodOfChoice({ kind: 'half' }, '2027-01-05', 7), { start: '2027-01-01', end: '2027-06-30', label: 'this half' });
    assert.deepStrictEqual(periodOfChoice({ kind: 'year' }, '2027-01-05', 7), { start: '2026-07-01', end: '2027-06-30', label: 'this year' });
    assert.deepStrictEqual(periodOfChoice({ kind: 'quarter' }, '2026-12-31', 7), { start: '2026-10-01', end: '2026-12-31', label: 'this quarter' });
  });

  test('a fiscal year starting in March ends on the last day of February, 29th in a leap year', () => {
    assert.strictEqual(periodOfChoice({ kind: 'year' }, '2027-06-01', 3).end, '2028-02-29');
    assert.strictEqual(periodOfChoice({ kind: 'year' }, '2026-06-01', 3).end, '2027-02-28');
    assert.strictEqual(periodOfChoice({ kind: 'quarter' }, '2028-02-29', 3).start, '2027-12-01');
  });

  suite('the last 12 months', () => {
    const cases: [string, string][] = [
      ['2026-07-14', '2025-07-15'],
      ['2026-01-01', '2025-01-02'],
      ['2026-12-31', '2026-01-01'],
      ['2028-02-29', '2027-03-01'],
      ['2029-02-28', '2028-02-29'],
      ['2028-03-01', '2027-03-02'],
      ['2026-03-31', '2025-04-01'],
    ];
    for (const [today, start] of cases) {
      test(`up to ${today}: from ${start}, today included`, () => {
        assert.deepStrictEqual(periodOfChoice({ kind: 'last-12-months' }, today), { start, end: today, label: 'in the last 12 months', rolling: true });
      });
    }

    test('every day of 2024 to 2028: 365 or 366 days, ending today, the fiscal year ignored', () => {
      for (let index = 0; index < 5 * 366; index++) {
        const today = utcDay(2024, 0, 1 + index);
        const { start, end } = periodOfChoice({ kind: 'last-12-months' }, today, 7);
        const days = daysBetween(start, end) + 1;
        assert.strictEqual(end, today);
        assert.ok(days === 365 || days === 366, `${start}..${end} is ${days} days`);
        assert.strictEqual(Number(start.slice(0, 4)), Number(today.slice(0, 4)) - (today.slice(5) === '12-31' ? 0 : 1), `${start}..${end}`);
      }
    });
  });

  test('a number of days counts back from today, today included', () => {
    assert.deepStrictEqual(periodOfChoice({ kind: 'days', days: 90 }, '2026-03-31'), { start: '2026-01-01', end: '2026-03-31', label: 'in the last 90 days', rolling: true });
    assert.deepStrictEqual(periodOfChoice({ kind: 'days', days: 1 }, '2028-02-29'), { start: '2028-02-29', end: '2028-02-29', label: 'today', rolling: true });
  });

  test('a custom range is taken as it is', () => {
    assert.deepStrictEqual(periodOfChoice({ kind: 'custom', start: '2025-11-15', end: '2026-02-14' }, '2030-01-01'), {
      start: '2025-11-15',
      end: '2026-02-14',
      label: 'in this period',
    });
  });

  test('describePeriod shows the days, the year once when shared', () => {
    assert.strictEqual(describePeriod({ start: '2026-07-01', end: '2026-09-30', label: '' }), '1 Jul – 30 Sep 2026');
    assert.strictEqual(describePeriod({ start: '2025-10-01', end: '2026-03-31', label: '' }), '1 Oct 2025 – 31 Mar 2026');
    assert.strictEqual(describePeriod({ start: '2026-02-28', end: '2026-02-28', label: '' }), '28 Feb 2026');
  });
});

suite('periodChoice: customChoice', () => {
  test('two real days, start before or on the end', () => {
    assert.deepStrictEqual(customChoice('2026-01-01', '2026-06-30'), { ok: true, value: { kind: 'custom', start: '2026-01-01', end: '2026-06-30' } });
    assert.deepStrictEqual(customChoice(' 2028-02-29 ', '2028-02-29'), { ok: true, value: { kind: 'custom', start: '2028-02-29', end: '2028-02-29' } });
  });

  test('the start after the end is refused', () => {
    assert.deepStrictEqual(customChoice('2026-06-30', '2026-01-01'), { ok: false, error: 'The range starts (2026-06-30) after it ends (2026-01-01).' });
  });

  test('days that do not exist, or are not written YYYY-MM-DD, are refused', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T10:00', 'yesterday']) {
      const result = customChoice(bad, '2030-01-01');
      assert.ok(!result.ok, bad);
      assert.strictEqual(result.error, notADayMessage(bad), "the one message for a text that is not a day");
      assert.ok(!customChoice('2020-01-01', bad).ok, `end ${bad}`);
    }
    assert.deepStrictEqual(customChoice('', '2030-01-01'), { ok: false, error: 'The range has no start date: write START..END, as 2026-01-01..2026-06-30.' });
    assert.deepStrictEqual(customChoice('2020-01-01', ' '), { ok: false, error: 'The range has no end date: write START..END, as 2026-01-01..2026-06-30.' });
  });
});

suite('periodChoice: years before 1000', () => {
  test('a range with a year before 1000 is refused, naming the likely typo', () => {
    assert.deepStrictEqual(customChoice('0026-01-01', '2026-06-30'), { ok: false, error: '0026-01-01 has a year before 1000: did you mean 2026-01-01?' });
    assert.deepStrictEqual(customChoice('2026-01-01', '0026-06-30'), { ok: false, error: '0026-06-30 has a year before 1000: did you mean 2026-06-30?' });
    assert.strictEqual(parseError('0999-01-01..1000-01-01'), '0999-01-01 has a year before 1000: write the year in full.');
  });

  test('1000 and 9999 are years of ranges and of the last 12 months', () => {
    assert.deepStrictEqual(parsed('1000-01-01..9999-12-31'), { kind: 'custom', start: '1000-01-01', end: '9999-12-31' });
    assert.deepStrictEqual(periodOfChoice({ kind: 'last-12-months' }, '1000-06-15'), { start: '0999-06-16', end: '1000-06-15', label: 'in the last 12 months', rolling: true });
    assert.deepStrictEqual(periodOfChoice({ kind: 'last-12-months' }, '9999-12-31'), { start: '9999-01-01', end: '9999-12-31', label: 'in the last 12 months', rolling: true });
    assert.strictEqual(describePeriod(periodOfChoice({ kind: 'last-12-months' }, '1000-06-15')), '16 Jun 0999 – 15 Jun 1000');
  });
});

suite('periodChoice: parsePeriodChoice', () => {
  test('the named periods, in any case and with spaces around', () => {
    assert.deepStrictEqual(parsed('quarter'), { kind: 'quarter' });
    assert.deepStrictEqual(parsed(' Half '), { kind: 'half' });
    assert.deepStrictEqual(parsed('YEAR'), { kind: 'year' });
    assert.deepStrictEqual(parsed('last-12-months'), { kind: 'last-12-months' });
  });

  test('a number of days, 1 to 3660', () => {
    assert.deepStrictEqual(parsed('90'), { kind: 'days', days: 90 });
    assert.deepStrictEqual(parsed('1'), { kind: 'days', days: 1 });
    assert.deepStrictEqual(parsed('3660'), { kind: 'days', days: 3660 });
    assert.strictEqual(parseError('0'), '"0" days is out of range: give 1 to 3660.');
    assert.strictEqual(parseError('3661'), '"3661" days is out of range: give 1 to 3660.');
  });

  test('a range START..END, spaces allowed around the dots', () => {
    assert.deepStrictEqual(parsed('2026-01-01..2026-06-30'), { kind: 'custom', start: '2026-01-01', end: '2026-06-30' });
    assert.deepStrictEqual(parsed('2026-01-01 .. 2026-06-30'), { kind: 'custom', start: '2026-01-01', end: '2026-06-30' });
    assert.strictEqual(parseError('2026-06-30..2026-01-01'), 'The range starts (2026-06-30) after it ends (2026-01-01).');
    assert.strictEqual(parseError('2026-02-30..2026-03-01'), '"2026-02-30" is not a date: February 2026 has 28 days.');
    assert.strictEqual(parseError('2026-01-01..'), 'The range has no end date: write START..END, as 2026-01-01..2026-06-30.');
    assert.strictEqual(parseError('2026-01-01 ..  '), 'The range has no end date: write START..END, as 2026-01-01..2026-06-30.');
    assert.strictEqual(parseError('..2026-06-30'), 'The range has no start date: write START..END, as 2026-01-01..2026-06-30.');
  });

  test('anything else names the forms it takes', () => {
    for (const bad of ['month', '-5', '1.5', 'q3', '']) {
      assert.strictEqual(parseError(bad), `"${bad}" is not a period: use quarter, half, year, last-12-months, a number of days, or START..END.`);
    }
  });
});

suite('periodChoice: time zones', () => {
  test('every choice gives the same days in zones far east and far west of UTC', () => {
    const body = `
      const { periodOfChoice } = core('dates/periodChoice');
      const days = ['2026-01-01', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-12-31', '2028-02-29', '2028-03-01'];
      const choices = [{ kind: 'quarter' }, { kind: 'half' }, { kind: 'year' }, { kind: 'last-12-months' }, { kind: 'days', days: 30 }];
      const result = [];
      for (const today of days) for (const choice of choices) for (let fiscal = 1; fiscal <= 12; fiscal++) {
        result.push(periodOfChoice(choice, today, fiscal));
      }
      return result;
    `;
    const utc = runInTimeZone('UTC', body);
    for (const zone of ['Pacific/Kiritimati', 'America/Adak', 'America/Santiago', 'Australia/Lord_Howe']) {
      assert.deepStrictEqual(runInTimeZone(zone, body), utc, zone);
    }
  });
});

suite('periodChoice: messages quote what the user wrote', () => {
  test('a bad day keeps its casing; keywords are read in any case', () => {
    assert.strictEqual(parseError('2026-01-01..Next-Friday'), '"Next-Friday" is not a date: write it as YYYY-MM-DD.');
    assert.strictEqual(parseError('Yesterday..2026-06-30'), '"Yesterday" is not a date: write it as YYYY-MM-DD.');
    assert.strictEqual(parseError('Decade'), '"Decade" is not a period: use quarter, half, year, last-12-months, a number of days, or START..END.');
    assert.deepStrictEqual(parsed('HALF'), { kind: 'half' });
    assert.deepStrictEqual(parsed('Last-12-Months'), { kind: 'last-12-months' });
  });
});
