import { dayRange } from '../dates/dayFormat';
import type { Period } from '../dates/periods';
import type { PeriodTotals } from './report';

/*
 * The words every surface uses for its numbers, so that "win", "entry" and the
 * period read the same in the sidebar, the status bar, the dashboard, the
 * packet and the command line. What each number counts: docs/counting.md.
 */

/** "1 win", "3 wins". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A win is an entry tagged with at least one element. */
export function winsText(count: number): string {
  return plural(count, 'win', 'wins');
}

export function entriesText(count: number): string {
  return plural(count, 'entry', 'entries');
}

/** The period as a sentence names it, with its days: "this half (1 Jul – 31 Dec 2026)". */
export function periodName(period: Period): string {
  return `${period.label} (${dayRange(period.start, period.end)})`;
}

/** "12 wins, 5 with a measured result. 2 more entries have no element.": the period's totals as the dashboard and the command line say them. */
export function totalsSentence(totals: PeriodTotals): string {
  const sentence = `${winsText(totals.wins)}, ${totals.strongWins} with a measured result.`;
  return totals.untagged === 0 ? sentence : `${sentence} ${plural(totals.untagged, 'more entry has', 'more entries have')} no element.`;
}
