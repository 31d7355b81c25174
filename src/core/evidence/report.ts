import { format } from 'date-fns';
import { monthStart, type CalendarDay } from '../dates/calendarDay';
import type { StrategicElement } from '../elements/elements';
import type { JournalEntry, ProblemCode } from '../entries/entry';
import { DEFAULT_THRESHOLDS, EvidenceTallies, needsEvidence, type ElementEvidence, type EvidenceThresholds } from './evidence';
import { isStrongEntry } from './evidenceQuality';
import { isInPeriod, type Period } from '../dates/periods';
import { compareStrength, compareText, newestFirst } from './entryOrder';

/** One element's evidence, with the entries behind its count. */
export interface ElementReport extends ElementEvidence {
  /** This element's entries dated inside the period, newest first. */
  readonly entries: readonly JournalEntry[];
}

export interface MonthlyWins {
  /** `YYYY-MM`. */
  readonly month: string;
  /** "Jul 2026". */
  readonly label: string;
  readonly wins: number;
  readonly strong: number;
}

export interface ReportProblem {
  /** The entry's path, relative to the journal folder. */
  readonly file: string;
  readonly message: string;
  readonly code: ProblemCode;
  /** Zero-based line, when the problem has a place. */
  readonly line?: number;
  /** So that an adapter can open the entry without looking it up by path. */
  readonly entry: JournalEntry;
}

/**
 * The totals of a period, each entry counted once. A win is an entry tagged
 * with at least one element of the report; what each surface shows of these
 * is the contract in docs/counting.md.
 */
export interface PeriodTotals {
  /** Entries dated inside the period, tagged or not, with problems or not. */
  readonly entries: number;
  /** Of those, the entries tagged with at least one element: once each, however many elements they show. */
  readonly wins: number;
  /** Of the wins, those that state a measured result. */
  readonly strongWins: number;
  /** Entries of the period with no element: `entries - wins`. They are not evidence until tagged. */
  readonly untagged: number;
}

/**
 * The evidence for one review period: what the tree, the status bar, the
 * dashboard, the packet, the command line and the extension's `report()` all
 * show. `reportJson` gives its stable JSON form.
 */
export interface JournalReport {
  readonly period: Period;
  readonly today: CalendarDay;
  readonly thresholds: EvidenceThresholds;
  /** How many entries are dated inside the period: `entriesInPeriod.length` without listing them; `totals.entries`. */
  readonly entryCount: number;
  readonly totals: PeriodTotals;
  /** Every entry dated inside the period, tagged or not, broken or not; newest first. */
  readonly entriesInPeriod: readonly JournalEntry[];
  /** One per element, in the framework's order, without its entries: what the flags and the JSON form need. */
  readonly evidence: readonly ElementEvidence[];
  /** One per element, in the framework's order. */
  readonly elements: readonly ElementReport[];
  /** The elements that need evidence, in the framework's order. */
  readonly gaps: readonly ElementReport[];
  /** Every month the period touches, oldest first, counting the wins: they add up to `totals.wins`. */
  readonly winsPerMonth: readonly MonthlyWins[];
  /** Strong wins of the period, best first (see `compareStrength`), at most `strongestLimit`. */
  readonly strongest: readonly JournalEntry[];
  /** Every problem of every entry, whatever its date: a broken entry may have none. Sorted by file. */
  readonly problems: readonly ReportProblem[];
}

export interface ReportOptions {
  /** How many strongest entries to keep; 5 unless told. */
  readonly strongestLimit?: number;
}

const DEFAULT_STRONGEST_LIMIT = 5;

/** The report of a set of entries, built once. */
export function buildReport(
  entries: Iterable<JournalEntry>,
  elements: readonly StrategicElement[],
  period: Period,
  today: CalendarDay,
  thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS,
  options: ReportOptions = {},
): JournalReport {
  const live = new LiveReport(elements, period, today, thresholds, options);
  for (const entry of entries) {
    live.add(entry);
  }
  return live.report();
}

/**
 * A report kept current entry by entry, for a journal that changes one file
 * at a time. The evidence (what the flags show) costs the same whatever the
 * journal's size; the full report is assembled on demand from the entries of
 * the period and the entries with problems only.
 */
export class LiveReport {
  private readonly tallies: EvidenceTallies;
  private readonly inPeriod = new Set<JournalEntry>();
  private readonly elementIds: ReadonlySet<string>;
  private wins = 0;
  private strongWins = 0;
  private readonly withProblems = new Set<JournalEntry>();
  private cached: JournalReport | undefined;
  /** Sorted once per change to the entries with problems: a change to a healthy entry keeps it. */
  private sortedProblems: ReportProblem[] | undefined;

  constructor(
    readonly elements: readonly StrategicElement[],
    readonly period: Period,
    readonly today: CalendarDay,
    readonly thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS,
    private readonly options: ReportOptions = {},
  ) {
    this.tallies = new EvidenceTallies(elements, period, today, thresholds);
    this.elementIds = new Set(elements.map((element) => element.id));
  }

