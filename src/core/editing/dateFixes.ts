import type { CalendarDay } from '../dates/calendarDay';
import { dayInFileName } from '../newEntries/fileNaming';

/** A day an invalid date can be changed to, and why it is offered. */
export interface DateFix {
  readonly day: CalendarDay;
  readonly reason: 'file name' | 'today';
}

/** The days offered for an entry's invalid date: the one its file name starts with, then today (once, when they are the same). */
export function dateFixes(path: string, today: CalendarDay): DateFix[] {
  const fromName = dayInFileName(path.slice(path.lastIndexOf('/') + 1));
  const fixes: DateFix[] = fromName ? [{ day: fromName, reason: 'file name' }] : [];
  return fromName === today ? fixes : [...fixes, { day: today, reason: 'today' }];
}
