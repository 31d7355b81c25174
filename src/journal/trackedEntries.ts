import type { CalendarDay } from '../core/dates/calendarDay';
import type { Period } from '../core/dates/periods';
import type { StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { EntryGroups } from '../core/evidence/entryGroups';
import type { EvidenceThresholds } from '../core/evidence/evidence';
import { LiveReport } from '../core/evidence/report';

/** What a report is of: the elements, the period and day, and the thresholds of the settings. */
export interface ReportScope {
  readonly elements: readonly StrategicElement[];
  readonly period: Period;
  readonly today: CalendarDay;
  readonly thresholds: EvidenceThresholds;
}

/**
 * The entries of the window's journals, each with the journal it came from
 * (of any type `J`), grouped for the tree and counted in a live report, all
 * kept current entry by entry.
 */
export class TrackedEntries<J> {
  private readonly journalOf = new Map<JournalEntry, J>();
  private groups = new EntryGroups();
  /** Rebuilt when its scope changes (the period, today, the thresholds, the elements). */
  private live: LiveReport | undefined;

  /** Idempotent: a journal swapped in while it loads hands over some entries twice. */
  add(entry: JournalEntry, journal: J): void {
    if (this.journalOf.has(entry)) {
      return;
    }
    this.groups.add(entry);
    this.journalOf.set(entry, journal);
    this.live?.add(entry);
  }

  remove(entry: JournalEntry): void {
    if (this.journalOf.delete(entry)) {
      this.groups.remove(entry);
      this.live?.remove(entry);
    }
  }

  clear(): void {
    this.journalOf.clear();
    this.groups = new EntryGroups();
    this.live = undefined;
  }

  get size(): number {
    return this.journalOf.size;
  }

  journalOfEntry(entry: JournalEntry): J | undefined {
    return this.journalOf.get(entry);
  }

  tagged(id: string): ReadonlySet<JournalEntry> {
    return this.groups.tagged(id);
  }

  untagged(): ReadonlySet<JournalEntry> {
    return this.groups.untagged();
  }

  withProblems(): ReadonlySet<JournalEntry> {
    return this.groups.withProblems();
  }

  /** The live report of this scope: the one kept current, or a new one when the scope changed. */
  liveReport(scope: ReportScope): LiveReport {
    let live = this.live;
    if (
      !live ||
      live.elements !== scope.elements ||
      live.today !== scope.today ||
      live.period.start !== scope.period.start ||
      live.period.end !== scope.period.end ||
      live.period.label !== scope.period.label ||
      live.thresholds !== scope.thresholds
    ) {
      live = new LiveReport(scope.elements, scope.period, scope.today, scope.thresholds);
      for (const entry of this.journalOf.keys()) {
        live.add(entry);
      }
      this.live = live;
    }
    return live;
  }
}
