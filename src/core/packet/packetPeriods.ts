import type { CalendarDay } from '../dates/calendarDay';
import { describePeriod, PACKET_PERIOD_CHOICES, periodOfChoice, type PeriodChoice } from '../dates/periodChoice';
import type { PeriodSetting } from '../dates/periods';

/** One choice of the packet's period pick; `choice` is absent for the custom range, which asks for its days. */
export interface PacketPeriodOption {
  readonly label: string;
  readonly description: string;
  readonly choice?: PeriodChoice;
  /** The review period of the settings: the pick starts on it. */
  readonly isReviewPeriod: boolean;
}

/**
 * The packet's period choices on `today`, with the review period of the
 * settings marked: a review period of N days is offered as "The last N days"
 * after the fixed choices.
 */
export function packetPeriodOptions(reviewSetting: PeriodSetting, today: CalendarDay, fiscalStartMonth: number): PacketPeriodOption[] {
  const review: PeriodChoice = typeof reviewSetting === 'number' ? { kind: 'days', days: reviewSetting } : { kind: reviewSetting };
  const option = (label: string, choice: PeriodChoice): PacketPeriodOption => {
    const isReviewPeriod = choice.kind === review.kind;
    const range = describePeriod(periodOfChoice(choice, today, fiscalStartMonth));
    return { label, description: isReviewPeriod ? `${range} · your review period` : range, choice, isReviewPeriod };
  };
  const options: PacketPeriodOption[] = [];
  for (const { kind, label } of PACKET_PERIOD_CHOICES) {
    if (kind === 'custom') {
      if (review.kind === 'days') {
        options.push(option(review.days === 1 ? 'Today' : `The last ${review.days} days`, review));
      }
      options.push({ label, description: 'Pick the first and last day', isReviewPeriod: false });
    } else {
      options.push(option(label, { kind }));
    }
  }
  return options;
}
