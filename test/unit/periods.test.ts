import * as assert from 'assert';
import { daysBetween } from '../../src/core/dates/calendarDay';
import { DEFAULT_PERIOD_DAYS, isInPeriod, olderPeriodDays, parsePeriodSetting, periodBucket, periodSettingOf, reviewPeriod, type PeriodSetting } from '../../src/core/dates/periods';
import { runInTimeZone, utcDay } from './helpers';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

suite('periods: reviewPeriod', () => {
  suite('fiscal years starting in every month (today 2026-07-14)', () => {
    // [fiscal start month, quarter, half, year], each as [start, end].
    const table: [number, [string, string], [string, string], [string, string]][] = [
      [1, ['2026-07-01', '2026-09-30'], ['2026-07-01', '2026-12-31'], ['2026-01-01', '2026-12-31']],
      [2, ['2026-05-01', '2026-07-31'], ['2026-02-01', '2026-07-31'], ['2026-02-01', '2027-01-31']],
      [3, ['2026-06-01', '2026-08-31'], ['2026-03-01', '2026-08-31'], ['2026-03-01', '2027-02-28']],
      [4, ['2026-07-01', '2026-09-30'], ['2026-04-01', '2026-09-30'], ['2026-04-01', '2027-03-31']],
      [5, ['2026-05-01', '2026-07-31'], ['2026-05-01', '2026-10-31'], ['2026-05-01', '2027-04-30']],
      [6, ['2026-06-01', '2026-08-31'], ['2026-06-01', '2026-11-30'], ['2026-06-01', '2027-05-31']],
      [7, ['2026-07-01', '2026-09-30'], ['2026-07-01', '2026-12-31'], ['2026-07-01', '2027-06-30']],
      [8, ['2026-05-01', '2026-07-31'], ['2026-02-01', '2026-07-31'], ['2025-08-01', '2026-07-31']],
      [9, ['2026-06-01', '2026-08-31'], ['2026-03-01', '2026-08-31'], ['2025-09-01', '2026-08-31']],
      [10, ['2026-07-01', '2026-09-30'], ['2026-04-01', '2026-09-30'], ['2025-10-01', '2026-09-30']],
      [11, ['2026-05-01', '2026-07-31'], ['2026-05-01', '2026-10-31'], ['2025-11-01', '2026-10-31']],
      [12, ['2026-06-01', '2026-08-31'], ['2026-06-01', '2026-11-30'], ['2025-12-01', '2026-11-30']],
    ];
    for (const [fiscal, quarter, half, year] of table) {
      test(`fiscal year starting in ${MONTH_NAMES[fiscal - 1]}`, () => {
        assert.deepStrictEqual(reviewPeriod('quarter', '2026-07-14', fiscal), { start: quarter[0], end: quarter[1], label: 'this quarter' });
        assert.deepStrictEqual(reviewPeriod('half', '2026-07-14', fiscal), { start: half[0], end: half[1], label: 'this half' });
        assert.deepStrictEqual(reviewPeriod('year', '2026-07-14', fiscal), { start: year[0], end: year[1], label: 'this year' });
      });
    }

    test('the fiscal start month defaults to January', () => {
      assert.deepStrictEqual(reviewPeriod('quarter', '2026-07-14'), reviewPeriod('quarter', '2026-07-14', 1));
      assert.deepStrictEqual(reviewPeriod('year', '2026-07-14'), { start: '2026-01-01', end: '2026-12-31', label: 'this year' });
    });
  });

  test('a fiscal year that started in the previous calendar year (today 2026-01-15, October start)', () => {
    assert.deepStrictEqual(reviewPeriod('quarter', '2026-01-15', 10), { start: '2026-01-01', end: '2026-03-31', label: 'this quarter' });
    assert.deepStrictEqual(reviewPeriod('half', '2026-01-15', 10), { start: '2025-10-01', end: '2026-03-31', label: 'this half' });
    assert.deepStrictEqual(reviewPeriod('year', '2026-01-15', 10), { start: '2025-10-01', end: '2026-09-30', label: 'this year' });
    assert.deepStrictEqual(reviewPeriod('quarter', '2026-01-15', 12), { start: '2025-12-01', end: '2026-02-28', label: 'this quarter' });
  });

  test('every day of 2024 to 2026, every fiscal start and length: invariants', () => {
    const lengths = { quarter: 3, half: 6, year: 12 } as const;
    for (let dayIndex = 0; dayIndex < 366 + 365 + 365; dayIndex++) {
      const today = utcDay(2024, 0, 1 + dayIndex);
      for (let fiscal = 1; fiscal <= 12; fiscal++) {
        for (const setting of ['quarter', 'half', 'year'] as const) {
          const months = lengths[setting];
          const { start, end } = reviewPeriod(setting, today, fiscal);
          const context = `${setting} containing ${today}, fiscal start ${fiscal}: ${start}..${end}`;
          assert.ok(start <= today && today <= end, `today is inside: ${context}`);
          assert.strictEqual(start.slice(8), '01', `starts on the 1st: ${context}`);
          const startYear = Number(start.slice(0, 4));
          const startMonth = Number(start.slice(5, 7)) - 1;
          assert.strictEqual(end, utcDay(startYear, startMonth + months, 0), `ends on the last day of its last month: ${context}`);
          assert.strictEqual((startMonth - (fiscal - 1) + 12) % months, 0, `aligned on the fiscal year: ${context}`);
        }
      }
    }
  });

  suite('leap years', () => {
    const cases: [PeriodSetting, string, number, string, string][] = [
      ['quarter', '2024-02-29', 1, '2024-01-01', '2024-03-31'],
      ['quarter', '2024-01-15', 12, '2023-12-01', '2024-02-29'],
      ['quarter', '2025-01-15', 12, '2024-12-01', '2025-02-28'],
      ['quarter', '2100-01-15', 12, '2099-12-01', '2100-02-28'], // 2100 is not a leap year
      ['quarter', '2000-01-15', 12, '1999-12-01', '2000-02-29'], // 2000 is
      ['half', '2024-02-29', 9, '2023-09-01', '2024-02-29'],
      ['year', '2024-02-29', 3, '2023-03-01', '2024-02-29'],
      ['year', '2024-03-01', 3, '2024-03-01', '2025-02-28'],
      ['year', '2024-02-29', 1, '2024-01-01', '2024-12-31'],
    ];
    for (const [setting, today, fiscal, start, end] of cases) {
      test(`${setting} containing ${today} (fiscal start ${fiscal}) is ${start}..${end}`, () => {
        const period = reviewPeriod(setting, today, fiscal);
        assert.strictEqual(period.start, start);
        assert.strictEqual(period.end, end);
      });
    }
  });

  suite('a number of days, today included', () => {
    const cases: [number, string, string][] = [
      [1, '2026-07-14', '2026-07-14'],
      [7, '2026-07-14', '2026-07-08'],
      [30, '2026-03-08', '2026-02-07'],
      [90, '2026-01-15', '2025-10-18'],
      [2, '2024-03-01', '2024-02-29'],
      [3, '2024-03-01', '2024-02-28'], // crosses Feb 29
      [3, '2023-03-01', '2023-02-27'], // no Feb 29 to cross
      [366, '2024-12-31', '2024-01-01'],
      [365, '2025-02-28', '2024-03-01'],
      [365, '2024-03-31', '2023-04-02'],
    ];
    for (const [days, today, start] of cases) {
      test(`the last ${days} days up to ${today} start on ${start}`, () => {
        assert.deepStrictEqual(reviewPeriod(days, today), { start, end: today, label: days === 1 ? 'today' : `in the last ${days} days`, rolling: true });
      });
    }

    test('the period holds exactly N days, for many N and days', () => {
      for (const days of [1, 2, 28, 29, 30, 31, 59, 60, 90, 180, 365, 366, 3660]) {
        for (let dayIndex = 0; dayIndex < 800; dayIndex += 7) {
          const today = utcDay(2023, 11, 1 + dayIndex);
          const period = reviewPeriod(days, today);
          assert.strictEqual(daysBetween(period.start, period.end) + 1, days, `${days} days up to ${today}`);
          assert.strictEqual(period.start, utcDay(2023, 11, 1 + dayIndex - (days - 1)));
        }
      }
    });

    test('the fiscal start month does not matter', () => {
      assert.deepStrictEqual(reviewPeriod(30, '2026-07-14', 4), reviewPeriod(30, '2026-07-14', 1));
    });
  });

  test('isInPeriod includes both ends', () => {
    const period = reviewPeriod('quarter', '2026-07-14');
    assert.strictEqual(isInPeriod('2026-06-30', period), false);
    assert.strictEqual(isInPeriod('2026-07-01', period), true);
    assert.strictEqual(isInPeriod('2026-08-15', period), true);
    assert.strictEqual(isInPeriod('2026-09-30', period), true);
    assert.strictEqual(isInPeriod('2026-10-01', period), false);
  });
});

