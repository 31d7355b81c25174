import { format } from 'date-fns';
import { monthStart, type CalendarDay } from '../dates/calendarDay';
import type { StrategicElement } from '../elements/elements';
import type { JournalEntry, ProblemCode } from '../entries/entry';
import { DEFAULT_THRESHOLDS, EvidenceTallies, needsEvidence, type ElementEvidence, type EvidenceStatus, type EvidenceThresholds } from './evidence';
import { isStrongEntry } from './evidenceQuality';
import { isInPeriod, type Period } from '../dates/periods';
import { reviewCountdown, reviewJson, type ReviewCountdown, type ReviewJson } from '../review/reviewDate';

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

/** The stable JSON form, documented in the README and docs/counting.md: change it only by adding keys. */
export interface ReportJson {
  /** `label` names it as the other surfaces do: "this half". */
  readonly period: { readonly start: CalendarDay; readonly end: CalendarDay; readonly label: string };
  /** Entries dated inside the period. */
  readonly entries: number;
  /** Of those, the entries tagged with at least one element: each once. */
  readonly wins: number;
  readonly elements: readonly {
    readonly id: string;
    readonly label: string;
    readonly count: number;
    readonly strong: number;
    readonly latest: CalendarDay | null;
    readonly status: EvidenceStatus;
    readonly allTime: number;
  }[];
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /** The countdown to the next review. */
  readonly review: ReviewJson;
}

/** `review` is the countdown the other surfaces show; the period's end stands in when it is not given. */
export function reportJson(report: JournalReport, review: ReviewCountdown = reviewCountdown(undefined, report.period, report.today)): ReportJson {
  return {
    period: { start: report.period.start, end: report.period.end, label: report.period.label },
    entries: report.totals.entries,
    wins: report.totals.wins,
    elements: report.evidence.map(({ element, count, strong, latest, status, allTime }) => ({
      id: element.id,
      label: element.label,
      count,
      strong,
      latest: latest ?? null,
      status,
      allTime,
    })),
    problems: problemsJson(report.problems),
    review: reviewJson(review),
  };
}

/** A live report hands out the same problem list until a problem changes: its JSON form is reused with it. */
const PROBLEMS_JSON = new WeakMap<readonly ReportProblem[], ReportJson['problems']>();

function problemsJson(problems: readonly ReportProblem[]): ReportJson['problems'] {
  let json = PROBLEMS_JSON.get(problems);
  if (!json) {
    json = problems.map(({ file, message }) => ({ file, message }));
    PROBLEMS_JSON.set(problems, json);
  }
  return json;
}

/** A win: an entry tagged with at least one of the report's elements. */
function isWin(entry: JournalEntry, elementIds: ReadonlySet<string>): boolean {
  return entry.elements.some((id) => elementIds.has(id));
}

/**
 * Best first: more metrics, then more elements, then newer. A number of stated
 * results and of elements shown is what a reviewer weighs.
 */
export function compareStrength(a: JournalEntry, b: JournalEntry): number {
  return b.metrics.length - a.metrics.length || b.elements.length - a.elements.length || newestFirst(a, b);
}

/** Newest first, undated last; ties by path so that the order never depends on reading order. */
function newestFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.date !== b.date) {
    return a.date === undefined ? 1 : b.date === undefined ? -1 : compareText(b.date, a.date);
  }
  return compareText(a.path, b.path);
}

/** By code unit, not by locale, so that every machine sorts alike. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