  add(entry: JournalEntry): void {
    this.cached = undefined;
    this.tallies.add(entry);
    if (entry.date !== undefined && isInPeriod(entry.date, this.period) && !this.inPeriod.has(entry)) {
      this.inPeriod.add(entry);
      this.countWin(entry, 1);
    }
    if (entry.problems.length > 0) {
      this.withProblems.add(entry);
      this.sortedProblems = undefined;
    }
  }

  /** Removes an entry added before (the same object, unchanged). */
  remove(entry: JournalEntry): void {
    this.cached = undefined;
    this.tallies.remove(entry);
    if (this.inPeriod.delete(entry)) {
      this.countWin(entry, -1);
    }
    if (this.withProblems.delete(entry)) {
      this.sortedProblems = undefined;
    }
  }

  private countWin(entry: JournalEntry, sign: 1 | -1): void {
    if (isWin(entry, this.elementIds)) {
      this.wins += sign;
      this.strongWins += isStrongEntry(entry) ? sign : 0;
    }
  }

  /** Each element's evidence, without assembling the rest of the report. */
  evidence(): readonly ElementEvidence[] {
    return this.tallies.evidence();
  }

  report(): JournalReport {
    this.cached ??= this.assemble();
    return this.cached;
  }

  /**
   * The report object. Its counts and evidence are ready; the lists (entries
   * of the period, problems, months, strongest) are sorted the first time they
   * are read, so the flags and the JSON form never pay for the dashboard's lists.
   */
  private assemble(): JournalReport {
    // Copies (not sorted yet) keep this report as it was, should the live sets change before its lists are read.
    const inPeriod = [...this.inPeriod];
    const withProblems = this.sortedProblems ? undefined : [...this.withProblems];
    const problemsKnown = this.sortedProblems;
    const evidence = this.tallies.evidence();
    const totals: PeriodTotals = { entries: inPeriod.length, wins: this.wins, strongWins: this.strongWins, untagged: inPeriod.length - this.wins };
    const elementIds = this.elementIds;
    const period = this.period;
    const strongestLimit = this.options.strongestLimit ?? DEFAULT_STRONGEST_LIMIT;
    const lazy = <T>(compute: () => T): (() => T) => {
      let value: T | undefined;
      return () => (value ??= compute());
    };
    const entriesInPeriod = lazy(() => [...inPeriod].sort(newestFirst));
    const winsInPeriod = lazy(() => entriesInPeriod().filter((entry) => isWin(entry, elementIds)));
    const elements = lazy(() =>
      evidence.map((item): ElementReport => {
        const entries = lazy(() => entriesInPeriod().filter((entry) => entry.elements.includes(item.element.id)));
        return Object.defineProperty({ ...item } as ElementReport, 'entries', { get: entries, enumerable: true });
      }),
    );
    const problems = lazy(() => {
      if (problemsKnown) {
        return problemsKnown;
      }
      const sorted = sortedProblems(withProblems!);
      if (this.cached === report) {
        this.sortedProblems = sorted; // nothing changed since: later reports reuse it
      }
      return sorted;
    });
    const months = lazy(() => winsPerMonth(winsInPeriod(), period));
    const strongest = lazy(() => winsInPeriod().filter(isStrongEntry).sort(compareStrength).slice(0, strongestLimit));
    const report: JournalReport = {
      period,
      today: this.today,
      thresholds: this.thresholds,
      entryCount: inPeriod.length,
      totals,
      evidence,
      get entriesInPeriod() {
        return entriesInPeriod();
      },
      get elements() {
        return elements();
      },
      get gaps() {
        return elements().filter(needsEvidence);
      },
      get winsPerMonth() {
        return months();
      },
      get strongest() {
        return strongest();
      },
      get problems() {
        return problems();
      },
    };
    return report;
  }
}

/** A win: an entry tagged with at least one of the report's elements. */
function isWin(entry: JournalEntry, elementIds: ReadonlySet<string>): boolean {
  return entry.elements.some((id) => elementIds.has(id));
}

function sortedProblems(entries: Iterable<JournalEntry>): ReportProblem[] {
  return [...entries]
    .sort((a, b) => compareText(a.path, b.path))
    .flatMap((entry) => entry.problems.map((problem) => ({ file: entry.path, message: problem.message, code: problem.code, line: problem.line, entry })));
}

function winsPerMonth(winsInPeriod: readonly JournalEntry[], period: Period): MonthlyWins[] {
  const months: MonthlyWins[] = [];
  let year = Number(period.start.slice(0, 4));
  let month = Number(period.start.slice(5, 7));
  const last = period.end.slice(0, 7);
  for (let key = monthKey(year, month); key <= last; key = monthKey(year, month)) {
    const inMonth = winsInPeriod.filter((entry) => entry.date!.startsWith(key));
    months.push({
      month: key,
      label: format(monthStart(year, month - 1), 'MMM uuuu'),
      wins: inMonth.length,
      strong: inMonth.filter(isStrongEntry).length,
    });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
