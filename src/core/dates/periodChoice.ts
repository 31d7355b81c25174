import { addDays, addMonths } from 'date-fns';
import { dayOf, dayToDate, notADayMessage, parseExactDay, type CalendarDay } from './calendarDay';
import { dayRange } from './dayFormat';
import { parsePeriodSetting, reviewPeriod, type Period } from './periods';

/**
 * A period picked for a report or a packet: the (fiscal) quarter, half or year
 * containing today, the last 12 months or the last N days up to today, or a
 * custom range of days.
 */
export type PeriodChoice =
  | { readonly kind: 'quarter' | 'half' | 'year' | 'last-12-months' }
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'custom'; readonly start: CalendarDay; readonly end: CalendarDay };

export type PeriodChoiceKind = PeriodChoice['kind'];

/** The choices the packet offers, in the order to show them. */
export const PACKET_PERIOD_CHOICES: readonly { readonly kind: Exclude<PeriodChoiceKind, 'days'>; readonly label: string }[] = [
  { kind: 'quarter', label: 'This quarter' },
  { kind: 'half', label: 'This half' },
  { kind: 'year', label: 'This year' },
  { kind: 'last-12-months', label: 'The last 12 months' },
  { kind: 'custom', label: 'Custom range' },
];

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** The period a choice stands for on `today`; a custom range must come from `customChoice` or `parsePeriodChoice`. */
export function periodOfChoice(choice: PeriodChoice, today: CalendarDay, fiscalStartMonth = 1): Period {
  switch (choice.kind) {
    case 'quarter':
    case 'half':
    case 'year':
      return reviewPeriod(choice.kind, today, fiscalStartMonth);
    case 'days':
      return reviewPeriod(choice.days, today, fiscalStartMonth);
    case 'last-12-months':
      // The day after the same date a year ago: 12 whole months, today included.
      return { start: dayOf(addDays(addMonths(dayToDate(today), -12), 1)), end: today, label: 'in the last 12 months', rolling: true };
    case 'custom':
      // The range is shown wherever the label is, as in "2 of 3 in this period".
      return { start: choice.start, end: choice.end, label: 'in this period' };
  }
}

/** A custom range from two `YYYY-MM-DD` texts: both real days, the start not after the end. */
export function customChoice(start: string, end: string): Parsed<PeriodChoice> {
  const missing = !start.trim() ? 'start' : !end.trim() ? 'end' : undefined;
  if (missing) {
    return { ok: false, error: `The range has no ${missing} date: write START..END, as 2026-01-01..2026-06-30.` };
  }
  const startDay = parseExactDay(start);
  if (!startDay) {
    return { ok: false, error: notADayMessage(start) };
  }
  const endDay = parseExactDay(end);
  if (!endDay) {
    return { ok: false, error: notADayMessage(end) };
  }
  if (startDay > endDay) {
    return { ok: false, error: `The range starts (${startDay}) after it ends (${endDay}).` };
  }
  return { ok: true, value: { kind: 'custom', start: startDay, end: endDay } };
}

/**
 * Reads a period as typed: `quarter`, `half`, `year`, `last-12-months`, a
 * number of days such as `90`, or a range `START..END`.
 */
export function parsePeriodChoice(text: string): Parsed<PeriodChoice> {
  const written = text.trim();
  const value = written.toLowerCase();
  if (value === 'quarter' || value === 'half' || value === 'year' || value === 'last-12-months') {
    return { ok: true, value: { kind: value } };
  }
  // Split what was written, so that a message quotes the user's own text.
  const range = /^(.*?)\s*\.\.\s*(.*)$/.exec(written);
  if (range) {
    return customChoice(range[1], range[2]);
  }
  if (/^\d+$/.test(value)) {
    const days = parsePeriodSetting(value);
    return typeof days === 'number'
      ? { ok: true, value: { kind: 'days', days } }
      : { ok: false, error: `"${text.trim()}" days is out of range: give 1 to 3660.` };
  }
  return {
    ok: false,
    error: `"${text.trim()}" is not a period: use quarter, half, year, last-12-months, a number of days, or START..END.`,
  };
}

/** "1 Jul – 30 Sep 2026", to show next to a choice. */
export function describePeriod(period: Period): string {
  return dayRange(period.start, period.end);
}
