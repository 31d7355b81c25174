import { daysBetween, shortDay, type CalendarDay } from '../dates/calendarDay';
import type { StrategicElement } from '../elements/elements';
import type { JournalEntry } from '../entries/entry';
import { isStrongEntry } from './evidenceQuality';
import { isInPeriod, type Period } from '../dates/periods';

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
  /** Entries tagged with this element and dated inside the period. */
  readonly count: number;
  /** Of those, the entries that state a measurable outcome. */
  readonly strong: number;
  /** Newest entry dated on or before the period's end. */
  readonly latest?: CalendarDay;
  readonly status: EvidenceStatus;
  /** A short description of the gap ("2 of 3 this half"), empty when ok. */
  readonly gap: string;
  /** Entries tagged with this element, whatever their date, undated ones included: the entries the sidebar lists under it. */
  readonly allTime: number;
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
  const tallies = new EvidenceTallies(elements, period, today, thresholds);
  for (const entry of entries) {
    tallies.add(entry);
  }
  return tallies.evidence();
}

interface ElementTally {
  allTime: number;
  count: number;
  strong: number;
  /** How many of this element's entries fall on each day up to the period's end: `latest` survives removals. */
  readonly days: Map<CalendarDay, number>;
  latest: CalendarDay | undefined;
}

/**
 * The evidence of `analyzeEvidence`, kept current entry by entry: adding or
 * removing an entry costs the same whatever the journal's size, so a change
 * to one file never recounts the others.
 */
export class EvidenceTallies {
  private readonly tallies: Map<string, ElementTally>;
  private cached: ElementEvidence[] | undefined;

  constructor(
    readonly elements: readonly StrategicElement[],
    readonly period: Period,
    readonly today: CalendarDay,
    readonly thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS,
  ) {
    this.tallies = new Map(elements.map((element) => [element.id, { allTime: 0, count: 0, strong: 0, days: new Map(), latest: undefined }]));
  }

  add(entry: JournalEntry): void {
    this.apply(entry, 1);
  }

  /** Removes an entry added before (the same object, unchanged). */
  remove(entry: JournalEntry): void {
    this.apply(entry, -1);
  }

  evidence(): ElementEvidence[] {
    this.cached ??= this.elements.map((element) => {
      const { allTime, count, strong, latest } = this.tallies.get(element.id)!;
      const reference = this.today < this.period.end ? this.today : this.period.end;
      const status = statusOf(count, latest, reference, this.thresholds);
      return { element, count, strong, latest, status, gap: describeGap(status, count, latest, this.period, reference, this.thresholds), allTime };
    });
    return this.cached;
  }

  private apply(entry: JournalEntry, sign: 1 | -1): void {
    const date = entry.date;
    // Entries after the period's end change only the all-time counts.
    const upToEnd = date !== undefined && date <= this.period.end;
    const inPeriod = upToEnd && isInPeriod(date, this.period);
    const strong = inPeriod && isStrongEntry(entry);
    for (const id of entry.elements) {
      const tally = this.tallies.get(id);
      if (!tally) {
        continue;
      }
      this.cached = undefined;
      tally.allTime += sign;
      if (!upToEnd) {
        continue;
      }
      if (inPeriod) {
        tally.count += sign;
        tally.strong += strong ? sign : 0;
      }
      const onDay = (tally.days.get(date) ?? 0) + sign;
      if (onDay > 0) {
        tally.days.set(date, onDay);
        if (!tally.latest || date > tally.latest) {
          tally.latest = date;
        }
      } else {
        tally.days.delete(date);
        if (date === tally.latest) {
          tally.latest = latestOf(tally.days.keys());
        }
      }
    }
  }
}

function latestOf(days: Iterable<CalendarDay>): CalendarDay | undefined {
  let latest: CalendarDay | undefined;
  for (const day of days) {
    if (!latest || day > latest) {
      latest = day;
    }
  }
  return latest;
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
