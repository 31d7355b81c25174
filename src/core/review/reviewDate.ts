import { daysBetween, notADayMessage, parseExactDay, type CalendarDay } from '../dates/calendarDay';
import { longDay } from '../dates/dayFormat';
import type { ElementEvidence } from '../evidence/evidence';
import type { Period } from '../dates/periods';

/**
 * Where the review date comes from: the user's setting (or `--review-date`),
 * the end of the review period standing in for it, or nowhere: a period
 * counted back from today has no end ahead to count down to.
 */
export type ReviewSource = 'setting' | 'period' | 'none';

/** The next review and how far away it is, as of a day. */
export interface ReviewCountdown {
  readonly source: ReviewSource;
  /** The review day; absent when the source is `none`. */
  readonly date?: CalendarDay;
  /** Days from today to the review day: 0 on the day itself, negative once it has passed. */
  readonly daysLeft?: number;
  /** A review date setting that is not a real day, as written: ignored, and worth telling the user. */
  readonly ignored?: string;
}

/** The countdown to the review date given, or to the period's end when none (or no real day) is given. */
export function reviewCountdown(setting: string | undefined, period: Period, today: CalendarDay): ReviewCountdown {
  const written = setting?.trim() ?? '';
  const date = written ? parseExactDay(written) : undefined;
  if (date) {
    return { source: 'setting', date, daysLeft: daysBetween(today, date) };
  }
  const ignored = written ? { ignored: written } : {};
  if (period.rolling) {
    return { source: 'none', ...ignored };
  }
  return { source: 'period', date: period.end, daysLeft: daysBetween(today, period.end), ...ignored };
}

/** True while the review is still ahead: today or later. */
export function isReviewAhead(review: ReviewCountdown): review is ReviewCountdown & { date: CalendarDay; daysLeft: number } {
  return review.daysLeft !== undefined && review.daysLeft >= 0;
}

/** "today", "tomorrow", "in 23 days": exact, for counts the user compares. */
export function inDays(daysLeft: number): string {
  return daysLeft === 0 ? 'today' : daysLeft === 1 ? 'tomorrow' : `in ${daysLeft} days`;
}

/** "in 5 weeks" from two weeks on, otherwise as `inDays`: for a sentence, where a rough figure reads better. */
export function inDaysOrWeeks(daysLeft: number): string {
  return daysLeft < 14 ? inDays(daysLeft) : `in ${Math.round(daysLeft / 7)} weeks`;
}

/** "Review in 23 days", for the status bar; undefined when no review is ahead. */
export function reviewCountdownText(review: ReviewCountdown): string | undefined {
  return isReviewAhead(review) ? `Review ${inDays(review.daysLeft)}` : undefined;
}

/** "Review in 23 days (14 Jul 2026).", or what became of a review that has passed; undefined without a review date. */
export function reviewSentence(review: ReviewCountdown): string | undefined {
  if (review.date === undefined || review.daysLeft === undefined) {
    return undefined;
  }
  const day = longDay(review.date);
  if (review.daysLeft < 0) {
    return review.source === 'setting' ? `The review date, ${day}, has passed.` : `The review period ended on ${day}.`;
  }
  return `Review ${inDays(review.daysLeft)} (${day}).`;
}

/** The stable JSON form of the countdown: every key always present, `null` for what is unknown. */
export interface ReviewJson {
  readonly date: CalendarDay | null;
  readonly daysLeft: number | null;
  readonly source: ReviewSource;
}

export function reviewJson(review: ReviewCountdown): ReviewJson {
  return { date: review.date ?? null, daysLeft: review.daysLeft ?? null, source: review.source };
}

/** The day of the newest win of any element: when a win was last logged at all. */
export function lastWinDay(evidence: readonly ElementEvidence[]): CalendarDay | undefined {
  let last: CalendarDay | undefined;
  for (const { latest } of evidence) {
    if (latest !== undefined && (last === undefined || latest > last)) {
      last = latest;
    }
  }
  return last;
}

/** Whole days since the last win, never below 0 (a win dated ahead counts as today); undefined without any win. */
export function daysSinceLastWin(evidence: readonly ElementEvidence[], today: CalendarDay): number | undefined {
  const last = lastWinDay(evidence);
  return last === undefined ? undefined : Math.max(0, daysBetween(last, today));
}

/** "Last win 16 days ago.", "Last win today.", or "No win logged yet." */
export function lastWinSentence(evidence: readonly ElementEvidence[], today: CalendarDay): string {
  const days = daysSinceLastWin(evidence, today);
  if (days === undefined) {
    return 'No win logged yet.';
  }
  return `Last win ${days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`}.`;
}

/**
 * For a tooltip: the countdown and where its date comes from, or why there
 * is none; a review date setting that is not a day is named first.
 */
export function reviewNote(review: ReviewCountdown): string {
  const notes = review.ignored === undefined ? [] : [`Review date setting: ${notADayMessage(review.ignored)}`];
  if (review.source === 'none') {
    notes.push('No review date: the review period counts back from today.');
  } else if (review.source === 'period' && isReviewAhead(review)) {
    notes.push(`Review ${inDays(review.daysLeft)} (${longDay(review.date)}): the end of the review period.`);
  } else {
    notes.push(reviewSentence(review)!);
  }
  return notes.join(' ');
}