suite('periods: the years 1000 and 9999', () => {
  test('periods around 1000 keep their century, reaching back into 0999 when counted back', () => {
    assert.deepStrictEqual(reviewPeriod('quarter', '1000-01-15'), { start: '1000-01-01', end: '1000-03-31', label: 'this quarter' });
    assert.deepStrictEqual(reviewPeriod('year', '1000-03-01', 7), { start: '0999-07-01', end: '1000-06-30', label: 'this year' });
    assert.deepStrictEqual(reviewPeriod(90, '1000-01-15'), { start: '0999-10-18', end: '1000-01-15', label: 'in the last 90 days', rolling: true });
  });

  test('a period of 9999 ends on 9999-12-31 at the latest', () => {
    assert.deepStrictEqual(reviewPeriod('year', '9999-06-01'), { start: '9999-01-01', end: '9999-12-31', label: 'this year' });
    assert.deepStrictEqual(reviewPeriod('year', '9999-08-01', 7), { start: '9999-07-01', end: '9999-12-31', label: 'this year' });
    assert.deepStrictEqual(reviewPeriod('half', '9999-12-31', 10), { start: '9999-10-01', end: '9999-12-31', label: 'this half' });
    assert.deepStrictEqual(reviewPeriod(1, '9999-12-31'), { start: '9999-12-31', end: '9999-12-31', label: 'today', rolling: true });
  });

  test('buckets of 1000 and 9999', () => {
    assert.deepStrictEqual(periodBucket('1000-02-01', 'month'), { key: '1000-02', label: 'February 1000' });
    assert.deepStrictEqual(periodBucket('1000-02-01', 'quarter'), { key: '1000-01', label: 'Q1 1000' });
    assert.deepStrictEqual(periodBucket('1000-02-01', 'quarter', 7), { key: '1000-01', label: 'Q3 FY1000' });
    assert.deepStrictEqual(periodBucket('9999-12-31', 'quarter'), { key: '9999-10', label: 'Q4 9999' });
  });
});

