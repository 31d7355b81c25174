import { daysBetween, shortDay, type CalendarDay } from './calendarDay';
import type { StrategicElement } from './elements';
import type { JournalEntry } from './entry';
import { isStrongEntry } from './evidenceQuality';
import { isInPeriod, type Period } from './periods';

export type EvidenceStatus = 'ok' | 'thin' | 'stale' | 'missing';

export interface EvidenceThresholds {
  /** Fewer entries than this in the period is `thin`. */
  readonly minEntries: number;
  /** A latest entry older than this many days is `stale`. */
  readonly staleDays: number;
}

export const DEFAULT_THRESHOLDS: EvidenceThresholds = { minEntries: 3, staleDays: 45 };

export interface ElementEvidence {
  readonly element: StrategicElement;
  /** Entries dated inside the period. */
  readonly count: number;
  /** Of those, the entries that state a measurable outcome. */
  readonly strong: number;
  /** Newest entry dated on or before the period's end. */
  readonly latest?: CalendarDay;
  readonly status: EvidenceStatus;
  /** A short description of the gap ("2 of 3 this half"), empty when ok. */
  readonly gap: string;
}

export function needsEvidence(evidence: ElementEvidence): boolean {
  return evidence.status !== 'ok';
}

/**
 * Evidence per element over a review period. Staleness is measured from
 * today, or from the period's end when the period is over.
 */
export function analyzeEvidence(
  entries: Iterable<JournalEntry>,
  elements: readonly StrategicElement[],
  period: Period,
  today: CalendarDay,
  thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS,
): ElementEvidence[] {
  const tallies = new Map(elements.map((element) => [element.id, { count: 0, strong: 0, latest: undefined as CalendarDay | undefined }]));
  for (const entry of entries) {
    if (!entry.date || entry.date > period.end) {
      continue;
    }
    const inPeriod = isInPeriod(entry.date, period);
    const strong = inPeriod && isStrongEntry(entry);
    for (const id of entry.elements) {
      const tally = tallies.get(id);
      if (!tally) {
        continue;
      }
      if (inPeriod) {
        tally.count++;
        tally.strong += strong ? 1 : 0;
      }
      if (!tally.latest || entry.date > tally.latest) {
        tally.latest = entry.date;
      }
    }
  }
  const reference = today < period.end ? today : period.end;
  return elements.map((element) => {
    const { count, strong, latest } = tallies.get(element.id)!;
    const status = statusOf(count, latest, reference, thresholds);
    return { element, count, strong, latest, status, gap: describeGap(status, count, latest, period, reference, thresholds) };
  });
}

function statusOf(count: number, latest: CalendarDay | undefined, reference: CalendarDay, thresholds: EvidenceThresholds): EvidenceStatus {
  if (count === 0) {
    return 'missing';
  }
  if (count < thresholds.minEntries) {
    return 'thin';
  }
  if (latest && daysBetween(latest, reference) > thresholds.staleDays) {
    return 'stale';
  }
  return 'ok';
}

function describeGap(
  status: EvidenceStatus,
  count: number,
  latest: CalendarDay | undefined,
  period: Period,
  reference: CalendarDay,
  thresholds: EvidenceThresholds,
): string {
  switch (status) {
    case 'ok':
      return '';
    case 'thin':
      return `${count} of ${thresholds.minEntries} ${period.label}`;
    case 'stale':
      return `none since ${shortDay(latest!, reference)}`;
    case 'missing':
      return latest ? `none since ${shortDay(latest, reference)}` : `none ${period.label}`;
  }
}
