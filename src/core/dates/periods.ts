import { addDays, addMonths, format, subDays } from 'date-fns';
import { dayOf, dayToDate, monthStart, type CalendarDay } from './calendarDay';

/** A review period: calendar (fiscal) quarter, half or year containing today, or the last N days. */
export type PeriodSetting = 'quarter' | 'half' | 'year' | number;

export interface Period {
  readonly start: CalendarDay;
  /** Inclusive. */
  readonly end: CalendarDay;
  /** For sentences such as "2 of 3 this half". */
  readonly label: string;
  /** Counted back from today (the last N days): it moves with today, so its end is no review date. */
  readonly rolling?: boolean;
}

const MONTHS_PER_PERIOD = { quarter: 3, half: 6, year: 12 } as const;
/** The last day `YYYY-MM-DD` can write: a fiscal year of 9999 can end after it. */
const LAST_DAY: CalendarDay = '9999-12-31';

/** Reads a setting value ("quarter", "half", "year", or a number of days), or undefined when invalid. */
export function parsePeriodSetting(value: unknown): PeriodSetting | undefined {
  if (value === 'quarter' || value === 'half' || value === 'year') {
    return value;
  }
  const days = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 3660 ? days : undefined;
}

/** The days of a review period written the older way (`90` or `"90"` instead of `days` and a number of days); undefined otherwise. */
export function olderPeriodDays(period: unknown): number | undefined {
  const setting = parsePeriodSetting(period);
  return typeof setting === 'number' ? setting : undefined;
}

/** The number of days a `days` review period counts when its own setting is missing or invalid. */
export const DEFAULT_PERIOD_DAYS = 90;

/**
 * The review period from its two settings: `quarter`, `half` or `year`; or
 * `days` with the number of days from the second setting. A number, or a
 * numeric text such as "90", in the first is the older form of `days` and
 * still counts. Undefined when the first is invalid.
 */
export function periodSettingOf(period: unknown, days: unknown): PeriodSetting | undefined {
  if (period === 'days') {
    const count = parsePeriodSetting(days);
    return typeof count === 'number' ? count : DEFAULT_PERIOD_DAYS;
  }
  return parsePeriodSetting(period);
}

/**
 * The review period that contains `today`. Calendar periods start from the
 * fiscal year's first month (1 = January); a number of days counts back from
 * today, today included.
 */
export function reviewPeriod(setting: PeriodSetting, today: CalendarDay, fiscalStartMonth = 1): Period {
  if (typeof setting === 'number') {
    const end = dayToDate(today);
    return { start: dayOf(subDays(end, setting - 1)), end: today, label: setting === 1 ? 'today' : `in the last ${setting} days`, rolling: true };
  }
  const months = MONTHS_PER_PERIOD[setting];
  const start = fiscalPeriodStart(today, months, fiscalStartMonth);
  const end = subDays(addMonths(start, months), 1);
  return { start: dayOf(start), end: end > dayToDate(LAST_DAY) ? LAST_DAY : dayOf(end), label: `this ${setting}` };
}

/** First day of the fiscal period of `months` length that contains `day`. */
function fiscalPeriodStart(day: CalendarDay, months: number, fiscalStartMonth: number): Date {
  const date = dayToDate(day);
  const monthsIntoFiscalYear = (date.getMonth() - (fiscalStartMonth - 1) + 12) % 12;
  const offset = monthsIntoFiscalYear - (monthsIntoFiscalYear % months);
  const fiscalYearStart = addMonths(monthStart(date.getFullYear(), date.getMonth()), -monthsIntoFiscalYear);
  return addMonths(fiscalYearStart, offset);
}

export type PeriodGrouping = 'quarter' | 'month';

export interface PeriodBucket {
  /** Sorts chronologically as a string. */
  readonly key: string;
  readonly label: string;
}

/**
 * The quarter or month a day falls in, for grouping entries. Fiscal years are
 * named by the calendar year they end in, as most companies do.
 */
export function periodBucket(day: CalendarDay, grouping: PeriodGrouping, fiscalStartMonth = 1): PeriodBucket {
  if (grouping === 'month') {
    return { key: day.slice(0, 7), label: format(dayToDate(day), 'MMMM uuuu') };
  }
  const start = fiscalPeriodStart(day, 3, fiscalStartMonth);
  const quarter = Math.floor(((start.getMonth() - (fiscalStartMonth - 1) + 12) % 12) / 3) + 1;
  const key = dayOf(start).slice(0, 7);
  if (fiscalStartMonth === 1) {
    return { key, label: `Q${quarter} ${start.getFullYear()}` };
  }
  const fiscalYearEnd = addDays(addMonths(start, 12 - (quarter - 1) * 3), -1);
  return { key, label: `Q${quarter} FY${fiscalYearEnd.getFullYear()}` };
}

export function isInPeriod(day: CalendarDay, period: Period): boolean {
  return day >= period.start && day <= period.end;
}
