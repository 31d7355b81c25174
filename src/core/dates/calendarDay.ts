// The minimal UTC date: the full one builds three Intl formatters when loaded (~20 ms of every start), for formatting this code never asks of it.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { differenceInCalendarDays, format } from 'date-fns';

/**
 * A calendar day as `YYYY-MM-DD`. Entries are dated by day, never by instant, so
 * a date is never shifted by a time zone. Strings of this form sort by date.
 */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
/** Nobody logs a win from before 1000: a year such as 0026 is a typo for 2026. */
const FIRST_YEAR = 1000;

/** Reads `YYYY-MM-DD` (optionally followed by a time), or undefined when it is not a real day from the year 1000 on. */
export function parseCalendarDay(value: string): CalendarDay | undefined {
  const day = writtenDay(value);
  return day && Number(day.slice(0, 4)) >= FIRST_YEAR ? day : undefined;
}

/** Reads a day typed on its own: exactly `YYYY-MM-DD`, spaces aside, a real day; undefined for anything else (a time after it too). */
export function parseExactDay(text: string): CalendarDay | undefined {
  const trimmed = text.trim();
  return trimmed.length === 10 ? parseCalendarDay(trimmed) : undefined;
}

/**
 * Why a text is not a day, as a sentence; a year before 1000 names the day
 * most likely meant: "0026-07-14 has a year before 1000: did you mean 2026-07-14?".
 */
export function notADayMessage(value: string): string {
  const written = `"${value.trim()}" is not a date`;
  const impossible = impossibleDayReason(value);
  return earlyYearMessage(value) ?? (impossible ? `${written}: ${impossible}` : `${written}: write it as YYYY-MM-DD.`);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** For a text in the form YYYY-MM-DD that names no day, what is wrong with it: "September has 30 days." */
export function impossibleDayReason(value: string): string | undefined {
  const match = DAY_PATTERN.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const [year, month, day] = match.slice(1, 4).map(Number);
  if (month < 1 || month > 12) {
    return 'the month is 01 to 12.';
  }
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) {
    return undefined;
  }
  if (day < 1) {
    return `the day is 01 to ${days}.`;
  }
  // February's length depends on the year, so its year is named.
  return `${MONTH_NAMES[month - 1]}${month === 2 ? ` ${match[1]}` : ''} has ${days} days.`;
}

/** For a real day written with a year before 1000, the sentence that says so; the fix offered turns 00 into 20. */
export function earlyYearMessage(value: string): string | undefined {
  const day = writtenDay(value);
  if (day === undefined || Number(day.slice(0, 4)) >= FIRST_YEAR) {
    return undefined;
  }
  // 00YY and 20YY are leap years alike, so the day meant exists whenever the day written does.
  const meant = day.startsWith('00') ? `did you mean 20${day.slice(2)}?` : 'write the year in full.';
  return `${day} has a year before ${FIRST_YEAR}: ${meant}`;
}

/** The real day a text starts with, whatever its year. */
function writtenDay(value: string): CalendarDay | undefined {
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
  // `uuuu` is the year as a number, as in every format here; `yyyy` counts by era and writes the year 0 as 0001.
  return format(date, 'uuuu-MM-dd');
}

/**
 * A calendar day as a date for date-fns arithmetic. It lives in UTC, where
 * every day exists and has 24 hours, whatever the local zone skipped or
 * repeated (Kiritimati skipped 1994-12-31 entirely).
 */
export function dayToDate(day: CalendarDay): Date {
  const [year, month, date] = day.split('-').map(Number);
  return utcMidnight(year, month - 1, date);
}

/** The first day of a month (`month` zero-based, may overflow into other years). */
export function monthStart(year: number, month: number): Date {
  return utcMidnight(year, month, 1);
}

/** setUTCFullYear takes the year as given, where the Date constructor and Date.UTC read 0 to 99 as 1900 to 1999. */
function utcMidnight(year: number, monthIndex: number, date: number): Date {
  const midnight = new UTCDateMini(0);
  midnight.setUTCFullYear(year, monthIndex, date);
  return midnight;
}

export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}

/** "12 May", or "12 May 2025" when the year differs from the reference day's. */
export function shortDay(day: CalendarDay, reference: CalendarDay): string {
  const sameYear = day.slice(0, 4) === reference.slice(0, 4);
  return format(dayToDate(day), sameYear ? 'd MMM' : 'd MMM uuuu');
}

/** The `YYYY-MM-DD` a file name starts with, as written (it may name no real day); undefined when it has none. */
export function writtenDayPrefix(fileName: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
}
