import { shortDay, type CalendarDay } from '../dates/calendarDay';
import { needsEvidence, type ElementEvidence, type EvidenceStatus, type EvidenceThresholds } from '../evidence/evidence';
import type { Period } from '../dates/periods';
import type { JournalReport } from '../evidence/report';
import { daysSinceLastWin, inDaysOrWeeks, isReviewAhead, type ReviewCountdown } from './reviewDate';

/** When a gap is worth interrupting the user for. */
export interface NudgeRules {
  /** The review is at most this many days ahead. */
  readonly leadTimeDays: number;
  /** Or no win has been logged for at least this many days. */
  readonly daysWithoutWin: number;
}

export const DEFAULT_NUDGE_RULES: NudgeRules = { leadTimeDays: 6 * 7, daysWithoutWin: 14 };

/** Why now: the review is near, or the journal has gone quiet. */
export type NudgeReason = 'review-soon' | 'no-recent-win';

export interface Nudge {
  /** The single most urgent element that needs evidence. */
  readonly evidence: ElementEvidence;
  readonly reason: NudgeReason;
  /** One plain sentence naming the element and why. */
  readonly message: string;
}

/** What the urgency is computed from: any report has it. */
export type NudgeReport = Pick<JournalReport, 'evidence' | 'period' | 'thresholds' | 'today'>;

/** The worst first: nothing in the period, then too few, then none lately. */
const SEVERITY: Record<EvidenceStatus, number> = { missing: 0, thin: 1, stale: 2, ok: 3 };

/**
 * The element that needs evidence most: by status (missing, thin, stale),
 * then the fewest wins, then the longest without one (never first), then
 * the framework's order. Undefined when every element is ok.
 */
export function mostUrgentGap(evidence: readonly ElementEvidence[]): ElementEvidence | undefined {
  let worst: ElementEvidence | undefined;
  for (const item of evidence) {
    if (needsEvidence(item) && (worst === undefined || moreUrgent(item, worst))) {
      worst = item;
    }
  }
  return worst;
}

function moreUrgent(a: ElementEvidence, b: ElementEvidence): boolean {
  if (SEVERITY[a.status] !== SEVERITY[b.status]) {
    return SEVERITY[a.status] < SEVERITY[b.status];
  }
  if (a.count !== b.count) {
    return a.count < b.count;
  }
  if (a.latest === b.latest) {
    return false; // the earlier in the framework stays
  }
  return a.latest === undefined || (b.latest !== undefined && a.latest < b.latest);
}

/**
 * The nudge for a report as of its day, or undefined when there is nothing
 * to say: no element needs evidence, or neither is the review within the
 * lead time nor has the journal gone without a win for long enough. A review
 * day that has passed no longer counts; without any win the journal's
 * silence is not measured.
 */
export function nudgeFor(report: NudgeReport, review: ReviewCountdown, rules: NudgeRules = DEFAULT_NUDGE_RULES): Nudge | undefined {
  const gap = mostUrgentGap(report.evidence);
  if (!gap) {
    return undefined;
  }
  const quietDays = daysSinceLastWin(report.evidence, report.today);
  let reason: string;
  let why: NudgeReason;
  if (isReviewAhead(review) && review.daysLeft <= rules.leadTimeDays) {
    why = 'review-soon';
    reason = `your review is ${inDaysOrWeeks(review.daysLeft)}`;
  } else if (quietDays !== undefined && quietDays >= rules.daysWithoutWin) {
    why = 'no-recent-win';
    reason = `your last win was ${quietDays} days ago`;
  } else {
    return undefined;
  }
  return { evidence: gap, reason: why, message: `${gapPhrase(gap, report.period, report.thresholds, report.today)}, and ${reason}.` };
}

/** "No evidence for Align stakeholders since 12 May": what is missing, in words. */
function gapPhrase(gap: ElementEvidence, period: Period, thresholds: EvidenceThresholds, today: CalendarDay): string {
  const label = gap.element.label;
  switch (gap.status) {
    case 'thin':
      return `Only ${gap.count} of ${thresholds.minEntries} wins for ${label} ${period.label}`;
    case 'stale':
      return `No new win for ${label} since ${shortDay(gap.latest!, today)}`;
    default:
      return gap.latest ? `No evidence for ${label} since ${shortDay(gap.latest, today)}` : `No evidence for ${label} ${period.label}`;
  }
}