suite('periods: parsePeriodSetting', () => {
  const valid: [unknown, PeriodSetting][] = [
    ['quarter', 'quarter'],
    ['half', 'half'],
    ['year', 'year'],
    [1, 1],
    [30, 30],
    [3660, 3660],
    ['30', 30],
    [' 90 ', 90],
    ['007', 7],
  ];
  for (const [value, expected] of valid) {
    test(`${JSON.stringify(value)} reads as ${JSON.stringify(expected)}`, () => {
      assert.strictEqual(parsePeriodSetting(value), expected);
    });
  }

  const invalid: unknown[] = [
    0, -1, 3661, 1.5, NaN, Infinity, -Infinity,
    '0', '-5', '1.5', '30 days', '1e2', '0x10', '', '   ', 'month', 'quarterly', 'week',
    null, undefined, true, false, {}, [], [30], { days: 30 },
  ];
  for (const value of invalid) {
    test(`${typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value)} is invalid`, () => {
      assert.strictEqual(parsePeriodSetting(value), undefined);
    });
  }
});

suite('periods: periodSettingOf (the review period and its days)', () => {
  test('quarter, half and year ignore the days setting', () => {
    for (const period of ['quarter', 'half', 'year'] as const) {
      assert.strictEqual(periodSettingOf(period, 30), period);
    }
  });

  test('days takes the number from the days setting', () => {
    assert.strictEqual(periodSettingOf('days', 30), 30);
    assert.strictEqual(periodSettingOf('days', 1), 1);
  });

  test('days with a missing or invalid number counts the default days', () => {
    for (const days of [undefined, 0, -5, 2.5, 'thirty', null, 99999]) {
      assert.strictEqual(periodSettingOf('days', days), DEFAULT_PERIOD_DAYS, String(days));
    }
  });

  test('the older form, a number or numeric text in the period itself, reads to the same period as days', () => {
    assert.strictEqual(periodSettingOf(90, undefined), periodSettingOf('days', 90));
    assert.strictEqual(periodSettingOf('90', 45), 90);
    assert.strictEqual(periodSettingOf(' 120 ', undefined), 120);
  });

  test('anything else is invalid', () => {
    for (const period of ['', 'month', 0, undefined, {}]) {
      assert.strictEqual(periodSettingOf(period, 90), undefined, String(period));
    }
  });
});

