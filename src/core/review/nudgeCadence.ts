import { addDays } from 'date-fns';
import { dayOf, dayToDate, daysBetween, parseCalendarDay, type CalendarDay } from '../dates/calendarDay';

/** How often the nudge may come at most. */
export type NudgeCadence = 'daily' | 'weekly' | 'off';

export const DEFAULT_NUDGE_CADENCE: NudgeCadence = 'weekly';

/** "Remind me next week" waits this long, whatever the cadence. */
export const SNOOZE_DAYS = 7;

const CADENCE_DAYS: Record<Exclude<NudgeCadence, 'off'>, number> = { daily: 1, weekly: 7 };

/** What is remembered about the nudge of one journal, across windows and restarts. */
export interface NudgeMemory {
  /** The day it was last shown. */
  readonly lastShown?: CalendarDay;
  /** It waits until this day ("Remind me next week"). */
  readonly snoozedUntil?: CalendarDay;
}

export function parseNudgeCadence(value: unknown): NudgeCadence {
  return value === 'daily' || value === 'weekly' || value === 'off' ? value : DEFAULT_NUDGE_CADENCE;
}

/** A stored memory as read back: whatever is not a real day is forgotten rather than trusted. */
export function readNudgeMemory(value: unknown): NudgeMemory {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const day = (field: unknown) => (typeof field === 'string' && field.length === 10 ? parseCalendarDay(field) : undefined);
  const lastShown = day(stored.lastShown);
  const snoozedUntil = day(stored.snoozedUntil);
  return { ...(lastShown && { lastShown }), ...(snoozedUntil && { snoozedUntil }) };
}

/** One memory for a window of several journals: the latest showing and the longest snooze of any of them. */
export function mergeNudgeMemories(memories: readonly NudgeMemory[]): NudgeMemory {
  const latest = (days: (CalendarDay | undefined)[]) => days.reduce<CalendarDay | undefined>((max, day) => (day && (!max || day > max) ? day : max), undefined);
  const lastShown = latest(memories.map((memory) => memory.lastShown));
  const snoozedUntil = latest(memories.map((memory) => memory.snoozedUntil));
  return { ...(lastShown && { lastShown }), ...(snoozedUntil && { snoozedUntil }) };
}

/**
 * Whether the nudge may be shown today: never when off, not while snoozed,
 * and at most once per day or per week since it was last shown. A day
 * remembered from the future (the clock was set back) holds nothing back
 * for longer than its own length.
 */
export function isNudgeDue(memory: NudgeMemory, cadence: NudgeCadence, today: CalendarDay): boolean {
  if (cadence === 'off') {
    return false;
  }
  if (memory.snoozedUntil !== undefined) {
    const waitLeft = daysBetween(today, memory.snoozedUntil);
    if (waitLeft > 0 && waitLeft <= SNOOZE_DAYS) {
      return false;
    }
  }
  if (memory.lastShown !== undefined) {
    const since = daysBetween(memory.lastShown, today);
    if (since >= 0 && since < CADENCE_DAYS[cadence]) {
      return false;
    }
  }
  return true;
}

/** The memory once the nudge is shown today. */
export function shownOn(memory: NudgeMemory, today: CalendarDay): NudgeMemory {
  return { ...memory, lastShown: today };
}

/** The memory once the user asks to be reminded next week. */
export function snoozedFrom(memory: NudgeMemory, today: CalendarDay): NudgeMemory {
  return { ...memory, snoozedUntil: dayOf(addDays(dayToDate(today), SNOOZE_DAYS)) };
}
