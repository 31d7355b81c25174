import { differenceInCalendarDays, format, isValid } from 'date-fns';

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
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  if (!isValid(date) || date.getMonth() !== Number(month) - 1 || date.getDate() !== Number(day)) {
    return undefined;
  }
  return `${year}-${month}-${day}`;
}

/** The local calendar day of an instant. */
export function dayOf(instant: Date): CalendarDay {
  return format(instant, 'yyyy-MM-dd');
}

/** Local midnight of a calendar day, for date-fns arithmetic. */
export function toLocalDate(day: CalendarDay): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** "12 May", or "12 May 2025" when the year differs from the reference day's. */
export function shortDay(day: CalendarDay, reference: CalendarDay): string {
  const sameYear = day.slice(0, 4) === reference.slice(0, 4);
  return format(toLocalDate(day), sameYear ? 'd MMM' : 'd MMM yyyy');
}
