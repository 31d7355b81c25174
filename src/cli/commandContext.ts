import type { CalendarDay } from '../core/dates/calendarDay';
import type { Period } from '../core/dates/periods';
import type { StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import type { ReviewCountdown } from '../core/review/reviewDate';
import type { CliOptions } from './arguments';
import type { CliIo } from './io';

/** What every command gets: the options, the journal as read, and the period to report on. */
export interface CommandContext {
  readonly io: CliIo;
  readonly options: CliOptions;
  /** The journal folder, absolute. */
  readonly folder: string;
  readonly entries: readonly JournalEntry[];
  /** The framework's elements: the six defaults unless --framework says otherwise. */
  readonly elements: readonly StrategicElement[];
  readonly period: Period;
  readonly today: CalendarDay;
  /** The countdown to the next review: `--review-date`, or the period's end. */
  readonly review: ReviewCountdown;
}