suite('periods: periodBucket', () => {
  test('months: key YYYY-MM and a "Month YYYY" label, for every month', () => {
    for (let month = 0; month < 12; month++) {
      const day = utcDay(2026, month, 15);
      assert.deepStrictEqual(periodBucket(day, 'month'), { key: day.slice(0, 7), label: `${MONTH_NAMES[month]} 2026` });
    }
    assert.deepStrictEqual(periodBucket('2024-02-29', 'month'), { key: '2024-02', label: 'February 2024' });
    // The fiscal start month does not change months.
    assert.deepStrictEqual(periodBucket('2026-07-14', 'month', 4), { key: '2026-07', label: 'July 2026' });
  });

  test('calendar quarters: "Q<n> <year>", keyed by their first month', () => {
    const cases: [string, string, string][] = [
      ['2026-01-01', '2026-01', 'Q1 2026'],
      ['2026-03-31', '2026-01', 'Q1 2026'],
      ['2026-04-01', '2026-04', 'Q2 2026'],
      ['2026-07-14', '2026-07', 'Q3 2026'],
      ['2026-09-30', '2026-07', 'Q3 2026'],
      ['2026-10-01', '2026-10', 'Q4 2026'],
      ['2026-12-31', '2026-10', 'Q4 2026'],
    ];
    for (const [day, key, label] of cases) {
      assert.deepStrictEqual(periodBucket(day, 'quarter'), { key, label }, day);
      assert.deepStrictEqual(periodBucket(day, 'quarter', 1), { key, label }, day);
    }
  });

  test('fiscal quarters are named by the calendar year the fiscal year ends in', () => {
    const cases: [string, number, string, string][] = [
      // April start (fiscal year April 2026 - March 2027 is FY2027)
      ['2026-04-01', 4, '2026-04', 'Q1 FY2027'],
      ['2026-07-14', 4, '2026-07', 'Q2 FY2027'],
      ['2026-12-31', 4, '2026-10', 'Q3 FY2027'],
      ['2027-01-01', 4, '2027-01', 'Q4 FY2027'],
      ['2027-03-31', 4, '2027-01', 'Q4 FY2027'],
      ['2027-04-01', 4, '2027-04', 'Q1 FY2028'],
      // July start (fiscal year July 2025 - June 2026 is FY2026)
      ['2025-07-01', 7, '2025-07', 'Q1 FY2026'],
      ['2026-06-30', 7, '2026-04', 'Q4 FY2026'],
      // October start
      ['2025-10-01', 10, '2025-10', 'Q1 FY2026'],
      ['2025-12-31', 10, '2025-10', 'Q1 FY2026'],
      ['2026-01-01', 10, '2026-01', 'Q2 FY2026'],
      ['2026-09-30', 10, '2026-07', 'Q4 FY2026'],
      // February start (fiscal year February 2025 - January 2026 is FY2026)
      ['2025-02-01', 2, '2025-02', 'Q1 FY2026'],
      ['2026-01-31', 2, '2025-11', 'Q4 FY2026'],
      // December start, around a leap day
      ['2024-02-29', 12, '2023-12', 'Q1 FY2024'],
      ['2023-12-01', 12, '2023-12', 'Q1 FY2024'],
      ['2024-11-30', 12, '2024-09', 'Q4 FY2024'],
    ];
    for (const [day, fiscal, key, label] of cases) {
      assert.deepStrictEqual(periodBucket(day, 'quarter', fiscal), { key, label }, `${day}, fiscal start ${fiscal}`);
    }
  });

  test('every fiscal start and every month: quarter number, year and key', () => {
    for (let fiscal = 1; fiscal <= 12; fiscal++) {
      for (let month = 1; month <= 12; month++) {
        const day = utcDay(2026, month - 1, 10);
        const quarter = Math.floor(((month - fiscal + 12) % 12) / 3) + 1;
        const bucket = periodBucket(day, 'quarter', fiscal);
        const fiscalYearEnds = fiscal === 1 || month < fiscal ? 2026 : 2027;
        const label = fiscal === 1 ? `Q${quarter} 2026` : `Q${quarter} FY${fiscalYearEnds}`;
        assert.strictEqual(bucket.label, label, `${day}, fiscal start ${fiscal}`);
        assert.strictEqual(bucket.key, reviewPeriod('quarter', day, fiscal).start.slice(0, 7), `${day}, fiscal start ${fiscal}`);
      }
    }
  });

  test('keys sort chronologically across years', () => {
    const days = ['2025-11-20', '2026-01-05', '2026-02-27', '2026-05-01', '2026-12-31', '2027-01-01'];
    for (const grouping of ['month', 'quarter'] as const) {
      for (const fiscal of [1, 4, 10]) {
        const keys = days.map((day) => periodBucket(day, grouping, fiscal).key);
        assert.deepStrictEqual([...keys].sort(), keys, `${grouping}, fiscal start ${fiscal}`);
      }
    }
  });
});

