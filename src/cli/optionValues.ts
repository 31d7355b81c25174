// The values of the command line's options, each read or refused with one message naming the option.
import { notADayMessage, parseExactDay, type CalendarDay } from '../core/dates/calendarDay';
import { parsePeriodChoice, type PeriodChoice } from '../core/dates/periodChoice';
import { CliError } from './io';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A text option that must say something: `--title ""` is a mistake, not a title. */
export function readText(name: string, value: string): string {
  const text = value.trim();
  if (!text) {
    throw new CliError(`${name} is empty.`);
  }
  return text;
}

export function readPeriod(value: string | undefined): PeriodChoice {
  if (value === undefined) {
    return { kind: 'half' }; // the extension's default review period
  }
  const parsed = parsePeriodChoice(value);
  if (!parsed.ok) {
    throw new CliError(`--period: ${lowerFirst(parsed.error)}`);
  }
  return parsed.value;
}

/** A month number 1 to 12, or an English month name or its first three letters. */
export function readMonth(value: string | undefined): number {
  if (value === undefined) {
    return 1;
  }
  const text = value.trim().toLowerCase();
  const month = /^\d+$/.test(text) ? Number(text) : MONTHS.findIndex((name) => text.length >= 3 && name.startsWith(text)) + 1;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CliError(`--fiscal-start: "${value}" is not a month: give 1 to 12 or a month name.`);
  }
  return month;
}

export function readToday(value: string | undefined): CalendarDay | undefined {
  return value === undefined ? undefined : readDay('--today', value);
}

export function readDay(name: string, value: string): CalendarDay {
  const day = parseExactDay(value);
  if (!day) {
    throw new CliError(`${name}: ${notADayMessage(value)}`);
  }
  return day;
}

export function readReviewDate(value: string | undefined): CalendarDay | undefined {
  return value === undefined ? undefined : readDay('--review-date', value);
}

export function readCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const count = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new CliError(`${name}: "${value}" is not a whole number of 1 or more.`);
  }
  return count;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
