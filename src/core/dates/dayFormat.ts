import { format } from 'date-fns';
import { dayToDate, type CalendarDay } from './calendarDay';

/** "14 Jul 2026": unambiguous in every locale, unlike 07/14. */
export function longDay(day: CalendarDay): string {
  return format(dayToDate(day), 'd MMM uuuu');
}

/** "1 Jan – 30 Jun 2026", with the year written once when both days share it. */
export function dayRange(start: CalendarDay, end: CalendarDay): string {
  if (start === end) {
    return longDay(start);
  }
  const first = start.slice(0, 4) === end.slice(0, 4) ? format(dayToDate(start), 'd MMM') : longDay(start);
  return `${first} – ${longDay(end)}`;
}