suite('periods: independent of the process time zone', function () {
  this.timeout(60000);

  // The same computations, run in a child process per time zone. Kiritimati is
  // UTC+14, Adak UTC-10/-9 with DST (which starts 8 March and ends 1 November
  // 2026); Santiago switches DST at midnight; Kathmandu is +05:45.
  const body = `
    const periods = core('dates/periods');
    const calendar = core('dates/calendarDay');
    const evidence = core('evidence/evidence');
    const elements = core('elements/elements');
    const days = ['2024-02-29', '2024-03-01', '2026-01-01', '2026-03-08', '2026-03-09', '2026-04-05',
      '2026-07-14', '2026-09-06', '2026-11-01', '2026-11-02', '2026-12-31'];
    const settings = ['quarter', 'half', 'year', 1, 2, 7, 30, 365];
    const entry = (date, elementIds, impact) => ({ path: date + '.md', title: date, date, elements: elementIds,
      impact, metrics: [], stakeholders: [], tags: [], confidential: false, problems: [] });
    const entries = [entry('2026-04-01', ['align-stakeholders'], '+12%'), entry('2026-05-12', ['measure-success']),
      entry('2026-07-01', ['align-stakeholders', 'iterate-adapt']), entry('2026-07-14', ['iterate-adapt'], '3x'),
      entry('2026-09-30', ['iterate-adapt']), entry('2026-10-01', ['smart-goals'])];
    return {
      offsetInJanuary: new Date(2026, 0, 1).getTimezoneOffset(),
      periods: days.flatMap((day) => settings.flatMap((setting) => [1, 2, 4, 7, 10, 12].map((fiscal) =>
        [day, setting, fiscal, periods.reviewPeriod(setting, day, fiscal)]))),
      buckets: days.flatMap((day) => [periods.periodBucket(day, 'month'), periods.periodBucket(day, 'quarter'),
        periods.periodBucket(day, 'quarter', 4), periods.periodBucket(day, 'quarter', 10)]),
      parsed: days.map((day) => calendar.parseCalendarDay(day)),
      parsedWithTime: calendar.parseCalendarDay('2026-07-14T23:30:00-05:00'),
      between: [calendar.daysBetween('2026-03-01', '2026-04-01'), calendar.daysBetween('2026-10-01', '2026-11-30'),
        calendar.daysBetween('2026-03-07', '2026-03-09'), calendar.daysBetween('2026-09-05', '2026-09-07')],
      short: days.map((day) => calendar.shortDay(day, '2026-07-14')),
      evidence: evidence.analyzeEvidence(entries, elements.DEFAULT_ELEMENTS, periods.reviewPeriod('quarter', '2026-07-14'),
        '2026-07-14', { minEntries: 2, staleDays: 10 })
        .map((e) => [e.element.id, e.status, e.count, e.strong, e.latest, e.gap]),
      staleEdge: evidence.analyzeEvidence([entry('2026-01-28', ['measure-success']), entry('2026-03-01', ['measure-success'])],
        elements.DEFAULT_ELEMENTS, { start: '2026-01-01', end: '2026-03-31', label: 'this quarter' }, '2026-04-15',
        { minEntries: 1, staleDays: 30 }).find((e) => e.element.id === 'measure-success').status,
    };
  `;

  type Result = { offsetInJanuary: number } & Record<string, unknown>;
  let reference: Result;

  suiteSetup(() => {
    reference = runInTimeZone('UTC', body) as Result;
  });

  test('the UTC reference gives the expected values', () => {
    assert.strictEqual(reference.offsetInJanuary, 0);
    const periods = reference.periods as [string, PeriodSetting, number, unknown][];
    const find = (day: string, setting: PeriodSetting, fiscal: number) =>
      periods.find(([d, s, f]) => d === day && s === setting && f === fiscal)?.[3];
    assert.deepStrictEqual(find('2026-07-14', 'quarter', 1), { start: '2026-07-01', end: '2026-09-30', label: 'this quarter' });
    assert.deepStrictEqual(find('2024-03-01', 2, 1), { start: '2024-02-29', end: '2024-03-01', label: 'in the last 2 days', rolling: true });
    assert.deepStrictEqual(find('2026-03-09', 2, 1), { start: '2026-03-08', end: '2026-03-09', label: 'in the last 2 days', rolling: true });
    assert.deepStrictEqual(find('2026-11-02', 2, 1), { start: '2026-11-01', end: '2026-11-02', label: 'in the last 2 days', rolling: true });
    assert.deepStrictEqual(reference.between, [31, 60, 2, 2]);
    assert.strictEqual(reference.parsedWithTime, '2026-07-14');
    assert.deepStrictEqual((reference.evidence as unknown[][]).find(([id]) => id === 'iterate-adapt'), [
      'iterate-adapt', 'ok', 3, 1, '2026-09-30', '',
    ]);
    assert.strictEqual(reference.staleEdge, 'ok');
  });

  const zones: [string, number][] = [
    ['Pacific/Kiritimati', -14 * 60],
    ['America/Adak', 10 * 60],
    ['America/Santiago', 3 * 60],
    ['Asia/Kathmandu', -(5 * 60 + 45)],
  ];
  for (const [zone, offsetInJanuary] of zones) {
    test(`the same results with TZ=${zone}`, () => {
      const result = runInTimeZone(zone, body) as Result;
      assert.strictEqual(result.offsetInJanuary, offsetInJanuary, 'the child process really runs in that time zone');
      assert.deepStrictEqual({ ...result, offsetInJanuary: 0 }, reference);
    });
  }
});

suite('periods: olderPeriodDays', () => {
  test('a number or a numeric text is the older way to write days; the current values and nonsense are not', () => {
    assert.strictEqual(olderPeriodDays(90), 90);
    assert.strictEqual(olderPeriodDays('90'), 90);
    assert.strictEqual(olderPeriodDays(' 30 '), 30);
    for (const value of ['days', 'quarter', 'half', 'year', '', 'ninety', 0, -5, 1.5, undefined, null]) {
      assert.strictEqual(olderPeriodDays(value), undefined, String(value));
    }
  });
});
