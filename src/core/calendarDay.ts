import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarDays, format } from 'date-fns';

/**
 * A calendar day as `YYYY-MM-DD`. Entries are dated by day, never by instant, so
 * a date is never shifted by a time zone. Strings of this form sort by date.
 */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** Reads `YYYY-MM-DD` (optionally followed by a time), or undefined when it is not a real day. */
export function parseCalendarDay(value: string): CalendarDay | undefined {
  const match = DAY_PATTERN.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const [, year, month, day] = match;
  // Checked by arithmetic, not through a Date: this runs once per entry.
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month))) {
    return undefined;
  }
  return `${year}-${month}-${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The calendar day of a date: the local day of an instant such as the clock's,
 * or the day of a date made by dayToDate and date-fns arithmetic on it.
 */
export function dayOf(date: Date): CalendarDay {
  return format(date, 'yyyy-MM-dd');
}

/**
 * A calendar day as a date for date-fns arithmetic. It lives in UTC, where
 * every day exists and has 24 hours, whatever the local zone skipped or
 * repeated (Kiritimati skipped 1994-12-31 entirely).
 */
export function dayToDate(day: CalendarDay): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new UTCDate(year, month - 1, date);
}

/** The first day of a month (`month` zero-based, may overflow into other years). */
export function monthStart(year: number, month: number): Date {
  return new UTCDate(year, month, 1);
}

export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}

/** "12 May", or "12 May 2025" when the year differs from the reference day's. */
export function shortDay(day: CalendarDay, reference: CalendarDay): string {
  const sameYear = day.slice(0, 4) === reference.slice(0, 4);
  return format(dayToDate(day), sameYear ? 'd MMM' : 'd MMM yyyy');
}
